-- plan 0.1.0 · logto 1.41 → 1.41-imported · postgres · stage
-- what:     this script takes a logto database at 1.41 to its stage 1.41-imported on PostgreSQL (generated from the plans listed below)
-- stop:     first, before the backup: the old application's sign-ups and profile changes (the import reads its user table as it is)
-- backup:   then: pg_dump --format=custom --file=logto-1.41-before.dump.partial DATABASE && mv logto-1.41-before.dump.partial logto-1.41-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE logto-1.41-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
-- start:    after applying: what was stopped before, once the report's rows are seen to
-- reverse:  npx plan compile logto 1.41-imported 1.41 --dialect postgres -o down.sql
-- the rollback would drop: table plan_imported_users, and the data in it
-- the rollback would delete: the users rows the import made (their keys are in plan_imported_users), and nothing else of users
-- parameters: columns=id:id,username:login,primary_email:email,primary_phone:phone,name:full_name,password_encrypted:password_hash,password_encryption_method:hash_method,custom_data:extra,identity_target:social_provider,identity_user_id:social_id id_strategy=keep password_method=Bcrypt source_table=legacy_users tenant=default (source_table, columns, password_method: an example value, not a database's: compile with its own before applying)
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
-- owner:    each table this script creates (its indexes with it) is given to the role that owns the product's existing tables, looked up as the script starts (several owners: the one owning most of them, a tie to the first name in byte order); the role running the script must be that role, a member of it or a superuser.
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   tenants: ROW SHARE from 1.41 → 1.41-imported · 4/5 · import rows from legacy_users into users (ACCESS SHARE from 1.41 → 1.41-imported · 2/5)
--   users: ROW EXCLUSIVE from 1.41 → 1.41-imported · 4/5 · import rows from legacy_users into users
--   legacy_users: ACCESS SHARE from 1.41 → 1.41-imported · 4/5 · import rows from legacy_users into users
-- rows not copied: [1.41 → 1.41-imported] step 4/5 imports rows of the source table named by source_table=legacy_users into users except those a unique key of users, an entry of users.identities another row has or an earlier source row stands in the way of, those too long for a column, and those it skips (no id (the mapped id column is NULL, empty, or only spaces, tabs and line breaks); the id does not fit Logto's (1 to 12 characters of 0-9 and a-z): import with --param id_strategy=derive; the password method is not one of Logto's (Argon2i, Argon2id, Argon2d, SHA1, SHA256, MD5, Bcrypt, Legacy); a password hash Logto cannot verify: not an Argon2i hash ($argon2i$v=…$m=…,t=…,p=…$salt$hash); a password hash Logto cannot verify: not an Argon2id hash ($argon2id$v=…$m=…,t=…,p=…$salt$hash); a password hash Logto cannot verify: not an Argon2d hash ($argon2d$v=…$m=…,t=…,p=…$salt$hash); a password hash Logto cannot verify: not a bcrypt hash ($2a$, $2b$ or $2y$, cost, 53 characters); a password hash Logto cannot verify: not an MD5 digest (32 hexadecimal digits, unsalted); a password hash Logto cannot verify: not a SHA1 digest (40 hexadecimal digits, unsalted); a password hash Logto cannot verify: not a SHA256 digest (64 hexadecimal digits, unsalted); a password hash Logto cannot verify: not Logto's Legacy form (a JSON array ["<hash>", [<arguments, @ for the password>], "<expected>"]); custom_data is not a JSON object (Logto's custom_data is one); half a social identity: only one of identity_target and identity_user_id is given (give both, or neither; NULL, or text of only spaces, tabs and line breaks, is not given))
-- report:   the rows skipped, with the reason (read-only; before or after this script): npx plan compile logto 1.41 1.41-imported --dialect postgres --param columns=id:id,username:login,primary_email:email,primary_phone:phone,name:full_name,password_encrypted:password_hash,password_encryption_method:hash_method,custom_data:extra,identity_target:social_provider,identity_user_id:social_id --param id_strategy=keep --param password_method=Bcrypt --param source_table=legacy_users --param tenant=default --report -o report.sql
-- MANUAL STEPS (2), not done by this script:
--   1. [1.41 → 1.41-imported] before the script: stop the old application's sign-ups and profile changes (users it writes after the import are not imported until the script runs again); Logto may keep serving
--   2. [1.41 → 1.41-imported] after the script: run the report (the header's report: line is the command, with this script's parameters) and see to the users it lists; an imported user signs in with the old password, which Logto re-hashes with Argon2i at the first sign-in

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

