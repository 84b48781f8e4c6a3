-- plan 0.1.0 · keto 0 → 0.6 · postgres · fresh install
-- what:     this script creates the keto schema at 0.6 in an empty PostgreSQL database (generated from the plans listed below)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
-- start:    after applying: Keto 0.6 (keto serve)
-- reverse:  npx plan compile keto 0.6 0 --dialect postgres --param namespaces=files:1,groups:2,folders:3 -o down.sql
-- the rollback would drop: 8 tables schema_migration, keto_namespace, keto_namespace_0000000001_migrations, keto_namespace_0000000002_migrations, keto_namespace_0000000003_migrations, keto_0000000001_relation_tuples, keto_0000000002_relation_tuples, keto_0000000003_relation_tuples, and the data in them
-- parameters: namespaces=files:1,groups:2,folders:3 (namespaces: an example value, not a database's: compile with its own before applying)
-- sources (sha256 of each file; check: sha256sum plans/keto/product.yaml plans/keto/0-0.6.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/keto/product.yaml f015a7c235b6df542f3d382f28effbda42e228249ffc0806412d016b9e18e783
--   plans/keto/0-0.6.yaml 9be64ea3db9af022c81828f85dd42b097a4f2f6539cd383f2640238f89b6cb53
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- lock:     lock_timeout = '5s' (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.
-- statement: no statement_timeout (npx plan compile --statement-timeout <duration> sets one).
-- timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it starts again from where the database is.
-- owner:    the tables belong to the role that runs this script: run it as the role the product connects as (or give them to that role after).
-- locks:    this script takes no lock on a table that exists before it (only tables it creates: nothing to worry about).

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

-- check that the database is at 0, at 0.6, or between them on this script's path (a resumed run)
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
      allowed(k, def, f) AS (VALUES ('column keto_0000000001_relation_tuples.commit_time', 'timestamp without time zone NOT NULL', 3),
          ('column keto_0000000001_relation_tuples.object', 'character varying(64) NOT NULL', 3),
          ('column keto_0000000001_relation_tuples.relation', 'character varying(64) NOT NULL', 3),
          ('column keto_0000000001_relation_tuples.shard_id', 'character varying(64) NOT NULL', 3),
          ('column keto_0000000001_relation_tuples.subject', 'character varying(256) NOT NULL', 3),
          ('column keto_0000000002_relation_tuples.commit_time', 'timestamp without time zone NOT NULL', 3),
          ('column keto_0000000002_relation_tuples.object', 'character varying(64) NOT NULL', 3),
          ('column keto_0000000002_relation_tuples.relation', 'character varying(64) NOT NULL', 3),
          ('column keto_0000000002_relation_tuples.shard_id', 'character varying(64) NOT NULL', 3),
          ('column keto_0000000002_relation_tuples.subject', 'character varying(256) NOT NULL', 3),
          ('column keto_0000000003_relation_tuples.commit_time', 'timestamp without time zone NOT NULL', 3),
          ('column keto_0000000003_relation_tuples.object', 'character varying(64) NOT NULL', 3),
          ('column keto_0000000003_relation_tuples.relation', 'character varying(64) NOT NULL', 3),
          ('column keto_0000000003_relation_tuples.shard_id', 'character varying(64) NOT NULL', 3),
          ('column keto_0000000003_relation_tuples.subject', 'character varying(256) NOT NULL', 3),
          ('column keto_namespace.id', 'integer NOT NULL', 3),
          ('column keto_namespace.schema_version', 'integer NOT NULL', 3),
          ('column keto_namespace_0000000001_migrations.version', 'character varying(48) NOT NULL', 3),
          ('column keto_namespace_0000000001_migrations.version_self', 'integer NOT NULL DEFAULT 0', 3),
          ('column keto_namespace_0000000002_migrations.version', 'character varying(48) NOT NULL', 3),
          ('column keto_namespace_0000000002_migrations.version_self', 'integer NOT NULL DEFAULT 0', 3),
          ('column keto_namespace_0000000003_migrations.version', 'character varying(48) NOT NULL', 3),
          ('column keto_namespace_0000000003_migrations.version_self', 'integer NOT NULL DEFAULT 0', 3),
          ('column schema_migration.version', 'character varying(48) NOT NULL', 3),
          ('column schema_migration.version_self', 'integer NOT NULL DEFAULT 0', 3),
          ('constraint keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_pkey', 'PRIMARY KEY (shard_id, object, relation, subject, commit_time)', 3),
          ('constraint keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_pkey', 'PRIMARY KEY (shard_id, object, relation, subject, commit_time)', 3),
          ('constraint keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_pkey', 'PRIMARY KEY (shard_id, object, relation, subject, commit_time)', 3),
          ('constraint keto_namespace.keto_namespace_pkey', 'PRIMARY KEY (id)', 3),
          ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'CREATE INDEX keto_0000000001_relation_tuples_object_idx ON keto_0000000001_relation_tuples USING btree (object)', 3),
          ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'CREATE INDEX keto_0000000001_relation_tuples_user_set_idx ON keto_0000000001_relation_tuples USING btree (object, relation)', 3),
          ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'CREATE INDEX keto_0000000002_relation_tuples_object_idx ON keto_0000000002_relation_tuples USING btree (object)', 3),
          ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'CREATE INDEX keto_0000000002_relation_tuples_user_set_idx ON keto_0000000002_relation_tuples USING btree (object, relation)', 3),
          ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'CREATE INDEX keto_0000000003_relation_tuples_object_idx ON keto_0000000003_relation_tuples USING btree (object)', 3),
          ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'CREATE INDEX keto_0000000003_relation_tuples_user_set_idx ON keto_0000000003_relation_tuples USING btree (object, relation)', 3),
          ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'CREATE UNIQUE INDEX keto_namespace_0000000001_migrations_version_idx ON keto_namespace_0000000001_migrations USING btree (version)', 3),
          ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'CREATE INDEX keto_namespace_0000000001_migrations_version_self_idx ON keto_namespace_0000000001_migrations USING btree (version_self)', 3),
          ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'CREATE UNIQUE INDEX keto_namespace_0000000002_migrations_version_idx ON keto_namespace_0000000002_migrations USING btree (version)', 3),
          ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'CREATE INDEX keto_namespace_0000000002_migrations_version_self_idx ON keto_namespace_0000000002_migrations USING btree (version_self)', 3),
          ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'CREATE UNIQUE INDEX keto_namespace_0000000003_migrations_version_idx ON keto_namespace_0000000003_migrations USING btree (version)', 3),
          ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'CREATE INDEX keto_namespace_0000000003_migrations_version_self_idx ON keto_namespace_0000000003_migrations USING btree (version_self)', 3),
          ('index schema_migration.schema_migration_version_idx', 'CREATE UNIQUE INDEX schema_migration_version_idx ON schema_migration USING btree (version)', 3),
          ('index schema_migration.schema_migration_version_self_idx', 'CREATE INDEX schema_migration_version_self_idx ON schema_migration USING btree (version_self)', 3),
          ('table keto_0000000001_relation_tuples', 'present', 3),
          ('table keto_0000000002_relation_tuples', 'present', 3),
          ('table keto_0000000003_relation_tuples', 'present', 3),
          ('table keto_namespace', 'present', 3),
          ('table keto_namespace_0000000001_migrations', 'present', 3),
          ('table keto_namespace_0000000002_migrations', 'present', 3),
          ('table keto_namespace_0000000003_migrations', 'present', 3),
          ('table schema_migration', 'present', 3)),
      required(k, m, f) AS (VALUES ('column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time', 2),
          ('column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object', 2),
          ('column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation', 2),
          ('column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id', 2),
          ('column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject', 2),
          ('column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time', 2),
          ('column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object', 2),
          ('column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation', 2),
          ('column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id', 2),
          ('column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject', 2),
          ('column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time', 2),
          ('column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object', 2),
          ('column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation', 2),
          ('column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id', 2),
          ('column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject', 2),
          ('column keto_namespace.id', 'table keto_namespace has no column id', 2),
          ('column keto_namespace.schema_version', 'table keto_namespace has no column schema_version', 2),
          ('column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version', 2),
          ('column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self', 2),
          ('column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version', 2),
          ('column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self', 2),
          ('column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version', 2),
          ('column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self', 2),
          ('column schema_migration.version', 'table schema_migration has no column version', 2),
          ('column schema_migration.version_self', 'table schema_migration has no column version_self', 2),
          ('constraint keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_pkey', 'table keto_0000000001_relation_tuples has no constraint keto_0000000001_relation_tuples_pkey', 2),
          ('constraint keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_pkey', 'table keto_0000000002_relation_tuples has no constraint keto_0000000002_relation_tuples_pkey', 2),
          ('constraint keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_pkey', 'table keto_0000000003_relation_tuples has no constraint keto_0000000003_relation_tuples_pkey', 2),
          ('constraint keto_namespace.keto_namespace_pkey', 'table keto_namespace has no constraint keto_namespace_pkey', 2),
          ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx', 2),
          ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx', 2),
          ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx', 2),
          ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx', 2),
          ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx', 2),
          ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx', 2),
          ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx', 2),
          ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx', 2),
          ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx', 2),
          ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx', 2),
          ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx', 2),
          ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx', 2),
          ('index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx', 2),
          ('index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx', 2),
          ('table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing', 2),
          ('table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing', 2),
          ('table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing', 2),
          ('table keto_namespace', 'table keto_namespace is missing', 2),
          ('table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing', 2),
          ('table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing', 2),
          ('table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing', 2),
          ('table schema_migration', 'table schema_migration is missing', 2)),
      implied(a, b, m) AS (VALUES ('table schema_migration', 'column schema_migration.version', 'table schema_migration has no column version, which this script creates together with table schema_migration'),
          ('column schema_migration.version', 'table schema_migration', 'table schema_migration is missing, which this script creates together with column version of table schema_migration'),
          ('table schema_migration', 'column schema_migration.version_self', 'table schema_migration has no column version_self, which this script creates together with table schema_migration'),
          ('column schema_migration.version_self', 'table schema_migration', 'table schema_migration is missing, which this script creates together with column version_self of table schema_migration'),
          ('table keto_namespace', 'column keto_namespace.id', 'table keto_namespace has no column id, which this script creates together with table keto_namespace'),
          ('column keto_namespace.id', 'table keto_namespace', 'table keto_namespace is missing, which this script creates together with column id of table keto_namespace'),
          ('table keto_namespace', 'column keto_namespace.schema_version', 'table keto_namespace has no column schema_version, which this script creates together with table keto_namespace'),
          ('column keto_namespace.schema_version', 'table keto_namespace', 'table keto_namespace is missing, which this script creates together with column schema_version of table keto_namespace'),
          ('table keto_namespace', 'constraint keto_namespace.keto_namespace_pkey', 'table keto_namespace has no constraint keto_namespace_pkey, which this script creates together with table keto_namespace'),
          ('table keto_namespace', 'table schema_migration', 'table schema_migration is missing, which this script creates before table keto_namespace'),
          ('table keto_namespace', 'index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx, which this script creates before table keto_namespace'),
          ('table keto_namespace', 'index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx, which this script creates before table keto_namespace'),
          ('table keto_namespace_0000000001_migrations', 'column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version, which this script creates together with table keto_namespace_0000000001_migrations'),
          ('column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing, which this script creates together with column version of table keto_namespace_0000000001_migrations'),
          ('table keto_namespace_0000000001_migrations', 'column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self, which this script creates together with table keto_namespace_0000000001_migrations'),
          ('column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing, which this script creates together with column version_self of table keto_namespace_0000000001_migrations'),
          ('table keto_namespace_0000000001_migrations', 'table keto_namespace', 'table keto_namespace is missing, which this script creates before table keto_namespace_0000000001_migrations'),
          ('table keto_namespace_0000000002_migrations', 'column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version, which this script creates together with table keto_namespace_0000000002_migrations'),
          ('column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing, which this script creates together with column version of table keto_namespace_0000000002_migrations'),
          ('table keto_namespace_0000000002_migrations', 'column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self, which this script creates together with table keto_namespace_0000000002_migrations'),
          ('column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing, which this script creates together with column version_self of table keto_namespace_0000000002_migrations'),
          ('table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing, which this script creates before table keto_namespace_0000000002_migrations'),
          ('table keto_namespace_0000000003_migrations', 'column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version, which this script creates together with table keto_namespace_0000000003_migrations'),
          ('column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing, which this script creates together with column version of table keto_namespace_0000000003_migrations'),
          ('table keto_namespace_0000000003_migrations', 'column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self, which this script creates together with table keto_namespace_0000000003_migrations'),
          ('column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing, which this script creates together with column version_self of table keto_namespace_0000000003_migrations'),
          ('table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing, which this script creates before table keto_namespace_0000000003_migrations'),
          ('table keto_0000000001_relation_tuples', 'column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time, which this script creates together with table keto_0000000001_relation_tuples'),
          ('column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates together with column commit_time of table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object, which this script creates together with table keto_0000000001_relation_tuples'),
          ('column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates together with column object of table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation, which this script creates together with table keto_0000000001_relation_tuples'),
          ('column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates together with column relation of table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id, which this script creates together with table keto_0000000001_relation_tuples'),
          ('column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates together with column shard_id of table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject, which this script creates together with table keto_0000000001_relation_tuples'),
          ('column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates together with column subject of table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'constraint keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_pkey', 'table keto_0000000001_relation_tuples has no constraint keto_0000000001_relation_tuples_pkey, which this script creates together with table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing, which this script creates before table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx, which this script creates before table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx, which this script creates before table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx, which this script creates before table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx, which this script creates before table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx, which this script creates before table keto_0000000001_relation_tuples'),
          ('table keto_0000000001_relation_tuples', 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx, which this script creates before table keto_0000000001_relation_tuples'),
          ('table keto_0000000002_relation_tuples', 'column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time, which this script creates together with table keto_0000000002_relation_tuples'),
          ('column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates together with column commit_time of table keto_0000000002_relation_tuples'),
          ('table keto_0000000002_relation_tuples', 'column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object, which this script creates together with table keto_0000000002_relation_tuples'),
          ('column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates together with column object of table keto_0000000002_relation_tuples'),
          ('table keto_0000000002_relation_tuples', 'column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation, which this script creates together with table keto_0000000002_relation_tuples'),
          ('column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates together with column relation of table keto_0000000002_relation_tuples'),
          ('table keto_0000000002_relation_tuples', 'column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id, which this script creates together with table keto_0000000002_relation_tuples'),
          ('column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates together with column shard_id of table keto_0000000002_relation_tuples'),
          ('table keto_0000000002_relation_tuples', 'column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject, which this script creates together with table keto_0000000002_relation_tuples'),
          ('column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates together with column subject of table keto_0000000002_relation_tuples'),
          ('table keto_0000000002_relation_tuples', 'constraint keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_pkey', 'table keto_0000000002_relation_tuples has no constraint keto_0000000002_relation_tuples_pkey, which this script creates together with table keto_0000000002_relation_tuples'),
          ('table keto_0000000002_relation_tuples', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates before table keto_0000000002_relation_tuples'),
          ('table keto_0000000003_relation_tuples', 'column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time, which this script creates together with table keto_0000000003_relation_tuples'),
          ('column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing, which this script creates together with column commit_time of table keto_0000000003_relation_tuples'),
          ('table keto_0000000003_relation_tuples', 'column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object, which this script creates together with table keto_0000000003_relation_tuples'),
          ('column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing, which this script creates together with column object of table keto_0000000003_relation_tuples'),
          ('table keto_0000000003_relation_tuples', 'column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation, which this script creates together with table keto_0000000003_relation_tuples'),
          ('column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing, which this script creates together with column relation of table keto_0000000003_relation_tuples'),
          ('table keto_0000000003_relation_tuples', 'column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id, which this script creates together with table keto_0000000003_relation_tuples'),
          ('column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing, which this script creates together with column shard_id of table keto_0000000003_relation_tuples'),
          ('table keto_0000000003_relation_tuples', 'column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject, which this script creates together with table keto_0000000003_relation_tuples'),
          ('column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing, which this script creates together with column subject of table keto_0000000003_relation_tuples'),
          ('table keto_0000000003_relation_tuples', 'constraint keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_pkey', 'table keto_0000000003_relation_tuples has no constraint keto_0000000003_relation_tuples_pkey, which this script creates together with table keto_0000000003_relation_tuples'),
          ('table keto_0000000003_relation_tuples', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates before table keto_0000000003_relation_tuples')),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_pkey', 'constraint keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_pkey', 'constraint keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_pkey', 'constraint keto_namespace.keto_namespace_pkey', 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'index schema_migration.schema_migration_version_idx', 'index schema_migration.schema_migration_version_self_idx') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)
    UNION ALL
    SELECT 4, i.m, 1 FROM implied i WHERE EXISTS (SELECT 1 FROM found f WHERE f.k = i.a) AND NOT EXISTS (SELECT 1 FROM found f WHERE f.k = i.b)) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database holds keto tables that are neither absent nor partway through this install of keto 0.6: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile keto <its version> 0.6), or run this one on the keto empty database it was made for.';
  END IF;
  PERFORM set_config('plan.target_f7c331d8f73c22c2', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: keto 0 → 0.6: the database was at 0.6 already: nothing to do' END, false);
END
$plan$;
DO $plan$
BEGIN
  IF current_setting('plan.at_start', true) <> '' THEN
    IF (NOT EXISTS (SELECT 1 FROM keto_namespace_0000000003_migrations WHERE version = '20210128140414')
    AND NOT EXISTS (SELECT 1 FROM keto_namespace_0000000001_migrations WHERE version = '20210128140414')) OR (NOT EXISTS (SELECT 1 FROM keto_namespace_0000000003_migrations WHERE version = '20210128140414')
    AND NOT EXISTS (SELECT 1 FROM keto_namespace_0000000002_migrations WHERE version = '20210128140414')) OR (NOT EXISTS (SELECT 1 FROM keto_namespace_0000000003_migrations WHERE version = '20210128140414')) THEN
      PERFORM set_config('plan.at_start', '', false);
    END IF;
  END IF;
END
$plan$;
-- index names: the indexes this script creates (keto_0000000001_relation_tuples_object_idx, keto_0000000001_relation_tuples_user_set_idx, keto_0000000002_relation_tuples_object_idx, keto_0000000002_relation_tuples_user_set_idx, keto_0000000003_relation_tuples_object_idx, keto_0000000003_relation_tuples_user_set_idx, keto_namespace_0000000001_migrations_version_idx, keto_namespace_0000000001_migrations_version_self_idx, keto_namespace_0000000002_migrations_version_idx, keto_namespace_0000000002_migrations_version_self_idx, keto_namespace_0000000003_migrations_version_idx, keto_namespace_0000000003_migrations_version_self_idx, schema_migration_version_idx, schema_migration_version_self_idx) take names unique across the schema: the script stops before any change when an object that is not an index of a keto table holds one
DO $plan$
DECLARE
  m text;
BEGIN
  SELECT CASE c.relkind WHEN 'i' THEN 'an index' WHEN 'I' THEN 'an index' WHEN 'r' THEN 'a table' WHEN 'p' THEN 'a table' WHEN 'v' THEN 'a view' WHEN 'm' THEN 'a materialized view' WHEN 'S' THEN 'a sequence' WHEN 'f' THEN 'a foreign table' ELSE 'a relation' END || ' ' || c.relname || COALESCE(' on table ' || t.relname, '') || ' exists; keto''s index ' || v.name || ' on ' || v.tbl || ' needs that name (PostgreSQL''s index names are unique across the schema, and the script drops nothing it does not own): rename or drop it, then run this script again. Nothing was changed.'
    INTO m
    FROM (VALUES ('keto_0000000001_relation_tuples_object_idx', 'keto_0000000001_relation_tuples', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_0000000001_relation_tuples_user_set_idx', 'keto_0000000001_relation_tuples', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_0000000002_relation_tuples_object_idx', 'keto_0000000002_relation_tuples', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_0000000002_relation_tuples_user_set_idx', 'keto_0000000002_relation_tuples', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_0000000003_relation_tuples_object_idx', 'keto_0000000003_relation_tuples', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_0000000003_relation_tuples_user_set_idx', 'keto_0000000003_relation_tuples', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_namespace_0000000001_migrations_version_idx', 'keto_namespace_0000000001_migrations', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_namespace_0000000001_migrations_version_self_idx', 'keto_namespace_0000000001_migrations', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_namespace_0000000002_migrations_version_idx', 'keto_namespace_0000000002_migrations', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_namespace_0000000002_migrations_version_self_idx', 'keto_namespace_0000000002_migrations', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_namespace_0000000003_migrations_version_idx', 'keto_namespace_0000000003_migrations', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_namespace_0000000003_migrations_version_self_idx', 'keto_namespace_0000000003_migrations', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('schema_migration_version_idx', 'schema_migration', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('schema_migration_version_self_idx', 'schema_migration', (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))) v(name, tbl, nsp)
    JOIN pg_class c ON c.relname = v.name AND c.relnamespace = v.nsp
    LEFT JOIN pg_index x ON x.indexrelid = c.oid
    LEFT JOIN pg_class t ON t.oid = x.indrelid
    WHERE NOT (c.relkind IN ('i', 'I') AND t.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'schema_migration'))
    ORDER BY v.name LIMIT 1;
  IF m IS NOT NULL THEN
    RAISE EXCEPTION '%', 'plan stopped: ' || m;
  END IF;
END
$plan$;

-- ================================================================================================
-- keto 0 → 0.6: Ory Keto v0.6 as keto migrate up and keto namespace migrate up <name> leave it: Pop's schema_migration, the unused keto_namespace, and per configured namespace a tuple table and the migration table of its own
-- source: plans/keto/0-0.6.yaml
-- ================================================================================================
-- 0 → 0.6 · 1/26 · create table schema_migration
-- locks: schema_migration: new in this script
DO $plan$
BEGIN
  IF to_regclass('schema_migration') IS NULL THEN
    CREATE TABLE schema_migration (
      version VARCHAR(48) NOT NULL,
      version_self INTEGER NOT NULL DEFAULT 0
    );
  END IF;
END
$plan$;

-- 0 → 0.6 · 2/26 · create index schema_migration_version_idx on schema_migration
-- locks: schema_migration: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('schema_migration') AND c.relname = 'schema_migration_version_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE UNIQUE INDEX schema_migration_version_idx ON schema_migration USING btree (version)') THEN
    DROP INDEX IF EXISTS schema_migration_version_idx;
    CREATE UNIQUE INDEX schema_migration_version_idx ON schema_migration (version);
  END IF;
END
$plan$;

-- 0 → 0.6 · 3/26 · create index schema_migration_version_self_idx on schema_migration
-- locks: schema_migration: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('schema_migration') AND c.relname = 'schema_migration_version_self_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX schema_migration_version_self_idx ON schema_migration USING btree (version_self)') THEN
    DROP INDEX IF EXISTS schema_migration_version_self_idx;
    CREATE INDEX schema_migration_version_self_idx ON schema_migration (version_self);
  END IF;
END
$plan$;

-- 0 → 0.6 · 4/26 · create table keto_namespace
-- locks: keto_namespace: new in this script
DO $plan$
BEGIN
  IF to_regclass('keto_namespace') IS NULL THEN
    CREATE TABLE keto_namespace (
      id INTEGER NOT NULL,
      schema_version INTEGER NOT NULL,
      CONSTRAINT keto_namespace_pkey PRIMARY KEY (id)
    );
  END IF;
END
$plan$;

-- 0 → 0.6 · 5/26 · insert 1 row into schema_migration
-- locks: schema_migration: new in this script
DO $plan$
BEGIN
  IF to_regclass('keto_namespace_0000000001_migrations') IS NULL THEN
    IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20201110175414') THEN
      INSERT INTO schema_migration (version, version_self) SELECT '20201110175414', 0 WHERE NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20201110175414');
    END IF;
  END IF;
END
$plan$;

-- 0 → 0.6 · 6/26 · create table keto_namespace_0000000001_migrations
-- locks: keto_namespace_0000000001_migrations: new in this script
DO $plan$
BEGIN
  IF to_regclass('keto_namespace_0000000001_migrations') IS NULL THEN
    CREATE TABLE keto_namespace_0000000001_migrations (
      version VARCHAR(48) NOT NULL,
      version_self INTEGER NOT NULL DEFAULT 0
    );
  END IF;
END
$plan$;

-- 0 → 0.6 · 7/26 · create table keto_namespace_0000000002_migrations
-- locks: keto_namespace_0000000002_migrations: new in this script
DO $plan$
BEGIN
  IF to_regclass('keto_namespace_0000000002_migrations') IS NULL THEN
    CREATE TABLE keto_namespace_0000000002_migrations (
      version VARCHAR(48) NOT NULL,
      version_self INTEGER NOT NULL DEFAULT 0
    );
  END IF;
END
$plan$;

-- 0 → 0.6 · 8/26 · create table keto_namespace_0000000003_migrations
-- locks: keto_namespace_0000000003_migrations: new in this script
DO $plan$
BEGIN
  IF to_regclass('keto_namespace_0000000003_migrations') IS NULL THEN
    CREATE TABLE keto_namespace_0000000003_migrations (
      version VARCHAR(48) NOT NULL,
      version_self INTEGER NOT NULL DEFAULT 0
    );
  END IF;
END
$plan$;

-- 0 → 0.6 · 9/26 · create index keto_namespace_0000000001_migrations_version_idx on keto_namespace_0000000001_migrations
-- locks: keto_namespace_0000000001_migrations: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_namespace_0000000001_migrations') AND c.relname = 'keto_namespace_0000000001_migrations_version_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE UNIQUE INDEX keto_namespace_0000000001_migrations_version_idx ON keto_namespace_0000000001_migrations USING btree (version)') THEN
    DROP INDEX IF EXISTS keto_namespace_0000000001_migrations_version_idx;
    CREATE UNIQUE INDEX keto_namespace_0000000001_migrations_version_idx ON keto_namespace_0000000001_migrations (version);
  END IF;
END
$plan$;

-- 0 → 0.6 · 10/26 · create index keto_namespace_0000000002_migrations_version_idx on keto_namespace_0000000002_migrations
-- locks: keto_namespace_0000000002_migrations: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_namespace_0000000002_migrations') AND c.relname = 'keto_namespace_0000000002_migrations_version_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE UNIQUE INDEX keto_namespace_0000000002_migrations_version_idx ON keto_namespace_0000000002_migrations USING btree (version)') THEN
    DROP INDEX IF EXISTS keto_namespace_0000000002_migrations_version_idx;
    CREATE UNIQUE INDEX keto_namespace_0000000002_migrations_version_idx ON keto_namespace_0000000002_migrations (version);
  END IF;
END
$plan$;

-- 0 → 0.6 · 11/26 · create index keto_namespace_0000000003_migrations_version_idx on keto_namespace_0000000003_migrations
-- locks: keto_namespace_0000000003_migrations: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_namespace_0000000003_migrations') AND c.relname = 'keto_namespace_0000000003_migrations_version_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE UNIQUE INDEX keto_namespace_0000000003_migrations_version_idx ON keto_namespace_0000000003_migrations USING btree (version)') THEN
    DROP INDEX IF EXISTS keto_namespace_0000000003_migrations_version_idx;
    CREATE UNIQUE INDEX keto_namespace_0000000003_migrations_version_idx ON keto_namespace_0000000003_migrations (version);
  END IF;
END
$plan$;

-- 0 → 0.6 · 12/26 · create index keto_namespace_0000000001_migrations_version_self_idx on keto_namespace_0000000001_migrations
-- locks: keto_namespace_0000000001_migrations: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_namespace_0000000001_migrations') AND c.relname = 'keto_namespace_0000000001_migrations_version_self_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_namespace_0000000001_migrations_version_self_idx ON keto_namespace_0000000001_migrations USING btree (version_self)') THEN
    DROP INDEX IF EXISTS keto_namespace_0000000001_migrations_version_self_idx;
    CREATE INDEX keto_namespace_0000000001_migrations_version_self_idx ON keto_namespace_0000000001_migrations (version_self);
  END IF;
END
$plan$;

-- 0 → 0.6 · 13/26 · create index keto_namespace_0000000002_migrations_version_self_idx on keto_namespace_0000000002_migrations
-- locks: keto_namespace_0000000002_migrations: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_namespace_0000000002_migrations') AND c.relname = 'keto_namespace_0000000002_migrations_version_self_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_namespace_0000000002_migrations_version_self_idx ON keto_namespace_0000000002_migrations USING btree (version_self)') THEN
    DROP INDEX IF EXISTS keto_namespace_0000000002_migrations_version_self_idx;
    CREATE INDEX keto_namespace_0000000002_migrations_version_self_idx ON keto_namespace_0000000002_migrations (version_self);
  END IF;
END
$plan$;

-- 0 → 0.6 · 14/26 · create index keto_namespace_0000000003_migrations_version_self_idx on keto_namespace_0000000003_migrations
-- locks: keto_namespace_0000000003_migrations: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_namespace_0000000003_migrations') AND c.relname = 'keto_namespace_0000000003_migrations_version_self_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_namespace_0000000003_migrations_version_self_idx ON keto_namespace_0000000003_migrations USING btree (version_self)') THEN
    DROP INDEX IF EXISTS keto_namespace_0000000003_migrations_version_self_idx;
    CREATE INDEX keto_namespace_0000000003_migrations_version_self_idx ON keto_namespace_0000000003_migrations (version_self);
  END IF;
END
$plan$;

-- 0 → 0.6 · 15/26 · create table keto_0000000001_relation_tuples
-- locks: keto_0000000001_relation_tuples: new in this script
DO $plan$
BEGIN
  IF to_regclass('keto_0000000001_relation_tuples') IS NULL THEN
    CREATE TABLE keto_0000000001_relation_tuples (
      shard_id VARCHAR(64) NOT NULL,
      object VARCHAR(64) NOT NULL,
      relation VARCHAR(64) NOT NULL,
      subject VARCHAR(256) NOT NULL,
      commit_time TIMESTAMP NOT NULL,
      CONSTRAINT keto_0000000001_relation_tuples_pkey PRIMARY KEY (shard_id, object, relation, subject, commit_time)
    );
  END IF;
END
$plan$;

-- 0 → 0.6 · 16/26 · create table keto_0000000002_relation_tuples
-- locks: keto_0000000002_relation_tuples: new in this script
DO $plan$
BEGIN
  IF to_regclass('keto_0000000002_relation_tuples') IS NULL THEN
    CREATE TABLE keto_0000000002_relation_tuples (
      shard_id VARCHAR(64) NOT NULL,
      object VARCHAR(64) NOT NULL,
      relation VARCHAR(64) NOT NULL,
      subject VARCHAR(256) NOT NULL,
      commit_time TIMESTAMP NOT NULL,
      CONSTRAINT keto_0000000002_relation_tuples_pkey PRIMARY KEY (shard_id, object, relation, subject, commit_time)
    );
  END IF;
END
$plan$;

-- 0 → 0.6 · 17/26 · create table keto_0000000003_relation_tuples
-- locks: keto_0000000003_relation_tuples: new in this script
DO $plan$
BEGIN
  IF to_regclass('keto_0000000003_relation_tuples') IS NULL THEN
    CREATE TABLE keto_0000000003_relation_tuples (
      shard_id VARCHAR(64) NOT NULL,
      object VARCHAR(64) NOT NULL,
      relation VARCHAR(64) NOT NULL,
      subject VARCHAR(256) NOT NULL,
      commit_time TIMESTAMP NOT NULL,
      CONSTRAINT keto_0000000003_relation_tuples_pkey PRIMARY KEY (shard_id, object, relation, subject, commit_time)
    );
  END IF;
END
$plan$;

-- 0 → 0.6 · 18/26 · create index keto_0000000001_relation_tuples_object_idx on keto_0000000001_relation_tuples
-- locks: keto_0000000001_relation_tuples: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_0000000001_relation_tuples') AND c.relname = 'keto_0000000001_relation_tuples_object_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_0000000001_relation_tuples_object_idx ON keto_0000000001_relation_tuples USING btree (object)') THEN
    DROP INDEX IF EXISTS keto_0000000001_relation_tuples_object_idx;
    CREATE INDEX keto_0000000001_relation_tuples_object_idx ON keto_0000000001_relation_tuples (object);
  END IF;
END
$plan$;

-- 0 → 0.6 · 19/26 · create index keto_0000000002_relation_tuples_object_idx on keto_0000000002_relation_tuples
-- locks: keto_0000000002_relation_tuples: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_0000000002_relation_tuples') AND c.relname = 'keto_0000000002_relation_tuples_object_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_0000000002_relation_tuples_object_idx ON keto_0000000002_relation_tuples USING btree (object)') THEN
    DROP INDEX IF EXISTS keto_0000000002_relation_tuples_object_idx;
    CREATE INDEX keto_0000000002_relation_tuples_object_idx ON keto_0000000002_relation_tuples (object);
  END IF;
END
$plan$;

-- 0 → 0.6 · 20/26 · create index keto_0000000003_relation_tuples_object_idx on keto_0000000003_relation_tuples
-- locks: keto_0000000003_relation_tuples: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_0000000003_relation_tuples') AND c.relname = 'keto_0000000003_relation_tuples_object_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_0000000003_relation_tuples_object_idx ON keto_0000000003_relation_tuples USING btree (object)') THEN
    DROP INDEX IF EXISTS keto_0000000003_relation_tuples_object_idx;
    CREATE INDEX keto_0000000003_relation_tuples_object_idx ON keto_0000000003_relation_tuples (object);
  END IF;
END
$plan$;

-- 0 → 0.6 · 21/26 · create index keto_0000000001_relation_tuples_user_set_idx on keto_0000000001_relation_tuples
-- locks: keto_0000000001_relation_tuples: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_0000000001_relation_tuples') AND c.relname = 'keto_0000000001_relation_tuples_user_set_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_0000000001_relation_tuples_user_set_idx ON keto_0000000001_relation_tuples USING btree (object, relation)') THEN
    DROP INDEX IF EXISTS keto_0000000001_relation_tuples_user_set_idx;
    CREATE INDEX keto_0000000001_relation_tuples_user_set_idx ON keto_0000000001_relation_tuples (object, relation);
  END IF;
END
$plan$;

-- 0 → 0.6 · 22/26 · create index keto_0000000002_relation_tuples_user_set_idx on keto_0000000002_relation_tuples
-- locks: keto_0000000002_relation_tuples: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_0000000002_relation_tuples') AND c.relname = 'keto_0000000002_relation_tuples_user_set_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_0000000002_relation_tuples_user_set_idx ON keto_0000000002_relation_tuples USING btree (object, relation)') THEN
    DROP INDEX IF EXISTS keto_0000000002_relation_tuples_user_set_idx;
    CREATE INDEX keto_0000000002_relation_tuples_user_set_idx ON keto_0000000002_relation_tuples (object, relation);
  END IF;
END
$plan$;

-- 0 → 0.6 · 23/26 · create index keto_0000000003_relation_tuples_user_set_idx on keto_0000000003_relation_tuples
-- locks: keto_0000000003_relation_tuples: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_0000000003_relation_tuples') AND c.relname = 'keto_0000000003_relation_tuples_user_set_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_0000000003_relation_tuples_user_set_idx ON keto_0000000003_relation_tuples USING btree (object, relation)') THEN
    DROP INDEX IF EXISTS keto_0000000003_relation_tuples_user_set_idx;
    CREATE INDEX keto_0000000003_relation_tuples_user_set_idx ON keto_0000000003_relation_tuples (object, relation);
  END IF;
END
$plan$;

-- 0 → 0.6 · 24/26 · insert 1 row into keto_namespace_0000000001_migrations
-- locks: keto_namespace_0000000001_migrations: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM keto_namespace_0000000003_migrations WHERE version = '20210128140414')
    AND NOT EXISTS (SELECT 1 FROM keto_namespace_0000000001_migrations WHERE version = '20210128140414') THEN
      INSERT INTO keto_namespace_0000000001_migrations (version, version_self) SELECT '20210128140414', 0 WHERE NOT EXISTS (SELECT 1 FROM keto_namespace_0000000001_migrations WHERE version = '20210128140414');
    END IF;
