-- plan 0.1.0 · supertokens 3.3 → 0 · postgres · rollback
-- what:     this script rolls a supertokens database back from 3.3 to 0 on PostgreSQL (generated from the plans listed below)
-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF SUPERTOKENS AND ALL THE DATA IN THEM.
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: pg_dump --format=custom --file=supertokens-3.3-before.dump.partial DATABASE && mv supertokens-3.3-before.dump.partial supertokens-3.3-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE supertokens-3.3-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f down.sql
-- reverse:  npx plan compile supertokens 0 3.3 --dialect postgres -o up.sql
-- this rollback drops: 7 tables key_value, session_info, emailpassword_users, emailpassword_pswd_reset_tokens, emailverification_tokens, emailverification_verified_emails, thirdparty_users, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/supertokens/product.yaml plans/supertokens/0-3.3.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/supertokens/product.yaml a1ed9e3446298f2420dcb34e1778ef0cb12794e0addd102b1c3ba24cf9c1eb99
--   plans/supertokens/0-3.3.yaml 82f273aef4b4d235a2ace19ac27182f8a6be3ab467bc6edbd539a4da37762032
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- lock:     lock_timeout = '5s' (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.
-- statement: no statement_timeout (npx plan compile --statement-timeout <duration> sets one).
-- timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it starts again from where the database is.
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   thirdparty_users: ACCESS EXCLUSIVE from 3.3 → 0 · 1/11 · drop index thirdparty_users_pagination_index on thirdparty_users — blocks reads and writes
--   emailverification_verified_emails: ACCESS EXCLUSIVE from 3.3 → 0 · 3/11 · drop table emailverification_verified_emails — blocks reads and writes
--   emailverification_tokens: ACCESS EXCLUSIVE from 3.3 → 0 · 4/11 · drop index emailverification_tokens_index on emailverification_tokens — blocks reads and writes
--   emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE from 3.3 → 0 · 6/11 · drop index emailpassword_password_reset_token_expiry_index on emailpassword_pswd_reset_tokens — blocks reads and writes
--   emailpassword_users: ACCESS EXCLUSIVE from 3.3 → 0 · 7/11 · drop table emailpassword_pswd_reset_tokens — blocks reads and writes
--   session_info: ACCESS EXCLUSIVE from 3.3 → 0 · 10/11 · drop table session_info — blocks reads and writes
--   key_value: ACCESS EXCLUSIVE from 3.3 → 0 · 11/11 · drop table key_value — blocks reads and writes
-- MANUAL STEPS (1), not done by this script:
--   1. [3.3 → 0] Only if this script stops at its check for foreign keys of tables outside supertokens onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).

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

