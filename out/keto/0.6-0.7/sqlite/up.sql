-- plan 0.1.0 · keto 0.6 → 0.7 · sqlite · upgrade
-- what:     this script upgrades a keto database from 0.6 to 0.7 on SQLite (generated from the plans listed below)
-- stop:     first, before the backup: Keto's write API (the guide keeps the read API up; writes fail while the script runs)
-- backup:   then: sqlite3 -readonly DATABASE.db '.backup keto-0.6-before.db.partial' && mv keto-0.6-before.db.partial keto-0.6-before.db   (restore: copy keto-0.6-before.db over DATABASE.db while nothing has it open)
-- apply:    sqlite3 -bail DATABASE.db < up.sql   (the sqlite3 client: the first line, .bail on, makes it stop at the first error even without -bail)
-- start:    after applying: Keto 0.7 (keto serve)
-- reverse:  npx plan compile keto 0.7 0.6 --dialect sqlite --param namespaces=files:1,groups:2,folders:3 --param network_id=6b65746f-0000-4000-8000-000000000001 -o down.sql
-- the rollback would drop: 2 tables networks, keto_relation_tuples, and the data in them
-- parameters: namespaces=files:1,groups:2,folders:3 network_id=6b65746f-0000-4000-8000-000000000001 (namespaces: an example value, not a database's: compile with its own before applying)
-- sources (sha256 of each file; check: sha256sum plans/keto/product.yaml plans/keto/0.6-0.7.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/keto/product.yaml 4f63e93ae5c85d025701d32f1a83085ee1232c772ec809282d772f8a04dedb47
--   plans/keto/0.6-0.7.yaml 4f8de6ba1606badf42cf198bd7923c3cb6e091b1f170711c81e781c235905cd4
--   schema at 0.6 replayed from 1 plan (plans/keto/0-0.6.yaml …) bf27220efc05ce9e2fa9aeca158fda0e03cc8b9958a0c9e9fe8f385929b2958c
--     (check: cat plans/keto/0-0.6.yaml > /dev/null && for f in plans/keto/0-0.6.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- a second run stops at its first check with "… is already applied: nothing to do" (exit status 1 under -bail) and changes nothing; a run cut short changed nothing, so running the file again completes it.
-- the whole script is one transaction: a failure, a crash or a kill at any statement leaves the database as it was; fix the cause and run the file again.
-- lock:     .timeout 5000 (the sqlite3 client's busy timeout, PRAGMA busy_timeout without its printed value; milliseconds; npx plan compile --lock-timeout 5s, 0: none): while another connection writes to the database (or reads it as this script commits), the script retries for up to that long instead of failing at once; then it fails with "database is locked" and, being one transaction, changes nothing: run the file again later.
-- tables:   SQLite tables have no owner or character set; the script creates them as they are.
-- locks:    SQLite locks the whole database: the script takes its write lock at BEGIN IMMEDIATE and holds it until COMMIT (other writers wait for busy_timeout, then fail with SQLITE_BUSY; in rollback-journal mode readers are shut out while it commits). No table is rebuilt.
-- rows not copied: [0.6 → 0.7] step 11 copies rows of keto_0000000001_relation_tuples, keto_0000000002_relation_tuples, keto_0000000003_relation_tuples into keto_relation_tuples except those it skips (a NULL in object, relation, subject or commit_time (SQLite lets a legacy key column hold one); malformed subject: more than one # (Keto's migrator skips it as broken); malformed subject set: not namespace:object#relation with exactly one : before the # (Keto's migrator skips it as broken); the subject set's namespace is not in --param namespaces (Keto's migrator stops the namespace on it); subject id longer than 64 characters (v0.7's subject_id is varchar(64)); subject set object or relation longer than 64 characters (v0.7's columns are varchar(64)))
-- report:   the rows skipped, with the reason (read-only; before or after this script): npx plan compile keto 0.6 0.7 --dialect sqlite --param namespaces=files:1,groups:2,folders:3 --param network_id=6b65746f-0000-4000-8000-000000000001 --report -o report.sql
-- MANUAL STEPS (2), not done by this script:
--   1. [0.6 → 0.7] before the script: SQLite has no users; stop Keto v0.6's writes (or make the database file read-only to its process) until Keto v0.7 runs
--   2. [0.6 → 0.7] after the script: list the tuples it left out (npx plan compile keto 0.6 0.7 --report with the same parameters, see the header) and recreate them through Keto v0.7's API once it runs; do not run keto namespace migrate legacy, which would copy every tuple again under new ids

.bail on
.timeout 5000
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TEMP TABLE IF NOT EXISTS plan_stop (n INTEGER);

-- a second run: the database is at 0.7 already, so there is nothing to do
SELECT 'plan: keto 0.6 → 0.7 is already applied (the database is at 0.7): nothing to do. Nothing was changed.' AS plan WHERE NOT EXISTS (
  WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT column1 AS k, column2 AS def FROM (VALUES
      ('column keto_0000000001_relation_tuples.commit_time', 'timestamp'),
      ('column keto_0000000001_relation_tuples.object', 'varchar(64)'),
      ('column keto_0000000001_relation_tuples.relation', 'varchar(64)'),
      ('column keto_0000000001_relation_tuples.shard_id', 'varchar(64)'),
      ('column keto_0000000001_relation_tuples.subject', 'varchar(256)'),
      ('column keto_0000000002_relation_tuples.commit_time', 'timestamp'),
      ('column keto_0000000002_relation_tuples.object', 'varchar(64)'),
      ('column keto_0000000002_relation_tuples.relation', 'varchar(64)'),
      ('column keto_0000000002_relation_tuples.shard_id', 'varchar(64)'),
      ('column keto_0000000002_relation_tuples.subject', 'varchar(256)'),
      ('column keto_0000000003_relation_tuples.commit_time', 'timestamp'),
      ('column keto_0000000003_relation_tuples.object', 'varchar(64)'),
      ('column keto_0000000003_relation_tuples.relation', 'varchar(64)'),
      ('column keto_0000000003_relation_tuples.shard_id', 'varchar(64)'),
      ('column keto_0000000003_relation_tuples.subject', 'varchar(256)'),
      ('column keto_namespace.id', 'integer NOT NULL'),
      ('column keto_namespace.schema_version', 'integer NOT NULL'),
      ('column keto_namespace_0000000001_migrations.version', 'varchar (48) NOT NULL'),
      ('column keto_namespace_0000000001_migrations.version_self', 'int NOT NULL DEFAULT 0'),
      ('column keto_namespace_0000000002_migrations.version', 'varchar (48) NOT NULL'),
      ('column keto_namespace_0000000002_migrations.version_self', 'int NOT NULL DEFAULT 0'),
      ('column keto_namespace_0000000003_migrations.version', 'varchar (48) NOT NULL'),
      ('column keto_namespace_0000000003_migrations.version_self', 'int NOT NULL DEFAULT 0'),
      ('column keto_relation_tuples.commit_time', 'timestamp NOT NULL'),
      ('column keto_relation_tuples.namespace_id', 'integer NOT NULL'),
      ('column keto_relation_tuples.nid', 'uuid NOT NULL'),
      ('column keto_relation_tuples.object', 'varchar(64) NOT NULL'),
      ('column keto_relation_tuples.relation', 'varchar(64) NOT NULL'),
      ('column keto_relation_tuples.shard_id', 'uuid NOT NULL'),
      ('column keto_relation_tuples.subject_id', 'varchar(64)'),
      ('column keto_relation_tuples.subject_set_namespace_id', 'integer'),
      ('column keto_relation_tuples.subject_set_object', 'varchar(64)'),
      ('column keto_relation_tuples.subject_set_relation', 'varchar(64)'),
      ('column networks.created_at', 'datetime NOT NULL'),
      ('column networks.id', 'text NOT NULL'),
      ('column networks.updated_at', 'datetime NOT NULL'),
      ('column schema_migration.version', 'varchar (48) NOT NULL'),
      ('column schema_migration.version_self', 'int NOT NULL DEFAULT 0'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'object'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'object, relation'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'object'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'object, relation'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'object'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'object, relation'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'UNIQUE version'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'version_self'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'UNIQUE version'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'version_self'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'UNIQUE version'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'version_self'),
      ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'nid, namespace_id, object, relation, subject_id WHERE subject_set_namespace_id IS NULL AND subject_set_object IS NULL AND subject_set_relation IS NULL'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'nid, namespace_id, object, relation, subject_set_namespace_id, subject_set_object, subject_set_relation WHERE subject_id IS NULL'),
      ('index schema_migration.schema_migration_version_idx', 'UNIQUE version'),
      ('index schema_migration.schema_migration_version_self_idx', 'version_self'),
      ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
      ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
      ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
      ('primary_key keto_namespace.PRIMARY', 'id'),
      ('primary_key keto_relation_tuples.PRIMARY', 'shard_id, nid'),
      ('primary_key networks.PRIMARY', 'id'),
      ('table keto_0000000001_relation_tuples', 'present'),
      ('table keto_0000000002_relation_tuples', 'present'),
      ('table keto_0000000003_relation_tuples', 'present'),
      ('table keto_namespace', 'present'),
      ('table keto_namespace_0000000001_migrations', 'present'),
      ('table keto_namespace_0000000002_migrations', 'present'),
      ('table keto_namespace_0000000003_migrations', 'present'),
      ('table keto_relation_tuples', 'present'),
      ('table networks', 'present'),
      ('table schema_migration', 'present'))),
  r AS (SELECT column1 AS k, column2 AS m FROM (VALUES
      ('column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time'),
      ('column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object'),
      ('column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation'),
      ('column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id'),
      ('column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject'),
      ('column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time'),
      ('column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object'),
      ('column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation'),
      ('column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id'),
      ('column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject'),
      ('column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time'),
      ('column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object'),
      ('column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation'),
      ('column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id'),
      ('column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject'),
      ('column keto_namespace.id', 'table keto_namespace has no column id'),
      ('column keto_namespace.schema_version', 'table keto_namespace has no column schema_version'),
      ('column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version'),
      ('column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self'),
      ('column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version'),
      ('column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self'),
      ('column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version'),
      ('column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self'),
      ('column keto_relation_tuples.commit_time', 'table keto_relation_tuples has no column commit_time'),
      ('column keto_relation_tuples.namespace_id', 'table keto_relation_tuples has no column namespace_id'),
      ('column keto_relation_tuples.nid', 'table keto_relation_tuples has no column nid'),
      ('column keto_relation_tuples.object', 'table keto_relation_tuples has no column object'),
      ('column keto_relation_tuples.relation', 'table keto_relation_tuples has no column relation'),
      ('column keto_relation_tuples.shard_id', 'table keto_relation_tuples has no column shard_id'),
      ('column keto_relation_tuples.subject_id', 'table keto_relation_tuples has no column subject_id'),
      ('column keto_relation_tuples.subject_set_namespace_id', 'table keto_relation_tuples has no column subject_set_namespace_id'),
      ('column keto_relation_tuples.subject_set_object', 'table keto_relation_tuples has no column subject_set_object'),
      ('column keto_relation_tuples.subject_set_relation', 'table keto_relation_tuples has no column subject_set_relation'),
      ('column networks.created_at', 'table networks has no column created_at'),
      ('column networks.id', 'table networks has no column id'),
      ('column networks.updated_at', 'table networks has no column updated_at'),
      ('column schema_migration.version', 'table schema_migration has no column version'),
      ('column schema_migration.version_self', 'table schema_migration has no column version_self'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx'),
      ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'table keto_relation_tuples has no index keto_relation_tuples_full_idx'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_ids_idx'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_sets_idx'),
      ('index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx'),
      ('index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx'),
      ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no primary key PRIMARY'),
      ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no primary key PRIMARY'),
      ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no primary key PRIMARY'),
      ('primary_key keto_namespace.PRIMARY', 'table keto_namespace has no primary key PRIMARY'),
      ('primary_key keto_relation_tuples.PRIMARY', 'table keto_relation_tuples has no primary key PRIMARY'),
      ('primary_key networks.PRIMARY', 'table networks has no primary key PRIMARY'),
      ('table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing'),
      ('table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing'),
      ('table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing'),
      ('table keto_namespace', 'table keto_namespace is missing'),
      ('table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing'),
      ('table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing'),
      ('table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing'),
      ('table keto_relation_tuples', 'table keto_relation_tuples is missing'),
      ('table networks', 'table networks is missing'),
      ('table schema_migration', 'table schema_migration is missing'))),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan: keto 0.6 → 0.7 is already applied (the database is at 0.7): nothing to do. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE NOT EXISTS (
    WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT column1 AS k, column2 AS def FROM (VALUES
        ('column keto_0000000001_relation_tuples.commit_time', 'timestamp'),
        ('column keto_0000000001_relation_tuples.object', 'varchar(64)'),
        ('column keto_0000000001_relation_tuples.relation', 'varchar(64)'),
        ('column keto_0000000001_relation_tuples.shard_id', 'varchar(64)'),
        ('column keto_0000000001_relation_tuples.subject', 'varchar(256)'),
        ('column keto_0000000002_relation_tuples.commit_time', 'timestamp'),
        ('column keto_0000000002_relation_tuples.object', 'varchar(64)'),
        ('column keto_0000000002_relation_tuples.relation', 'varchar(64)'),
        ('column keto_0000000002_relation_tuples.shard_id', 'varchar(64)'),
        ('column keto_0000000002_relation_tuples.subject', 'varchar(256)'),
        ('column keto_0000000003_relation_tuples.commit_time', 'timestamp'),
        ('column keto_0000000003_relation_tuples.object', 'varchar(64)'),
        ('column keto_0000000003_relation_tuples.relation', 'varchar(64)'),
        ('column keto_0000000003_relation_tuples.shard_id', 'varchar(64)'),
        ('column keto_0000000003_relation_tuples.subject', 'varchar(256)'),
        ('column keto_namespace.id', 'integer NOT NULL'),
        ('column keto_namespace.schema_version', 'integer NOT NULL'),
        ('column keto_namespace_0000000001_migrations.version', 'varchar (48) NOT NULL'),
        ('column keto_namespace_0000000001_migrations.version_self', 'int NOT NULL DEFAULT 0'),
        ('column keto_namespace_0000000002_migrations.version', 'varchar (48) NOT NULL'),
        ('column keto_namespace_0000000002_migrations.version_self', 'int NOT NULL DEFAULT 0'),
        ('column keto_namespace_0000000003_migrations.version', 'varchar (48) NOT NULL'),
        ('column keto_namespace_0000000003_migrations.version_self', 'int NOT NULL DEFAULT 0'),
        ('column keto_relation_tuples.commit_time', 'timestamp NOT NULL'),
        ('column keto_relation_tuples.namespace_id', 'integer NOT NULL'),
        ('column keto_relation_tuples.nid', 'uuid NOT NULL'),
        ('column keto_relation_tuples.object', 'varchar(64) NOT NULL'),
        ('column keto_relation_tuples.relation', 'varchar(64) NOT NULL'),
        ('column keto_relation_tuples.shard_id', 'uuid NOT NULL'),
        ('column keto_relation_tuples.subject_id', 'varchar(64)'),
        ('column keto_relation_tuples.subject_set_namespace_id', 'integer'),
        ('column keto_relation_tuples.subject_set_object', 'varchar(64)'),
        ('column keto_relation_tuples.subject_set_relation', 'varchar(64)'),
        ('column networks.created_at', 'datetime NOT NULL'),
        ('column networks.id', 'text NOT NULL'),
        ('column networks.updated_at', 'datetime NOT NULL'),
        ('column schema_migration.version', 'varchar (48) NOT NULL'),
        ('column schema_migration.version_self', 'int NOT NULL DEFAULT 0'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'object'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'object, relation'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'object'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'object, relation'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'object'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'object, relation'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'UNIQUE version'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'version_self'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'UNIQUE version'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'version_self'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'UNIQUE version'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'version_self'),
        ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time'),
        ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'nid, namespace_id, object, relation, subject_id WHERE subject_set_namespace_id IS NULL AND subject_set_object IS NULL AND subject_set_relation IS NULL'),
        ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'nid, namespace_id, object, relation, subject_set_namespace_id, subject_set_object, subject_set_relation WHERE subject_id IS NULL'),
        ('index schema_migration.schema_migration_version_idx', 'UNIQUE version'),
        ('index schema_migration.schema_migration_version_self_idx', 'version_self'),
        ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
        ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
        ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
        ('primary_key keto_namespace.PRIMARY', 'id'),
        ('primary_key keto_relation_tuples.PRIMARY', 'shard_id, nid'),
        ('primary_key networks.PRIMARY', 'id'),
        ('table keto_0000000001_relation_tuples', 'present'),
        ('table keto_0000000002_relation_tuples', 'present'),
        ('table keto_0000000003_relation_tuples', 'present'),
        ('table keto_namespace', 'present'),
        ('table keto_namespace_0000000001_migrations', 'present'),
        ('table keto_namespace_0000000002_migrations', 'present'),
        ('table keto_namespace_0000000003_migrations', 'present'),
        ('table keto_relation_tuples', 'present'),
        ('table networks', 'present'),
        ('table schema_migration', 'present'))),
    r AS (SELECT column1 AS k, column2 AS m FROM (VALUES
        ('column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time'),
        ('column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object'),
        ('column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation'),
        ('column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id'),
        ('column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject'),
        ('column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time'),
        ('column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object'),
        ('column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation'),
        ('column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id'),
        ('column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject'),
        ('column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time'),
        ('column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object'),
        ('column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation'),
        ('column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id'),
        ('column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject'),
        ('column keto_namespace.id', 'table keto_namespace has no column id'),
        ('column keto_namespace.schema_version', 'table keto_namespace has no column schema_version'),
        ('column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version'),
        ('column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self'),
        ('column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version'),
        ('column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self'),
        ('column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version'),
        ('column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self'),
        ('column keto_relation_tuples.commit_time', 'table keto_relation_tuples has no column commit_time'),
        ('column keto_relation_tuples.namespace_id', 'table keto_relation_tuples has no column namespace_id'),
        ('column keto_relation_tuples.nid', 'table keto_relation_tuples has no column nid'),
        ('column keto_relation_tuples.object', 'table keto_relation_tuples has no column object'),
        ('column keto_relation_tuples.relation', 'table keto_relation_tuples has no column relation'),
        ('column keto_relation_tuples.shard_id', 'table keto_relation_tuples has no column shard_id'),
        ('column keto_relation_tuples.subject_id', 'table keto_relation_tuples has no column subject_id'),
        ('column keto_relation_tuples.subject_set_namespace_id', 'table keto_relation_tuples has no column subject_set_namespace_id'),
        ('column keto_relation_tuples.subject_set_object', 'table keto_relation_tuples has no column subject_set_object'),
        ('column keto_relation_tuples.subject_set_relation', 'table keto_relation_tuples has no column subject_set_relation'),
        ('column networks.created_at', 'table networks has no column created_at'),
        ('column networks.id', 'table networks has no column id'),
        ('column networks.updated_at', 'table networks has no column updated_at'),
        ('column schema_migration.version', 'table schema_migration has no column version'),
        ('column schema_migration.version_self', 'table schema_migration has no column version_self'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx'),
        ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'table keto_relation_tuples has no index keto_relation_tuples_full_idx'),
        ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_ids_idx'),
        ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_sets_idx'),
        ('index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx'),
        ('index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx'),
        ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no primary key PRIMARY'),
        ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no primary key PRIMARY'),
        ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no primary key PRIMARY'),
        ('primary_key keto_namespace.PRIMARY', 'table keto_namespace has no primary key PRIMARY'),
        ('primary_key keto_relation_tuples.PRIMARY', 'table keto_relation_tuples has no primary key PRIMARY'),
        ('primary_key networks.PRIMARY', 'table networks has no primary key PRIMARY'),
        ('table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing'),
        ('table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing'),
        ('table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing'),
        ('table keto_namespace', 'table keto_namespace is missing'),
        ('table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing'),
        ('table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing'),
        ('table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing'),
        ('table keto_relation_tuples', 'table keto_relation_tuples is missing'),
        ('table networks', 'table networks is missing'),
        ('table schema_migration', 'table schema_migration is missing'))),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
-- check that the database is at 0.6: this script is one transaction and runs only from there
SELECT 'plan stopped: ' || 'this database is not at keto 0.6: ' || m || '. Nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || 'Compile the script for the version this database is at (npx plan compile keto <its version> 0.7), or run this one on the keto 0.6 database it was made for.' AS plan FROM (
  SELECT m FROM (WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT column1 AS k, column2 AS def FROM (VALUES
        ('column keto_0000000001_relation_tuples.commit_time', 'timestamp'),
        ('column keto_0000000001_relation_tuples.object', 'varchar(64)'),
        ('column keto_0000000001_relation_tuples.relation', 'varchar(64)'),
        ('column keto_0000000001_relation_tuples.shard_id', 'varchar(64)'),
        ('column keto_0000000001_relation_tuples.subject', 'varchar(256)'),
        ('column keto_0000000002_relation_tuples.commit_time', 'timestamp'),
        ('column keto_0000000002_relation_tuples.object', 'varchar(64)'),
        ('column keto_0000000002_relation_tuples.relation', 'varchar(64)'),
        ('column keto_0000000002_relation_tuples.shard_id', 'varchar(64)'),
        ('column keto_0000000002_relation_tuples.subject', 'varchar(256)'),
        ('column keto_0000000003_relation_tuples.commit_time', 'timestamp'),
        ('column keto_0000000003_relation_tuples.object', 'varchar(64)'),
        ('column keto_0000000003_relation_tuples.relation', 'varchar(64)'),
        ('column keto_0000000003_relation_tuples.shard_id', 'varchar(64)'),
        ('column keto_0000000003_relation_tuples.subject', 'varchar(256)'),
        ('column keto_namespace.id', 'integer NOT NULL'),
        ('column keto_namespace.schema_version', 'integer NOT NULL'),
        ('column keto_namespace_0000000001_migrations.version', 'varchar (48) NOT NULL'),
        ('column keto_namespace_0000000001_migrations.version_self', 'int NOT NULL DEFAULT 0'),
        ('column keto_namespace_0000000002_migrations.version', 'varchar (48) NOT NULL'),
        ('column keto_namespace_0000000002_migrations.version_self', 'int NOT NULL DEFAULT 0'),
        ('column keto_namespace_0000000003_migrations.version', 'varchar (48) NOT NULL'),
        ('column keto_namespace_0000000003_migrations.version_self', 'int NOT NULL DEFAULT 0'),
        ('column schema_migration.version', 'varchar (48) NOT NULL'),
        ('column schema_migration.version_self', 'int NOT NULL DEFAULT 0'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'object'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'object, relation'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'object'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'object, relation'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'object'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'object, relation'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'UNIQUE version'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'version_self'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'UNIQUE version'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'version_self'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'UNIQUE version'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'version_self'),
        ('index schema_migration.schema_migration_version_idx', 'UNIQUE version'),
        ('index schema_migration.schema_migration_version_self_idx', 'version_self'),
        ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
        ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
        ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
        ('primary_key keto_namespace.PRIMARY', 'id'),
        ('table keto_0000000001_relation_tuples', 'present'),
        ('table keto_0000000002_relation_tuples', 'present'),
        ('table keto_0000000003_relation_tuples', 'present'),
        ('table keto_namespace', 'present'),
        ('table keto_namespace_0000000001_migrations', 'present'),
        ('table keto_namespace_0000000002_migrations', 'present'),
        ('table keto_namespace_0000000003_migrations', 'present'),
        ('table schema_migration', 'present'))),
    r AS (SELECT column1 AS k, column2 AS m FROM (VALUES
        ('column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time'),
        ('column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object'),
        ('column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation'),
        ('column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id'),
        ('column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject'),
        ('column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time'),
        ('column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object'),
        ('column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation'),
        ('column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id'),
        ('column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject'),
        ('column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time'),
        ('column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object'),
        ('column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation'),
        ('column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id'),
        ('column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject'),
        ('column keto_namespace.id', 'table keto_namespace has no column id'),
        ('column keto_namespace.schema_version', 'table keto_namespace has no column schema_version'),
        ('column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version'),
        ('column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self'),
        ('column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version'),
        ('column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self'),
        ('column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version'),
        ('column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self'),
        ('column schema_migration.version', 'table schema_migration has no column version'),
        ('column schema_migration.version_self', 'table schema_migration has no column version_self'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx'),
        ('index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx'),
        ('index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx'),
        ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no primary key PRIMARY'),
        ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no primary key PRIMARY'),
        ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no primary key PRIMARY'),
        ('primary_key keto_namespace.PRIMARY', 'table keto_namespace has no primary key PRIMARY'),
        ('table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing'),
        ('table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing'),
        ('table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing'),
        ('table keto_namespace', 'table keto_namespace is missing'),
        ('table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing'),
        ('table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing'),
        ('table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing'),
        ('table schema_migration', 'table schema_migration is missing'))),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1);
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: this database is not at keto 0.6; the line printed above says what differs. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (
    SELECT m FROM (WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT column1 AS k, column2 AS def FROM (VALUES
        ('column keto_0000000001_relation_tuples.commit_time', 'timestamp'),
        ('column keto_0000000001_relation_tuples.object', 'varchar(64)'),
        ('column keto_0000000001_relation_tuples.relation', 'varchar(64)'),
        ('column keto_0000000001_relation_tuples.shard_id', 'varchar(64)'),
        ('column keto_0000000001_relation_tuples.subject', 'varchar(256)'),
        ('column keto_0000000002_relation_tuples.commit_time', 'timestamp'),
        ('column keto_0000000002_relation_tuples.object', 'varchar(64)'),
        ('column keto_0000000002_relation_tuples.relation', 'varchar(64)'),
        ('column keto_0000000002_relation_tuples.shard_id', 'varchar(64)'),
        ('column keto_0000000002_relation_tuples.subject', 'varchar(256)'),
        ('column keto_0000000003_relation_tuples.commit_time', 'timestamp'),
        ('column keto_0000000003_relation_tuples.object', 'varchar(64)'),
        ('column keto_0000000003_relation_tuples.relation', 'varchar(64)'),
        ('column keto_0000000003_relation_tuples.shard_id', 'varchar(64)'),
        ('column keto_0000000003_relation_tuples.subject', 'varchar(256)'),
        ('column keto_namespace.id', 'integer NOT NULL'),
        ('column keto_namespace.schema_version', 'integer NOT NULL'),
        ('column keto_namespace_0000000001_migrations.version', 'varchar (48) NOT NULL'),
        ('column keto_namespace_0000000001_migrations.version_self', 'int NOT NULL DEFAULT 0'),
        ('column keto_namespace_0000000002_migrations.version', 'varchar (48) NOT NULL'),
        ('column keto_namespace_0000000002_migrations.version_self', 'int NOT NULL DEFAULT 0'),
        ('column keto_namespace_0000000003_migrations.version', 'varchar (48) NOT NULL'),
        ('column keto_namespace_0000000003_migrations.version_self', 'int NOT NULL DEFAULT 0'),
        ('column schema_migration.version', 'varchar (48) NOT NULL'),
        ('column schema_migration.version_self', 'int NOT NULL DEFAULT 0'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'object'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'object, relation'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'object'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'object, relation'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'object'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'object, relation'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'UNIQUE version'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'version_self'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'UNIQUE version'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'version_self'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'UNIQUE version'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'version_self'),
        ('index schema_migration.schema_migration_version_idx', 'UNIQUE version'),
        ('index schema_migration.schema_migration_version_self_idx', 'version_self'),
        ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
        ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
        ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
        ('primary_key keto_namespace.PRIMARY', 'id'),
        ('table keto_0000000001_relation_tuples', 'present'),
        ('table keto_0000000002_relation_tuples', 'present'),
        ('table keto_0000000003_relation_tuples', 'present'),
        ('table keto_namespace', 'present'),
        ('table keto_namespace_0000000001_migrations', 'present'),
        ('table keto_namespace_0000000002_migrations', 'present'),
        ('table keto_namespace_0000000003_migrations', 'present'),
        ('table schema_migration', 'present'))),
    r AS (SELECT column1 AS k, column2 AS m FROM (VALUES
        ('column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time'),
        ('column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object'),
        ('column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation'),
        ('column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id'),
        ('column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject'),
        ('column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time'),
        ('column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object'),
        ('column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation'),
        ('column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id'),
        ('column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject'),
        ('column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time'),
        ('column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object'),
        ('column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation'),
        ('column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id'),
        ('column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject'),
        ('column keto_namespace.id', 'table keto_namespace has no column id'),
        ('column keto_namespace.schema_version', 'table keto_namespace has no column schema_version'),
        ('column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version'),
        ('column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self'),
        ('column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version'),
        ('column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self'),
        ('column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version'),
        ('column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self'),
        ('column schema_migration.version', 'table schema_migration has no column version'),
        ('column schema_migration.version_self', 'table schema_migration has no column version_self'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx'),
        ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx'),
        ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx'),
        ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx'),
        ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx'),
        ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx'),
        ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx'),
        ('index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx'),
        ('index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx'),
        ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no primary key PRIMARY'),
        ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no primary key PRIMARY'),
        ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no primary key PRIMARY'),
        ('primary_key keto_namespace.PRIMARY', 'table keto_namespace has no primary key PRIMARY'),
        ('table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing'),
        ('table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing'),
        ('table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing'),
        ('table keto_namespace', 'table keto_namespace is missing'),
        ('table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing'),
        ('table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing'),
        ('table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing'),
        ('table schema_migration', 'table schema_migration is missing'))),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1);
-- index names: the indexes this script creates (keto_relation_tuples_full_idx, keto_relation_tuples_subject_ids_idx, keto_relation_tuples_subject_sets_idx) take names unique across the database: the script stops before any change when an object that is not an index of a keto table holds one
SELECT 'plan stopped: ' || CASE f.type WHEN 'index' THEN 'an index ' || f.name || ' on table ' || f.tbl_name WHEN 'table' THEN 'a table ' || f.name ELSE 'a view ' || f.name END || ' exists; keto''s index ' || f.claim || ' on ' || f.claimer || ' needs that name (SQLite''s index names are database-wide, and the script drops nothing it does not own): rename or drop that ' || f.type || ', then run this script again. Nothing was changed.' AS plan FROM (SELECT * FROM (
  SELECT s.type, s.name, s.tbl_name, c.column1 AS claim, c.column2 AS claimer FROM main.sqlite_schema s JOIN (VALUES ('keto_relation_tuples_full_idx', 'keto_relation_tuples'), ('keto_relation_tuples_subject_ids_idx', 'keto_relation_tuples'), ('keto_relation_tuples_subject_sets_idx', 'keto_relation_tuples')) c ON s.name = c.column1 COLLATE NOCASE
  WHERE s.type IN ('index', 'table', 'view') AND NOT (s.type = 'index' AND s.tbl_name COLLATE NOCASE IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration'))) ORDER BY claim, name LIMIT 1) f;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: an object outside keto holds the name of an index keto 0.6 → 0.7 creates (the line printed above names it). Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (
    SELECT s.type, s.name, s.tbl_name, c.column1 AS claim, c.column2 AS claimer FROM main.sqlite_schema s JOIN (VALUES ('keto_relation_tuples_full_idx', 'keto_relation_tuples'), ('keto_relation_tuples_subject_ids_idx', 'keto_relation_tuples'), ('keto_relation_tuples_subject_sets_idx', 'keto_relation_tuples')) c ON s.name = c.column1 COLLATE NOCASE
    WHERE s.type IN ('index', 'table', 'view') AND NOT (s.type = 'index' AND s.tbl_name COLLATE NOCASE IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')));

-- ================================================================================================
-- keto 0.6 → 0.7: Keto v0.7 keeps every namespace's tuples in one table, keto_relation_tuples, keyed by network: the schema keto migrate up makes, and the move keto namespace migrate legacy makes, in SQL; the legacy tables stay for a rollback
-- source: plans/keto/0.6-0.7.yaml
-- ================================================================================================
-- 0.6 → 0.7 · 1/14 · manual step
-- MANUAL STEP (not done by this script):
--   before the script: SQLite has no users; stop Keto v0.6's writes (or make the database file
--   read-only to its process) until Keto v0.7 runs

-- 0.6 → 0.7 · 2/14 · check: a table keto_<id>_relation_tuples exists for an id not in --param namespaces: give every namespace of Keto's configuration, or its tuples stay behind
-- locks: no table
SELECT 'plan stopped: a table keto_<id>_relation_tuples exists for an id not in --param namespaces: give every namespace of Keto''s configuration, or its tuples stay behind' || COALESCE(' (tables named keto_*_relation_tuples: ' || ((SELECT group_concat(name, ', ') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name LIKE 'keto!_%!_relation!_tuples' ESCAPE '!' AND name NOT IN ('schema_migration', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples') ORDER BY name))) || ')', '') || '. Nothing was changed.' AS plan WHERE NOT ((NOT EXISTS (SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND name LIKE 'keto!_%!_relation!_tuples' ESCAPE '!' AND name NOT IN ('schema_migration', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples'))));
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: a table keto_<id>_relation_tuples exists for an id not in --param namespaces: give every namespace of Keto''s configuration, or its tuples stay behind (the line printed above says what was found)'); END;
INSERT INTO plan_stop SELECT 1 WHERE NOT ((NOT EXISTS (SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND name LIKE 'keto!_%!_relation!_tuples' ESCAPE '!' AND name NOT IN ('schema_migration', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples'))));

-- 0.6 → 0.7 · 3/14 · create table networks
-- locks: networks: new in this script
CREATE TABLE "networks" (
      "id" text NOT NULL,
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL,
      PRIMARY KEY ("id")
    );

-- 0.6 → 0.7 · 4/14 · insert 1 row into networks
-- why: Keto takes the oldest row of networks as its network (networkx Determine) and makes one on its first start when there is none: this one, written here, keys the moved tuples
-- locks: networks: new in this script
INSERT INTO "networks" ("id", "created_at", "updated_at") SELECT '6b65746f-0000-4000-8000-000000000001', '2021-06-23 16:24:17', '2021-06-23 16:24:17' WHERE NOT EXISTS (SELECT 1 FROM "networks" WHERE "id" = '6b65746f-0000-4000-8000-000000000001');

-- 0.6 → 0.7 · 5/14 · create table keto_relation_tuples
-- locks: keto_relation_tuples: new in this script
CREATE TABLE "keto_relation_tuples" (
      "shard_id" uuid NOT NULL,
      "nid" uuid NOT NULL,
      "namespace_id" integer NOT NULL,
      "object" varchar(64) NOT NULL,
      "relation" varchar(64) NOT NULL,
      "subject_id" varchar(64),
      "subject_set_namespace_id" integer,
      "subject_set_object" varchar(64),
      "subject_set_relation" varchar(64),
      "commit_time" timestamp NOT NULL,
      PRIMARY KEY ("shard_id", "nid"),
      CONSTRAINT "chk_keto_rt_subject_type" CHECK ((subject_id IS NULL AND subject_set_namespace_id IS NOT NULL AND subject_set_object IS NOT NULL AND subject_set_relation IS NOT NULL) OR (subject_id IS NOT NULL AND subject_set_namespace_id IS NULL AND subject_set_object IS NULL AND subject_set_relation IS NULL))
    );

-- 0.6 → 0.7 · 6/14 · create index keto_relation_tuples_subject_ids_idx on keto_relation_tuples
-- locks: keto_relation_tuples: new in this script
DROP INDEX IF EXISTS "keto_relation_tuples_subject_ids_idx";
CREATE INDEX "keto_relation_tuples_subject_ids_idx" ON "keto_relation_tuples" ("nid", "namespace_id", "object", "relation", "subject_id") WHERE subject_set_namespace_id IS NULL AND subject_set_object IS NULL AND subject_set_relation IS NULL;

-- 0.6 → 0.7 · 7/14 · create index keto_relation_tuples_subject_sets_idx on keto_relation_tuples
-- locks: keto_relation_tuples: new in this script
DROP INDEX IF EXISTS "keto_relation_tuples_subject_sets_idx";
CREATE INDEX "keto_relation_tuples_subject_sets_idx" ON "keto_relation_tuples" ("nid", "namespace_id", "object", "relation", "subject_set_namespace_id", "subject_set_object", "subject_set_relation") WHERE subject_id IS NULL;

-- 0.6 → 0.7 · 8/14 · create index keto_relation_tuples_full_idx on keto_relation_tuples
-- locks: keto_relation_tuples: new in this script
DROP INDEX IF EXISTS "keto_relation_tuples_full_idx";
CREATE INDEX "keto_relation_tuples_full_idx" ON "keto_relation_tuples" ("nid", "namespace_id", "object", "relation", "subject_id", "subject_set_namespace_id", "subject_set_object", "subject_set_relation", "commit_time");

-- 0.6 → 0.7 · 9/14 · copy rows from keto_0000000001_relation_tuples into keto_relation_tuples
-- locks: keto_relation_tuples: new in this script | keto_0000000001_relation_tuples: read
INSERT INTO "keto_relation_tuples" ("shard_id", "nid", "namespace_id", "object", "relation", "subject_id", "subject_set_namespace_id", "subject_set_object", "subject_set_relation", "commit_time")
    SELECT (WITH RECURSIVE x(h) AS (SELECT hex((CAST(length(CAST(1 AS TEXT)) AS TEXT) || ':' || CAST(1 AS TEXT) || CAST(length(CAST(src."object" AS TEXT)) AS TEXT) || ':' || CAST(src."object" AS TEXT) || CAST(length(CAST(src."relation" AS TEXT)) AS TEXT) || ':' || CAST(src."relation" AS TEXT) || CAST(length(CAST(src."subject" AS TEXT)) AS TEXT) || ':' || CAST(src."subject" AS TEXT) || CAST(length(CAST(src."commit_time" AS TEXT)) AS TEXT) || ':' || CAST(src."commit_time" AS TEXT)))), s(h, n, b, t0, t1, t2, t3) AS (SELECT x.h, length(x.h) / 2, ((instr('0123456789ABCDEF', substr(x.h, 1, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(x.h, 2, 1)) - 1), 2166136261, 2654435769, 2246822507, 3266489909 FROM x UNION ALL SELECT substr(s.h, 3), s.n, ((instr('0123456789ABCDEF', substr(s.h, 3, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(s.h, 4, 1)) - 1), (((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.b) * 843314857) & 4294967295), (((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.b) * 1821285621) & 4294967295), (((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.b) * 668265261) & 4294967295), (((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.b) * 374761393) & 4294967295) FROM s WHERE s.h <> '') SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-8' || substr(u.h, 14, 3) || '-' || substr('89ab', 1 + u.l % 4, 1) || substr(u.h, 18, 3) || '-' || substr(u.h, 21, 12) FROM (SELECT printf('%08x%08x%08x%08x', q.z0, q.z1, q.z2, q.z3) AS h, q.z0 AS l FROM (SELECT ((q.z0 | (q.z0 >> 16)) - (q.z0 & (q.z0 >> 16))) AS z0, ((q.z1 | (q.z1 >> 16)) - (q.z1 & (q.z1 >> 16))) AS z1, ((q.z2 | (q.z2 >> 16)) - (q.z2 & (q.z2 >> 16))) AS z2, ((q.z3 | (q.z3 >> 16)) - (q.z3 & (q.z3 >> 16))) AS z3 FROM (SELECT ((q.z0 * 2146121005) & 4294967295) AS z0, ((q.z1 * 2146121005) & 4294967295) AS z1, ((q.z2 * 2146121005) & 4294967295) AS z2, ((q.z3 * 2146121005) & 4294967295) AS z3 FROM (SELECT ((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.n) & 4294967295) AS z0, ((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.n) & 4294967295) AS z1, ((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.n) & 4294967295) AS z2, ((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.n) & 4294967295) AS z3 FROM s WHERE s.h = '') q) q) q) u), '6b65746f-0000-4000-8000-000000000001', 1, src."object", src."relation", CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 0 THEN src."subject" END, CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 1 THEN CASE CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, 1, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') - 1) ELSE CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END END WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END END, CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 1 THEN CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') + 1) END END, CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 1 THEN CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", instr(src."subject", '#') + 1) END END, src."commit_time"
    FROM "keto_0000000001_relation_tuples" AS src
    WHERE NOT (COALESCE((src."object" IS NULL OR src."relation" IS NULL OR src."subject" IS NULL OR src."commit_time" IS NULL), FALSE) OR COALESCE(NOT ((length(src."subject") - length(replace(src."subject", '#', ''))) = 0 OR (length(src."subject") - length(replace(src."subject", '#', ''))) = 1), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 1 AND NOT (length(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END) - length(replace(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':', ''))) = 1), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 1 AND CASE CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, 1, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') - 1) ELSE CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END END WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 0 AND length(src."subject") > 64), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 1 AND (length(CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') + 1) END) > 64 OR length(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", instr(src."subject", '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM "keto_relation_tuples" AS dst WHERE dst."shard_id" = (WITH RECURSIVE x(h) AS (SELECT hex((CAST(length(CAST(1 AS TEXT)) AS TEXT) || ':' || CAST(1 AS TEXT) || CAST(length(CAST(src."object" AS TEXT)) AS TEXT) || ':' || CAST(src."object" AS TEXT) || CAST(length(CAST(src."relation" AS TEXT)) AS TEXT) || ':' || CAST(src."relation" AS TEXT) || CAST(length(CAST(src."subject" AS TEXT)) AS TEXT) || ':' || CAST(src."subject" AS TEXT) || CAST(length(CAST(src."commit_time" AS TEXT)) AS TEXT) || ':' || CAST(src."commit_time" AS TEXT)))), s(h, n, b, t0, t1, t2, t3) AS (SELECT x.h, length(x.h) / 2, ((instr('0123456789ABCDEF', substr(x.h, 1, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(x.h, 2, 1)) - 1), 2166136261, 2654435769, 2246822507, 3266489909 FROM x UNION ALL SELECT substr(s.h, 3), s.n, ((instr('0123456789ABCDEF', substr(s.h, 3, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(s.h, 4, 1)) - 1), (((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.b) * 843314857) & 4294967295), (((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.b) * 1821285621) & 4294967295), (((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.b) * 668265261) & 4294967295), (((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.b) * 374761393) & 4294967295) FROM s WHERE s.h <> '') SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-8' || substr(u.h, 14, 3) || '-' || substr('89ab', 1 + u.l % 4, 1) || substr(u.h, 18, 3) || '-' || substr(u.h, 21, 12) FROM (SELECT printf('%08x%08x%08x%08x', q.z0, q.z1, q.z2, q.z3) AS h, q.z0 AS l FROM (SELECT ((q.z0 | (q.z0 >> 16)) - (q.z0 & (q.z0 >> 16))) AS z0, ((q.z1 | (q.z1 >> 16)) - (q.z1 & (q.z1 >> 16))) AS z1, ((q.z2 | (q.z2 >> 16)) - (q.z2 & (q.z2 >> 16))) AS z2, ((q.z3 | (q.z3 >> 16)) - (q.z3 & (q.z3 >> 16))) AS z3 FROM (SELECT ((q.z0 * 2146121005) & 4294967295) AS z0, ((q.z1 * 2146121005) & 4294967295) AS z1, ((q.z2 * 2146121005) & 4294967295) AS z2, ((q.z3 * 2146121005) & 4294967295) AS z3 FROM (SELECT ((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.n) & 4294967295) AS z0, ((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.n) & 4294967295) AS z1, ((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.n) & 4294967295) AS z2, ((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.n) & 4294967295) AS z3 FROM s WHERE s.h = '') q) q) q) u) AND dst."nid" = '6b65746f-0000-4000-8000-000000000001');

-- 0.6 → 0.7 · 10/14 · copy rows from keto_0000000002_relation_tuples into keto_relation_tuples
-- locks: keto_relation_tuples: new in this script | keto_0000000002_relation_tuples: read
INSERT INTO "keto_relation_tuples" ("shard_id", "nid", "namespace_id", "object", "relation", "subject_id", "subject_set_namespace_id", "subject_set_object", "subject_set_relation", "commit_time")
    SELECT (WITH RECURSIVE x(h) AS (SELECT hex((CAST(length(CAST(2 AS TEXT)) AS TEXT) || ':' || CAST(2 AS TEXT) || CAST(length(CAST(src."object" AS TEXT)) AS TEXT) || ':' || CAST(src."object" AS TEXT) || CAST(length(CAST(src."relation" AS TEXT)) AS TEXT) || ':' || CAST(src."relation" AS TEXT) || CAST(length(CAST(src."subject" AS TEXT)) AS TEXT) || ':' || CAST(src."subject" AS TEXT) || CAST(length(CAST(src."commit_time" AS TEXT)) AS TEXT) || ':' || CAST(src."commit_time" AS TEXT)))), s(h, n, b, t0, t1, t2, t3) AS (SELECT x.h, length(x.h) / 2, ((instr('0123456789ABCDEF', substr(x.h, 1, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(x.h, 2, 1)) - 1), 2166136261, 2654435769, 2246822507, 3266489909 FROM x UNION ALL SELECT substr(s.h, 3), s.n, ((instr('0123456789ABCDEF', substr(s.h, 3, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(s.h, 4, 1)) - 1), (((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.b) * 843314857) & 4294967295), (((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.b) * 1821285621) & 4294967295), (((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.b) * 668265261) & 4294967295), (((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.b) * 374761393) & 4294967295) FROM s WHERE s.h <> '') SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-8' || substr(u.h, 14, 3) || '-' || substr('89ab', 1 + u.l % 4, 1) || substr(u.h, 18, 3) || '-' || substr(u.h, 21, 12) FROM (SELECT printf('%08x%08x%08x%08x', q.z0, q.z1, q.z2, q.z3) AS h, q.z0 AS l FROM (SELECT ((q.z0 | (q.z0 >> 16)) - (q.z0 & (q.z0 >> 16))) AS z0, ((q.z1 | (q.z1 >> 16)) - (q.z1 & (q.z1 >> 16))) AS z1, ((q.z2 | (q.z2 >> 16)) - (q.z2 & (q.z2 >> 16))) AS z2, ((q.z3 | (q.z3 >> 16)) - (q.z3 & (q.z3 >> 16))) AS z3 FROM (SELECT ((q.z0 * 2146121005) & 4294967295) AS z0, ((q.z1 * 2146121005) & 4294967295) AS z1, ((q.z2 * 2146121005) & 4294967295) AS z2, ((q.z3 * 2146121005) & 4294967295) AS z3 FROM (SELECT ((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.n) & 4294967295) AS z0, ((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.n) & 4294967295) AS z1, ((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.n) & 4294967295) AS z2, ((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.n) & 4294967295) AS z3 FROM s WHERE s.h = '') q) q) q) u), '6b65746f-0000-4000-8000-000000000001', 2, src."object", src."relation", CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 0 THEN src."subject" END, CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 1 THEN CASE CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, 1, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') - 1) ELSE CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END END WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END END, CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 1 THEN CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') + 1) END END, CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 1 THEN CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", instr(src."subject", '#') + 1) END END, src."commit_time"
    FROM "keto_0000000002_relation_tuples" AS src
    WHERE NOT (COALESCE((src."object" IS NULL OR src."relation" IS NULL OR src."subject" IS NULL OR src."commit_time" IS NULL), FALSE) OR COALESCE(NOT ((length(src."subject") - length(replace(src."subject", '#', ''))) = 0 OR (length(src."subject") - length(replace(src."subject", '#', ''))) = 1), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 1 AND NOT (length(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END) - length(replace(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':', ''))) = 1), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 1 AND CASE CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, 1, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') - 1) ELSE CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END END WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 0 AND length(src."subject") > 64), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 1 AND (length(CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') + 1) END) > 64 OR length(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", instr(src."subject", '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM "keto_relation_tuples" AS dst WHERE dst."shard_id" = (WITH RECURSIVE x(h) AS (SELECT hex((CAST(length(CAST(2 AS TEXT)) AS TEXT) || ':' || CAST(2 AS TEXT) || CAST(length(CAST(src."object" AS TEXT)) AS TEXT) || ':' || CAST(src."object" AS TEXT) || CAST(length(CAST(src."relation" AS TEXT)) AS TEXT) || ':' || CAST(src."relation" AS TEXT) || CAST(length(CAST(src."subject" AS TEXT)) AS TEXT) || ':' || CAST(src."subject" AS TEXT) || CAST(length(CAST(src."commit_time" AS TEXT)) AS TEXT) || ':' || CAST(src."commit_time" AS TEXT)))), s(h, n, b, t0, t1, t2, t3) AS (SELECT x.h, length(x.h) / 2, ((instr('0123456789ABCDEF', substr(x.h, 1, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(x.h, 2, 1)) - 1), 2166136261, 2654435769, 2246822507, 3266489909 FROM x UNION ALL SELECT substr(s.h, 3), s.n, ((instr('0123456789ABCDEF', substr(s.h, 3, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(s.h, 4, 1)) - 1), (((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.b) * 843314857) & 4294967295), (((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.b) * 1821285621) & 4294967295), (((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.b) * 668265261) & 4294967295), (((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.b) * 374761393) & 4294967295) FROM s WHERE s.h <> '') SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-8' || substr(u.h, 14, 3) || '-' || substr('89ab', 1 + u.l % 4, 1) || substr(u.h, 18, 3) || '-' || substr(u.h, 21, 12) FROM (SELECT printf('%08x%08x%08x%08x', q.z0, q.z1, q.z2, q.z3) AS h, q.z0 AS l FROM (SELECT ((q.z0 | (q.z0 >> 16)) - (q.z0 & (q.z0 >> 16))) AS z0, ((q.z1 | (q.z1 >> 16)) - (q.z1 & (q.z1 >> 16))) AS z1, ((q.z2 | (q.z2 >> 16)) - (q.z2 & (q.z2 >> 16))) AS z2, ((q.z3 | (q.z3 >> 16)) - (q.z3 & (q.z3 >> 16))) AS z3 FROM (SELECT ((q.z0 * 2146121005) & 4294967295) AS z0, ((q.z1 * 2146121005) & 4294967295) AS z1, ((q.z2 * 2146121005) & 4294967295) AS z2, ((q.z3 * 2146121005) & 4294967295) AS z3 FROM (SELECT ((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.n) & 4294967295) AS z0, ((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.n) & 4294967295) AS z1, ((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.n) & 4294967295) AS z2, ((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.n) & 4294967295) AS z3 FROM s WHERE s.h = '') q) q) q) u) AND dst."nid" = '6b65746f-0000-4000-8000-000000000001');

-- 0.6 → 0.7 · 11/14 · copy rows from keto_0000000003_relation_tuples into keto_relation_tuples
-- locks: keto_relation_tuples: new in this script | keto_0000000003_relation_tuples: read
INSERT INTO "keto_relation_tuples" ("shard_id", "nid", "namespace_id", "object", "relation", "subject_id", "subject_set_namespace_id", "subject_set_object", "subject_set_relation", "commit_time")
    SELECT (WITH RECURSIVE x(h) AS (SELECT hex((CAST(length(CAST(3 AS TEXT)) AS TEXT) || ':' || CAST(3 AS TEXT) || CAST(length(CAST(src."object" AS TEXT)) AS TEXT) || ':' || CAST(src."object" AS TEXT) || CAST(length(CAST(src."relation" AS TEXT)) AS TEXT) || ':' || CAST(src."relation" AS TEXT) || CAST(length(CAST(src."subject" AS TEXT)) AS TEXT) || ':' || CAST(src."subject" AS TEXT) || CAST(length(CAST(src."commit_time" AS TEXT)) AS TEXT) || ':' || CAST(src."commit_time" AS TEXT)))), s(h, n, b, t0, t1, t2, t3) AS (SELECT x.h, length(x.h) / 2, ((instr('0123456789ABCDEF', substr(x.h, 1, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(x.h, 2, 1)) - 1), 2166136261, 2654435769, 2246822507, 3266489909 FROM x UNION ALL SELECT substr(s.h, 3), s.n, ((instr('0123456789ABCDEF', substr(s.h, 3, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(s.h, 4, 1)) - 1), (((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.b) * 843314857) & 4294967295), (((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.b) * 1821285621) & 4294967295), (((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.b) * 668265261) & 4294967295), (((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.b) * 374761393) & 4294967295) FROM s WHERE s.h <> '') SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-8' || substr(u.h, 14, 3) || '-' || substr('89ab', 1 + u.l % 4, 1) || substr(u.h, 18, 3) || '-' || substr(u.h, 21, 12) FROM (SELECT printf('%08x%08x%08x%08x', q.z0, q.z1, q.z2, q.z3) AS h, q.z0 AS l FROM (SELECT ((q.z0 | (q.z0 >> 16)) - (q.z0 & (q.z0 >> 16))) AS z0, ((q.z1 | (q.z1 >> 16)) - (q.z1 & (q.z1 >> 16))) AS z1, ((q.z2 | (q.z2 >> 16)) - (q.z2 & (q.z2 >> 16))) AS z2, ((q.z3 | (q.z3 >> 16)) - (q.z3 & (q.z3 >> 16))) AS z3 FROM (SELECT ((q.z0 * 2146121005) & 4294967295) AS z0, ((q.z1 * 2146121005) & 4294967295) AS z1, ((q.z2 * 2146121005) & 4294967295) AS z2, ((q.z3 * 2146121005) & 4294967295) AS z3 FROM (SELECT ((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.n) & 4294967295) AS z0, ((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.n) & 4294967295) AS z1, ((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.n) & 4294967295) AS z2, ((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.n) & 4294967295) AS z3 FROM s WHERE s.h = '') q) q) q) u), '6b65746f-0000-4000-8000-000000000001', 3, src."object", src."relation", CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 0 THEN src."subject" END, CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 1 THEN CASE CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, 1, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') - 1) ELSE CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END END WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END END, CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 1 THEN CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') + 1) END END, CASE WHEN (length(src."subject") - length(replace(src."subject", '#', ''))) = 1 THEN CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", instr(src."subject", '#') + 1) END END, src."commit_time"
    FROM "keto_0000000003_relation_tuples" AS src
    WHERE NOT (COALESCE((src."object" IS NULL OR src."relation" IS NULL OR src."subject" IS NULL OR src."commit_time" IS NULL), FALSE) OR COALESCE(NOT ((length(src."subject") - length(replace(src."subject", '#', ''))) = 0 OR (length(src."subject") - length(replace(src."subject", '#', ''))) = 1), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 1 AND NOT (length(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END) - length(replace(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':', ''))) = 1), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 1 AND CASE CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, 1, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') - 1) ELSE CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END END WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 0 AND length(src."subject") > 64), FALSE) OR COALESCE(((length(src."subject") - length(replace(src."subject", '#', ''))) = 1 AND (length(CASE WHEN instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') > 0 THEN substr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, instr(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", 1, instr(src."subject", '#') - 1) ELSE src."subject" END, ':') + 1) END) > 64 OR length(CASE WHEN instr(src."subject", '#') > 0 THEN substr(src."subject", instr(src."subject", '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM "keto_relation_tuples" AS dst WHERE dst."shard_id" = (WITH RECURSIVE x(h) AS (SELECT hex((CAST(length(CAST(3 AS TEXT)) AS TEXT) || ':' || CAST(3 AS TEXT) || CAST(length(CAST(src."object" AS TEXT)) AS TEXT) || ':' || CAST(src."object" AS TEXT) || CAST(length(CAST(src."relation" AS TEXT)) AS TEXT) || ':' || CAST(src."relation" AS TEXT) || CAST(length(CAST(src."subject" AS TEXT)) AS TEXT) || ':' || CAST(src."subject" AS TEXT) || CAST(length(CAST(src."commit_time" AS TEXT)) AS TEXT) || ':' || CAST(src."commit_time" AS TEXT)))), s(h, n, b, t0, t1, t2, t3) AS (SELECT x.h, length(x.h) / 2, ((instr('0123456789ABCDEF', substr(x.h, 1, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(x.h, 2, 1)) - 1), 2166136261, 2654435769, 2246822507, 3266489909 FROM x UNION ALL SELECT substr(s.h, 3), s.n, ((instr('0123456789ABCDEF', substr(s.h, 3, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(s.h, 4, 1)) - 1), (((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.b) * 843314857) & 4294967295), (((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.b) * 1821285621) & 4294967295), (((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.b) * 668265261) & 4294967295), (((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.b) * 374761393) & 4294967295) FROM s WHERE s.h <> '') SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-8' || substr(u.h, 14, 3) || '-' || substr('89ab', 1 + u.l % 4, 1) || substr(u.h, 18, 3) || '-' || substr(u.h, 21, 12) FROM (SELECT printf('%08x%08x%08x%08x', q.z0, q.z1, q.z2, q.z3) AS h, q.z0 AS l FROM (SELECT ((q.z0 | (q.z0 >> 16)) - (q.z0 & (q.z0 >> 16))) AS z0, ((q.z1 | (q.z1 >> 16)) - (q.z1 & (q.z1 >> 16))) AS z1, ((q.z2 | (q.z2 >> 16)) - (q.z2 & (q.z2 >> 16))) AS z2, ((q.z3 | (q.z3 >> 16)) - (q.z3 & (q.z3 >> 16))) AS z3 FROM (SELECT ((q.z0 * 2146121005) & 4294967295) AS z0, ((q.z1 * 2146121005) & 4294967295) AS z1, ((q.z2 * 2146121005) & 4294967295) AS z2, ((q.z3 * 2146121005) & 4294967295) AS z3 FROM (SELECT ((((s.t0 | (s.t0 >> 15)) - (s.t0 & (s.t0 >> 15))) + s.n) & 4294967295) AS z0, ((((s.t1 | (s.t1 >> 13)) - (s.t1 & (s.t1 >> 13))) + s.n) & 4294967295) AS z1, ((((s.t2 | (s.t2 >> 16)) - (s.t2 & (s.t2 >> 16))) + s.n) & 4294967295) AS z2, ((((s.t3 | (s.t3 >> 11)) - (s.t3 & (s.t3 >> 11))) + s.n) & 4294967295) AS z3 FROM s WHERE s.h = '') q) q) q) u) AND dst."nid" = '6b65746f-0000-4000-8000-000000000001');

-- 0.6 → 0.7 · 12/14 · insert 5 rows into schema_migration
-- why: what keto migrate up records for networks, the two versions v0.6 applied under its 14-digit one, and the new table with its MySQL index (20210914134624000000, the legacy clean-up, is the 0.7-cleanup stage's)
-- locks: schema_migration: rows
INSERT INTO "schema_migration" ("version", "version_self") SELECT '20150100000001000000', 0 WHERE NOT EXISTS (SELECT 1 FROM "schema_migration" WHERE "version" = '20150100000001000000');
-- locks: schema_migration: rows
INSERT INTO "schema_migration" ("version", "version_self") SELECT '20201110175414000000', 0 WHERE NOT EXISTS (SELECT 1 FROM "schema_migration" WHERE "version" = '20201110175414000000');
-- locks: schema_migration: rows
INSERT INTO "schema_migration" ("version", "version_self") SELECT '20201110175414000001', 0 WHERE NOT EXISTS (SELECT 1 FROM "schema_migration" WHERE "version" = '20201110175414000001');
-- locks: schema_migration: rows
INSERT INTO "schema_migration" ("version", "version_self") SELECT '20210623162417000000', 0 WHERE NOT EXISTS (SELECT 1 FROM "schema_migration" WHERE "version" = '20210623162417000000');
-- locks: schema_migration: rows
INSERT INTO "schema_migration" ("version", "version_self") SELECT '20210623162417000001', 0 WHERE NOT EXISTS (SELECT 1 FROM "schema_migration" WHERE "version" = '20210623162417000001');

-- 0.6 → 0.7 · 13/14 · insert 2 rows into schema_migration
-- why: the partial indexes, which MySQL has no migration for
-- locks: schema_migration: rows
INSERT INTO "schema_migration" ("version", "version_self") SELECT '20210623162417000002', 0 WHERE NOT EXISTS (SELECT 1 FROM "schema_migration" WHERE "version" = '20210623162417000002');
-- locks: schema_migration: rows
INSERT INTO "schema_migration" ("version", "version_self") SELECT '20210623162417000003', 0 WHERE NOT EXISTS (SELECT 1 FROM "schema_migration" WHERE "version" = '20210623162417000003');

-- 0.6 → 0.7 · 14/14 · manual step
-- MANUAL STEP (not done by this script):
--   after the script: list the tuples it left out (npx plan compile keto 0.6 0.7 --report with the
--   same parameters, see the header) and recreate them through Keto v0.7's API once it runs; do not
--   run keto namespace migrate legacy, which would copy every tuple again under new ids

-- before COMMIT: the database is at 0.7 and its foreign keys hold, or everything this run did is rolled back
DROP TABLE IF EXISTS temp.plan_end;
CREATE TEMP TABLE plan_end AS SELECT m FROM (WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT column1 AS k, column2 AS def FROM (VALUES
      ('column keto_0000000001_relation_tuples.commit_time', 'timestamp'),
      ('column keto_0000000001_relation_tuples.object', 'varchar(64)'),
      ('column keto_0000000001_relation_tuples.relation', 'varchar(64)'),
      ('column keto_0000000001_relation_tuples.shard_id', 'varchar(64)'),
      ('column keto_0000000001_relation_tuples.subject', 'varchar(256)'),
      ('column keto_0000000002_relation_tuples.commit_time', 'timestamp'),
      ('column keto_0000000002_relation_tuples.object', 'varchar(64)'),
      ('column keto_0000000002_relation_tuples.relation', 'varchar(64)'),
      ('column keto_0000000002_relation_tuples.shard_id', 'varchar(64)'),
      ('column keto_0000000002_relation_tuples.subject', 'varchar(256)'),
      ('column keto_0000000003_relation_tuples.commit_time', 'timestamp'),
      ('column keto_0000000003_relation_tuples.object', 'varchar(64)'),
      ('column keto_0000000003_relation_tuples.relation', 'varchar(64)'),
      ('column keto_0000000003_relation_tuples.shard_id', 'varchar(64)'),
      ('column keto_0000000003_relation_tuples.subject', 'varchar(256)'),
      ('column keto_namespace.id', 'integer NOT NULL'),
      ('column keto_namespace.schema_version', 'integer NOT NULL'),
      ('column keto_namespace_0000000001_migrations.version', 'varchar (48) NOT NULL'),
      ('column keto_namespace_0000000001_migrations.version_self', 'int NOT NULL DEFAULT 0'),
      ('column keto_namespace_0000000002_migrations.version', 'varchar (48) NOT NULL'),
      ('column keto_namespace_0000000002_migrations.version_self', 'int NOT NULL DEFAULT 0'),
      ('column keto_namespace_0000000003_migrations.version', 'varchar (48) NOT NULL'),
      ('column keto_namespace_0000000003_migrations.version_self', 'int NOT NULL DEFAULT 0'),
      ('column keto_relation_tuples.commit_time', 'timestamp NOT NULL'),
      ('column keto_relation_tuples.namespace_id', 'integer NOT NULL'),
      ('column keto_relation_tuples.nid', 'uuid NOT NULL'),
      ('column keto_relation_tuples.object', 'varchar(64) NOT NULL'),
      ('column keto_relation_tuples.relation', 'varchar(64) NOT NULL'),
      ('column keto_relation_tuples.shard_id', 'uuid NOT NULL'),
      ('column keto_relation_tuples.subject_id', 'varchar(64)'),
      ('column keto_relation_tuples.subject_set_namespace_id', 'integer'),
      ('column keto_relation_tuples.subject_set_object', 'varchar(64)'),
      ('column keto_relation_tuples.subject_set_relation', 'varchar(64)'),
      ('column networks.created_at', 'datetime NOT NULL'),
      ('column networks.id', 'text NOT NULL'),
      ('column networks.updated_at', 'datetime NOT NULL'),
      ('column schema_migration.version', 'varchar (48) NOT NULL'),
      ('column schema_migration.version_self', 'int NOT NULL DEFAULT 0'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'object'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'object, relation'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'object'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'object, relation'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'object'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'object, relation'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'UNIQUE version'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'version_self'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'UNIQUE version'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'version_self'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'UNIQUE version'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'version_self'),
      ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'nid, namespace_id, object, relation, subject_id WHERE subject_set_namespace_id IS NULL AND subject_set_object IS NULL AND subject_set_relation IS NULL'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'nid, namespace_id, object, relation, subject_set_namespace_id, subject_set_object, subject_set_relation WHERE subject_id IS NULL'),
      ('index schema_migration.schema_migration_version_idx', 'UNIQUE version'),
      ('index schema_migration.schema_migration_version_self_idx', 'version_self'),
      ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
      ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
      ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
      ('primary_key keto_namespace.PRIMARY', 'id'),
      ('primary_key keto_relation_tuples.PRIMARY', 'shard_id, nid'),
      ('primary_key networks.PRIMARY', 'id'),
      ('table keto_0000000001_relation_tuples', 'present'),
      ('table keto_0000000002_relation_tuples', 'present'),
      ('table keto_0000000003_relation_tuples', 'present'),
      ('table keto_namespace', 'present'),
      ('table keto_namespace_0000000001_migrations', 'present'),
      ('table keto_namespace_0000000002_migrations', 'present'),
      ('table keto_namespace_0000000003_migrations', 'present'),
      ('table keto_relation_tuples', 'present'),
      ('table networks', 'present'),
      ('table schema_migration', 'present'))),
  r AS (SELECT column1 AS k, column2 AS m FROM (VALUES
      ('column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time'),
      ('column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object'),
      ('column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation'),
      ('column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id'),
      ('column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject'),
      ('column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time'),
      ('column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object'),
      ('column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation'),
      ('column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id'),
      ('column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject'),
      ('column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time'),
      ('column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object'),
      ('column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation'),
      ('column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id'),
      ('column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject'),
      ('column keto_namespace.id', 'table keto_namespace has no column id'),
      ('column keto_namespace.schema_version', 'table keto_namespace has no column schema_version'),
      ('column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version'),
      ('column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self'),
      ('column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version'),
      ('column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self'),
      ('column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version'),
      ('column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self'),
      ('column keto_relation_tuples.commit_time', 'table keto_relation_tuples has no column commit_time'),
      ('column keto_relation_tuples.namespace_id', 'table keto_relation_tuples has no column namespace_id'),
      ('column keto_relation_tuples.nid', 'table keto_relation_tuples has no column nid'),
      ('column keto_relation_tuples.object', 'table keto_relation_tuples has no column object'),
      ('column keto_relation_tuples.relation', 'table keto_relation_tuples has no column relation'),
      ('column keto_relation_tuples.shard_id', 'table keto_relation_tuples has no column shard_id'),
      ('column keto_relation_tuples.subject_id', 'table keto_relation_tuples has no column subject_id'),
      ('column keto_relation_tuples.subject_set_namespace_id', 'table keto_relation_tuples has no column subject_set_namespace_id'),
      ('column keto_relation_tuples.subject_set_object', 'table keto_relation_tuples has no column subject_set_object'),
      ('column keto_relation_tuples.subject_set_relation', 'table keto_relation_tuples has no column subject_set_relation'),
      ('column networks.created_at', 'table networks has no column created_at'),
      ('column networks.id', 'table networks has no column id'),
      ('column networks.updated_at', 'table networks has no column updated_at'),
      ('column schema_migration.version', 'table schema_migration has no column version'),
      ('column schema_migration.version_self', 'table schema_migration has no column version_self'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx'),
      ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'table keto_relation_tuples has no index keto_relation_tuples_full_idx'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_ids_idx'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_sets_idx'),
      ('index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx'),
      ('index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx'),
      ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no primary key PRIMARY'),
      ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no primary key PRIMARY'),
      ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no primary key PRIMARY'),
      ('primary_key keto_namespace.PRIMARY', 'table keto_namespace has no primary key PRIMARY'),
      ('primary_key keto_relation_tuples.PRIMARY', 'table keto_relation_tuples has no primary key PRIMARY'),
      ('primary_key networks.PRIMARY', 'table networks has no primary key PRIMARY'),
      ('table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing'),
      ('table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing'),
      ('table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing'),
      ('table keto_namespace', 'table keto_namespace is missing'),
      ('table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing'),
      ('table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing'),
      ('table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing'),
      ('table keto_relation_tuples', 'table keto_relation_tuples is missing'),
      ('table networks', 'table networks is missing'),
      ('table schema_migration', 'table schema_migration is missing'))),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1;
SELECT 'plan stopped: ' || 'the database is not at keto 0.7 at the end of this script (a statement did not do what its plan says): ' || m || '. Everything this run did is rolled back: nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect keto names every difference.' AS plan FROM temp.plan_end;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ROLLBACK, 'plan stopped: the database is not at keto 0.7 at the end of this script (a statement did not do what its plan says); the line printed above says what differs. Everything this run did is rolled back: nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT 1 FROM temp.plan_end);
COMMIT;
PRAGMA foreign_keys = ON;

-- printed only when the database is now at the target state
SELECT 'plan: keto 0.6 → 0.7 applied' AS plan WHERE NOT EXISTS (
  WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT column1 AS k, column2 AS def FROM (VALUES
      ('column keto_0000000001_relation_tuples.commit_time', 'timestamp'),
      ('column keto_0000000001_relation_tuples.object', 'varchar(64)'),
      ('column keto_0000000001_relation_tuples.relation', 'varchar(64)'),
      ('column keto_0000000001_relation_tuples.shard_id', 'varchar(64)'),
      ('column keto_0000000001_relation_tuples.subject', 'varchar(256)'),
      ('column keto_0000000002_relation_tuples.commit_time', 'timestamp'),
      ('column keto_0000000002_relation_tuples.object', 'varchar(64)'),
      ('column keto_0000000002_relation_tuples.relation', 'varchar(64)'),
      ('column keto_0000000002_relation_tuples.shard_id', 'varchar(64)'),
      ('column keto_0000000002_relation_tuples.subject', 'varchar(256)'),
      ('column keto_0000000003_relation_tuples.commit_time', 'timestamp'),
      ('column keto_0000000003_relation_tuples.object', 'varchar(64)'),
      ('column keto_0000000003_relation_tuples.relation', 'varchar(64)'),
      ('column keto_0000000003_relation_tuples.shard_id', 'varchar(64)'),
      ('column keto_0000000003_relation_tuples.subject', 'varchar(256)'),
      ('column keto_namespace.id', 'integer NOT NULL'),
      ('column keto_namespace.schema_version', 'integer NOT NULL'),
      ('column keto_namespace_0000000001_migrations.version', 'varchar (48) NOT NULL'),
      ('column keto_namespace_0000000001_migrations.version_self', 'int NOT NULL DEFAULT 0'),
      ('column keto_namespace_0000000002_migrations.version', 'varchar (48) NOT NULL'),
      ('column keto_namespace_0000000002_migrations.version_self', 'int NOT NULL DEFAULT 0'),
      ('column keto_namespace_0000000003_migrations.version', 'varchar (48) NOT NULL'),
      ('column keto_namespace_0000000003_migrations.version_self', 'int NOT NULL DEFAULT 0'),
      ('column keto_relation_tuples.commit_time', 'timestamp NOT NULL'),
      ('column keto_relation_tuples.namespace_id', 'integer NOT NULL'),
      ('column keto_relation_tuples.nid', 'uuid NOT NULL'),
      ('column keto_relation_tuples.object', 'varchar(64) NOT NULL'),
      ('column keto_relation_tuples.relation', 'varchar(64) NOT NULL'),
      ('column keto_relation_tuples.shard_id', 'uuid NOT NULL'),
      ('column keto_relation_tuples.subject_id', 'varchar(64)'),
      ('column keto_relation_tuples.subject_set_namespace_id', 'integer'),
      ('column keto_relation_tuples.subject_set_object', 'varchar(64)'),
      ('column keto_relation_tuples.subject_set_relation', 'varchar(64)'),
      ('column networks.created_at', 'datetime NOT NULL'),
      ('column networks.id', 'text NOT NULL'),
      ('column networks.updated_at', 'datetime NOT NULL'),
      ('column schema_migration.version', 'varchar (48) NOT NULL'),
      ('column schema_migration.version_self', 'int NOT NULL DEFAULT 0'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'object'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'object, relation'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'object'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'object, relation'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'object'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'object, relation'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'UNIQUE version'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'version_self'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'UNIQUE version'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'version_self'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'UNIQUE version'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'version_self'),
      ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'nid, namespace_id, object, relation, subject_id WHERE subject_set_namespace_id IS NULL AND subject_set_object IS NULL AND subject_set_relation IS NULL'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'nid, namespace_id, object, relation, subject_set_namespace_id, subject_set_object, subject_set_relation WHERE subject_id IS NULL'),
      ('index schema_migration.schema_migration_version_idx', 'UNIQUE version'),
      ('index schema_migration.schema_migration_version_self_idx', 'version_self'),
      ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
      ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
      ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'shard_id, object, relation, subject, commit_time'),
      ('primary_key keto_namespace.PRIMARY', 'id'),
      ('primary_key keto_relation_tuples.PRIMARY', 'shard_id, nid'),
      ('primary_key networks.PRIMARY', 'id'),
      ('table keto_0000000001_relation_tuples', 'present'),
      ('table keto_0000000002_relation_tuples', 'present'),
      ('table keto_0000000003_relation_tuples', 'present'),
      ('table keto_namespace', 'present'),
      ('table keto_namespace_0000000001_migrations', 'present'),
      ('table keto_namespace_0000000002_migrations', 'present'),
      ('table keto_namespace_0000000003_migrations', 'present'),
      ('table keto_relation_tuples', 'present'),
      ('table networks', 'present'),
      ('table schema_migration', 'present'))),
  r AS (SELECT column1 AS k, column2 AS m FROM (VALUES
      ('column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time'),
      ('column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object'),
      ('column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation'),
      ('column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id'),
      ('column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject'),
      ('column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time'),
      ('column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object'),
      ('column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation'),
      ('column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id'),
      ('column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject'),
      ('column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time'),
      ('column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object'),
      ('column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation'),
      ('column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id'),
      ('column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject'),
      ('column keto_namespace.id', 'table keto_namespace has no column id'),
      ('column keto_namespace.schema_version', 'table keto_namespace has no column schema_version'),
      ('column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version'),
      ('column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self'),
      ('column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version'),
      ('column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self'),
      ('column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version'),
      ('column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self'),
      ('column keto_relation_tuples.commit_time', 'table keto_relation_tuples has no column commit_time'),
      ('column keto_relation_tuples.namespace_id', 'table keto_relation_tuples has no column namespace_id'),
      ('column keto_relation_tuples.nid', 'table keto_relation_tuples has no column nid'),
      ('column keto_relation_tuples.object', 'table keto_relation_tuples has no column object'),
      ('column keto_relation_tuples.relation', 'table keto_relation_tuples has no column relation'),
      ('column keto_relation_tuples.shard_id', 'table keto_relation_tuples has no column shard_id'),
      ('column keto_relation_tuples.subject_id', 'table keto_relation_tuples has no column subject_id'),
      ('column keto_relation_tuples.subject_set_namespace_id', 'table keto_relation_tuples has no column subject_set_namespace_id'),
      ('column keto_relation_tuples.subject_set_object', 'table keto_relation_tuples has no column subject_set_object'),
      ('column keto_relation_tuples.subject_set_relation', 'table keto_relation_tuples has no column subject_set_relation'),
      ('column networks.created_at', 'table networks has no column created_at'),
      ('column networks.id', 'table networks has no column id'),
      ('column networks.updated_at', 'table networks has no column updated_at'),
      ('column schema_migration.version', 'table schema_migration has no column version'),
      ('column schema_migration.version_self', 'table schema_migration has no column version_self'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx'),
      ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx'),
      ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx'),
      ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx'),
      ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx'),
      ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx'),
      ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx'),
      ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'table keto_relation_tuples has no index keto_relation_tuples_full_idx'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_ids_idx'),
      ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_sets_idx'),
      ('index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx'),
      ('index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx'),
      ('primary_key keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no primary key PRIMARY'),
      ('primary_key keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no primary key PRIMARY'),
      ('primary_key keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no primary key PRIMARY'),
      ('primary_key keto_namespace.PRIMARY', 'table keto_namespace has no primary key PRIMARY'),
      ('primary_key keto_relation_tuples.PRIMARY', 'table keto_relation_tuples has no primary key PRIMARY'),
      ('primary_key networks.PRIMARY', 'table networks has no primary key PRIMARY'),
      ('table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing'),
      ('table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing'),
      ('table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing'),
      ('table keto_namespace', 'table keto_namespace is missing'),
      ('table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing'),
      ('table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing'),
      ('table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing'),
      ('table keto_relation_tuples', 'table keto_relation_tuples is missing'),
      ('table networks', 'table networks is missing'),
      ('table schema_migration', 'table schema_migration is missing'))),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
