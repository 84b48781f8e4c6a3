-- plan 0.1.0 · keto 0.7 → 0.7-cleanup · sqlite · stage
-- what:     this script takes a keto database at 0.7 to its stage 0.7-cleanup on SQLite (generated from the plans listed below)
-- stop:     first, before the backup: Keto's write API (the guide keeps the read API up; writes fail while the script runs)
-- backup:   then: sqlite3 -readonly DATABASE.db '.backup keto-0.7-before.db.partial' && mv keto-0.7-before.db.partial keto-0.7-before.db   (restore, while nothing else has it open: sqlite3 DATABASE.db '.restore keto-0.7-before.db'; not a copy over it: a -wal file left beside the database would be replayed onto the copy)
-- apply:    sqlite3 -bail DATABASE.db < up.sql   (the sqlite3 client: the first line, .bail on, makes it stop at the first error even without -bail)
-- start:    after applying: Keto 0.7 (keto serve)
-- IRREVERSIBLE: this script has no rollback: the v0.6 tuple tables are dropped with their rows (the tuples the move left out among them); to go back, restore the backup taken before this script
-- DATA DROPPED: table keto_0000000001_relation_tuples, with its rows (0.7 → 0.7-cleanup · 2/9 · drop table keto_0000000001_relation_tuples)
-- DATA DROPPED: table keto_0000000002_relation_tuples, with its rows (0.7 → 0.7-cleanup · 3/9 · drop table keto_0000000002_relation_tuples)
-- DATA DROPPED: table keto_0000000003_relation_tuples, with its rows (0.7 → 0.7-cleanup · 4/9 · drop table keto_0000000003_relation_tuples)
-- DATA DROPPED: table keto_namespace_0000000001_migrations, with its rows (0.7 → 0.7-cleanup · 5/9 · drop table keto_namespace_0000000001_migrations)
-- DATA DROPPED: table keto_namespace_0000000002_migrations, with its rows (0.7 → 0.7-cleanup · 6/9 · drop table keto_namespace_0000000002_migrations)
-- DATA DROPPED: table keto_namespace_0000000003_migrations, with its rows (0.7 → 0.7-cleanup · 7/9 · drop table keto_namespace_0000000003_migrations)
-- DATA DROPPED: table keto_namespace, with its rows (0.7 → 0.7-cleanup · 8/9 · drop table keto_namespace)
-- parameters: namespaces=files:1,groups:2,folders:3 (namespaces: an example value, not a database's: compile with its own before applying)
-- sources (sha256 of each file; check: sha256sum plans/keto/product.yaml plans/keto/0.7-0.7-cleanup.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/keto/product.yaml f015a7c235b6df542f3d382f28effbda42e228249ffc0806412d016b9e18e783
--   plans/keto/0.7-0.7-cleanup.yaml 63d8048f6dd3f835d531366e68adb03ebf207026c4e214c5c5c6250e528401dd
--   schema at 0.7 replayed from 2 plans (plans/keto/0-0.6.yaml …) 4f4db1cf07d485e968f7786444e524844b650ccaa926510283e6e5e553e9f0eb
--     (check: cat plans/keto/0-0.6.yaml plans/keto/0.6-0.7.yaml > /dev/null && for f in plans/keto/0-0.6.yaml plans/keto/0.6-0.7.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- a second run stops at its first check with "… is already applied: nothing to do" (exit status 1 under -bail) and changes nothing; a run cut short changed nothing, so running the file again completes it.
-- the whole script is one transaction: a failure, a crash or a kill at any statement leaves the database as it was; fix the cause and run the file again.
-- lock:     .timeout 5000 (the sqlite3 client's busy timeout, PRAGMA busy_timeout without its printed value; milliseconds; npx plan compile --lock-timeout 5s, 0: none): while another connection writes to the database (or reads it as this script commits), the script retries for up to that long instead of failing at once; then it fails with "database is locked" and, being one transaction, changes nothing: run the file again later.
-- locks:    SQLite locks the whole database: the script takes its write lock at BEGIN IMMEDIATE and holds it until COMMIT (other writers wait for busy_timeout, then fail with SQLITE_BUSY; in rollback-journal mode readers are shut out while it commits). No table is rebuilt.
-- MANUAL STEPS (2), not done by this script:
--   1. [0.7 → 0.7-cleanup] Only if this script stops at its check for foreign keys of tables outside keto onto the keys it drops or replaces (it looks before any change): rebuild the tables it names without those foreign keys (https://sqlite.org/lang_altertable.html#otheralter), run the script again, then add them back the same way.
--   2. [0.7 → 0.7-cleanup] run this only once Keto v0.7 works on this database and the tuples the move left out (its report) are recreated or given up: it drops the v0.6 tuple tables for good

.bail on
.timeout 5000
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TEMP TABLE IF NOT EXISTS plan_stop (n INTEGER);

-- a second run: the database is at 0.7-cleanup already, so there is nothing to do
-- check that the database is at 0.7: this script is one transaction and runs only from there
DROP TABLE IF EXISTS temp.plan_expect;
CREATE TEMP TABLE plan_expect AS SELECT column1 AS k, column2 AS def, column3 AS f FROM (VALUES
      ('column keto_0000000001_relation_tuples.commit_time', 'timestamp', 1),
      ('column keto_0000000001_relation_tuples.object', 'varchar(64)', 1),
      ('column keto_0000000001_relation_tuples.relation', 'varchar(64)', 1),
      ('column keto_0000000001_relation_tuples.shard_id', 'varchar(64)', 1),
      ('column keto_0000000001_relation_tuples.subject', 'varchar(256)', 1),
      ('column keto_0000000002_relation_tuples.commit_time', 'timestamp', 1),
      ('column keto_0000000002_relation_tuples.object', 'varchar(64)', 1),
      ('column keto_0000000002_relation_tuples.relation', 'varchar(64)', 1),
      ('column keto_0000000002_relation_tuples.shard_id', 'varchar(64)', 1),
      ('column keto_0000000002_relation_tuples.subject', 'varchar(256)', 1),
      ('column keto_0000000003_relation_tuples.commit_time', 'timestamp', 1),
      ('column keto_0000000003_relation_tuples.object', 'varchar(64)', 1),
      ('column keto_0000000003_relation_tuples.relation', 'varchar(64)', 1),
      ('column keto_0000000003_relation_tuples.shard_id', 'varchar(64)', 1),
      ('column keto_0000000003_relation_tuples.subject', 'varchar(256)', 1),
      ('column keto_namespace.id', 'integer NOT NULL', 1),
      ('column keto_namespace.schema_version', 'integer NOT NULL', 1),
      ('column keto_namespace_0000000001_migrations.version', 'varchar (48) NOT NULL', 1),
      ('column keto_namespace_0000000001_migrations.version_self', 'int NOT NULL DEFAULT 0', 1),
      ('column keto_namespace_0000000002_migrations.version', 'varchar (48) NOT NULL', 1),
      ('column keto_namespace_0000000002_migrations.version_self', 'int NOT NULL DEFAULT 0', 1),
      ('column keto_namespace_0000000003_migrations.version', 'varchar (48) NOT NULL', 1),
      ('column keto_namespace_0000000003_migrations.version_self', 'int NOT NULL DEFAULT 0', 1),
      ('column keto_relation_tuples.commit_time', 'timestamp NOT NULL', 3),
      ('column keto_relation_tuples.namespace_id', 'integer NOT NULL', 3),
      ('column keto_relation_tuples.nid', 'uuid NOT NULL', 3),
      ('column keto_relation_tuples.object', 'varchar(64) NOT NULL', 3),
      ('column keto_relation_tuples.relation', 'varchar(64) NOT NULL', 3),
      ('column keto_relation_tuples.shard_id', 'uuid NOT NULL', 3),
      ('column keto_relation_tuples.subject_id', 'varchar(64)', 3),
      ('column keto_relation_tuples.subject_set_namespace_id', 'integer', 3),
      ('column keto_relation_tuples.subject_set_object', 'varchar(64)', 3),
      ('column keto_relation_tuples.subject_set_relation', 'varchar(64)', 3),
      ('column networks.created_at', 'datetime NOT NULL', 3),
      ('column networks.id', 'text NOT NULL', 3),
      ('column networks.updated_at', 'datetime NOT NULL', 3),
      ('column schema_migration.version', 'varchar (48) NOT NULL', 3),
      ('column schema_migration.version_self', 'int NOT NULL DEFAULT 0', 3),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'object', 1),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'object, relation', 1),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'object', 1),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'object, relation', 1),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'object', 1),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'object, relation', 1),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'UNIQUE version', 1),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'version_self', 1),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'UNIQUE version', 1),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'version_self', 1),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'UNIQUE version', 1),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'version_self', 1),
      ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time', 3),
      ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'nid, namespace_id, object, relation, subject_id WHERE subject_set_namespace_id IS NULL AND subject_set_object IS NULL AND subject_set_relation IS NULL', 3),
      ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'nid, namespace_id, object, relation, subject_set_namespace_id, subject_set_object, subject_set_relation WHERE subject_id IS NULL', 3),
      ('index schema_migration.schema_migration_version_idx', 'UNIQUE version', 3),
      ('index schema_migration.schema_migration_version_self_idx', 'version_self', 3),
      ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time', 1),
      ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time', 1),
      ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time', 1),
      ('primary_key keto_namespace.PRIMARY', 'id', 1),
      ('primary_key keto_relation_tuples.PRIMARY', 'shard_id, nid', 3),
      ('primary_key networks.PRIMARY', 'id', 3),
      ('table keto_0000000001_relation_tuples', 'present', 1),
      ('table keto_0000000002_relation_tuples', 'present', 1),
      ('table keto_0000000003_relation_tuples', 'present', 1),
      ('table keto_namespace', 'present', 1),
      ('table keto_namespace_0000000001_migrations', 'present', 1),
      ('table keto_namespace_0000000002_migrations', 'present', 1),
      ('table keto_namespace_0000000003_migrations', 'present', 1),
      ('table keto_relation_tuples', 'present', 3),
      ('table networks', 'present', 3),
      ('table schema_migration', 'present', 3));
