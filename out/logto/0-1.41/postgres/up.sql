-- plan 0.1.0 · logto 0 → 1.41 · postgres · fresh install
-- what:     this script creates the logto schema at 1.41 in an empty PostgreSQL database (generated from the plans listed below)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
-- start:    after applying: Logto
-- reverse:  npx plan compile logto 1.41 0 --dialect postgres -o down.sql
-- the rollback would drop: 2 tables tenants, users, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/logto/product.yaml plans/logto/0-1.41.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/logto/product.yaml c8f8a0ce9a5c54cfe01122a9fc6c2b2c82753411684b5c28915d9298eced365d
--   plans/logto/0-1.41.yaml 70e474914903c64ebe0eec90ede782d33ef480ca7351b4394283d636802ba435
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

-- check that the database is at 0, at 1.41, or between them on this script's path (a resumed run)
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
      allowed(k, def, f) AS (VALUES ('column tenants.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
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
          ('table tenants', 'present', 3),
          ('table users', 'present', 3)),
      required(k, m, f) AS (VALUES ('column tenants.created_at', 'table tenants has no column created_at', 2),
          ('column tenants.db_user', 'table tenants has no column db_user', 2),
          ('column tenants.db_user_password', 'table tenants has no column db_user_password', 2),
          ('column tenants.id', 'table tenants has no column id', 2),
          ('column tenants.is_suspended', 'table tenants has no column is_suspended', 2),
          ('column tenants.name', 'table tenants has no column name', 2),
          ('column tenants.tag', 'table tenants has no column tag', 2),
          ('column users.application_id', 'table users has no column application_id', 2),
          ('column users.avatar', 'table users has no column avatar', 2),
          ('column users.created_at', 'table users has no column created_at', 2),
          ('column users.custom_data', 'table users has no column custom_data', 2),
          ('column users.id', 'table users has no column id', 2),
          ('column users.identities', 'table users has no column identities', 2),
          ('column users.is_password_expired', 'table users has no column is_password_expired', 2),
          ('column users.is_suspended', 'table users has no column is_suspended', 2),
          ('column users.last_sign_in_at', 'table users has no column last_sign_in_at', 2),
          ('column users.logto_config', 'table users has no column logto_config', 2),
          ('column users.mfa_verifications', 'table users has no column mfa_verifications', 2),
          ('column users.name', 'table users has no column name', 2),
          ('column users.password_encrypted', 'table users has no column password_encrypted', 2),
          ('column users.password_encryption_method', 'table users has no column password_encryption_method', 2),
          ('column users.password_updated_at', 'table users has no column password_updated_at', 2),
          ('column users.primary_email', 'table users has no column primary_email', 2),
          ('column users.primary_phone', 'table users has no column primary_phone', 2),
          ('column users.profile', 'table users has no column profile', 2),
          ('column users.tenant_id', 'table users has no column tenant_id', 2),
          ('column users.updated_at', 'table users has no column updated_at', 2),
          ('column users.username', 'table users has no column username', 2),
          ('constraint tenants.tenants__db_user', 'table tenants has no constraint tenants__db_user', 2),
          ('constraint tenants.tenants_pkey', 'table tenants has no constraint tenants_pkey', 2),
          ('constraint users.users__primary_email', 'table users has no constraint users__primary_email', 2),
          ('constraint users.users__primary_phone', 'table users has no constraint users__primary_phone', 2),
          ('constraint users.users__username', 'table users has no constraint users__username', 2),
          ('constraint users.users_pkey', 'table users has no constraint users_pkey', 2),
          ('constraint users.users_tenant_id_fkey', 'table users has no constraint users_tenant_id_fkey', 2),
          ('enum_type users_password_encryption_method', 'enum type users_password_encryption_method is missing', 2),
          ('index users.users__id', 'table users has no index users__id', 2),
          ('index users.users__name', 'table users has no index users__name', 2),
          ('index users.users__tenant_lower_username', 'table users has no index users__tenant_lower_username', 2),
          ('index users.users_mfa_verifications_gin', 'table users has no index users_mfa_verifications_gin', 2),
          ('table tenants', 'table tenants is missing', 2),
          ('table users', 'table users is missing', 2)),
      implied(a, b, m) AS (VALUES ('table tenants', 'column tenants.created_at', 'table tenants has no column created_at, which this script creates together with table tenants'),
          ('column tenants.created_at', 'table tenants', 'table tenants is missing, which this script creates together with column created_at of table tenants'),
          ('table tenants', 'column tenants.db_user', 'table tenants has no column db_user, which this script creates together with table tenants'),
          ('column tenants.db_user', 'table tenants', 'table tenants is missing, which this script creates together with column db_user of table tenants'),
          ('table tenants', 'column tenants.db_user_password', 'table tenants has no column db_user_password, which this script creates together with table tenants'),
          ('column tenants.db_user_password', 'table tenants', 'table tenants is missing, which this script creates together with column db_user_password of table tenants'),
          ('table tenants', 'column tenants.id', 'table tenants has no column id, which this script creates together with table tenants'),
          ('column tenants.id', 'table tenants', 'table tenants is missing, which this script creates together with column id of table tenants'),
          ('table tenants', 'column tenants.is_suspended', 'table tenants has no column is_suspended, which this script creates together with table tenants'),
          ('column tenants.is_suspended', 'table tenants', 'table tenants is missing, which this script creates together with column is_suspended of table tenants'),
          ('table tenants', 'column tenants.name', 'table tenants has no column name, which this script creates together with table tenants'),
          ('column tenants.name', 'table tenants', 'table tenants is missing, which this script creates together with column name of table tenants'),
          ('table tenants', 'column tenants.tag', 'table tenants has no column tag, which this script creates together with table tenants'),
          ('column tenants.tag', 'table tenants', 'table tenants is missing, which this script creates together with column tag of table tenants'),
          ('table tenants', 'constraint tenants.tenants__db_user', 'table tenants has no constraint tenants__db_user, which this script creates together with table tenants'),
          ('table tenants', 'constraint tenants.tenants_pkey', 'table tenants has no constraint tenants_pkey, which this script creates together with table tenants'),
          ('table users', 'column users.application_id', 'table users has no column application_id, which this script creates together with table users'),
          ('column users.application_id', 'table users', 'table users is missing, which this script creates together with column application_id of table users'),
          ('table users', 'column users.avatar', 'table users has no column avatar, which this script creates together with table users'),
          ('column users.avatar', 'table users', 'table users is missing, which this script creates together with column avatar of table users'),
          ('table users', 'column users.created_at', 'table users has no column created_at, which this script creates together with table users'),
          ('column users.created_at', 'table users', 'table users is missing, which this script creates together with column created_at of table users'),
          ('table users', 'column users.custom_data', 'table users has no column custom_data, which this script creates together with table users'),
          ('column users.custom_data', 'table users', 'table users is missing, which this script creates together with column custom_data of table users'),
          ('table users', 'column users.id', 'table users has no column id, which this script creates together with table users'),
          ('column users.id', 'table users', 'table users is missing, which this script creates together with column id of table users'),
          ('table users', 'column users.identities', 'table users has no column identities, which this script creates together with table users'),
          ('column users.identities', 'table users', 'table users is missing, which this script creates together with column identities of table users'),
          ('table users', 'column users.is_password_expired', 'table users has no column is_password_expired, which this script creates together with table users'),
          ('column users.is_password_expired', 'table users', 'table users is missing, which this script creates together with column is_password_expired of table users'),
          ('table users', 'column users.is_suspended', 'table users has no column is_suspended, which this script creates together with table users'),
          ('column users.is_suspended', 'table users', 'table users is missing, which this script creates together with column is_suspended of table users'),
          ('table users', 'column users.last_sign_in_at', 'table users has no column last_sign_in_at, which this script creates together with table users'),
          ('column users.last_sign_in_at', 'table users', 'table users is missing, which this script creates together with column last_sign_in_at of table users'),
          ('table users', 'column users.logto_config', 'table users has no column logto_config, which this script creates together with table users'),
          ('column users.logto_config', 'table users', 'table users is missing, which this script creates together with column logto_config of table users'),
          ('table users', 'column users.mfa_verifications', 'table users has no column mfa_verifications, which this script creates together with table users'),
          ('column users.mfa_verifications', 'table users', 'table users is missing, which this script creates together with column mfa_verifications of table users'),
          ('table users', 'column users.name', 'table users has no column name, which this script creates together with table users'),
          ('column users.name', 'table users', 'table users is missing, which this script creates together with column name of table users'),
          ('table users', 'column users.password_encrypted', 'table users has no column password_encrypted, which this script creates together with table users'),
          ('column users.password_encrypted', 'table users', 'table users is missing, which this script creates together with column password_encrypted of table users'),
          ('table users', 'column users.password_encryption_method', 'table users has no column password_encryption_method, which this script creates together with table users'),
          ('column users.password_encryption_method', 'table users', 'table users is missing, which this script creates together with column password_encryption_method of table users'),
          ('table users', 'column users.password_updated_at', 'table users has no column password_updated_at, which this script creates together with table users'),
          ('column users.password_updated_at', 'table users', 'table users is missing, which this script creates together with column password_updated_at of table users'),
          ('table users', 'column users.primary_email', 'table users has no column primary_email, which this script creates together with table users'),
          ('column users.primary_email', 'table users', 'table users is missing, which this script creates together with column primary_email of table users'),
          ('table users', 'column users.primary_phone', 'table users has no column primary_phone, which this script creates together with table users'),
          ('column users.primary_phone', 'table users', 'table users is missing, which this script creates together with column primary_phone of table users'),
          ('table users', 'column users.profile', 'table users has no column profile, which this script creates together with table users'),
          ('column users.profile', 'table users', 'table users is missing, which this script creates together with column profile of table users'),
          ('table users', 'column users.tenant_id', 'table users has no column tenant_id, which this script creates together with table users'),
          ('column users.tenant_id', 'table users', 'table users is missing, which this script creates together with column tenant_id of table users'),
          ('table users', 'column users.updated_at', 'table users has no column updated_at, which this script creates together with table users'),
          ('column users.updated_at', 'table users', 'table users is missing, which this script creates together with column updated_at of table users'),
          ('table users', 'column users.username', 'table users has no column username, which this script creates together with table users'),
          ('column users.username', 'table users', 'table users is missing, which this script creates together with column username of table users'),
          ('table users', 'constraint users.users__primary_email', 'table users has no constraint users__primary_email, which this script creates together with table users'),
          ('table users', 'constraint users.users__primary_phone', 'table users has no constraint users__primary_phone, which this script creates together with table users'),
          ('table users', 'constraint users.users__username', 'table users has no constraint users__username, which this script creates together with table users'),
          ('table users', 'constraint users.users_pkey', 'table users has no constraint users_pkey, which this script creates together with table users'),
          ('table users', 'constraint users.users_tenant_id_fkey', 'table users has no constraint users_tenant_id_fkey, which this script creates together with table users'),
          ('table users', 'table tenants', 'table tenants is missing, which this script creates before table users'),
          ('table users', 'enum_type users_password_encryption_method', 'enum type users_password_encryption_method is missing, which this script creates before table users')),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' || replace(f.def, 'present', '') WHEN f.kind = 'enum_type' THEN 'enum type ' || f.tbl || ' is ' || f.def ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint tenants.tenants__db_user', 'constraint tenants.tenants_pkey', 'constraint users.users__primary_email', 'constraint users.users__primary_phone', 'constraint users.users__username', 'constraint users.users_pkey', 'constraint users.users_tenant_id_fkey', 'enum_type users_password_encryption_method', 'index users.users__id', 'index users.users__name', 'index users.users__tenant_lower_username', 'index users.users_mfa_verifications_gin') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)
    UNION ALL
    SELECT 0, 'table ' || f.tbl || ' exists in more than one schema (' || string_agg(CASE WHEN f.def LIKE '% in %' THEN substr(f.def, strpos(f.def, ' in ') + 4) ELSE 'the main one' END, ', ' ORDER BY f.def) || ')', CASE WHEN TRUE THEN 1 ELSE 0 END + CASE WHEN TRUE THEN 2 ELSE 0 END FROM found f WHERE f.kind = 'table' GROUP BY f.tbl HAVING count(*) > 1
    UNION ALL
    SELECT 4, i.m, 1 FROM implied i WHERE EXISTS (SELECT 1 FROM found f WHERE f.k = i.a) AND NOT EXISTS (SELECT 1 FROM found f WHERE f.k = i.b)) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database holds logto tables that are neither absent nor partway through this install of logto 1.41: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile logto <its version> 1.41), or run this one on the logto empty database it was made for.';
  END IF;
  PERFORM set_config('plan.target_e4b5ebc7ecd691fc', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: logto 0 → 1.41: the database was at 1.41 already: nothing to do' END, false);
END
$plan$;
-- index names: the indexes this script creates (users__id, users__name, users__tenant_lower_username, users_mfa_verifications_gin) take names unique across the schema: the script stops before any change when an object that is not an index of a logto table holds one
DO $plan$
DECLARE
  m text;
BEGIN
  SELECT CASE c.relkind WHEN 'i' THEN 'an index' WHEN 'I' THEN 'an index' WHEN 'r' THEN 'a table' WHEN 'p' THEN 'a table' WHEN 'v' THEN 'a view' WHEN 'm' THEN 'a materialized view' WHEN 'S' THEN 'a sequence' WHEN 'f' THEN 'a foreign table' ELSE 'a relation' END || ' ' || c.relname || COALESCE(' on table ' || t.relname, '') || ' exists; logto''s index ' || v.name || ' on ' || v.tbl || ' needs that name (PostgreSQL''s index names are unique across the schema, and the script drops nothing it does not own): rename or drop it, then run this script again. Nothing was changed.'
    INTO m
    FROM (VALUES ('users__id', 'users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('users__name', 'users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('users__tenant_lower_username', 'users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('users_mfa_verifications_gin', 'users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))) v(name, tbl, nsp)
    JOIN pg_class c ON c.relname = v.name AND c.relnamespace = v.nsp
    LEFT JOIN pg_index x ON x.indexrelid = c.oid
    LEFT JOIN pg_class t ON t.oid = x.indrelid
    WHERE NOT (c.relkind IN ('i', 'I') AND t.relname IN ('tenants', 'users'))
    ORDER BY v.name LIMIT 1;
  IF m IS NOT NULL THEN
    RAISE EXCEPTION '%', 'plan stopped: ' || m;
  END IF;
END
$plan$;

-- ================================================================================================
-- logto 0 → 1.41: The two tables of Logto 1.41.0 to 1.42.x an import of users relies on, as Logto's own schema creates them (Logto creates them, with its 60-odd other tables, functions, triggers and row-level security: this plan is the model of them, and the start database of plan verify, not a way to install Logto)
-- source: plans/logto/0-1.41.yaml
-- ================================================================================================
-- 0 → 1.41 · 1/8 · create table tenants
-- locks: tenants: new in this script
DO $plan$
BEGIN
  IF to_regclass('tenants') IS NULL THEN
    CREATE TABLE tenants (
      id VARCHAR(21) NOT NULL,
      db_user VARCHAR(128),
      db_user_password VARCHAR(128),
      name VARCHAR(128) NOT NULL DEFAULT 'My Project',
      tag VARCHAR(64) NOT NULL DEFAULT 'development',
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      is_suspended BOOLEAN NOT NULL DEFAULT FALSE,
      CONSTRAINT tenants_pkey PRIMARY KEY (id),
      CONSTRAINT tenants__db_user UNIQUE (db_user)
    );
  END IF;
END
$plan$;

-- 0 → 1.41 · 2/8 · insert 1 row into tenants
-- why: Logto's seed makes the tenant default (the open-source edition's only one) and admin
-- locks: tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = 'users_password_encryption_method' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) = 'ENUM (''Argon2i'', ''Argon2id'', ''Argon2d'', ''SHA1'', ''SHA256'', ''MD5'', ''Bcrypt'', ''Legacy'')') THEN
    IF NOT EXISTS (SELECT 1 FROM tenants WHERE id = 'default') THEN
      INSERT INTO tenants (id, name, tag) SELECT 'default', 'My Project', 'development' WHERE NOT EXISTS (SELECT 1 FROM tenants WHERE id = 'default');
    END IF;
  END IF;