END
$plan$;

-- 0 → 0.6 · 25/26 · insert 1 row into keto_namespace_0000000002_migrations
-- locks: keto_namespace_0000000002_migrations: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM keto_namespace_0000000003_migrations WHERE version = '20210128140414')
    AND NOT EXISTS (SELECT 1 FROM keto_namespace_0000000002_migrations WHERE version = '20210128140414') THEN
      INSERT INTO keto_namespace_0000000002_migrations (version, version_self) SELECT '20210128140414', 0 WHERE NOT EXISTS (SELECT 1 FROM keto_namespace_0000000002_migrations WHERE version = '20210128140414');
    END IF;
END
$plan$;

-- 0 → 0.6 · 26/26 · insert 1 row into keto_namespace_0000000003_migrations
-- locks: keto_namespace_0000000003_migrations: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM keto_namespace_0000000003_migrations WHERE version = '20210128140414') THEN
      INSERT INTO keto_namespace_0000000003_migrations (version, version_self) SELECT '20210128140414', 0 WHERE NOT EXISTS (SELECT 1 FROM keto_namespace_0000000003_migrations WHERE version = '20210128140414');
    END IF;
END
$plan$;

-- the end: the database is at 0.6, or the script stops here and everything this run did is rolled back
DO $plan$
DECLARE
  problem text;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind = 'table' THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END AS def FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))) r),
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_f7c331d8f73c22c2', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_f7c331d8f73c22c2', true), '')::json -> 'r') e),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('') AND a.k IS NULL THEN 1 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, 1 FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1
  INTO problem;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at keto 0.6 at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect keto names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: keto 0 → 0.6 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: keto 0 → 0.6: the database was at 0.6 already: nothing to do' THEN 'plan: keto 0 → 0.6: the database was at 0.6 already: nothing to do' ELSE 'plan: keto 0 → 0.6 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: keto 0 → 0.6 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