-- check that the database is at 1.41, at 1.41-imported, or between them on this script's path (a resumed run)
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
      allowed(k, def, f) AS (VALUES ('column plan_imported_users.id', 'character varying(12) NOT NULL', 3),
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
          ('constraint plan_imported_users.plan_imported_users_pkey', 'PRIMARY KEY (id)', 3),
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
          ('table plan_imported_users', 'present', 3),
          ('table tenants', 'present', 3),
          ('table users', 'present', 3)),
      required(k, m, f) AS (VALUES ('column plan_imported_users.id', 'table plan_imported_users has no column id', 2),
          ('column tenants.created_at', 'table tenants has no column created_at', 3),
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
          ('constraint plan_imported_users.plan_imported_users_pkey', 'table plan_imported_users has no constraint plan_imported_users_pkey', 2),
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
          ('table plan_imported_users', 'table plan_imported_users is missing', 2),
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
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at logto 1.41, at 1.41-imported, nor between them on this script''s path: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile logto <its version> 1.41-imported), or run this one on the logto 1.41 database it was made for.';
  END IF;
  PERFORM set_config('plan.target_c21f485b2aa73768', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: logto 1.41 → 1.41-imported: the database was at 1.41-imported already: nothing to do' END, false);
END
$plan$;
DO $plan$
BEGIN
  IF current_setting('plan.at_start', true) <> '' THEN
    IF ((WITH plan_values AS (
    SELECT CAST(src.id AS text) AS plan_order,
           COALESCE((src.id IS NULL OR (CAST(src.id AS text) ~ E'^[ \\t\\r\\n]*$')), FALSE) AS plan_skip_1,
           COALESCE(('keep' = 'keep' AND NOT (CAST(src.id AS text) ~ '^[0-9a-z]{1,12}$')), FALSE) AS plan_skip_2,
           COALESCE((src.password_hash IS NOT NULL AND NOT COALESCE(CAST(src.hash_method AS text), 'Bcrypt') IN ('Argon2i', 'Argon2id', 'Argon2d', 'SHA1', 'SHA256', 'MD5', 'Bcrypt', 'Legacy')), FALSE) AS plan_skip_3,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2i' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2i\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_4,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2id' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2id\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_5,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2d' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2d\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_6,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Bcrypt' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$')), FALSE) AS plan_skip_7,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'MD5' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{32}$')), FALSE) AS plan_skip_8,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'SHA1' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{40}$')), FALSE) AS plan_skip_9,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'SHA256' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{64}$')), FALSE) AS plan_skip_10,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Legacy' AND NOT (CAST(src.password_hash AS text) ~ E'^\\[".*"\\]$')), FALSE) AS plan_skip_11,
           COALESCE((src.extra IS NOT NULL AND NOT (jsonb_typeof(CAST(src.extra AS jsonb)) = 'object')), FALSE) AS plan_skip_12,
           COALESCE(((NOT (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')) AND (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$'))) OR (NOT (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$')) AND (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')))), FALSE) AS plan_skip_13,
           'default' AS tenant_id,
           CASE WHEN 'keep' = 'keep' THEN CAST(src.id AS text) ELSE (SELECT ('' || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(16807 AS bigint) + CAST(48271 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(7920 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(16807 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(282475249 AS bigint) + CAST(182605794 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(15839 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(474403 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1622650073 AS bigint) + CAST(1291394886 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(23758 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(645207 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(984943658 AS bigint) + CAST(1914720637 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(31677 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(940706 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1144108930 AS bigint) + CAST(2078669041 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(39596 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(105498 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(470211272 AS bigint) + CAST(407355683 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(47515 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(209862 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(101027544 AS bigint) + CAST(1105902161 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(55434 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(27241 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1457850878 AS bigint) + CAST(854716505 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(63353 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(846507 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1458777923 AS bigint) + CAST(564586691 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(71272 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(773549 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(2007237709 AS bigint) + CAST(1596680831 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(79191 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(231688 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(823564440 AS bigint) + CAST(192302371 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(87110 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(561971 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1115438165 AS bigint) + CAST(1203428207 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(95029 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(434820 AS bigint)) % 36 AS integer), 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')))) END AS id,
           src.login AS username,
           src.email AS primary_email,
           src.phone AS primary_phone,
           src.full_name AS name,
           NULL AS avatar,
           CASE WHEN COALESCE(CAST(src.hash_method AS text), 'Bcrypt') IN ('MD5', 'SHA1', 'SHA256') THEN lower(src.password_hash) ELSE src.password_hash END AS password_encrypted,
           CASE WHEN src.password_hash IS NOT NULL THEN COALESCE(CAST(src.hash_method AS text), 'Bcrypt') END AS password_encryption_method,
           COALESCE(CAST(src.extra AS jsonb), '{}') AS custom_data,
           CASE WHEN (NOT (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')) AND NOT (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$'))) THEN jsonb_build_object(CAST(src.social_provider AS text), jsonb_build_object('userId', CAST(src.social_id AS text))) ELSE '{}' END AS identities
    FROM legacy_users AS src
  ), plan_kept AS (
    SELECT v.*, NOT (v.plan_skip_1 OR v.plan_skip_2 OR v.plan_skip_3 OR v.plan_skip_4 OR v.plan_skip_5 OR v.plan_skip_6 OR v.plan_skip_7 OR v.plan_skip_8 OR v.plan_skip_9 OR v.plan_skip_10 OR v.plan_skip_11 OR v.plan_skip_12 OR v.plan_skip_13 OR COALESCE(length(CAST(v.tenant_id AS text)) > 21, FALSE) OR COALESCE(length(CAST(v.id AS text)) > 12, FALSE) OR COALESCE(length(CAST(v.username AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.primary_email AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.primary_phone AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.password_encrypted AS text)) > 256, FALSE) OR COALESCE(length(CAST(v.name AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.avatar AS text)) > 2048, FALSE)) AS plan_kept, row_number() OVER () AS plan_row FROM plan_values AS v
  ), plan_entries_1 AS (
    SELECT k.plan_row, k.id, k.tenant_id, e.plan_key, e.plan_field,
           row_number() OVER (PARTITION BY k.tenant_id, e.plan_key, e.plan_field ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) AS plan_n
    FROM plan_kept AS k CROSS JOIN LATERAL (SELECT plan_e.key AS plan_key, plan_e.value ->> 'userId' AS plan_field FROM jsonb_each(CASE WHEN jsonb_typeof(CAST(k.identities AS jsonb)) = 'object' THEN CAST(k.identities AS jsonb) END) AS plan_e) AS e
    WHERE k.plan_kept AND e.plan_field IS NOT NULL AND k.tenant_id IS NOT NULL
  ), plan_taken_1 AS (
    SELECT x.plan_row FROM plan_entries_1 AS x
    JOIN (SELECT dst.id, dst.tenant_id, t.plan_key, t.plan_field FROM users AS dst CROSS JOIN LATERAL (SELECT plan_e.key AS plan_key, plan_e.value ->> 'userId' AS plan_field FROM jsonb_each(CASE WHEN jsonb_typeof(CAST(dst.identities AS jsonb)) = 'object' THEN CAST(dst.identities AS jsonb) END) AS plan_e) AS t) AS y
      ON y.tenant_id = x.tenant_id AND y.plan_key = x.plan_key AND y.plan_field = x.plan_field AND (y.id <> x.id)
  ), plan_rows AS (
    SELECT k.*,
           CASE WHEN k.plan_kept AND k.id IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.id IS NOT NULL, k.id ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_1,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.username IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.username IS NOT NULL, k.tenant_id, lower(k.username) ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_2,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.primary_email IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.primary_email IS NOT NULL, k.tenant_id, lower(k.primary_email) ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_3,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.primary_phone IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.primary_phone IS NOT NULL, k.tenant_id, k.primary_phone ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_4,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.id IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.id IS NOT NULL, k.tenant_id, k.id ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_5,
           (plan_j0.plan_row IS NOT NULL) AS plan_there,
           (plan_jrec.plan_row IS NOT NULL) AS plan_recorded,
           (plan_j2.plan_row IS NOT NULL) AS plan_taken_2,
           (plan_j3.plan_row IS NOT NULL) AS plan_taken_3,
           (plan_j4.plan_row IS NOT NULL) AS plan_taken_4,
           (plan_j5.plan_row IS NOT NULL) AS plan_taken_5,
           (plan_je1.plan_row IS NOT NULL) AS plan_entry_taken_1,
           (plan_jr1.plan_row IS NOT NULL) AS plan_entry_repeat_1
    FROM plan_kept AS k
    LEFT JOIN (SELECT k0.plan_row FROM plan_kept AS k0 JOIN users AS dst ON dst.id = k0.id) AS plan_j0 ON plan_j0.plan_row = k.plan_row
    LEFT JOIN (SELECT k0.plan_row FROM plan_kept AS k0 JOIN plan_imported_users AS rec ON rec.id = k0.id) AS plan_jrec ON plan_jrec.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND lower(dst.username) = lower(k1.username) AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j2 ON plan_j2.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND lower(dst.primary_email) = lower(k1.primary_email) AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j3 ON plan_j3.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND dst.primary_phone = k1.primary_phone AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j4 ON plan_j4.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND dst.id = k1.id AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j5 ON plan_j5.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT plan_row FROM plan_taken_1) AS plan_je1 ON plan_je1.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT plan_row FROM plan_entries_1 WHERE plan_n > 1) AS plan_jr1 ON plan_jr1.plan_row = k.plan_row
  ) SELECT EXISTS (SELECT 1 FROM plan_rows AS v WHERE v.plan_kept
      AND NOT v.plan_there
      AND NOT v.plan_recorded
      AND NOT COALESCE(v.plan_rank_1 > 1, FALSE)
      AND NOT v.plan_taken_2
      AND NOT COALESCE(v.plan_rank_2 > 1, FALSE)
      AND NOT v.plan_taken_3
      AND NOT COALESCE(v.plan_rank_3 > 1, FALSE)
      AND NOT v.plan_taken_4
      AND NOT COALESCE(v.plan_rank_4 > 1, FALSE)
      AND NOT v.plan_taken_5
      AND NOT COALESCE(v.plan_rank_5 > 1, FALSE)
      AND NOT v.plan_entry_taken_1
      AND NOT v.plan_entry_repeat_1))) THEN
      PERFORM set_config('plan.at_start', '', false);
    END IF;
  END IF;
END
$plan$;

-- what the tables this script creates take from the product tables already here (see the header)
DO $plan$
BEGIN
  PERFORM set_config('plan.owner', COALESCE((SELECT r.rolname::text FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
    WHERE c.oid IN (to_regclass('tenants'), to_regclass('users'))
    GROUP BY r.rolname ORDER BY count(*) DESC, r.rolname LIMIT 1), ''), true);
END
$plan$;

-- ================================================================================================
-- logto 1.41 → 1.41-imported: The users of an existing user table imported into Logto's users, re-runnably: each row goes in unless it would repeat a username or e-mail (compared lower-case, as Logto finds users), phone, social identity or id of a Logto user or of an earlier source row, has a value longer than Logto's column, or a password hash Logto cannot verify; those stay out and the report lists them with the reason. The id of every user made is recorded in plan_imported_users, by which the rollback deletes those users and no other
-- source: plans/logto/1.41-1.41-imported.yaml
-- ================================================================================================
-- 1.41 → 1.41-imported · 1/5 · manual step
-- MANUAL STEP (not done by this script):
--   before the script: stop the old application's sign-ups and profile changes (users it writes
--   after the import are not imported until the script runs again); Logto may keep serving

-- 1.41 → 1.41-imported · 2/5 · check: the tenant default (--param tenant) is not in tenants: the open-source edition has default; a Logto Cloud tenant's id is in its console
-- locks: tenants: ACCESS SHARE, read
DO $plan$
BEGIN
  IF NOT (to_regclass('plan_imported_users') IS NOT NULL) THEN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('tenants') AND a.attname = 'id' AND a.attnum > 0 AND NOT a.attisdropped)
      AND EXISTS (SELECT 1 FROM tenants WHERE id = 'default')) THEN
      RAISE EXCEPTION '%', 'plan stopped: the tenant default (--param tenant) is not in tenants: the open-source edition has default; a Logto Cloud tenant''s id is in its console';
    END IF;
  END IF;
END
$plan$;

-- 1.41 → 1.41-imported · 3/5 · create table plan_imported_users
-- why: the id of every user the import made (its bookkeeping, by which the rollback deletes them); dropped by the rollback
-- locks: plan_imported_users: new in this script
DO $plan$
BEGIN
  IF to_regclass('plan_imported_users') IS NULL THEN
    CREATE TABLE plan_imported_users (
      id VARCHAR(12) NOT NULL,
      CONSTRAINT plan_imported_users_pkey PRIMARY KEY (id)
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('plan_imported_users'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 1.41 → 1.41-imported · 4/5 · import rows from legacy_users into users
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = to_regclass('legacy_users') AND c.relkind IN ('r', 'p', 'v', 'm', 'f'))) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users does not exist (--param source_table)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'id' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users has no column id (--param columns: id:id)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'login' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users has no column login (--param columns: username:login)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users has no column email (--param columns: primary_email:email)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'phone' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users has no column phone (--param columns: primary_phone:phone)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'full_name' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users has no column full_name (--param columns: name:full_name)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'password_hash' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users has no column password_hash (--param columns: password_encrypted:password_hash)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'hash_method' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users has no column hash_method (--param columns: password_encryption_method:hash_method)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'extra' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users has no column extra (--param columns: custom_data:extra)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'social_provider' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users has no column social_provider (--param columns: identity_target:social_provider)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'social_id' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source table legacy_users has no column social_id (--param columns: identity_user_id:social_id)';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('legacy_users') AND a.attname = 'extra' AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid IN ('json'::regtype, 'jsonb'::regtype))) THEN
    RAISE EXCEPTION '%', 'plan stopped: the source column extra (--param columns: custom_data:extra) is not of a JSON type: custom_data is read as JSON, and one text that is not JSON would fail the whole import; import from a view that casts it (after fixing such rows), or leave custom_data out';
  END IF;
END
$plan$;
-- locks: users: ROW EXCLUSIVE, rows | plan_imported_users: new in this script | legacy_users: ACCESS SHARE, read; reads every row | tenants: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF (WITH plan_values AS (
    SELECT CAST(src.id AS text) AS plan_order,
           COALESCE((src.id IS NULL OR (CAST(src.id AS text) ~ E'^[ \\t\\r\\n]*$')), FALSE) AS plan_skip_1,
           COALESCE(('keep' = 'keep' AND NOT (CAST(src.id AS text) ~ '^[0-9a-z]{1,12}$')), FALSE) AS plan_skip_2,
           COALESCE((src.password_hash IS NOT NULL AND NOT COALESCE(CAST(src.hash_method AS text), 'Bcrypt') IN ('Argon2i', 'Argon2id', 'Argon2d', 'SHA1', 'SHA256', 'MD5', 'Bcrypt', 'Legacy')), FALSE) AS plan_skip_3,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2i' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2i\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_4,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2id' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2id\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_5,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2d' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2d\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_6,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Bcrypt' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$')), FALSE) AS plan_skip_7,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'MD5' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{32}$')), FALSE) AS plan_skip_8,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'SHA1' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{40}$')), FALSE) AS plan_skip_9,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'SHA256' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{64}$')), FALSE) AS plan_skip_10,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Legacy' AND NOT (CAST(src.password_hash AS text) ~ E'^\\[".*"\\]$')), FALSE) AS plan_skip_11,
           COALESCE((src.extra IS NOT NULL AND NOT (jsonb_typeof(CAST(src.extra AS jsonb)) = 'object')), FALSE) AS plan_skip_12,
           COALESCE(((NOT (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')) AND (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$'))) OR (NOT (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$')) AND (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')))), FALSE) AS plan_skip_13,
           'default' AS tenant_id,
           CASE WHEN 'keep' = 'keep' THEN CAST(src.id AS text) ELSE (SELECT ('' || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(16807 AS bigint) + CAST(48271 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(7920 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(16807 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(282475249 AS bigint) + CAST(182605794 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(15839 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(474403 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1622650073 AS bigint) + CAST(1291394886 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(23758 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(645207 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(984943658 AS bigint) + CAST(1914720637 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(31677 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(940706 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1144108930 AS bigint) + CAST(2078669041 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(39596 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(105498 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(470211272 AS bigint) + CAST(407355683 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(47515 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(209862 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(101027544 AS bigint) + CAST(1105902161 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(55434 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(27241 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1457850878 AS bigint) + CAST(854716505 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(63353 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(846507 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1458777923 AS bigint) + CAST(564586691 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(71272 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(773549 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(2007237709 AS bigint) + CAST(1596680831 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(79191 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(231688 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(823564440 AS bigint) + CAST(192302371 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(87110 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(561971 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1115438165 AS bigint) + CAST(1203428207 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(95029 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(434820 AS bigint)) % 36 AS integer), 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')))) END AS id,
           src.login AS username,
           src.email AS primary_email,
           src.phone AS primary_phone,
           src.full_name AS name,
           NULL AS avatar,
           CASE WHEN COALESCE(CAST(src.hash_method AS text), 'Bcrypt') IN ('MD5', 'SHA1', 'SHA256') THEN lower(src.password_hash) ELSE src.password_hash END AS password_encrypted,
           CASE WHEN src.password_hash IS NOT NULL THEN COALESCE(CAST(src.hash_method AS text), 'Bcrypt') END AS password_encryption_method,
           COALESCE(CAST(src.extra AS jsonb), '{}') AS custom_data,
           CASE WHEN (NOT (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')) AND NOT (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$'))) THEN jsonb_build_object(CAST(src.social_provider AS text), jsonb_build_object('userId', CAST(src.social_id AS text))) ELSE '{}' END AS identities
    FROM legacy_users AS src
  ), plan_kept AS (
    SELECT v.*, NOT (v.plan_skip_1 OR v.plan_skip_2 OR v.plan_skip_3 OR v.plan_skip_4 OR v.plan_skip_5 OR v.plan_skip_6 OR v.plan_skip_7 OR v.plan_skip_8 OR v.plan_skip_9 OR v.plan_skip_10 OR v.plan_skip_11 OR v.plan_skip_12 OR v.plan_skip_13 OR COALESCE(length(CAST(v.tenant_id AS text)) > 21, FALSE) OR COALESCE(length(CAST(v.id AS text)) > 12, FALSE) OR COALESCE(length(CAST(v.username AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.primary_email AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.primary_phone AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.password_encrypted AS text)) > 256, FALSE) OR COALESCE(length(CAST(v.name AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.avatar AS text)) > 2048, FALSE)) AS plan_kept, row_number() OVER () AS plan_row FROM plan_values AS v
  ), plan_entries_1 AS (
    SELECT k.plan_row, k.id, k.tenant_id, e.plan_key, e.plan_field,
           row_number() OVER (PARTITION BY k.tenant_id, e.plan_key, e.plan_field ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) AS plan_n
    FROM plan_kept AS k CROSS JOIN LATERAL (SELECT plan_e.key AS plan_key, plan_e.value ->> 'userId' AS plan_field FROM jsonb_each(CASE WHEN jsonb_typeof(CAST(k.identities AS jsonb)) = 'object' THEN CAST(k.identities AS jsonb) END) AS plan_e) AS e
    WHERE k.plan_kept AND e.plan_field IS NOT NULL AND k.tenant_id IS NOT NULL
  ), plan_taken_1 AS (
    SELECT x.plan_row FROM plan_entries_1 AS x
    JOIN (SELECT dst.id, dst.tenant_id, t.plan_key, t.plan_field FROM users AS dst CROSS JOIN LATERAL (SELECT plan_e.key AS plan_key, plan_e.value ->> 'userId' AS plan_field FROM jsonb_each(CASE WHEN jsonb_typeof(CAST(dst.identities AS jsonb)) = 'object' THEN CAST(dst.identities AS jsonb) END) AS plan_e) AS t) AS y
      ON y.tenant_id = x.tenant_id AND y.plan_key = x.plan_key AND y.plan_field = x.plan_field AND (y.id <> x.id)
  ), plan_rows AS (
    SELECT k.*,
           CASE WHEN k.plan_kept AND k.id IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.id IS NOT NULL, k.id ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_1,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.username IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.username IS NOT NULL, k.tenant_id, lower(k.username) ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_2,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.primary_email IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.primary_email IS NOT NULL, k.tenant_id, lower(k.primary_email) ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_3,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.primary_phone IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.primary_phone IS NOT NULL, k.tenant_id, k.primary_phone ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_4,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.id IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.id IS NOT NULL, k.tenant_id, k.id ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_5,
           (plan_j0.plan_row IS NOT NULL) AS plan_there,
           (plan_jrec.plan_row IS NOT NULL) AS plan_recorded,
           (plan_j2.plan_row IS NOT NULL) AS plan_taken_2,
           (plan_j3.plan_row IS NOT NULL) AS plan_taken_3,
           (plan_j4.plan_row IS NOT NULL) AS plan_taken_4,
           (plan_j5.plan_row IS NOT NULL) AS plan_taken_5,
           (plan_je1.plan_row IS NOT NULL) AS plan_entry_taken_1,
           (plan_jr1.plan_row IS NOT NULL) AS plan_entry_repeat_1
    FROM plan_kept AS k
    LEFT JOIN (SELECT k0.plan_row FROM plan_kept AS k0 JOIN users AS dst ON dst.id = k0.id) AS plan_j0 ON plan_j0.plan_row = k.plan_row
    LEFT JOIN (SELECT k0.plan_row FROM plan_kept AS k0 JOIN plan_imported_users AS rec ON rec.id = k0.id) AS plan_jrec ON plan_jrec.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND lower(dst.username) = lower(k1.username) AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j2 ON plan_j2.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND lower(dst.primary_email) = lower(k1.primary_email) AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j3 ON plan_j3.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND dst.primary_phone = k1.primary_phone AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j4 ON plan_j4.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND dst.id = k1.id AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j5 ON plan_j5.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT plan_row FROM plan_taken_1) AS plan_je1 ON plan_je1.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT plan_row FROM plan_entries_1 WHERE plan_n > 1) AS plan_jr1 ON plan_jr1.plan_row = k.plan_row
  ) SELECT EXISTS (SELECT 1 FROM plan_rows AS v WHERE v.plan_kept
      AND NOT v.plan_there
      AND NOT v.plan_recorded
      AND NOT COALESCE(v.plan_rank_1 > 1, FALSE)
      AND NOT v.plan_taken_2
      AND NOT COALESCE(v.plan_rank_2 > 1, FALSE)
      AND NOT v.plan_taken_3
      AND NOT COALESCE(v.plan_rank_3 > 1, FALSE)
      AND NOT v.plan_taken_4
      AND NOT COALESCE(v.plan_rank_4 > 1, FALSE)
      AND NOT v.plan_taken_5
      AND NOT COALESCE(v.plan_rank_5 > 1, FALSE)
      AND NOT v.plan_entry_taken_1
      AND NOT v.plan_entry_repeat_1)) THEN
      WITH plan_values AS (
    SELECT CAST(src.id AS text) AS plan_order,
           COALESCE((src.id IS NULL OR (CAST(src.id AS text) ~ E'^[ \\t\\r\\n]*$')), FALSE) AS plan_skip_1,
           COALESCE(('keep' = 'keep' AND NOT (CAST(src.id AS text) ~ '^[0-9a-z]{1,12}$')), FALSE) AS plan_skip_2,
           COALESCE((src.password_hash IS NOT NULL AND NOT COALESCE(CAST(src.hash_method AS text), 'Bcrypt') IN ('Argon2i', 'Argon2id', 'Argon2d', 'SHA1', 'SHA256', 'MD5', 'Bcrypt', 'Legacy')), FALSE) AS plan_skip_3,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2i' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2i\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_4,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2id' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2id\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_5,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2d' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2d\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_6,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Bcrypt' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$')), FALSE) AS plan_skip_7,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'MD5' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{32}$')), FALSE) AS plan_skip_8,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'SHA1' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{40}$')), FALSE) AS plan_skip_9,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'SHA256' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{64}$')), FALSE) AS plan_skip_10,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Legacy' AND NOT (CAST(src.password_hash AS text) ~ E'^\\[".*"\\]$')), FALSE) AS plan_skip_11,
           COALESCE((src.extra IS NOT NULL AND NOT (jsonb_typeof(CAST(src.extra AS jsonb)) = 'object')), FALSE) AS plan_skip_12,
           COALESCE(((NOT (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')) AND (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$'))) OR (NOT (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$')) AND (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')))), FALSE) AS plan_skip_13,
           'default' AS tenant_id,
           CASE WHEN 'keep' = 'keep' THEN CAST(src.id AS text) ELSE (SELECT ('' || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(16807 AS bigint) + CAST(48271 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(7920 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(16807 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(282475249 AS bigint) + CAST(182605794 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(15839 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(474403 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1622650073 AS bigint) + CAST(1291394886 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(23758 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(645207 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(984943658 AS bigint) + CAST(1914720637 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(31677 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(940706 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1144108930 AS bigint) + CAST(2078669041 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(39596 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(105498 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(470211272 AS bigint) + CAST(407355683 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(47515 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(209862 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(101027544 AS bigint) + CAST(1105902161 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(55434 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(27241 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1457850878 AS bigint) + CAST(854716505 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(63353 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(846507 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1458777923 AS bigint) + CAST(564586691 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(71272 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(773549 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(2007237709 AS bigint) + CAST(1596680831 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(79191 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(231688 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(823564440 AS bigint) + CAST(192302371 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(87110 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(561971 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1115438165 AS bigint) + CAST(1203428207 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(95029 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(434820 AS bigint)) % 36 AS integer), 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')))) END AS id,
           src.login AS username,
           src.email AS primary_email,
           src.phone AS primary_phone,
           src.full_name AS name,
           NULL AS avatar,
           CASE WHEN COALESCE(CAST(src.hash_method AS text), 'Bcrypt') IN ('MD5', 'SHA1', 'SHA256') THEN lower(src.password_hash) ELSE src.password_hash END AS password_encrypted,
           CASE WHEN src.password_hash IS NOT NULL THEN COALESCE(CAST(src.hash_method AS text), 'Bcrypt') END AS password_encryption_method,
           COALESCE(CAST(src.extra AS jsonb), '{}') AS custom_data,
           CASE WHEN (NOT (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')) AND NOT (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$'))) THEN jsonb_build_object(CAST(src.social_provider AS text), jsonb_build_object('userId', CAST(src.social_id AS text))) ELSE '{}' END AS identities
    FROM legacy_users AS src
  ), plan_kept AS (
    SELECT v.*, NOT (v.plan_skip_1 OR v.plan_skip_2 OR v.plan_skip_3 OR v.plan_skip_4 OR v.plan_skip_5 OR v.plan_skip_6 OR v.plan_skip_7 OR v.plan_skip_8 OR v.plan_skip_9 OR v.plan_skip_10 OR v.plan_skip_11 OR v.plan_skip_12 OR v.plan_skip_13 OR COALESCE(length(CAST(v.tenant_id AS text)) > 21, FALSE) OR COALESCE(length(CAST(v.id AS text)) > 12, FALSE) OR COALESCE(length(CAST(v.username AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.primary_email AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.primary_phone AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.password_encrypted AS text)) > 256, FALSE) OR COALESCE(length(CAST(v.name AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.avatar AS text)) > 2048, FALSE)) AS plan_kept, row_number() OVER () AS plan_row FROM plan_values AS v
  ), plan_entries_1 AS (
    SELECT k.plan_row, k.id, k.tenant_id, e.plan_key, e.plan_field,
           row_number() OVER (PARTITION BY k.tenant_id, e.plan_key, e.plan_field ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) AS plan_n
    FROM plan_kept AS k CROSS JOIN LATERAL (SELECT plan_e.key AS plan_key, plan_e.value ->> 'userId' AS plan_field FROM jsonb_each(CASE WHEN jsonb_typeof(CAST(k.identities AS jsonb)) = 'object' THEN CAST(k.identities AS jsonb) END) AS plan_e) AS e
    WHERE k.plan_kept AND e.plan_field IS NOT NULL AND k.tenant_id IS NOT NULL
  ), plan_taken_1 AS (
    SELECT x.plan_row FROM plan_entries_1 AS x
    JOIN (SELECT dst.id, dst.tenant_id, t.plan_key, t.plan_field FROM users AS dst CROSS JOIN LATERAL (SELECT plan_e.key AS plan_key, plan_e.value ->> 'userId' AS plan_field FROM jsonb_each(CASE WHEN jsonb_typeof(CAST(dst.identities AS jsonb)) = 'object' THEN CAST(dst.identities AS jsonb) END) AS plan_e) AS t) AS y
      ON y.tenant_id = x.tenant_id AND y.plan_key = x.plan_key AND y.plan_field = x.plan_field AND (y.id <> x.id)
  ), plan_rows AS (
    SELECT k.*,
           CASE WHEN k.plan_kept AND k.id IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.id IS NOT NULL, k.id ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_1,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.username IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.username IS NOT NULL, k.tenant_id, lower(k.username) ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_2,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.primary_email IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.primary_email IS NOT NULL, k.tenant_id, lower(k.primary_email) ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_3,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.primary_phone IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.primary_phone IS NOT NULL, k.tenant_id, k.primary_phone ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_4,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.id IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.id IS NOT NULL, k.tenant_id, k.id ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_5,
           (plan_j0.plan_row IS NOT NULL) AS plan_there,
           (plan_jrec.plan_row IS NOT NULL) AS plan_recorded,
           (plan_j2.plan_row IS NOT NULL) AS plan_taken_2,
           (plan_j3.plan_row IS NOT NULL) AS plan_taken_3,
           (plan_j4.plan_row IS NOT NULL) AS plan_taken_4,
           (plan_j5.plan_row IS NOT NULL) AS plan_taken_5,
           (plan_je1.plan_row IS NOT NULL) AS plan_entry_taken_1,
           (plan_jr1.plan_row IS NOT NULL) AS plan_entry_repeat_1
    FROM plan_kept AS k
    LEFT JOIN (SELECT k0.plan_row FROM plan_kept AS k0 JOIN users AS dst ON dst.id = k0.id) AS plan_j0 ON plan_j0.plan_row = k.plan_row
    LEFT JOIN (SELECT k0.plan_row FROM plan_kept AS k0 JOIN plan_imported_users AS rec ON rec.id = k0.id) AS plan_jrec ON plan_jrec.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND lower(dst.username) = lower(k1.username) AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j2 ON plan_j2.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND lower(dst.primary_email) = lower(k1.primary_email) AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j3 ON plan_j3.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND dst.primary_phone = k1.primary_phone AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j4 ON plan_j4.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND dst.id = k1.id AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j5 ON plan_j5.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT plan_row FROM plan_taken_1) AS plan_je1 ON plan_je1.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT plan_row FROM plan_entries_1 WHERE plan_n > 1) AS plan_jr1 ON plan_jr1.plan_row = k.plan_row
  ), imported AS (
    INSERT INTO users (tenant_id, id, username, primary_email, primary_phone, name, avatar, password_encrypted, password_encryption_method, custom_data, identities)
    SELECT v.tenant_id, v.id, v.username, v.primary_email, v.primary_phone, v.name, v.avatar, v.password_encrypted, CAST(v.password_encryption_method AS users_password_encryption_method), v.custom_data, v.identities
    FROM plan_rows AS v
    WHERE v.plan_kept
      AND NOT v.plan_there
      AND NOT v.plan_recorded
      AND NOT COALESCE(v.plan_rank_1 > 1, FALSE)
      AND NOT v.plan_taken_2
      AND NOT COALESCE(v.plan_rank_2 > 1, FALSE)
      AND NOT v.plan_taken_3
      AND NOT COALESCE(v.plan_rank_3 > 1, FALSE)
      AND NOT v.plan_taken_4
      AND NOT COALESCE(v.plan_rank_4 > 1, FALSE)
      AND NOT v.plan_taken_5
      AND NOT COALESCE(v.plan_rank_5 > 1, FALSE)
      AND NOT v.plan_entry_taken_1
      AND NOT v.plan_entry_repeat_1
    ORDER BY (v.plan_order COLLATE "C")
    ON CONFLICT DO NOTHING
    RETURNING id
  )
  INSERT INTO plan_imported_users (id) SELECT id FROM imported;
    END IF;
END
$plan$;

-- 1.41 → 1.41-imported · 5/5 · manual step
-- MANUAL STEP (not done by this script):
--   after the script: run the report (the header's report: line is the command, with this script's
--   parameters) and see to the users it lists; an imported user signs in with the old password,
--   which Logto re-hashes with Argon2i at the first sign-in

-- the end: the database is at 1.41-imported, or the script stops here and everything this run did is rolled back
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
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_c21f485b2aa73768', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_c21f485b2aa73768', true), '')::json -> 'r') e),
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
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at logto 1.41-imported at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect logto names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: logto 1.41 → 1.41-imported applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: logto 1.41 → 1.41-imported: the database was at 1.41-imported already: nothing to do' THEN 'plan: logto 1.41 → 1.41-imported: the database was at 1.41-imported already: nothing to do' ELSE 'plan: logto 1.41 → 1.41-imported applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: logto 1.41 → 1.41-imported applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