END
$plan$;

-- 0 → 1.41 · 3/8 · create enum type users_password_encryption_method
-- locks: no table (a type or a schema)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = 'users_password_encryption_method' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) = 'ENUM (''Argon2i'', ''Argon2id'', ''Argon2d'', ''SHA1'', ''SHA256'', ''MD5'', ''Bcrypt'', ''Legacy'')') THEN
    CREATE TYPE users_password_encryption_method AS ENUM ('Argon2i', 'Argon2id', 'Argon2d', 'SHA1', 'SHA256', 'MD5', 'Bcrypt', 'Legacy');
  END IF;
END
$plan$;

-- 0 → 1.41 · 4/8 · create table users
-- locks: users: new in this script | tenants: new in this script
DO $plan$
BEGIN
  IF to_regclass('users') IS NULL THEN
    CREATE TABLE users (
      tenant_id VARCHAR(21) NOT NULL,
      id VARCHAR(12) NOT NULL,
      username VARCHAR(128),
      primary_email VARCHAR(128),
      primary_phone VARCHAR(128),
      password_encrypted VARCHAR(256),
      password_encryption_method users_password_encryption_method,
      name VARCHAR(128),
      avatar VARCHAR(2048),
      profile JSONB NOT NULL DEFAULT '{}',
      application_id VARCHAR(21),
      identities JSONB NOT NULL DEFAULT '{}',
      custom_data JSONB NOT NULL DEFAULT '{}',
      logto_config JSONB NOT NULL DEFAULT '{}',
      mfa_verifications JSONB NOT NULL DEFAULT '[]',
      is_suspended BOOLEAN NOT NULL DEFAULT FALSE,
      is_password_expired BOOLEAN NOT NULL DEFAULT FALSE,
      last_sign_in_at TIMESTAMPTZ,
      password_updated_at TIMESTAMPTZ,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT users_pkey PRIMARY KEY (id),
      CONSTRAINT users__username UNIQUE (tenant_id, username),
      CONSTRAINT users__primary_email UNIQUE (tenant_id, primary_email),
      CONSTRAINT users__primary_phone UNIQUE (tenant_id, primary_phone),
      CONSTRAINT users_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON UPDATE CASCADE ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 1.41 · 5/8 · create index users__id on users
-- locks: users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('users') AND c.relname = 'users__id' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE UNIQUE INDEX users__id ON users USING btree (tenant_id, id)') THEN
    DROP INDEX IF EXISTS users__id;
    CREATE UNIQUE INDEX users__id ON users (tenant_id, id);
  END IF;
END
$plan$;

-- 0 → 1.41 · 6/8 · create index users__name on users
-- locks: users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('users') AND c.relname = 'users__name' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX users__name ON users USING btree (tenant_id, name)') THEN
    DROP INDEX IF EXISTS users__name;
    CREATE INDEX users__name ON users (tenant_id, name);
  END IF;
END
$plan$;

-- 0 → 1.41 · 7/8 · create index users_mfa_verifications_gin on users
-- locks: users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('users') AND c.relname = 'users_mfa_verifications_gin' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX users_mfa_verifications_gin ON users USING gin (mfa_verifications jsonb_path_ops)') THEN
    DROP INDEX IF EXISTS users_mfa_verifications_gin;
    CREATE INDEX users_mfa_verifications_gin ON users USING gin (mfa_verifications jsonb_path_ops);
  END IF;
END
$plan$;

-- 0 → 1.41 · 8/8 · create index users__tenant_lower_username on users
-- locks: users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('users') AND c.relname = 'users__tenant_lower_username' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX users__tenant_lower_username ON users USING btree (tenant_id, lower((username)::text)) WHERE (username IS NOT NULL)') THEN
    DROP INDEX IF EXISTS users__tenant_lower_username;
    CREATE INDEX users__tenant_lower_username ON users (tenant_id, lower((username)::text)) WHERE (username IS NOT NULL);
  END IF;
END
$plan$;

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
  PERFORM set_config('plan.at_target', 'plan: logto 0 → 1.41 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: logto 0 → 1.41: the database was at 1.41 already: nothing to do' THEN 'plan: logto 0 → 1.41: the database was at 1.41 already: nothing to do' ELSE 'plan: logto 0 → 1.41 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: logto 0 → 1.41 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