DROP TABLE IF EXISTS temp.plan_require;
CREATE TEMP TABLE plan_require AS SELECT column1 AS k, column2 AS m, column3 AS f FROM (VALUES
      ('column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time', 1),
      ('column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object', 1),
      ('column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation', 1),
      ('column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id', 1),
      ('column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject', 1),
      ('column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time', 1),
      ('column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object', 1),
      ('column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation', 1),
      ('column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id', 1),
      ('column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject', 1),
      ('column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time', 1),
      ('column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object', 1),
      ('column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation', 1),
      ('column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id', 1),
      ('column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject', 1),
      ('column keto_namespace.id', 'table keto_namespace has no column id', 1),
      ('column keto_namespace.schema_version', 'table keto_namespace has no column schema_version', 1),
      ('column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version', 1),
      ('column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self', 1),
      ('column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version', 1),
      ('column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self', 1),
      ('column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version', 1),
      ('column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self', 1),
      ('column keto_relation_tuples.commit_time', 'table keto_relation_tuples has no column commit_time', 3),
      ('column keto_relation_tuples.namespace_id', 'table keto_relation_tuples has no column namespace_id', 3),
      ('column keto_relation_tuples.nid', 'table keto_relation_tuples has no column nid', 3),
      ('column keto_relation_tuples.object', 'table keto_relation_tuples has no column object', 3),
      ('column keto_relation_tuples.relation', 'table keto_relation_tuples has no column relation', 3),
      ('column keto_relation_tuples.shard_id', 'table keto_relation_tuples has no column shard_id', 3),
      ('column keto_relation_tuples.subject_id', 'table keto_relation_tuples has no column subject_id', 3),
      ('column keto_relation_tuples.subject_set_namespace_id', 'table keto_relation_tuples has no column subject_set_namespace_id', 3),
      ('column keto_relation_tuples.subject_set_object', 'table keto_relation_tuples has no column subject_set_object', 3),
      ('column keto_relation_tuples.subject_set_relation', 'table keto_relation_tuples has no column subject_set_relation', 3),
      ('column networks.created_at', 'table networks has no column created_at', 3),
      ('column networks.id', 'table networks has no column id', 3),
      ('column networks.updated_at', 'table networks has no column updated_at', 3),
      ('column schema_migration.version', 'table schema_migration has no column version', 3),
      ('column schema_migration.version_self', 'table schema_migration has no column version_self', 3),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx', 1),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx', 1),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx', 1),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx', 1),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx', 1),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx', 1),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx', 1),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx', 1),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx', 1),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx', 1),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx', 1),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx', 1),
      ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'table keto_relation_tuples has no index keto_relation_tuples_full_idx', 3),
      ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_ids_idx', 3),
      ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_sets_idx', 3),
      ('index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx', 3),
      ('index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx', 3),
      ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no primary key PRIMARY', 1),
      ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no primary key PRIMARY', 1),
      ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no primary key PRIMARY', 1),
      ('primary_key keto_namespace.PRIMARY', 'table keto_namespace has no primary key PRIMARY', 1),
      ('primary_key keto_relation_tuples.PRIMARY', 'table keto_relation_tuples has no primary key PRIMARY', 3),
      ('primary_key networks.PRIMARY', 'table networks has no primary key PRIMARY', 3),
      ('table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing', 1),
      ('table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing', 1),
      ('table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing', 1),
      ('table keto_namespace', 'table keto_namespace is missing', 1),
      ('table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing', 1),
      ('table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing', 1),
      ('table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing', 1),
      ('table keto_relation_tuples', 'table keto_relation_tuples is missing', 3),
      ('table networks', 'table networks is missing', 3),
      ('table schema_migration', 'table schema_migration is missing', 3));
