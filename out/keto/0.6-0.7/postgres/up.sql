-- plan 0.1.0 · keto 0.6 → 0.7 · postgres · upgrade
-- what:     this script upgrades a keto database from 0.6 to 0.7 on PostgreSQL (generated from the plans listed below)
-- stop:     first, before the backup: Keto's write API (the guide keeps the read API up; writes fail while the script runs)
-- backup:   then: pg_dump --format=custom --file=keto-0.6-before.dump.partial DATABASE && mv keto-0.6-before.dump.partial keto-0.6-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE keto-0.6-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
-- start:    after applying: Keto 0.7 (keto serve)
-- reverse:  npx plan compile keto 0.7 0.6 --dialect postgres --param namespaces=files:1,groups:2,folders:3 --param network_id=6b65746f-0000-4000-8000-000000000001 --param new_user=keto_new --param old_user=keto -o down.sql
-- the rollback would drop: 2 tables networks, keto_relation_tuples, and the data in them
-- parameters: namespaces=files:1,groups:2,folders:3 network_id=6b65746f-0000-4000-8000-000000000001 new_user=keto_new old_user=keto (namespaces: an example value, not a database's: compile with its own before applying)
-- sources (sha256 of each file; check: sha256sum plans/keto/product.yaml plans/keto/0.6-0.7.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/keto/product.yaml f015a7c235b6df542f3d382f28effbda42e228249ffc0806412d016b9e18e783
--   plans/keto/0.6-0.7.yaml 4dde84d93fceec41fa4129b7f382c7bb194f7e328831053c8aec27b2950af128
--   schema at 0.6 replayed from 1 plan (plans/keto/0-0.6.yaml …) bf27220efc05ce9e2fa9aeca158fda0e03cc8b9958a0c9e9fe8f385929b2958c
--     (check: cat plans/keto/0-0.6.yaml > /dev/null && for f in plans/keto/0-0.6.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- lock:     lock_timeout = '5s' (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.
-- statement: no statement_timeout (npx plan compile --statement-timeout <duration> sets one).
-- timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it starts again from where the database is.
-- owner:    each table this script creates (its indexes with it) is given to the role that owns the product's existing tables, looked up as the script starts (several owners: the one owning most of them, a tie to the first name in byte order); the role running the script must be that role, a member of it or a superuser.
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   keto_0000000001_relation_tuples: ACCESS SHARE from 0.6 → 0.7 · 9/15 · copy rows from keto_0000000001_relation_tuples into keto_relation_tuples
--   keto_0000000002_relation_tuples: ACCESS SHARE from 0.6 → 0.7 · 10/15 · copy rows from keto_0000000002_relation_tuples into keto_relation_tuples
--   keto_0000000003_relation_tuples: ACCESS SHARE from 0.6 → 0.7 · 11/15 · copy rows from keto_0000000003_relation_tuples into keto_relation_tuples
--   schema_migration: ROW EXCLUSIVE from 0.6 → 0.7 · 12/15 · insert 5 rows into schema_migration
-- rows not copied: [0.6 → 0.7] steps 9/15, 10/15 and 11/15 copy rows of keto_0000000001_relation_tuples, keto_0000000002_relation_tuples, keto_0000000003_relation_tuples into keto_relation_tuples except those it skips (a NULL in object, relation, subject or commit_time (v0.7's columns are NOT NULL); malformed subject: more than one # (Keto's migrator skips it as broken); malformed subject set: not namespace:object#relation with exactly one : before the # (Keto's migrator skips it as broken); the subject set's namespace is not in --param namespaces (Keto's migrator stops the namespace on it); subject id longer than 64 characters (v0.7's subject_id is varchar(64)); subject set object or relation longer than 64 characters (v0.7's columns are varchar(64)))
-- report:   the rows skipped, with the reason (read-only; before or after this script): npx plan compile keto 0.6 0.7 --dialect postgres --param namespaces=files:1,groups:2,folders:3 --param network_id=6b65746f-0000-4000-8000-000000000001 --param new_user=keto_new --param old_user=keto --report -o report.sql
-- MANUAL STEPS (3), not done by this script:
--   1. [0.6 → 0.7] before the script, as a superuser: CREATE ROLE keto_new LOGIN PASSWORD '<secret>'; then make keto read-only for the move: REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA <Keto's schema> FROM keto (Keto v0.6's write API fails from then on, its read API works). Run this script as a superuser: keto can no longer write
--   2. [0.6 → 0.7] after the script: list the tuples it left out (the header's report: line is the command, with this script's parameters) and recreate them through Keto v0.7's API once it runs; do not run keto namespace migrate legacy, which would copy every tuple again under new ids
--   3. [0.6 → 0.7] after the script, as a superuser: REASSIGN OWNED BY keto TO keto_new; GRANT ALL ON ALL TABLES IN SCHEMA <Keto's schema> TO keto_new (the tables, the legacy ones too, now belong to keto_new, and the revoke of the first step went with them); start Keto v0.7 as keto_new, route the traffic to it, stop Keto v0.6

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

-- check that the database is at 0.6, at 0.7, or between them on this script's path (a resumed run)
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
          ('constraint keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_pkey', 'PRIMARY KEY (shard_id, object, relation, subject, commit_time)', 3),
          ('constraint keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_pkey', 'PRIMARY KEY (shard_id, object, relation, subject, commit_time)', 3),
          ('constraint keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_pkey', 'PRIMARY KEY (shard_id, object, relation, subject, commit_time)', 3),
          ('constraint keto_namespace.keto_namespace_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint keto_relation_tuples.chk_keto_rt_subject_type', 'CHECK ((((subject_id IS NULL) AND (subject_set_namespace_id IS NOT NULL) AND (subject_set_object IS NOT NULL) AND (subject_set_relation IS NOT NULL)) OR ((subject_id IS NOT NULL) AND (subject_set_namespace_id IS NULL) AND (subject_set_object IS NULL) AND (subject_set_relation IS NULL))))', 3),
          ('constraint keto_relation_tuples.keto_relation_tuples_pkey', 'PRIMARY KEY (shard_id, nid)', 3),
          ('constraint networks.networks_pkey', 'PRIMARY KEY (id)', 3),
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
          ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'CREATE INDEX keto_relation_tuples_full_idx ON keto_relation_tuples USING btree (nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time)', 3),
          ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'CREATE INDEX keto_relation_tuples_subject_ids_idx ON keto_relation_tuples USING btree (nid, namespace_id, object, relation, subject_id) WHERE ((subject_set_namespace_id IS NULL) AND (subject_set_object IS NULL) AND (subject_set_relation IS NULL))', 3),
          ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'CREATE INDEX keto_relation_tuples_subject_sets_idx ON keto_relation_tuples USING btree (nid, namespace_id, object, relation, subject_set_namespace_id, subject_set_object, subject_set_relation) WHERE (subject_id IS NULL)', 3),
          ('index schema_migration.schema_migration_version_idx', 'CREATE UNIQUE INDEX schema_migration_version_idx ON schema_migration USING btree (version)', 3),
          ('index schema_migration.schema_migration_version_self_idx', 'CREATE INDEX schema_migration_version_self_idx ON schema_migration USING btree (version_self)', 3),
          ('table keto_0000000001_relation_tuples', 'present', 3),
          ('table keto_0000000002_relation_tuples', 'present', 3),
          ('table keto_0000000003_relation_tuples', 'present', 3),
          ('table keto_namespace', 'present', 3),
          ('table keto_namespace_0000000001_migrations', 'present', 3),
          ('table keto_namespace_0000000002_migrations', 'present', 3),
          ('table keto_namespace_0000000003_migrations', 'present', 3),
          ('table keto_relation_tuples', 'present', 3),
          ('table networks', 'present', 3),
          ('table schema_migration', 'present', 3)),
      required(k, m, f) AS (VALUES ('column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time', 3),
          ('column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object', 3),
          ('column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation', 3),
          ('column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id', 3),
          ('column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject', 3),
          ('column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time', 3),
          ('column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object', 3),
          ('column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation', 3),
          ('column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id', 3),
          ('column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject', 3),
          ('column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time', 3),
          ('column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object', 3),
          ('column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation', 3),
          ('column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id', 3),
          ('column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject', 3),
          ('column keto_namespace.id', 'table keto_namespace has no column id', 3),
          ('column keto_namespace.schema_version', 'table keto_namespace has no column schema_version', 3),
          ('column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version', 3),
          ('column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self', 3),
          ('column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version', 3),
          ('column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self', 3),
          ('column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version', 3),
          ('column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self', 3),
          ('column keto_relation_tuples.commit_time', 'table keto_relation_tuples has no column commit_time', 2),
          ('column keto_relation_tuples.namespace_id', 'table keto_relation_tuples has no column namespace_id', 2),
          ('column keto_relation_tuples.nid', 'table keto_relation_tuples has no column nid', 2),
          ('column keto_relation_tuples.object', 'table keto_relation_tuples has no column object', 2),
          ('column keto_relation_tuples.relation', 'table keto_relation_tuples has no column relation', 2),
          ('column keto_relation_tuples.shard_id', 'table keto_relation_tuples has no column shard_id', 2),
          ('column keto_relation_tuples.subject_id', 'table keto_relation_tuples has no column subject_id', 2),
          ('column keto_relation_tuples.subject_set_namespace_id', 'table keto_relation_tuples has no column subject_set_namespace_id', 2),
          ('column keto_relation_tuples.subject_set_object', 'table keto_relation_tuples has no column subject_set_object', 2),
          ('column keto_relation_tuples.subject_set_relation', 'table keto_relation_tuples has no column subject_set_relation', 2),
          ('column networks.created_at', 'table networks has no column created_at', 2),
          ('column networks.id', 'table networks has no column id', 2),
          ('column networks.updated_at', 'table networks has no column updated_at', 2),
          ('column schema_migration.version', 'table schema_migration has no column version', 3),
          ('column schema_migration.version_self', 'table schema_migration has no column version_self', 3),
          ('constraint keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_pkey', 'table keto_0000000001_relation_tuples has no constraint keto_0000000001_relation_tuples_pkey', 3),
          ('constraint keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_pkey', 'table keto_0000000002_relation_tuples has no constraint keto_0000000002_relation_tuples_pkey', 3),
          ('constraint keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_pkey', 'table keto_0000000003_relation_tuples has no constraint keto_0000000003_relation_tuples_pkey', 3),
          ('constraint keto_namespace.keto_namespace_pkey', 'table keto_namespace has no constraint keto_namespace_pkey', 3),
          ('constraint keto_relation_tuples.chk_keto_rt_subject_type', 'table keto_relation_tuples has no constraint chk_keto_rt_subject_type', 2),
          ('constraint keto_relation_tuples.keto_relation_tuples_pkey', 'table keto_relation_tuples has no constraint keto_relation_tuples_pkey', 2),
          ('constraint networks.networks_pkey', 'table networks has no constraint networks_pkey', 2),
          ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx', 3),
          ('index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx', 3),
          ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx', 3),
          ('index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx', 3),
          ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx', 3),
          ('index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx', 3),
          ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx', 3),
          ('index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx', 3),
          ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx', 3),
          ('index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx', 3),
          ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx', 3),
          ('index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx', 3),
          ('index keto_relation_tuples.keto_relation_tuples_full_idx', 'table keto_relation_tuples has no index keto_relation_tuples_full_idx', 2),
          ('index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_ids_idx', 2),
          ('index keto_relation_tuples.keto_relation_tuples_subject_sets_idx', 'table keto_relation_tuples has no index keto_relation_tuples_subject_sets_idx', 2),
          ('index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx', 3),
          ('index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx', 3),
          ('table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing', 3),
          ('table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing', 3),
          ('table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing', 3),
          ('table keto_namespace', 'table keto_namespace is missing', 3),
          ('table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing', 3),
          ('table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing', 3),
          ('table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing', 3),
          ('table keto_relation_tuples', 'table keto_relation_tuples is missing', 2),
          ('table networks', 'table networks is missing', 2),
          ('table schema_migration', 'table schema_migration is missing', 3)),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint keto_relation_tuples.chk_keto_rt_subject_type', 'constraint keto_relation_tuples.keto_relation_tuples_pkey', 'constraint networks.networks_pkey', 'index keto_relation_tuples.keto_relation_tuples_full_idx', 'index keto_relation_tuples.keto_relation_tuples_subject_ids_idx', 'index keto_relation_tuples.keto_relation_tuples_subject_sets_idx') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at keto 0.6, at 0.7, nor between them on this script''s path: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile keto <its version> 0.7), or run this one on the keto 0.6 database it was made for.';
  END IF;
  PERFORM set_config('plan.target_80c5674476e847ab', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: keto 0.6 → 0.7: the database was at 0.7 already: nothing to do' END, false);
END
$plan$;
DO $plan$
BEGIN
  IF current_setting('plan.at_start', true) <> '' THEN
    IF (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND EXISTS (SELECT 1 FROM keto_0000000001_relation_tuples AS src WHERE NOT (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE) OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM keto_relation_tuples AS dst WHERE dst.shard_id = CAST(md5((CAST(length(CAST(1 AS text)) AS text) || ':' || CAST(1 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid) AND dst.nid = '6b65746f-0000-4000-8000-000000000001'))) OR (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND EXISTS (SELECT 1 FROM keto_0000000002_relation_tuples AS src WHERE NOT (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE) OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM keto_relation_tuples AS dst WHERE dst.shard_id = CAST(md5((CAST(length(CAST(2 AS text)) AS text) || ':' || CAST(2 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid) AND dst.nid = '6b65746f-0000-4000-8000-000000000001'))) OR (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND EXISTS (SELECT 1 FROM keto_0000000003_relation_tuples AS src WHERE NOT (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE) OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM keto_relation_tuples AS dst WHERE dst.shard_id = CAST(md5((CAST(length(CAST(3 AS text)) AS text) || ':' || CAST(3 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid) AND dst.nid = '6b65746f-0000-4000-8000-000000000001'))) OR (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20150100000001000000')) OR (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20201110175414000000')) OR (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20201110175414000001')) OR (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000000')) OR (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000001')) OR (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000002')) OR (NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')) THEN
      PERFORM set_config('plan.at_start', '', false);
    END IF;
  END IF;
END
$plan$;
-- index names: the indexes this script creates (keto_relation_tuples_full_idx, keto_relation_tuples_subject_ids_idx, keto_relation_tuples_subject_sets_idx) take names unique across the schema: the script stops before any change when an object that is not an index of a keto table holds one
DO $plan$
DECLARE
  m text;
BEGIN
  SELECT CASE c.relkind WHEN 'i' THEN 'an index' WHEN 'I' THEN 'an index' WHEN 'r' THEN 'a table' WHEN 'p' THEN 'a table' WHEN 'v' THEN 'a view' WHEN 'm' THEN 'a materialized view' WHEN 'S' THEN 'a sequence' WHEN 'f' THEN 'a foreign table' ELSE 'a relation' END || ' ' || c.relname || COALESCE(' on table ' || t.relname, '') || ' exists; keto''s index ' || v.name || ' on ' || v.tbl || ' needs that name (PostgreSQL''s index names are unique across the schema, and the script drops nothing it does not own): rename or drop it, then run this script again. Nothing was changed.'
    INTO m
    FROM (VALUES ('keto_relation_tuples_full_idx', 'keto_relation_tuples', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_relation_tuples_subject_ids_idx', 'keto_relation_tuples', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('keto_relation_tuples_subject_sets_idx', 'keto_relation_tuples', (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))) v(name, tbl, nsp)
    JOIN pg_class c ON c.relname = v.name AND c.relnamespace = v.nsp
    LEFT JOIN pg_index x ON x.indexrelid = c.oid
    LEFT JOIN pg_class t ON t.oid = x.indrelid
    WHERE NOT (c.relkind IN ('i', 'I') AND t.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration'))
    ORDER BY v.name LIMIT 1;
  IF m IS NOT NULL THEN
    RAISE EXCEPTION '%', 'plan stopped: ' || m;
  END IF;
END
$plan$;

-- what the tables this script creates take from the product tables already here (see the header)
DO $plan$
BEGIN
  PERFORM set_config('plan.owner', COALESCE((SELECT r.rolname::text FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
    WHERE c.oid IN (to_regclass('schema_migration'), to_regclass('keto_namespace'), to_regclass('keto_namespace_0000000001_migrations'), to_regclass('keto_namespace_0000000002_migrations'), to_regclass('keto_namespace_0000000003_migrations'), to_regclass('keto_0000000001_relation_tuples'), to_regclass('keto_0000000002_relation_tuples'), to_regclass('keto_0000000003_relation_tuples'))
    GROUP BY r.rolname ORDER BY count(*) DESC, r.rolname LIMIT 1), ''), true);
END
$plan$;

-- ================================================================================================
-- keto 0.6 → 0.7: Keto v0.7 keeps every namespace's tuples in one table, keto_relation_tuples, keyed by network: the schema keto migrate up makes, and the move keto namespace migrate legacy makes, in SQL; the legacy tables stay for a rollback
-- source: plans/keto/0.6-0.7.yaml
-- ================================================================================================
-- 0.6 → 0.7 · 1/15 · manual step
-- MANUAL STEP (not done by this script):
--   before the script, as a superuser: CREATE ROLE keto_new LOGIN PASSWORD '<secret>'; then make
--   keto read-only for the move: REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA
--   <Keto's schema> FROM keto (Keto v0.6's write API fails from then on, its read API works). Run
--   this script as a superuser: keto can no longer write

-- 0.6 → 0.7 · 2/15 · check: a table keto_<id>_relation_tuples exists for an id not in --param namespaces: give every namespace of Keto's configuration, or its tuples stay behind
-- locks: no table
DO $plan$
BEGIN
  IF to_regclass('networks') IS NULL THEN
  IF NOT (NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname LIKE 'keto!_%!_relation!_tuples' ESCAPE '!' AND c.relname NOT IN ('schema_migration', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples'))) THEN
      RAISE EXCEPTION '%', 'plan stopped: a table keto_<id>_relation_tuples exists for an id not in --param namespaces: give every namespace of Keto''s configuration, or its tuples stay behind' || COALESCE(' (tables named keto_*_relation_tuples: ' || ((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST((SELECT string_agg(c.relname::text, ', ' ORDER BY c.relname::text COLLATE "C") FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname LIKE 'keto!_%!_relation!_tuples' ESCAPE '!' AND c.relname NOT IN ('schema_migration', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples')) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t)) || ')', '');
    END IF;
  END IF;
END
$plan$;

-- 0.6 → 0.7 · 3/15 · create table networks
-- locks: networks: new in this script
DO $plan$
BEGIN
  IF to_regclass('networks') IS NULL THEN
    CREATE TABLE networks (
      id UUID NOT NULL,
      created_at TIMESTAMP NOT NULL,
      updated_at TIMESTAMP NOT NULL,
      CONSTRAINT networks_pkey PRIMARY KEY (id)
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('networks'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 0.6 → 0.7 · 4/15 · insert 1 row into networks
-- why: Keto takes the oldest row of networks as its network (networkx Determine) and makes one on its first start when there is none: this one, written here, keys the moved tuples
-- locks: networks: new in this script
DO $plan$
BEGIN
  IF to_regclass('keto_relation_tuples') IS NULL THEN
    IF NOT EXISTS (SELECT 1 FROM networks WHERE id = '6b65746f-0000-4000-8000-000000000001') THEN
      INSERT INTO networks (id, created_at, updated_at) SELECT '6b65746f-0000-4000-8000-000000000001', '2021-06-23 16:24:17', '2021-06-23 16:24:17' WHERE NOT EXISTS (SELECT 1 FROM networks WHERE id = '6b65746f-0000-4000-8000-000000000001');
    END IF;
  END IF;
END
$plan$;

-- 0.6 → 0.7 · 5/15 · create table keto_relation_tuples
-- locks: keto_relation_tuples: new in this script
DO $plan$
BEGIN
  IF to_regclass('keto_relation_tuples') IS NULL THEN
    CREATE TABLE keto_relation_tuples (
      shard_id UUID NOT NULL,
      nid UUID NOT NULL,
      namespace_id INTEGER NOT NULL,
      object VARCHAR(64) NOT NULL,
      relation VARCHAR(64) NOT NULL,
      subject_id VARCHAR(64),
      subject_set_namespace_id INTEGER,
      subject_set_object VARCHAR(64),
      subject_set_relation VARCHAR(64),
      commit_time TIMESTAMP NOT NULL,
      CONSTRAINT keto_relation_tuples_pkey PRIMARY KEY (shard_id, nid),
      CONSTRAINT chk_keto_rt_subject_type CHECK (((subject_id IS NULL) AND (subject_set_namespace_id IS NOT NULL) AND (subject_set_object IS NOT NULL) AND (subject_set_relation IS NOT NULL)) OR ((subject_id IS NOT NULL) AND (subject_set_namespace_id IS NULL) AND (subject_set_object IS NULL) AND (subject_set_relation IS NULL)))
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('keto_relation_tuples'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 0.6 → 0.7 · 6/15 · create index keto_relation_tuples_subject_ids_idx on keto_relation_tuples
-- locks: keto_relation_tuples: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_relation_tuples') AND c.relname = 'keto_relation_tuples_subject_ids_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_relation_tuples_subject_ids_idx ON keto_relation_tuples USING btree (nid, namespace_id, object, relation, subject_id) WHERE ((subject_set_namespace_id IS NULL) AND (subject_set_object IS NULL) AND (subject_set_relation IS NULL))') THEN
    DROP INDEX IF EXISTS keto_relation_tuples_subject_ids_idx;
    CREATE INDEX keto_relation_tuples_subject_ids_idx ON keto_relation_tuples (nid, namespace_id, object, relation, subject_id) WHERE ((subject_set_namespace_id IS NULL) AND (subject_set_object IS NULL) AND (subject_set_relation IS NULL));
  END IF;
END
$plan$;

-- 0.6 → 0.7 · 7/15 · create index keto_relation_tuples_subject_sets_idx on keto_relation_tuples
-- locks: keto_relation_tuples: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_relation_tuples') AND c.relname = 'keto_relation_tuples_subject_sets_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_relation_tuples_subject_sets_idx ON keto_relation_tuples USING btree (nid, namespace_id, object, relation, subject_set_namespace_id, subject_set_object, subject_set_relation) WHERE (subject_id IS NULL)') THEN
    DROP INDEX IF EXISTS keto_relation_tuples_subject_sets_idx;
    CREATE INDEX keto_relation_tuples_subject_sets_idx ON keto_relation_tuples (nid, namespace_id, object, relation, subject_set_namespace_id, subject_set_object, subject_set_relation) WHERE (subject_id IS NULL);
  END IF;
END
$plan$;

-- 0.6 → 0.7 · 8/15 · create index keto_relation_tuples_full_idx on keto_relation_tuples
-- locks: keto_relation_tuples: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('keto_relation_tuples') AND c.relname = 'keto_relation_tuples_full_idx' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX keto_relation_tuples_full_idx ON keto_relation_tuples USING btree (nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time)') THEN
    DROP INDEX IF EXISTS keto_relation_tuples_full_idx;
    CREATE INDEX keto_relation_tuples_full_idx ON keto_relation_tuples (nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time);
  END IF;
END
$plan$;

-- 0.6 → 0.7 · 9/15 · copy rows from keto_0000000001_relation_tuples into keto_relation_tuples
-- locks: keto_relation_tuples: new in this script | keto_0000000001_relation_tuples: ACCESS SHARE, read; reads every row
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND EXISTS (SELECT 1 FROM keto_0000000001_relation_tuples AS src WHERE NOT (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE) OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM keto_relation_tuples AS dst WHERE dst.shard_id = CAST(md5((CAST(length(CAST(1 AS text)) AS text) || ':' || CAST(1 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid) AND dst.nid = '6b65746f-0000-4000-8000-000000000001')) THEN
      INSERT INTO keto_relation_tuples (shard_id, nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time)
    SELECT CAST(md5((CAST(length(CAST(1 AS text)) AS text) || ':' || CAST(1 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid), '6b65746f-0000-4000-8000-000000000001', 1, src.object, src.relation, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 0 THEN src.subject END, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 1 THEN CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END END, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 1 THEN CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END END, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 1 THEN CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END END, src.commit_time
    FROM keto_0000000001_relation_tuples AS src
    WHERE NOT (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE) OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM keto_relation_tuples AS dst WHERE dst.shard_id = CAST(md5((CAST(length(CAST(1 AS text)) AS text) || ':' || CAST(1 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid) AND dst.nid = '6b65746f-0000-4000-8000-000000000001');
    END IF;
END
$plan$;

-- 0.6 → 0.7 · 10/15 · copy rows from keto_0000000002_relation_tuples into keto_relation_tuples
-- locks: keto_relation_tuples: new in this script | keto_0000000002_relation_tuples: ACCESS SHARE, read; reads every row
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND EXISTS (SELECT 1 FROM keto_0000000002_relation_tuples AS src WHERE NOT (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE) OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM keto_relation_tuples AS dst WHERE dst.shard_id = CAST(md5((CAST(length(CAST(2 AS text)) AS text) || ':' || CAST(2 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid) AND dst.nid = '6b65746f-0000-4000-8000-000000000001')) THEN
      INSERT INTO keto_relation_tuples (shard_id, nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time)
    SELECT CAST(md5((CAST(length(CAST(2 AS text)) AS text) || ':' || CAST(2 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid), '6b65746f-0000-4000-8000-000000000001', 2, src.object, src.relation, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 0 THEN src.subject END, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 1 THEN CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END END, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 1 THEN CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END END, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 1 THEN CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END END, src.commit_time
    FROM keto_0000000002_relation_tuples AS src
    WHERE NOT (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE) OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM keto_relation_tuples AS dst WHERE dst.shard_id = CAST(md5((CAST(length(CAST(2 AS text)) AS text) || ':' || CAST(2 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid) AND dst.nid = '6b65746f-0000-4000-8000-000000000001');
    END IF;
END
$plan$;

-- 0.6 → 0.7 · 11/15 · copy rows from keto_0000000003_relation_tuples into keto_relation_tuples
-- locks: keto_relation_tuples: new in this script | keto_0000000003_relation_tuples: ACCESS SHARE, read; reads every row
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND EXISTS (SELECT 1 FROM keto_0000000003_relation_tuples AS src WHERE NOT (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE) OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM keto_relation_tuples AS dst WHERE dst.shard_id = CAST(md5((CAST(length(CAST(3 AS text)) AS text) || ':' || CAST(3 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid) AND dst.nid = '6b65746f-0000-4000-8000-000000000001')) THEN
      INSERT INTO keto_relation_tuples (shard_id, nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time)
    SELECT CAST(md5((CAST(length(CAST(3 AS text)) AS text) || ':' || CAST(3 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid), '6b65746f-0000-4000-8000-000000000001', 3, src.object, src.relation, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 0 THEN src.subject END, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 1 THEN CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END END, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 1 THEN CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END END, CASE WHEN (length(src.subject) - length(replace(src.subject, '#', ''))) = 1 THEN CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END END, src.commit_time
    FROM keto_0000000003_relation_tuples AS src
    WHERE NOT (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE) OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE) OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM keto_relation_tuples AS dst WHERE dst.shard_id = CAST(md5((CAST(length(CAST(3 AS text)) AS text) || ':' || CAST(3 AS text) || CAST(length(CAST(src.object AS text)) AS text) || ':' || CAST(src.object AS text) || CAST(length(CAST(src.relation AS text)) AS text) || ':' || CAST(src.relation AS text) || CAST(length(CAST(src.subject AS text)) AS text) || ':' || CAST(src.subject AS text) || CAST(length(CAST(src.commit_time AS text)) AS text) || ':' || CAST(src.commit_time AS text))) AS uuid) AND dst.nid = '6b65746f-0000-4000-8000-000000000001');
    END IF;
END
$plan$;

-- 0.6 → 0.7 · 12/15 · insert 5 rows into schema_migration
-- why: what keto migrate up records for networks, the two versions v0.6 applied under its 14-digit one, and the new table with its MySQL index (20210914134624000000, the legacy clean-up, is the 0.7-cleanup stage's)
-- locks: schema_migration: ROW EXCLUSIVE, rows
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20150100000001000000') THEN
      INSERT INTO schema_migration (version, version_self) SELECT '20150100000001000000', 0 WHERE NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20150100000001000000');
    END IF;
END
$plan$;
-- locks: schema_migration: ROW EXCLUSIVE, rows
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20201110175414000000') THEN
      INSERT INTO schema_migration (version, version_self) SELECT '20201110175414000000', 0 WHERE NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20201110175414000000');
    END IF;
END
$plan$;
-- locks: schema_migration: ROW EXCLUSIVE, rows
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20201110175414000001') THEN
      INSERT INTO schema_migration (version, version_self) SELECT '20201110175414000001', 0 WHERE NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20201110175414000001');
    END IF;
END
$plan$;
-- locks: schema_migration: ROW EXCLUSIVE, rows
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000000') THEN
      INSERT INTO schema_migration (version, version_self) SELECT '20210623162417000000', 0 WHERE NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000000');
    END IF;
END
$plan$;
-- locks: schema_migration: ROW EXCLUSIVE, rows
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000001') THEN
      INSERT INTO schema_migration (version, version_self) SELECT '20210623162417000001', 0 WHERE NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000001');
    END IF;
END
$plan$;

-- 0.6 → 0.7 · 13/15 · insert 2 rows into schema_migration
-- why: the partial indexes, which MySQL has no migration for
-- locks: schema_migration: ROW EXCLUSIVE, rows
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003')
    AND NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000002') THEN
      INSERT INTO schema_migration (version, version_self) SELECT '20210623162417000002', 0 WHERE NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000002');
    END IF;
END
$plan$;
-- locks: schema_migration: ROW EXCLUSIVE, rows
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003') THEN
      INSERT INTO schema_migration (version, version_self) SELECT '20210623162417000003', 0 WHERE NOT EXISTS (SELECT 1 FROM schema_migration WHERE version = '20210623162417000003');
    END IF;
END
$plan$;

-- 0.6 → 0.7 · 14/15 · manual step
-- MANUAL STEP (not done by this script):
--   after the script: list the tuples it left out (the header's report: line is the command, with
--   this script's parameters) and recreate them through Keto v0.7's API once it runs; do not run
--   keto namespace migrate legacy, which would copy every tuple again under new ids

-- 0.6 → 0.7 · 15/15 · manual step
-- MANUAL STEP (not done by this script):
--   after the script, as a superuser: REASSIGN OWNED BY keto TO keto_new; GRANT ALL ON ALL TABLES IN
--   SCHEMA <Keto's schema> TO keto_new (the tables, the legacy ones too, now belong to keto_new, and
--   the revoke of the first step went with them); start Keto v0.7 as keto_new, route the traffic to
--   it, stop Keto v0.6

-- the end: the database is at 0.7, or the script stops here and everything this run did is rolled back
DO $plan$
DECLARE
  problem text;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind = 'table' THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END AS def FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))) r),
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_80c5674476e847ab', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_80c5674476e847ab', true), '')::json -> 'r') e),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('') AND a.k IS NULL THEN 1 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, 1 FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1
  INTO problem;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at keto 0.7 at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect keto names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: keto 0.6 → 0.7 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: keto 0.6 → 0.7: the database was at 0.7 already: nothing to do' THEN 'plan: keto 0.6 → 0.7: the database was at 0.7 already: nothing to do' ELSE 'plan: keto 0.6 → 0.7 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: keto 0.6 → 0.7 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