-- check that the database is at 3.3, at 0, or between them on this script's path (a resumed run)
DO $plan$
DECLARE
  problem text;
  kept text;
  off_target boolean;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind = 'table' THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END AS def FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))) r),
      allowed(k, def, f) AS (VALUES ('column emailpassword_pswd_reset_tokens.token', 'character varying(128) NOT NULL', 1),
          ('column emailpassword_pswd_reset_tokens.token_expiry', 'bigint NOT NULL', 1),
          ('column emailpassword_pswd_reset_tokens.user_id', 'character(36) NOT NULL', 1),
          ('column emailpassword_users.email', 'character varying(256) NOT NULL', 1),
          ('column emailpassword_users.password_hash', 'character varying(128) NOT NULL', 1),
          ('column emailpassword_users.time_joined', 'bigint NOT NULL', 1),
          ('column emailpassword_users.user_id', 'character(36) NOT NULL', 1),
          ('column emailverification_tokens.email', 'character varying(256) NOT NULL', 1),
          ('column emailverification_tokens.token', 'character varying(128) NOT NULL', 1),
          ('column emailverification_tokens.token_expiry', 'bigint NOT NULL', 1),
          ('column emailverification_tokens.user_id', 'character(36) NOT NULL', 1),
          ('column emailverification_verified_emails.email', 'character varying(256) NOT NULL', 1),
          ('column emailverification_verified_emails.user_id', 'character(36) NOT NULL', 1),
          ('column key_value.created_at_time', 'bigint', 1),
          ('column key_value.name', 'character varying(128) NOT NULL', 1),
          ('column key_value.value', 'text', 1),
          ('column session_info.created_at_time', 'bigint NOT NULL', 1),
          ('column session_info.expires_at', 'bigint NOT NULL', 1),
          ('column session_info.jwt_user_payload', 'text', 1),
          ('column session_info.refresh_token_hash_2', 'character varying(128) NOT NULL', 1),
          ('column session_info.session_data', 'text', 1),
          ('column session_info.session_handle', 'character varying(255) NOT NULL', 1),
          ('column session_info.user_id', 'character varying(128) NOT NULL', 1),
          ('column thirdparty_users.email', 'character varying(256) NOT NULL', 1),
          ('column thirdparty_users.third_party_id', 'character varying(28) NOT NULL', 1),
          ('column thirdparty_users.third_party_user_id', 'character varying(128) NOT NULL', 1),
          ('column thirdparty_users.time_joined', 'bigint NOT NULL', 1),
          ('column thirdparty_users.user_id', 'character(36) NOT NULL', 1),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'PRIMARY KEY (user_id, token)', 1),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'UNIQUE (token)', 1),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES emailpassword_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint emailpassword_users.emailpassword_users_email_key', 'UNIQUE (email)', 1),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'PRIMARY KEY (user_id)', 1),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'PRIMARY KEY (user_id, email, token)', 1),
          ('constraint emailverification_tokens.emailverification_tokens_token_key', 'UNIQUE (token)', 1),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'PRIMARY KEY (user_id, email)', 1),
          ('constraint key_value.key_value_pkey', 'PRIMARY KEY (name)', 1),
          ('constraint session_info.session_info_pkey', 'PRIMARY KEY (session_handle)', 1),
          ('constraint thirdparty_users.thirdparty_users_pkey', 'PRIMARY KEY (third_party_id, third_party_user_id)', 1),
          ('constraint thirdparty_users.thirdparty_users_user_id_key', 'UNIQUE (user_id)', 1),
          ('index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'CREATE INDEX emailpassword_password_reset_token_expiry_index ON emailpassword_pswd_reset_tokens USING btree (token_expiry)', 1),
          ('index emailpassword_users.emailpassword_user_pagination_index', 'CREATE INDEX emailpassword_user_pagination_index ON emailpassword_users USING btree (time_joined DESC, user_id DESC)', 1),
          ('index emailverification_tokens.emailverification_tokens_index', 'CREATE INDEX emailverification_tokens_index ON emailverification_tokens USING btree (token_expiry)', 1),
          ('index thirdparty_users.thirdparty_users_pagination_index', 'CREATE INDEX thirdparty_users_pagination_index ON thirdparty_users USING btree (time_joined DESC, user_id DESC)', 1),
          ('table emailpassword_pswd_reset_tokens', 'present', 1),
          ('table emailpassword_users', 'present', 1),
          ('table emailverification_tokens', 'present', 1),
          ('table emailverification_verified_emails', 'present', 1),
          ('table key_value', 'present', 1),
          ('table session_info', 'present', 1),
          ('table thirdparty_users', 'present', 1)),
      required(k, m, f) AS (SELECT NULL::text, NULL::text, 0 WHERE FALSE),
      implied(a, b, m) AS (VALUES ('table key_value', 'column key_value.created_at_time', 'table key_value has no column created_at_time, which this script drops together with table key_value'),
          ('column key_value.created_at_time', 'table key_value', 'table key_value is missing, which this script drops together with column created_at_time of table key_value'),
          ('table key_value', 'column key_value.name', 'table key_value has no column name, which this script drops together with table key_value'),
          ('column key_value.name', 'table key_value', 'table key_value is missing, which this script drops together with column name of table key_value'),
          ('table key_value', 'column key_value.value', 'table key_value has no column value, which this script drops together with table key_value'),
          ('column key_value.value', 'table key_value', 'table key_value is missing, which this script drops together with column value of table key_value'),
          ('table key_value', 'constraint key_value.key_value_pkey', 'table key_value has no constraint key_value_pkey, which this script drops together with table key_value'),
          ('table session_info', 'column session_info.created_at_time', 'table session_info has no column created_at_time, which this script drops together with table session_info'),
          ('column session_info.created_at_time', 'table session_info', 'table session_info is missing, which this script drops together with column created_at_time of table session_info'),
          ('table session_info', 'column session_info.expires_at', 'table session_info has no column expires_at, which this script drops together with table session_info'),
          ('column session_info.expires_at', 'table session_info', 'table session_info is missing, which this script drops together with column expires_at of table session_info'),
          ('table session_info', 'column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload, which this script drops together with table session_info'),
          ('column session_info.jwt_user_payload', 'table session_info', 'table session_info is missing, which this script drops together with column jwt_user_payload of table session_info'),
          ('table session_info', 'column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2, which this script drops together with table session_info'),
          ('column session_info.refresh_token_hash_2', 'table session_info', 'table session_info is missing, which this script drops together with column refresh_token_hash_2 of table session_info'),
          ('table session_info', 'column session_info.session_data', 'table session_info has no column session_data, which this script drops together with table session_info'),
          ('column session_info.session_data', 'table session_info', 'table session_info is missing, which this script drops together with column session_data of table session_info'),
          ('table session_info', 'column session_info.session_handle', 'table session_info has no column session_handle, which this script drops together with table session_info'),
          ('column session_info.session_handle', 'table session_info', 'table session_info is missing, which this script drops together with column session_handle of table session_info'),
          ('table session_info', 'column session_info.user_id', 'table session_info has no column user_id, which this script drops together with table session_info'),
          ('column session_info.user_id', 'table session_info', 'table session_info is missing, which this script drops together with column user_id of table session_info'),
          ('table session_info', 'constraint session_info.session_info_pkey', 'table session_info has no constraint session_info_pkey, which this script drops together with table session_info'),
          ('table session_info', 'table key_value', 'table key_value is missing, which this script drops only after table session_info (still there)'),
          ('table emailpassword_users', 'column emailpassword_users.email', 'table emailpassword_users has no column email, which this script drops together with table emailpassword_users'),
          ('column emailpassword_users.email', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column email of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash, which this script drops together with table emailpassword_users'),
          ('column emailpassword_users.password_hash', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column password_hash of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined, which this script drops together with table emailpassword_users'),
          ('column emailpassword_users.time_joined', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column time_joined of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id, which this script drops together with table emailpassword_users'),
          ('column emailpassword_users.user_id', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column user_id of table emailpassword_users'),
          ('table emailpassword_users', 'constraint emailpassword_users.emailpassword_users_email_key', 'table emailpassword_users has no constraint emailpassword_users_email_key, which this script drops together with table emailpassword_users'),
          ('table emailpassword_users', 'constraint emailpassword_users.emailpassword_users_pkey', 'table emailpassword_users has no constraint emailpassword_users_pkey, which this script drops together with table emailpassword_users'),
          ('table emailpassword_users', 'table session_info', 'table session_info is missing, which this script drops only after table emailpassword_users (still there)'),
          ('table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token, which this script drops together with table emailpassword_pswd_reset_tokens'),
          ('column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops together with column token of table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry, which this script drops together with table emailpassword_pswd_reset_tokens'),
          ('column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops together with column token_expiry of table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id, which this script drops together with table emailpassword_pswd_reset_tokens'),
          ('column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops together with column user_id of table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_pkey, which this script drops together with table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_token_key, which this script drops together with table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_user_id_fkey, which this script drops together with table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops only after table emailpassword_pswd_reset_tokens (still there)'),
          ('table emailpassword_pswd_reset_tokens', 'index emailpassword_users.emailpassword_user_pagination_index', 'table emailpassword_users has no index emailpassword_user_pagination_index, which this script drops only after table emailpassword_pswd_reset_tokens (still there)'),
          ('table emailverification_tokens', 'column emailverification_tokens.email', 'table emailverification_tokens has no column email, which this script drops together with table emailverification_tokens'),
          ('column emailverification_tokens.email', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column email of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.token', 'table emailverification_tokens has no column token, which this script drops together with table emailverification_tokens'),
          ('column emailverification_tokens.token', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column token of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry, which this script drops together with table emailverification_tokens'),
          ('column emailverification_tokens.token_expiry', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column token_expiry of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id, which this script drops together with table emailverification_tokens'),
          ('column emailverification_tokens.user_id', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column user_id of table emailverification_tokens'),
          ('table emailverification_tokens', 'constraint emailverification_tokens.emailverification_tokens_pkey', 'table emailverification_tokens has no constraint emailverification_tokens_pkey, which this script drops together with table emailverification_tokens'),
          ('table emailverification_tokens', 'constraint emailverification_tokens.emailverification_tokens_token_key', 'table emailverification_tokens has no constraint emailverification_tokens_token_key, which this script drops together with table emailverification_tokens'),
          ('table emailverification_tokens', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops only after table emailverification_tokens (still there)'),
          ('table emailverification_tokens', 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index, which this script drops only after table emailverification_tokens (still there)'),
          ('table emailverification_verified_emails', 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email, which this script drops together with table emailverification_verified_emails'),
          ('column emailverification_verified_emails.email', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops together with column email of table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id, which this script drops together with table emailverification_verified_emails'),
          ('column emailverification_verified_emails.user_id', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops together with column user_id of table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_pkey, which this script drops together with table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops only after table emailverification_verified_emails (still there)'),
          ('table emailverification_verified_emails', 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index, which this script drops only after table emailverification_verified_emails (still there)'),
          ('table thirdparty_users', 'column thirdparty_users.email', 'table thirdparty_users has no column email, which this script drops together with table thirdparty_users'),
          ('column thirdparty_users.email', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column email of table thirdparty_users'),
          ('table thirdparty_users', 'column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id, which this script drops together with table thirdparty_users'),
          ('column thirdparty_users.third_party_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column third_party_id of table thirdparty_users'),
          ('table thirdparty_users', 'column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id, which this script drops together with table thirdparty_users'),
          ('column thirdparty_users.third_party_user_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column third_party_user_id of table thirdparty_users'),
          ('table thirdparty_users', 'column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined, which this script drops together with table thirdparty_users'),
          ('column thirdparty_users.time_joined', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column time_joined of table thirdparty_users'),
          ('table thirdparty_users', 'column thirdparty_users.user_id', 'table thirdparty_users has no column user_id, which this script drops together with table thirdparty_users'),
          ('column thirdparty_users.user_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column user_id of table thirdparty_users'),
          ('table thirdparty_users', 'constraint thirdparty_users.thirdparty_users_pkey', 'table thirdparty_users has no constraint thirdparty_users_pkey, which this script drops together with table thirdparty_users'),
          ('table thirdparty_users', 'constraint thirdparty_users.thirdparty_users_user_id_key', 'table thirdparty_users has no constraint thirdparty_users_user_id_key, which this script drops together with table thirdparty_users'),
          ('table thirdparty_users', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops only after table thirdparty_users (still there)')),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'constraint emailpassword_users.emailpassword_users_email_key', 'constraint emailpassword_users.emailpassword_users_pkey', 'constraint emailverification_tokens.emailverification_tokens_pkey', 'constraint emailverification_tokens.emailverification_tokens_token_key', 'constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'constraint key_value.key_value_pkey', 'constraint session_info.session_info_pkey', 'constraint thirdparty_users.thirdparty_users_pkey', 'constraint thirdparty_users.thirdparty_users_user_id_key', 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'index emailpassword_users.emailpassword_user_pagination_index', 'index emailverification_tokens.emailverification_tokens_index', 'index thirdparty_users.thirdparty_users_pagination_index') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)
    UNION ALL
    SELECT 4, i.m, 1 FROM implied i WHERE EXISTS (SELECT 1 FROM found f WHERE f.k = i.a) AND NOT EXISTS (SELECT 1 FROM found f WHERE f.k = i.b)) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at supertokens 3.3 nor partway through this teardown: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 0), or run this one on the supertokens 3.3 database it was made for.';
  END IF;
  PERFORM set_config('plan.target_5ae1625b488b3935', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: supertokens 3.3 → 0: the database was at the empty state already: nothing to do' END, false);
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
        WHEN k.confrelid = to_regclass('key_value')
          AND to_regclass('key_value') IS NOT NULL
        THEN 'after this script there is no table key_value: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('session_info')
          AND to_regclass('session_info') IS NOT NULL
        THEN 'after this script there is no table session_info: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('emailpassword_users')
          AND to_regclass('emailpassword_users') IS NOT NULL
        THEN 'after this script there is no table emailpassword_users: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('emailpassword_pswd_reset_tokens')
          AND to_regclass('emailpassword_pswd_reset_tokens') IS NOT NULL
        THEN 'after this script there is no table emailpassword_pswd_reset_tokens: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('emailverification_tokens')
          AND to_regclass('emailverification_tokens') IS NOT NULL
        THEN 'after this script there is no table emailverification_tokens: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('emailverification_verified_emails')
          AND to_regclass('emailverification_verified_emails') IS NOT NULL
        THEN 'after this script there is no table emailverification_verified_emails: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('thirdparty_users')
          AND to_regclass('thirdparty_users') IS NOT NULL
        THEN 'after this script there is no table thirdparty_users: drop the foreign key for good, or point it at another table'
        END AS note
      FROM (
        SELECT c.oid, c.conname, c.conrelid, c.confrelid,
          ARRAY(SELECT a.attname::text FROM unnest(c.confkey) x(n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS colset,
          (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.i) FROM unnest(c.confkey) WITH ORDINALITY x(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS cols
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid IN (to_regclass('key_value'), to_regclass('session_info'), to_regclass('emailpassword_users'), to_regclass('emailpassword_pswd_reset_tokens'), to_regclass('emailverification_tokens'), to_regclass('emailverification_verified_emails'), to_regclass('thirdparty_users'))
      ) k
      WHERE TRUE AND NOT EXISTS (SELECT 1 FROM (VALUES (to_regclass('emailpassword_pswd_reset_tokens'), 'emailpassword_pswd_reset_tokens_user_id_fkey')) kn(r, n) WHERE kn.r = k.conrelid AND kn.n = k.conname)
    ) f
    WHERE f.note IS NOT NULL;
  IF refs IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'foreign keys of tables outside supertokens reference keys that supertokens 3.3 → 0 drops or replaces, and PostgreSQL refuses to drop a key while a foreign key depends on it: ' || refs || '. Nothing was changed.'
      USING DETAIL = 'Drop them before running this script:' || chr(10) || drops || chr(10) || 'and re-create them once it has run:' || chr(10) || creates || chr(10) || notes,
            HINT = 'Run the DROP commands, then this script, then the re-create commands (changed as the notes say where a key changed its columns).';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 3.3 → 0 (rollback): Fresh install of the core 3.3 schema (plugin 1.7.0), the seven tables the core creates on an empty database
-- source: plans/supertokens/0-3.3.yaml
-- ================================================================================================
-- 3.3 → 0 · 1/11 · drop index thirdparty_users_pagination_index on thirdparty_users
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_pagination_index') THEN
    DROP INDEX IF EXISTS thirdparty_users_pagination_index;
  END IF;
END
$plan$;

-- 3.3 → 0 · 2/11 · drop table thirdparty_users
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('thirdparty_users') IS NOT NULL THEN
    DROP TABLE thirdparty_users;
  END IF;
END
$plan$;

-- 3.3 → 0 · 3/11 · drop table emailverification_verified_emails
-- locks: emailverification_verified_emails: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailverification_verified_emails') IS NOT NULL THEN
    DROP TABLE emailverification_verified_emails;
  END IF;
END
$plan$;

-- 3.3 → 0 · 4/11 · drop index emailverification_tokens_index on emailverification_tokens
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_tokens') AND c.relname = 'emailverification_tokens_index') THEN
    DROP INDEX IF EXISTS emailverification_tokens_index;
  END IF;
END
$plan$;

-- 3.3 → 0 · 5/11 · drop table emailverification_tokens
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailverification_tokens') IS NOT NULL THEN
    DROP TABLE emailverification_tokens;
  END IF;
END
$plan$;

-- 3.3 → 0 · 6/11 · drop index emailpassword_password_reset_token_expiry_index on emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_pswd_reset_tokens') AND c.relname = 'emailpassword_password_reset_token_expiry_index') THEN
    DROP INDEX IF EXISTS emailpassword_password_reset_token_expiry_index;
  END IF;
END
$plan$;

-- 3.3 → 0 · 7/11 · drop table emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailpassword_pswd_reset_tokens') IS NOT NULL THEN
    DROP TABLE emailpassword_pswd_reset_tokens;
  END IF;
END
$plan$;

-- 3.3 → 0 · 8/11 · drop index emailpassword_user_pagination_index on emailpassword_users
-- locks: emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_users') AND c.relname = 'emailpassword_user_pagination_index') THEN
    DROP INDEX IF EXISTS emailpassword_user_pagination_index;
  END IF;
END
$plan$;

-- 3.3 → 0 · 9/11 · drop table emailpassword_users
-- locks: emailpassword_users: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailpassword_users') IS NOT NULL THEN
    DROP TABLE emailpassword_users;
  END IF;
END
$plan$;

-- 3.3 → 0 · 10/11 · drop table session_info
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('session_info') IS NOT NULL THEN
    DROP TABLE session_info;
  END IF;
END
$plan$;

-- 3.3 → 0 · 11/11 · drop table key_value
-- locks: key_value: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('key_value') IS NOT NULL THEN
    DROP TABLE key_value;
  END IF;
END
$plan$;

-- the end: the database is at the empty state, or the script stops here and everything this run did is rolled back
DO $plan$
DECLARE
  problem text;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind = 'table' THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END AS def FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))) r),
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_5ae1625b488b3935', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_5ae1625b488b3935', true), '')::json -> 'r') e),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('') AND a.k IS NULL THEN 1 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, 1 FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1
  INTO problem;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at supertokens the empty state at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect supertokens names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: supertokens 3.3 → 0 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: supertokens 3.3 → 0: the database was at the empty state already: nothing to do' THEN 'plan: supertokens 3.3 → 0: the database was at the empty state already: nothing to do' ELSE 'plan: supertokens 3.3 → 0 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: supertokens 3.3 → 0 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