SELECT 'plan: keto 0.7 → 0.7-cleanup is already applied (the database is at 0.7-cleanup): nothing to do. Nothing was changed.' AS plan WHERE NOT EXISTS (
  WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
  r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan: keto 0.7 → 0.7-cleanup is already applied (the database is at 0.7-cleanup): nothing to do. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE NOT EXISTS (
    WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
    r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
SELECT 'plan stopped: ' || 'this database is not at keto 0.7: ' || m || '. Nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || 'Compile the script for the version this database is at (npx plan compile keto <its version> 0.7-cleanup), or run this one on the keto 0.7 database it was made for.' AS plan FROM (
  SELECT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(m AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS m FROM (WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT k, def FROM temp.plan_expect WHERE f & 1),
    r AS (SELECT k, m FROM temp.plan_require WHERE f & 1),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1);
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: this database is not at keto 0.7; the line printed above says what differs. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (
    SELECT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(m AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS m FROM (WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT k, def FROM temp.plan_expect WHERE f & 1),
    r AS (SELECT k, m FROM temp.plan_require WHERE f & 1),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1);
SELECT 'plan stopped: ' || 'foreign keys of tables outside keto reference keys that keto 0.7 → 0.7-cleanup drops or replaces, with no key after it that serves them as SQLite matches a foreign key (the primary key or a unique key on the same set of columns; a foreign key that names no columns takes the primary key''s columns in their order); SQLite would keep them, and every later write to those tables would fail with "foreign key mismatch" (or, naming no columns, check other columns than before): ' || group_concat((WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(x AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1), '; ') || '. Nothing was changed. Rebuild those tables without the foreign keys first (https://sqlite.org/lang_altertable.html#otheralter), and add them back once this script has run.' AS plan FROM (SELECT x FROM (
      SELECT m.name || ' (' || group_concat(k."from", ', ') || ') -> ' || k."table" || ' (' || COALESCE(group_concat(k."to", ', '), 'its primary key, naming no columns') || ')' AS x, k."table" AS rt,
        (SELECT group_concat(c, ',') FROM (SELECT lower(j."to") AS c FROM pragma_foreign_key_list(m.name) j WHERE j.id = k.id ORDER BY 1)) AS rcols
      FROM main.sqlite_schema m, pragma_foreign_key_list(m.name) k
      WHERE m.type = 'table' AND m.name NOT IN (NULL)
      GROUP BY m.name, k.id) f
    WHERE f.rt COLLATE NOCASE IN ('keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples') AND ((f.rt = 'keto_namespace' COLLATE NOCASE) OR (f.rt = 'keto_namespace_0000000001_migrations' COLLATE NOCASE) OR (f.rt = 'keto_namespace_0000000002_migrations' COLLATE NOCASE) OR (f.rt = 'keto_namespace_0000000003_migrations' COLLATE NOCASE) OR (f.rt = 'keto_0000000001_relation_tuples' COLLATE NOCASE) OR (f.rt = 'keto_0000000002_relation_tuples' COLLATE NOCASE) OR (f.rt = 'keto_0000000003_relation_tuples' COLLATE NOCASE))) HAVING count(*) > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: foreign keys of tables outside keto reference keys that keto 0.7 → 0.7-cleanup drops or replaces, with no key after it that serves them as SQLite matches a foreign key (the primary key or a unique key on the same set of columns; a foreign key that names no columns takes the primary key''s columns in their order); SQLite would keep them, and every later write to those tables would fail with "foreign key mismatch" (or, naming no columns, check other columns than before); the line printed above names them. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x FROM (
        SELECT m.name || ' (' || group_concat(k."from", ', ') || ') -> ' || k."table" || ' (' || COALESCE(group_concat(k."to", ', '), 'its primary key, naming no columns') || ')' AS x, k."table" AS rt,
          (SELECT group_concat(c, ',') FROM (SELECT lower(j."to") AS c FROM pragma_foreign_key_list(m.name) j WHERE j.id = k.id ORDER BY 1)) AS rcols
        FROM main.sqlite_schema m, pragma_foreign_key_list(m.name) k
        WHERE m.type = 'table' AND m.name NOT IN (NULL)
        GROUP BY m.name, k.id) f
      WHERE f.rt COLLATE NOCASE IN ('keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples') AND ((f.rt = 'keto_namespace' COLLATE NOCASE) OR (f.rt = 'keto_namespace_0000000001_migrations' COLLATE NOCASE) OR (f.rt = 'keto_namespace_0000000002_migrations' COLLATE NOCASE) OR (f.rt = 'keto_namespace_0000000003_migrations' COLLATE NOCASE) OR (f.rt = 'keto_0000000001_relation_tuples' COLLATE NOCASE) OR (f.rt = 'keto_0000000002_relation_tuples' COLLATE NOCASE) OR (f.rt = 'keto_0000000003_relation_tuples' COLLATE NOCASE)));

-- ================================================================================================
-- keto 0.7 → 0.7-cleanup: After Keto v0.7 runs well and the left-out tuples are seen to: the legacy tables go (each namespace's tuple and migration tables, as keto namespace migrate legacy --down-only drops them, and keto_namespace, as keto migrate up's legacy clean-up does)
-- source: plans/keto/0.7-0.7-cleanup.yaml
-- ================================================================================================
-- 0.7 → 0.7-cleanup · 1/9 · manual step
-- MANUAL STEP (not done by this script):
--   run this only once Keto v0.7 works on this database and the tuples the move left out (its
--   report) are recreated or given up: it drops the v0.6 tuple tables for good

-- 0.7 → 0.7-cleanup · 2/9 · drop table keto_0000000001_relation_tuples
-- locks: keto_0000000001_relation_tuples: catalog-only; drops the table and its rows
DROP TABLE "keto_0000000001_relation_tuples";

-- 0.7 → 0.7-cleanup · 3/9 · drop table keto_0000000002_relation_tuples
-- locks: keto_0000000002_relation_tuples: catalog-only; drops the table and its rows
DROP TABLE "keto_0000000002_relation_tuples";

-- 0.7 → 0.7-cleanup · 4/9 · drop table keto_0000000003_relation_tuples
-- locks: keto_0000000003_relation_tuples: catalog-only; drops the table and its rows
DROP TABLE "keto_0000000003_relation_tuples";

-- 0.7 → 0.7-cleanup · 5/9 · drop table keto_namespace_0000000001_migrations
-- why: Keto's own --down-only leaves these behind; nothing reads them after the move
-- locks: keto_namespace_0000000001_migrations: catalog-only; drops the table and its rows
DROP TABLE "keto_namespace_0000000001_migrations";

-- 0.7 → 0.7-cleanup · 6/9 · drop table keto_namespace_0000000002_migrations
-- why: Keto's own --down-only leaves these behind; nothing reads them after the move
-- locks: keto_namespace_0000000002_migrations: catalog-only; drops the table and its rows
DROP TABLE "keto_namespace_0000000002_migrations";

-- 0.7 → 0.7-cleanup · 7/9 · drop table keto_namespace_0000000003_migrations
-- why: Keto's own --down-only leaves these behind; nothing reads them after the move
-- locks: keto_namespace_0000000003_migrations: catalog-only; drops the table and its rows
DROP TABLE "keto_namespace_0000000003_migrations";

-- 0.7 → 0.7-cleanup · 8/9 · drop table keto_namespace
-- why: the legacy clean-up of keto migrate up (empty in v0.6, whose code never wrote it)
-- locks: keto_namespace: catalog-only; drops the table and its rows
DROP TABLE "keto_namespace";

-- 0.7 → 0.7-cleanup · 9/9 · insert 1 row into schema_migration
-- why: the legacy clean-up, recorded as keto migrate up records it
-- locks: schema_migration: rows
INSERT INTO "schema_migration" ("version", "version_self") SELECT '20210914134624000000', 0 WHERE NOT EXISTS (SELECT 1 FROM "schema_migration" WHERE "version" = '20210914134624000000');

-- before COMMIT: the database is at 0.7-cleanup and its foreign keys hold, or everything this run did is rolled back
DROP TABLE IF EXISTS temp.plan_end;
CREATE TEMP TABLE plan_end AS SELECT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(m AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS m FROM (WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
  r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1;
SELECT 'plan stopped: ' || 'the database is not at keto 0.7-cleanup at the end of this script (a statement did not do what its plan says): ' || m || '. Everything this run did is rolled back: nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect keto names every difference.' AS plan FROM temp.plan_end;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ROLLBACK, 'plan stopped: the database is not at keto 0.7-cleanup at the end of this script (a statement did not do what its plan says); the line printed above says what differs. Everything this run did is rolled back: nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT 1 FROM temp.plan_end);
COMMIT;
PRAGMA foreign_keys = ON;

-- printed only when the database is now at the target state
SELECT 'plan: keto 0.7 → 0.7-cleanup applied' AS plan WHERE NOT EXISTS (
  WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
  r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
