-- plan 0.1.0 · keto 0.7 → 0.7-cleanup · postgres · stage
-- what:     this script takes a keto database at 0.7 to its stage 0.7-cleanup on PostgreSQL (generated from the plans listed below)
-- stop:     first, before the backup: Keto's write API (the guide keeps the read API up; writes fail while the script runs)
-- backup:   then: pg_dump --format=custom --file=keto-0.7-before.dump.partial DATABASE && mv keto-0.7-before.dump.partial keto-0.7-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE keto-0.7-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
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
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- lock:     lock_timeout = '5s' (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.
-- statement: no statement_timeout (npx plan compile --statement-timeout <duration> sets one).
-- timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it starts again from where the database is.
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   keto_0000000001_relation_tuples: ACCESS EXCLUSIVE from 0.7 → 0.7-cleanup · 2/9 · drop table keto_0000000001_relation_tuples — blocks reads and writes
--   keto_0000000002_relation_tuples: ACCESS EXCLUSIVE from 0.7 → 0.7-cleanup · 3/9 · drop table keto_0000000002_relation_tuples — blocks reads and writes
--   keto_0000000003_relation_tuples: ACCESS EXCLUSIVE from 0.7 → 0.7-cleanup · 4/9 · drop table keto_0000000003_relation_tuples — blocks reads and writes
--   keto_namespace_0000000001_migrations: ACCESS EXCLUSIVE from 0.7 → 0.7-cleanup · 5/9 · drop table keto_namespace_0000000001_migrations — blocks reads and writes
--   keto_namespace_0000000002_migrations: ACCESS EXCLUSIVE from 0.7 → 0.7-cleanup · 6/9 · drop table keto_namespace_0000000002_migrations — blocks reads and writes
--   keto_namespace_0000000003_migrations: ACCESS EXCLUSIVE from 0.7 → 0.7-cleanup · 7/9 · drop table keto_namespace_0000000003_migrations — blocks reads and writes
--   keto_namespace: ACCESS EXCLUSIVE from 0.7 → 0.7-cleanup · 8/9 · drop table keto_namespace — blocks reads and writes
--   schema_migration: ROW EXCLUSIVE from 0.7 → 0.7-cleanup · 9/9 · insert 1 row into schema_migration
-- MANUAL STEPS (2), not done by this script:
--   1. [0.7 → 0.7-cleanup] Only if this script stops at its check for foreign keys of tables outside keto onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).
--   2. [0.7 → 0.7-cleanup] run this only once Keto v0.7 works on this database and the tuples the move left out (its report) are recreated or given up: it drops the v0.6 tuple tables for good

DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid())
      AND NOT pg_try_advisory_lock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int) THEN
    RAISE EXCEPTION '%', 'plan stopped: another session is running a plan script on schema ' || quote_ident(COALESCE(current_schema(), '')) || ' of database ' || quote_ident(current_database()) || ' (' || COALESCE((SELECT string_agg('pid ' || l.pid || COALESCE(', ' || NULLIF(a.application_name, ''), '') || COALESCE(', ' || NULLIF(a.state, ''), '') || COALESCE(', connected ' || to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'), ''), '; ' ORDER BY l.pid)
      FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid <> pg_backend_pid()), 'a session that just ended') || '): wait until it ends, then run this script again (a client killed mid-script leaves its session running on the server for a while: wait until that pid is gone from pg_stat_activity, or end it with SELECT pg_terminate_backend(pid)). Nothing was changed.';
  END IF;
END
$plan$;
BEGIN;
SET LOCAL standard_conforming_strings = on;
SET LOCAL client_encoding = 'UTF8';
SET LOCAL client_min_messages = warning;
SET LOCAL DateStyle = 'ISO, YMD';
SET LOCAL jit = off;
SET LOCAL lock_timeout = '5s';

-- check that the database is at 0.7, at 0.7-cleanup, or between them on this script's path (a resumed run)
DO $plan$
DECLARE
  problem text;
  kept text;
  off_target boolean;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind = 'table' THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END AS def FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))) r),
      allowed(k, def, f) AS (VALUES ('column keto_0000000001_relation_tuples.commit_time', 'timestamp without time zone NOT NULL', 1),
          ('column keto_0000000001_relation_tuples.object', 'character varying(64) NOT NULL', 1),
          ('column keto_0000000001_relation_tuples.relation', 'character varying(64) NOT NULL', 1),
          ('column keto_0000000001_relation_tuples.shard_id', 'character varying(64) NOT NULL', 1),
          ('column keto_0000000001_relation_tuples.subject', 'character varying(256) NOT NULL', 1),
          ('column keto_0000000002_relation_tuples.commit_time', 'timestamp without time zone NOT NULL', 1),
          ('column keto_0000000002_relation_tuples.object', 'character varying(64) NOT NULL', 1),
          ('column keto_0000000002_relation_tuples.relation', 'character varying(64) NOT NULL', 1),
          ('column keto_0000000002_relation_tuples.shard_id', 'character varying(64) NOT NULL', 1),
          ('column keto_0000000002_relation_tuples.subject', 'character varying(256) NOT NULL', 1),
          ('column keto_0000000003_relation_tuples.commit_time', 'timestamp without time zone NOT NULL', 1),
          ('column keto_0000000003_relation_tuples.object', 'character varying(64) NOT NULL', 1),
          ('column keto_0000000003_relation_tuples.relation', 'character varying(64) NOT NULL', 1),
          ('column keto_0000000003_relation_tuples.shard_id', 'character varying(64) NOT NULL', 1),
          ('column keto_0000000003_relation_tuples.subject', 'character varying(256) NOT NULL', 1),
          ('column keto_namespace.id', 'integer NOT NULL', 1),
          ('column keto_namespace.schema_version', 'integer NOT NULL', 1),
          ('column keto_namespace_0000000001_migrations.version', 'character varying(48) NOT NULL', 1),
          ('column keto_namespace_0000000001_migrations.version_self', 'integer NOT NULL DEFAULT 0', 1),
          ('column keto_namespace_0000000002_migrations.version', 'character varying(48) NOT NULL', 1),
          ('column keto_namespace_0000000002_migrations.version_self', 'integer NOT NULL DEFAULT 0', 1),
          ('column keto_namespace_0000000003_migrations.version', 'character varying(48) NOT NULL', 1),
          ('column keto_namespace_0000000003_migrations.version_self', 'integer NOT NULL DEFAULT 0', 1),
          ('column keto_relation_tuples.commit_time', 'timestamp without time zone NOT NULL', 3),
          ('column keto_relation_tuples.namespace_id', 'integer NOT NULL', 3),
          ('column keto_relation_tuples.nid', 'uuid NOT NULL', 3),
          ('column keto_relation_tuples.object', 'character varying(64) NOT NULL', 3),
          ('column keto_relation_tuples.relation', 'character varying(64) NOT NULL', 3),
          ('column keto_relation_tuples.shard_id', 'uuid NOT NULL', 3),
          ('column keto_relation_tuples.subject_id', 'character varying(64)', 3),
          ('column keto_relation_tuples.subject_set_namespace_id', 'integer', 3),
          ('column keto_relation_tuples.subject_set_object', 'character varying(64)', 3),
          ('column keto_relation_tuples.subject_set_relation', 'character varying(64)', 3),
          ('column networks.created_at', 'timestamp without time zone NOT NULL', 3),
          ('column networks.id', 'uuid NOT NULL', 3),
          ('column networks.updated_at', 'timestamp without time zone NOT NULL', 3),
          ('column schema_migration.version', 'character varying(48) NOT NULL', 3),
          ('column schema_migration.version_self', 'integer NOT NULL DEFAULT 0', 3),
          ('constraint keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_pkey', 'PRIMARY KEY (shard_id, object, relation, subject, commit_time)', 1),
          ('constraint keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_pkey', 'PRIMARY KEY (shard_id, object, relation, subject, commit_time)', 1),
          ('constraint keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_pkey', 'PRIMARY KEY (shard_id, object, relation, subject, commit_time)', 1),
          ('constraint keto_namespace.keto_namespace_pkey', 'PRIMARY KEY (id)', 1),
          ('constraint keto_relation_tuples.chk_keto_rt_subject_type', 'CHECK ((((subject_id IS NULL) AND (subject_set_namespace_id IS NOT NULL) AND (subject_set_object IS NOT NULL) AND (subject_set_relation IS NOT NULL)) OR ((subject_id IS NOT NULL) AND (subject_set_namespace_id IS NULL) AND (subject_set_object IS NULL) AND (subject_set_relation IS NULL))))', 3),
          ('constraint keto_relation_tuples.keto_relation_tuples_pkey', 'PRIMARY KEY (shard_id, nid)', 3),
          ('constraint networks.networks_pkey', 'PRIMARY KEY (id)', 3),
          ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'CREATE INDEX keto_0000000001_relation_tuples_object_idx ON keto_0000000001_relation_tuples USING btree (object)', 1),
          ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'CREATE INDEX keto_0000000001_relation_tuples_user_set_idx ON keto_0000000001_relation_tuples USING btree (object, relation)', 1),
          ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'CREATE INDEX keto_0000000002_relation_tuples_object_idx ON keto_0000000002_relation_tuples USING btree (object)', 1),
          ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'CREATE INDEX keto_0000000002_relation_tuples_user_set_idx ON keto_0000000002_relation_tuples USING btree (object, relation)', 1),
          ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'CREATE INDEX keto_0000000003_relation_tuples_object_idx ON keto_0000000003_relation_tuples USING btree (object)', 1),
          ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'CREATE INDEX keto_0000000003_relation_tuples_user_set_idx ON keto_0000000003_relation_tuples USING btree (object, relation)', 1),
          ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'CREATE UNIQUE INDEX keto_namespace_0000000001_migrations_version_idx ON keto_namespace_0000000001_migrations USING btree (version)', 1),
          ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'CREATE INDEX keto_namespace_0000000001_migrations_version_self_idx ON keto_namespace_0000000001_migrations USING btree (version_self)', 1),
          ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'CREATE UNIQUE INDEX keto_namespace_0000000002_migrations_version_idx ON keto_namespace_0000000002_migrations USING btree (version)', 1),
          ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'CREATE INDEX keto_namespace_0000000002_migrations_version_self_idx ON keto_namespace_0000000002_migrations USING btree (version_self)', 1),
          ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'CREATE UNIQUE INDEX keto_namespace_0000000003_migrations_version_idx ON keto_namespace_0000000003_migrations USING btree (version)', 1),
          ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'CREATE INDEX keto_namespace_0000000003_migrations_version_self_idx ON keto_namespace_0000000003_migrations USING btree (version_self)', 1),
          ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'CREATE INDEX keto_relation_tuples_full_idx ON keto_relation_tuples USING btree (nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time)', 3),
          ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'CREATE INDEX keto_relation_tuples_subject_ids_idx ON keto_relation_tuples USING btree (nid, namespace_id, object, relation, subject_id) WHERE ((subject_set_namespace_id IS NULL) AND (subject_set_object IS NULL) AND (subject_set_relation IS NULL))', 3),
          ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'CREATE INDEX keto_relation_tuples_subject_sets_idx ON keto_relation_tuples USING btree (nid, namespace_id, object, relation, subject_set_namespace_id, subject_set_object, subject_set_relation) WHERE (subject_id IS NULL)', 3),
          ('index schema_migration.schema_migration_version_idx', 'CREATE UNIQUE INDEX schema_migration_version_idx ON schema_migration USING btree (version)', 3),
          ('index schema_migration.schema_migration_version_self_idx', 'CREATE INDEX schema_migration_version_self_idx ON schema_migration USING btree (version_self)', 3),
          ('table keto_0000000001_relation_tuples', 'present', 1),
          ('table keto_0000000002_relation_tuples', 'present', 1),
          ('table keto_0000000003_relation_tuples', 'present', 1),
          ('table keto_namespace', 'present', 1),
          ('table keto_namespace_0000000001_migrations', 'present', 1),
          ('table keto_namespace_0000000002_migrations', 'present', 1),
          ('table keto_namespace_0000000003_migrations', 'present', 1),
          ('table keto_relation_tuples', 'present', 3),
          ('table networks', 'present', 3),
          ('table schema_migration', 'present', 3)),
      required(k, m, f) AS (VALUES ('column keto_relation_tuples.commit_time', 'table keto_relation_tuples has no column commit_time', 3),
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
          ('constraint keto_relation_tuples.chk_keto_rt_subject_type', 'table keto_relation_tuples has no constraint chk_keto_rt_subject_type', 3),
          ('constraint keto_relation_tuples.keto_relation_tuples_pkey', 'table keto_relation_tuples has no constraint keto_relation_tuples_pkey', 3),
          ('constraint networks.networks_pkey', 'table networks has no constraint networks_pkey', 3),
          ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'table keto_relation_tuples has no index keto_relation_tuples_full_idx', 3),
          ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_ids_idx', 3),
          ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_sets_idx', 3),
          ('index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx', 3),
          ('index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx', 3),
          ('table keto_relation_tuples', 'table keto_relation_tuples is missing', 3),
          ('table networks', 'table networks is missing', 3),
          ('table schema_migration', 'table schema_migration is missing', 3)),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_pkey', 'constraint keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_pkey', 'constraint keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_pkey', 'constraint keto_namespace.keto_namespace_pkey', 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at keto 0.7, at 0.7-cleanup, nor between them on this script''s path: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile keto <its version> 0.7-cleanup), or run this one on the keto 0.7 database it was made for.';
  END IF;
  PERFORM set_config('plan.target_737cb78c115bc645', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: keto 0.7 → 0.7-cleanup: the database was at 0.7-cleanup already: nothing to do' END, false);
END
$plan$;
DO $plan$
BEGIN
  IF current_setting('plan.at_start', true) <> '' THEN
    IF (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210914134624000000')) THEN
      PERFORM set_config('plan.at_start', '', false);
    END IF;
  END IF;
END
$plan$;
DO $plan$
DECLARE
  refs text;
  drops text;
  creates text;
  notes text;
BEGIN
  SELECT string_agg((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(format('%s.%I -> %s (%s)', f.conrelid::regclass, f.conname, f.confrelid::regclass, f.cols) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), '; ' ORDER BY f.conrelid::regclass::text, f.conname),
         string_agg((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(format('ALTER TABLE %s DROP CONSTRAINT %I;', f.conrelid::regclass, f.conname) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), chr(10) ORDER BY f.conrelid::regclass::text, f.conname),
         string_agg((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(format('ALTER TABLE %s ADD CONSTRAINT %I %s;', f.conrelid::regclass, f.conname, pg_get_constraintdef(f.oid)) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), chr(10) ORDER BY f.conrelid::regclass::text, f.conname),
         string_agg(DISTINCT f.note, chr(10))
    INTO refs, drops, creates, notes
    FROM (
      SELECT k.*, CASE
        WHEN k.confrelid = to_regclass('keto_namespace')
          AND to_regclass('keto_namespace') IS NOT NULL
        THEN 'after this script there is no table keto_namespace: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('keto_namespace_0000000001_migrations')
          AND to_regclass('keto_namespace_0000000001_migrations') IS NOT NULL
        THEN 'after this script there is no table keto_namespace_0000000001_migrations: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('keto_namespace_0000000002_migrations')
          AND to_regclass('keto_namespace_0000000002_migrations') IS NOT NULL
        THEN 'after this script there is no table keto_namespace_0000000002_migrations: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('keto_namespace_0000000003_migrations')
          AND to_regclass('keto_namespace_0000000003_migrations') IS NOT NULL
        THEN 'after this script there is no table keto_namespace_0000000003_migrations: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('keto_0000000001_relation_tuples')
          AND to_regclass('keto_0000000001_relation_tuples') IS NOT NULL
        THEN 'after this script there is no table keto_0000000001_relation_tuples: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('keto_0000000002_relation_tuples')
          AND to_regclass('keto_0000000002_relation_tuples') IS NOT NULL
        THEN 'after this script there is no table keto_0000000002_relation_tuples: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('keto_0000000003_relation_tuples')
          AND to_regclass('keto_0000000003_relation_tuples') IS NOT NULL
        THEN 'after this script there is no table keto_0000000003_relation_tuples: drop the foreign key for good, or point it at another table'
        END AS note
      FROM (
        SELECT c.oid, c.conname, c.conrelid, c.confrelid,
          ARRAY(SELECT a.attname::text FROM unnest(c.confkey) x(n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS colset,
          (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.i) FROM unnest(c.confkey) WITH ORDINALITY x(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS cols
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid IN (to_regclass('keto_namespace'), to_regclass('keto_namespace_0000000001_migrations'), to_regclass('keto_namespace_0000000002_migrations'), to_regclass('keto_namespace_0000000003_migrations'), to_regclass('keto_0000000001_relation_tuples'), to_regclass('keto_0000000002_relation_tuples'), to_regclass('keto_0000000003_relation_tuples'))
      ) k
      WHERE TRUE 
    ) f
    WHERE f.note IS NOT NULL;
  IF refs IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'foreign keys of tables outside keto reference keys that keto 0.7 → 0.7-cleanup drops or replaces, and PostgreSQL refuses to drop a key while a foreign key depends on it: ' || refs || '. Nothing was changed.'
      USING DETAIL = 'Drop them before running this script:' || chr(10) || drops || chr(10) || 'and re-create them once it has run:' || chr(10) || creates || chr(10) || notes,
            HINT = 'Run the DROP commands, then this script, then the re-create commands (changed as the notes say where a key changed its columns).';
  END IF;
END
$plan$;

-- ================================================================================================
-- keto 0.7 → 0.7-cleanup: After Keto v0.7 runs well and the left-out tuples are seen to: the legacy tables go (each namespace's tuple and migration tables, as keto namespace migrate legacy --down-only drops them, and keto_namespace, as keto migrate up's legacy clean-up does)
-- source: plans/keto/0.7-0.7-cleanup.yaml
-- ================================================================================================
-- 0.7 → 0.7-cleanup · 1/9 · manual step
-- MANUAL STEP (not done by this script):
--   run this only once Keto v0.7 works on this database and the tuples the move left out (its
--   report) are recreated or given up: it drops the v0.6 tuple tables for good

-- 0.7 → 0.7-cleanup · 2/9 · drop table keto_0000000001_relation_tuples
-- locks: keto_0000000001_relation_tuples: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('keto_0000000001_relation_tuples') IS NOT NULL THEN
    DROP TABLE keto_0000000001_relation_tuples;
  END IF;
END
$plan$;

-- 0.7 → 0.7-cleanup · 3/9 · drop table keto_0000000002_relation_tuples
-- locks: keto_0000000002_relation_tuples: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('keto_0000000002_relation_tuples') IS NOT NULL THEN
    DROP TABLE keto_0000000002_relation_tuples;
  END IF;
END
$plan$;

-- 0.7 → 0.7-cleanup · 4/9 · drop table keto_0000000003_relation_tuples
-- locks: keto_0000000003_relation_tuples: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('keto_0000000003_relation_tuples') IS NOT NULL THEN
    DROP TABLE keto_0000000003_relation_tuples;
  END IF;
END
$plan$;

-- 0.7 → 0.7-cleanup · 5/9 · drop table keto_namespace_0000000001_migrations
-- why: Keto's own --down-only leaves these behind; nothing reads them after the move
-- locks: keto_namespace_0000000001_migrations: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('keto_namespace_0000000001_migrations') IS NOT NULL THEN
    DROP TABLE keto_namespace_0000000001_migrations;
  END IF;
END
$plan$;

-- 0.7 → 0.7-cleanup · 6/9 · drop table keto_namespace_0000000002_migrations
-- why: Keto's own --down-only leaves these behind; nothing reads them after the move
-- locks: keto_namespace_0000000002_migrations: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('keto_namespace_0000000002_migrations') IS NOT NULL THEN
    DROP TABLE keto_namespace_0000000002_migrations;
  END IF;
END
$plan$;

-- 0.7 → 0.7-cleanup · 7/9 · drop table keto_namespace_0000000003_migrations
-- why: Keto's own --down-only leaves these behind; nothing reads them after the move
-- locks: keto_namespace_0000000003_migrations: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('keto_namespace_0000000003_migrations') IS NOT NULL THEN
    DROP TABLE keto_namespace_0000000003_migrations;
  END IF;
END
$plan$;

-- 0.7 → 0.7-cleanup · 8/9 · drop table keto_namespace
-- why: the legacy clean-up of keto migrate up (empty in v0.6, whose code never wrote it)
-- locks: keto_namespace: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('keto_namespace') IS NOT NULL THEN
    DROP TABLE keto_namespace;
  END IF;
END
$plan$;

-- 0.7 → 0.7-cleanup · 9/9 · insert 1 row into schema_migration
-- why: the legacy clean-up, recorded as keto migrate up records it
-- locks: schema_migration: ROW EXCLUSIVE, rows
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210914134624000000') THEN
      INSERT INTO schema_migration (version, version_self) SELECT '20210914134624000000', 0 WHERE NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210914134624000000');
    END IF;
END
$plan$;

-- the end: the database is at 0.7-cleanup, or the script stops here and everything this run did is rolled back
DO $plan$
DECLARE
  problem text;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind = 'table' THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END AS def FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))) r),
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_737cb78c115bc645', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_737cb78c115bc645', true), '')::json -> 'r') e),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('') AND a.k IS NULL THEN 1 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, 1 FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1
  INTO problem;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at keto 0.7-cleanup at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect keto names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: keto 0.7 → 0.7-cleanup applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: keto 0.7 → 0.7-cleanup: the database was at 0.7-cleanup already: nothing to do' THEN 'plan: keto 0.7 → 0.7-cleanup: the database was at 0.7-cleanup already: nothing to do' ELSE 'plan: keto 0.7 → 0.7-cleanup applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: keto 0.7 → 0.7-cleanup applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
