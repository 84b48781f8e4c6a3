-- plan 0.1.0 · logto 1.41-imported → 1.41 · postgres · rollback
-- what:     this script rolls a logto database back from 1.41-imported to 1.41 on PostgreSQL (generated from the plans listed below)
-- stop:     first, before the backup: Logto's sign-ins and its admin console (the rollback deletes the users the import made)
-- backup:   then: pg_dump --format=custom --file=logto-1.41-imported-before.dump.partial DATABASE && mv logto-1.41-imported-before.dump.partial logto-1.41-imported-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE logto-1.41-imported-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f down.sql
-- start:    after applying: Logto, and the old application's sign-ups if it is to keep its users
-- reverse:  npx plan compile logto 1.41 1.41-imported --dialect postgres -o up.sql
-- this rollback drops: table plan_imported_users, and the data in it
-- this rollback deletes: the users rows the import made (their keys are in plan_imported_users), and nothing else of users
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/logto/product.yaml plans/logto/1.41-1.41-imported.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/logto/product.yaml c8f8a0ce9a5c54cfe01122a9fc6c2b2c82753411684b5c28915d9298eced365d
--   plans/logto/1.41-1.41-imported.yaml d42ae68947ede253faa6aaf183d0c6149caf216ef04b329f8a2e560163864916
--   schema at 1.41 replayed from 1 plan (plans/logto/0-1.41.yaml …) 2e10fd966d1f7ee3e93b539e1e5ac32aed2c14416cef7956562e2bc2d027b51b
--     (check: cat plans/logto/0-1.41.yaml > /dev/null && for f in plans/logto/0-1.41.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- lock:     lock_timeout = '5s' (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.
-- statement: no statement_timeout (npx plan compile --statement-timeout <duration> sets one).
-- timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it starts again from where the database is.
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   users: ROW EXCLUSIVE from 1.41-imported → 1.41 · 1/3 · delete the rows plan_imported_users records from users
--   plan_imported_users: ACCESS EXCLUSIVE from 1.41-imported → 1.41 · 2/3 · drop table plan_imported_users — blocks reads and writes (ACCESS SHARE from 1.41-imported → 1.41 · 1/3)
-- MANUAL STEPS (2), not done by this script:
--   1. [1.41-imported → 1.41] before this rollback: the imported users are deleted, and with them what Logto attached to them since through its foreign keys (roles, organization memberships, sessions…); users who set a new password in Logto lose it
--   2. [1.41-imported → 1.41] Only if this script stops at its check for foreign keys of tables outside logto onto the key it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).

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

-- check that the database is at 1.41-imported, at 1.41, or between them on this script's path (a resumed run)
DO $plan$
DECLARE
  problem text;
  kept text;
  off_target boolean;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind IN ('table', 'enum_type') THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END || '' AS def FROM pg_class c WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND c.relkind IN ('r', 'p') AND c.relname IN ('plan_imported_users', 'tenants', 'users', 'users_password_encryption_method')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, (SELECT CASE WHEN ty.typtype = 'e' THEN quote_ident(ty.typname::text) ELSE format_type(a.atttypid, a.atttypmod) END FROM pg_type ty WHERE ty.oid = a.atttypid) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND c.relkind IN ('r', 'p') AND c.relname IN ('plan_imported_users', 'tenants', 'users', 'users_password_encryption_method')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND c.relkind IN ('r', 'p') AND c.relname IN ('plan_imported_users', 'tenants', 'users', 'users_password_encryption_method') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND c.relkind IN ('r', 'p') AND c.relname IN ('plan_imported_users', 'tenants', 'users', 'users_password_encryption_method') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))
        UNION ALL SELECT 'enum_type', t.typname::text, '', (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) || '' FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND t.typname IN ('plan_imported_users', 'tenants', 'users', 'users_password_encryption_method')) r),
      allowed(k, def, f) AS (VALUES ('column plan_imported_users.id', 'character varying(12) NOT NULL', 1),
          ('column tenants.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column tenants.db_user', 'character varying(128)', 3),
          ('column tenants.db_user_password', 'character varying(128)', 3),
          ('column tenants.id', 'character varying(21) NOT NULL', 3),
          ('column tenants.is_suspended', 'boolean NOT NULL DEFAULT false', 3),
          ('column tenants.name', 'character varying(128) NOT NULL DEFAULT ''My Project''::character varying', 3),
          ('column tenants.tag', 'character varying(64) NOT NULL DEFAULT ''development''::character varying', 3),
          ('column users.application_id', 'character varying(21)', 3),
          ('column users.avatar', 'character varying(2048)', 3),
          ('column users.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column users.custom_data', 'jsonb NOT NULL DEFAULT ''{}''::jsonb', 3),
          ('column users.id', 'character varying(12) NOT NULL', 3),
          ('column users.identities', 'jsonb NOT NULL DEFAULT ''{}''::jsonb', 3),
          ('column users.is_password_expired', 'boolean NOT NULL DEFAULT false', 3),
          ('column users.is_suspended', 'boolean NOT NULL DEFAULT false', 3),
          ('column users.last_sign_in_at', 'timestamp with time zone', 3),
          ('column users.logto_config', 'jsonb NOT NULL DEFAULT ''{}''::jsonb', 3),
          ('column users.mfa_verifications', 'jsonb NOT NULL DEFAULT ''[]''::jsonb', 3),
          ('column users.name', 'character varying(128)', 3),
          ('column users.password_encrypted', 'character varying(256)', 3),
          ('column users.password_encryption_method', 'users_password_encryption_method', 3),
          ('column users.password_updated_at', 'timestamp with time zone', 3),
          ('column users.primary_email', 'character varying(128)', 3),
          ('column users.primary_phone', 'character varying(128)', 3),
          ('column users.profile', 'jsonb NOT NULL DEFAULT ''{}''::jsonb', 3),
          ('column users.tenant_id', 'character varying(21) NOT NULL', 3),
          ('column users.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column users.username', 'character varying(128)', 3),
          ('constraint plan_imported_users.plan_imported_users_pkey', 'PRIMARY KEY (id)', 1),
          ('constraint tenants.tenants__db_user', 'UNIQUE (db_user)', 3),
          ('constraint tenants.tenants_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint users.users__primary_email', 'UNIQUE (tenant_id, primary_email)', 3),
          ('constraint users.users__primary_phone', 'UNIQUE (tenant_id, primary_phone)', 3),
          ('constraint users.users__username', 'UNIQUE (tenant_id, username)', 3),
          ('constraint users.users_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint users.users_tenant_id_fkey', 'FOREIGN KEY (tenant_id) REFERENCES tenants(id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('enum_type users_password_encryption_method', 'ENUM (''Argon2i'', ''Argon2id'', ''Argon2d'', ''SHA1'', ''SHA256'', ''MD5'', ''Bcrypt'', ''Legacy'')', 3),
          ('index users.users__id', 'CREATE UNIQUE INDEX users__id ON users USING btree (tenant_id, id)', 3),
          ('index users.users__name', 'CREATE INDEX users__name ON users USING btree (tenant_id, name)', 3),
          ('index users.users__tenant_lower_username', 'CREATE INDEX users__tenant_lower_username ON users USING btree (tenant_id, lower((username)::text)) WHERE (username IS NOT NULL)', 3),
          ('index users.users_mfa_verifications_gin', 'CREATE INDEX users_mfa_verifications_gin ON users USING gin (mfa_verifications jsonb_path_ops)', 3),
          ('table plan_imported_users', 'present', 1),
          ('table tenants', 'present', 3),
          ('table users', 'present', 3)),
      required(k, m, f) AS (VALUES ('column tenants.created_at', 'table tenants has no column created_at', 3),
          ('column tenants.db_user', 'table tenants has no column db_user', 3),
          ('column tenants.db_user_password', 'table tenants has no column db_user_password', 3),
          ('column tenants.id', 'table tenants has no column id', 3),
          ('column tenants.is_suspended', 'table tenants has no column is_suspended', 3),
          ('column tenants.name', 'table tenants has no column name', 3),
          ('column tenants.tag', 'table tenants has no column tag', 3),
          ('column users.application_id', 'table users has no column application_id', 3),
          ('column users.avatar', 'table users has no column avatar', 3),
          ('column users.created_at', 'table users has no column created_at', 3),
          ('column users.custom_data', 'table users has no column custom_data', 3),
          ('column users.id', 'table users has no column id', 3),
          ('column users.identities', 'table users has no column identities', 3),
          ('column users.is_password_expired', 'table users has no column is_password_expired', 3),
          ('column users.is_suspended', 'table users has no column is_suspended', 3),
          ('column users.last_sign_in_at', 'table users has no column last_sign_in_at', 3),
          ('column users.logto_config', 'table users has no column logto_config', 3),
          ('column users.mfa_verifications', 'table users has no column mfa_verifications', 3),
          ('column users.name', 'table users has no column name', 3),
          ('column users.password_encrypted', 'table users has no column password_encrypted', 3),
          ('column users.password_encryption_method', 'table users has no column password_encryption_method', 3),
          ('column users.password_updated_at', 'table users has no column password_updated_at', 3),
          ('column users.primary_email', 'table users has no column primary_email', 3),
          ('column users.primary_phone', 'table users has no column primary_phone', 3),
          ('column users.profile', 'table users has no column profile', 3),
          ('column users.tenant_id', 'table users has no column tenant_id', 3),
          ('column users.updated_at', 'table users has no column updated_at', 3),
          ('column users.username', 'table users has no column username', 3),
          ('constraint tenants.tenants__db_user', 'table tenants has no constraint tenants__db_user', 3),
          ('constraint tenants.tenants_pkey', 'table tenants has no constraint tenants_pkey', 3),
          ('constraint users.users__primary_email', 'table users has no constraint users__primary_email', 3),
          ('constraint users.users__primary_phone', 'table users has no constraint users__primary_phone', 3),
          ('constraint users.users__username', 'table users has no constraint users__username', 3),
          ('constraint users.users_pkey', 'table users has no constraint users_pkey', 3),
          ('constraint users.users_tenant_id_fkey', 'table users has no constraint users_tenant_id_fkey', 3),
          ('enum_type users_password_encryption_method', 'enum type users_password_encryption_method is missing', 3),
          ('index users.users__id', 'table users has no index users__id', 3),
          ('index users.users__name', 'table users has no index users__name', 3),
          ('index users.users__tenant_lower_username', 'table users has no index users__tenant_lower_username', 3),
          ('index users.users_mfa_verifications_gin', 'table users has no index users_mfa_verifications_gin', 3),
          ('table tenants', 'table tenants is missing', 3),
          ('table users', 'table users is missing', 3)),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' || replace(f.def, 'present', '') WHEN f.kind = 'enum_type' THEN 'enum type ' || f.tbl || ' is ' || f.def ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint plan_imported_users.plan_imported_users_pkey') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)
    UNION ALL
    SELECT 0, 'table ' || f.tbl || ' exists in more than one schema (' || string_agg(CASE WHEN f.def LIKE '% in %' THEN substr(f.def, strpos(f.def, ' in ') + 4) ELSE 'the main one' END, ', ' ORDER BY f.def) || ')', CASE WHEN TRUE THEN 1 ELSE 0 END + CASE WHEN TRUE THEN 2 ELSE 0 END FROM found f WHERE f.kind = 'table' GROUP BY f.tbl HAVING count(*) > 1) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at logto 1.41-imported, at 1.41, nor between them on this script''s path: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile logto <its version> 1.41), or run this one on the logto 1.41-imported database it was made for.';
  END IF;
  PERFORM set_config('plan.target_e4b5ebc7ecd691fc', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: logto 1.41-imported → 1.41: the database was at 1.41 already: nothing to do' END, false);
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
        WHEN k.confrelid = to_regclass('plan_imported_users')
          AND to_regclass('plan_imported_users') IS NOT NULL
        THEN 'after this script there is no table plan_imported_users: drop the foreign key for good, or point it at another table'
        END AS note
      FROM (
        SELECT c.oid, c.conname, c.conrelid, c.confrelid,
          ARRAY(SELECT a.attname::text FROM unnest(c.confkey) x(n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS colset,
          (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.i) FROM unnest(c.confkey) WITH ORDINALITY x(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS cols
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid IN (to_regclass('plan_imported_users'))
      ) k
      WHERE TRUE AND NOT EXISTS (SELECT 1 FROM (VALUES (to_regclass('users'), 'users_tenant_id_fkey')) kn(r, n) WHERE kn.r = k.conrelid AND kn.n = k.conname)
    ) f
    WHERE f.note IS NOT NULL;
  IF refs IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'foreign keys of tables outside logto reference keys that logto 1.41-imported → 1.41 drops or replaces, and PostgreSQL refuses to drop a key while a foreign key depends on it: ' || refs || '. Nothing was changed.'
      USING DETAIL = 'Drop them before running this script:' || chr(10) || drops || chr(10) || 'and re-create them once it has run:' || chr(10) || creates || chr(10) || notes,
            HINT = 'Run the DROP commands, then this script, then the re-create commands (changed as the notes say where a key changed its columns).';
  END IF;
END
$plan$;

-- ================================================================================================
-- logto 1.41-imported → 1.41 (rollback): The users of an existing user table imported into Logto's users, re-runnably: each row goes in unless it would repeat a username or e-mail (compared lower-case, as Logto finds users), phone, social identity or id of a Logto user or of an earlier source row, has a value longer than Logto's column, or a password hash Logto cannot verify; those stay out and the report lists them with the reason. The id of every user made is recorded in plan_imported_users, by which the rollback deletes those users and no other
-- source: plans/logto/1.41-1.41-imported.yaml
-- ================================================================================================
-- 1.41-imported → 1.41 · 1/3 · delete the rows plan_imported_users records from users
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: ACCESS SHARE, read
DO $plan$
BEGIN
  IF to_regclass('plan_imported_users') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM users WHERE EXISTS (SELECT 1 FROM plan_imported_users AS rec WHERE rec.id = users.id)) THEN
      DELETE FROM users WHERE EXISTS (SELECT 1 FROM plan_imported_users AS rec WHERE rec.id = users.id);
    END IF;
  END IF;
END
$plan$;

-- 1.41-imported → 1.41 · 2/3 · drop table plan_imported_users
-- locks: plan_imported_users: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('plan_imported_users') IS NOT NULL THEN
    DROP TABLE plan_imported_users;
  END IF;
END
$plan$;

-- 1.41-imported → 1.41 · 3/3 · manual step
-- MANUAL STEP (not done by this script):
--   before this rollback: the imported users are deleted, and with them what Logto attached to them
--   since through its foreign keys (roles, organization memberships, sessions…); users who set a new
--   password in Logto lose it

-- the end: the database is at 1.41, or the script stops here and everything this run did is rolled back
DO $plan$
DECLARE
  problem text;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind IN ('table', 'enum_type') THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END || '' AS def FROM pg_class c WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND c.relkind IN ('r', 'p') AND c.relname IN ('plan_imported_users', 'tenants', 'users', 'users_password_encryption_method')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, (SELECT CASE WHEN ty.typtype = 'e' THEN quote_ident(ty.typname::text) ELSE format_type(a.atttypid, a.atttypmod) END FROM pg_type ty WHERE ty.oid = a.atttypid) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND c.relkind IN ('r', 'p') AND c.relname IN ('plan_imported_users', 'tenants', 'users', 'users_password_encryption_method')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND c.relkind IN ('r', 'p') AND c.relname IN ('plan_imported_users', 'tenants', 'users', 'users_password_encryption_method') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND c.relkind IN ('r', 'p') AND c.relname IN ('plan_imported_users', 'tenants', 'users', 'users_password_encryption_method') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))
        UNION ALL SELECT 'enum_type', t.typname::text, '', (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) || '' FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND t.typname IN ('plan_imported_users', 'tenants', 'users', 'users_password_encryption_method')) r),
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_e4b5ebc7ecd691fc', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_e4b5ebc7ecd691fc', true), '')::json -> 'r') e),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' || replace(f.def, 'present', '') WHEN f.kind = 'enum_type' THEN 'enum type ' || f.tbl || ' is ' || f.def ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('') AND a.k IS NULL THEN 1 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, 1 FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)
    UNION ALL
    SELECT 0, 'table ' || f.tbl || ' exists in more than one schema (' || string_agg(CASE WHEN f.def LIKE '% in %' THEN substr(f.def, strpos(f.def, ' in ') + 4) ELSE 'the main one' END, ', ' ORDER BY f.def) || ')', CASE WHEN TRUE THEN 1 ELSE 0 END FROM found f WHERE f.kind = 'table' GROUP BY f.tbl HAVING count(*) > 1) q WHERE c <> 0)
    SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1
  INTO problem;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at logto 1.41 at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect logto names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: logto 1.41-imported → 1.41 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: logto 1.41-imported → 1.41: the database was at 1.41 already: nothing to do' THEN 'plan: logto 1.41-imported → 1.41: the database was at 1.41 already: nothing to do' ELSE 'plan: logto 1.41-imported → 1.41 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: logto 1.41-imported → 1.41 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
