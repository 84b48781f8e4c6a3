-- plan 0.1.0 · supertokens 6.0 → 7.0 · postgres · upgrade
-- what:     this script upgrades a supertokens database from 6.0 to 7.0 on PostgreSQL (generated from the plans listed below)
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: pg_dump --format=custom --file=supertokens-6.0-before.dump.partial DATABASE && mv supertokens-6.0-before.dump.partial supertokens-6.0-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE supertokens-6.0-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
-- start:    after applying: SuperTokens core 7.0
-- reverse:  npx plan compile supertokens 7.0 6.0 --dialect postgres -o down.sql
-- the rollback would drop: 6 columns all_auth_recipe_users.primary_or_recipe_user_id, all_auth_recipe_users.is_linked_or_is_a_primary_user, all_auth_recipe_users.primary_or_recipe_user_time_joined, app_id_to_user_id.primary_or_recipe_user_id, app_id_to_user_id.is_linked_or_is_a_primary_user, emailpassword_pswd_reset_tokens.email, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/supertokens/product.yaml plans/supertokens/6.0-7.0.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/supertokens/product.yaml a1ed9e3446298f2420dcb34e1778ef0cb12794e0addd102b1c3ba24cf9c1eb99
--   plans/supertokens/6.0-7.0.yaml 8f9666d2b8953b0fbeea7b870c12eb0fc02b876fa0681f69722d94e126660b45
--   schema at 6.0 replayed from 23 plans (plans/supertokens/0-3.3.yaml …) 00f1f5d3e84ebb71e8c5bc1f95940b7845a2656c73d81709b782abcd9d5979d7
--     (check: cat plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml plans/supertokens/5.0-6.0.yaml > /dev/null && for f in plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml plans/supertokens/5.0-6.0.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- lock:     lock_timeout = '5s' (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.
-- statement: no statement_timeout (npx plan compile --statement-timeout <duration> sets one).
-- timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it starts again from where the database is.
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   all_auth_recipe_users: ACCESS EXCLUSIVE from 6.0 → 7.0 · 1/24 · add column all_auth_recipe_users.primary_or_recipe_user_id — blocks reads and writes
--   app_id_to_user_id: ACCESS EXCLUSIVE from 6.0 → 7.0 · 15/24 · add column app_id_to_user_id.primary_or_recipe_user_id — blocks reads and writes (SHARE ROW EXCLUSIVE from 6.0 → 7.0 · 7/24)
--   emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE from 6.0 → 7.0 · 21/24 · add column emailpassword_pswd_reset_tokens.email — blocks reads and writes
--   emailpassword_users: ACCESS EXCLUSIVE from 6.0 → 7.0 · 23/24 · redefine foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens — blocks reads and writes (ACCESS SHARE from 6.0 → 7.0 · 22/24)

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

-- check that the database is at 6.0, at 7.0, or between them on this script's path (a resumed run)
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
      allowed(k, def, f) AS (VALUES ('column all_auth_recipe_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column all_auth_recipe_users.is_linked_or_is_a_primary_user', 'boolean NOT NULL DEFAULT false', 3),
          ('column all_auth_recipe_users.primary_or_recipe_user_id', 'character(36) NOT NULL', 3),
          ('column all_auth_recipe_users.primary_or_recipe_user_id', 'character(36) NOT NULL DEFAULT ''0''::bpchar', 1),
          ('column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'bigint NOT NULL', 3),
          ('column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'bigint NOT NULL DEFAULT 0', 1),
          ('column all_auth_recipe_users.recipe_id', 'character varying(128) NOT NULL', 3),
          ('column all_auth_recipe_users.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column all_auth_recipe_users.time_joined', 'bigint NOT NULL', 3),
          ('column all_auth_recipe_users.user_id', 'character(36) NOT NULL', 3),
          ('column app_id_to_user_id.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column app_id_to_user_id.is_linked_or_is_a_primary_user', 'boolean NOT NULL DEFAULT false', 3),
          ('column app_id_to_user_id.primary_or_recipe_user_id', 'character(36) NOT NULL', 3),
          ('column app_id_to_user_id.primary_or_recipe_user_id', 'character(36) NOT NULL DEFAULT ''0''::bpchar', 1),
          ('column app_id_to_user_id.recipe_id', 'character varying(128) NOT NULL', 3),
          ('column app_id_to_user_id.user_id', 'character(36) NOT NULL', 3),
          ('column apps.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column apps.created_at_time', 'bigint', 3),
          ('column dashboard_user_sessions.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column dashboard_user_sessions.expiry', 'bigint NOT NULL', 3),
          ('column dashboard_user_sessions.session_id', 'character(36) NOT NULL', 3),
          ('column dashboard_user_sessions.time_created', 'bigint NOT NULL', 3),
          ('column dashboard_user_sessions.user_id', 'character(36) NOT NULL', 3),
          ('column dashboard_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column dashboard_users.email', 'character varying(256) NOT NULL', 3),
          ('column dashboard_users.password_hash', 'character varying(256) NOT NULL', 3),
          ('column dashboard_users.time_joined', 'bigint NOT NULL', 3),
          ('column dashboard_users.user_id', 'character(36) NOT NULL', 3),
          ('column emailpassword_pswd_reset_tokens.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column emailpassword_pswd_reset_tokens.email', 'character varying(256)', 3),
          ('column emailpassword_pswd_reset_tokens.token', 'character varying(128) NOT NULL', 3),
          ('column emailpassword_pswd_reset_tokens.token_expiry', 'bigint NOT NULL', 3),
          ('column emailpassword_pswd_reset_tokens.user_id', 'character(36) NOT NULL', 3),
          ('column emailpassword_user_to_tenant.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column emailpassword_user_to_tenant.email', 'character varying(256) NOT NULL', 3),
          ('column emailpassword_user_to_tenant.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column emailpassword_user_to_tenant.user_id', 'character(36) NOT NULL', 3),
          ('column emailpassword_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column emailpassword_users.email', 'character varying(256) NOT NULL', 3),
          ('column emailpassword_users.password_hash', 'character varying(256) NOT NULL', 3),
          ('column emailpassword_users.time_joined', 'bigint NOT NULL', 3),
          ('column emailpassword_users.user_id', 'character(36) NOT NULL', 3),
          ('column emailverification_tokens.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column emailverification_tokens.email', 'character varying(256) NOT NULL', 3),
          ('column emailverification_tokens.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column emailverification_tokens.token', 'character varying(128) NOT NULL', 3),
          ('column emailverification_tokens.token_expiry', 'bigint NOT NULL', 3),
          ('column emailverification_tokens.user_id', 'character varying(128) NOT NULL', 3),
          ('column emailverification_verified_emails.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column emailverification_verified_emails.email', 'character varying(256) NOT NULL', 3),
          ('column emailverification_verified_emails.user_id', 'character varying(128) NOT NULL', 3),
          ('column jwt_signing_keys.algorithm', 'character varying(10) NOT NULL', 3),
          ('column jwt_signing_keys.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column jwt_signing_keys.created_at', 'bigint', 3),
          ('column jwt_signing_keys.key_id', 'character varying(255) NOT NULL', 3),
          ('column jwt_signing_keys.key_string', 'text NOT NULL', 3),
          ('column key_value.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column key_value.created_at_time', 'bigint', 3),
          ('column key_value.name', 'character varying(128) NOT NULL', 3),
          ('column key_value.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column key_value.value', 'text', 3),
          ('column passwordless_codes.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column passwordless_codes.code_id', 'character(36) NOT NULL', 3),
          ('column passwordless_codes.created_at', 'bigint NOT NULL', 3),
          ('column passwordless_codes.device_id_hash', 'character(44) NOT NULL', 3),
          ('column passwordless_codes.link_code_hash', 'character(44) NOT NULL', 3),
          ('column passwordless_codes.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column passwordless_devices.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column passwordless_devices.device_id_hash', 'character(44) NOT NULL', 3),
          ('column passwordless_devices.email', 'character varying(256)', 3),
          ('column passwordless_devices.failed_attempts', 'integer NOT NULL', 3),
          ('column passwordless_devices.link_code_salt', 'character(44) NOT NULL', 3),
          ('column passwordless_devices.phone_number', 'character varying(256)', 3),
          ('column passwordless_devices.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column passwordless_user_to_tenant.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column passwordless_user_to_tenant.email', 'character varying(256)', 3),
          ('column passwordless_user_to_tenant.phone_number', 'character varying(256)', 3),
          ('column passwordless_user_to_tenant.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column passwordless_user_to_tenant.user_id', 'character(36) NOT NULL', 3),
          ('column passwordless_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column passwordless_users.email', 'character varying(256)', 3),
          ('column passwordless_users.phone_number', 'character varying(256)', 3),
          ('column passwordless_users.time_joined', 'bigint NOT NULL', 3),
          ('column passwordless_users.user_id', 'character(36) NOT NULL', 3),
          ('column role_permissions.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column role_permissions.permission', 'character varying(255) NOT NULL', 3),
          ('column role_permissions.role', 'character varying(255) NOT NULL', 3),
          ('column roles.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column roles.role', 'character varying(255) NOT NULL', 3),
          ('column session_access_token_signing_keys.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column session_access_token_signing_keys.created_at_time', 'bigint NOT NULL', 3),
          ('column session_access_token_signing_keys.value', 'text', 3),
          ('column session_info.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column session_info.created_at_time', 'bigint NOT NULL', 3),
          ('column session_info.expires_at', 'bigint NOT NULL', 3),
          ('column session_info.jwt_user_payload', 'text', 3),
          ('column session_info.refresh_token_hash_2', 'character varying(128) NOT NULL', 3),
          ('column session_info.session_data', 'text', 3),
          ('column session_info.session_handle', 'character varying(255) NOT NULL', 3),
          ('column session_info.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column session_info.use_static_key', 'boolean NOT NULL', 3),
          ('column session_info.user_id', 'character varying(128) NOT NULL', 3),
          ('column tenant_configs.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenant_configs.connection_uri_domain', 'character varying(256) NOT NULL DEFAULT ''''::character varying', 3),
          ('column tenant_configs.core_config', 'text', 3),
          ('column tenant_configs.email_password_enabled', 'boolean', 3),
          ('column tenant_configs.passwordless_enabled', 'boolean', 3),
          ('column tenant_configs.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenant_configs.third_party_enabled', 'boolean', 3),
          ('column tenant_thirdparty_provider_clients.additional_config', 'text', 3),
          ('column tenant_thirdparty_provider_clients.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenant_thirdparty_provider_clients.client_id', 'character varying(256) NOT NULL', 3),
          ('column tenant_thirdparty_provider_clients.client_secret', 'text', 3),
          ('column tenant_thirdparty_provider_clients.client_type', 'character varying(64) NOT NULL DEFAULT ''''::character varying', 3),
          ('column tenant_thirdparty_provider_clients.connection_uri_domain', 'character varying(256) NOT NULL DEFAULT ''''::character varying', 3),
          ('column tenant_thirdparty_provider_clients.force_pkce', 'boolean', 3),
          ('column tenant_thirdparty_provider_clients.scope', 'character varying(128)[]', 3),
          ('column tenant_thirdparty_provider_clients.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenant_thirdparty_provider_clients.third_party_id', 'character varying(28) NOT NULL', 3),
          ('column tenant_thirdparty_providers.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenant_thirdparty_providers.authorization_endpoint', 'text', 3),
          ('column tenant_thirdparty_providers.authorization_endpoint_query_params', 'text', 3),
          ('column tenant_thirdparty_providers.connection_uri_domain', 'character varying(256) NOT NULL DEFAULT ''''::character varying', 3),
          ('column tenant_thirdparty_providers.jwks_uri', 'text', 3),
          ('column tenant_thirdparty_providers.name', 'character varying(64)', 3),
          ('column tenant_thirdparty_providers.oidc_discovery_endpoint', 'text', 3),
          ('column tenant_thirdparty_providers.require_email', 'boolean', 3),
          ('column tenant_thirdparty_providers.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenant_thirdparty_providers.third_party_id', 'character varying(28) NOT NULL', 3),
          ('column tenant_thirdparty_providers.token_endpoint', 'text', 3),
          ('column tenant_thirdparty_providers.token_endpoint_body_params', 'text', 3),
          ('column tenant_thirdparty_providers.user_info_endpoint', 'text', 3),
          ('column tenant_thirdparty_providers.user_info_endpoint_headers', 'text', 3),
          ('column tenant_thirdparty_providers.user_info_endpoint_query_params', 'text', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'character varying(64)', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'character varying(64)', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'character varying(64)', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'character varying(64)', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'character varying(64)', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'character varying(64)', 3),
          ('column tenants.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenants.created_at_time', 'bigint', 3),
          ('column tenants.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column thirdparty_user_to_tenant.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column thirdparty_user_to_tenant.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column thirdparty_user_to_tenant.third_party_id', 'character varying(28) NOT NULL', 3),
          ('column thirdparty_user_to_tenant.third_party_user_id', 'character varying(256) NOT NULL', 3),
          ('column thirdparty_user_to_tenant.user_id', 'character(36) NOT NULL', 3),
          ('column thirdparty_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column thirdparty_users.email', 'character varying(256) NOT NULL', 3),
          ('column thirdparty_users.third_party_id', 'character varying(28) NOT NULL', 3),
          ('column thirdparty_users.third_party_user_id', 'character varying(256) NOT NULL', 3),
          ('column thirdparty_users.time_joined', 'bigint NOT NULL', 3),
          ('column thirdparty_users.user_id', 'character(36) NOT NULL', 3),
          ('column totp_used_codes.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column totp_used_codes.code', 'character varying(8) NOT NULL', 3),
          ('column totp_used_codes.created_time_ms', 'bigint NOT NULL', 3),
          ('column totp_used_codes.expiry_time_ms', 'bigint NOT NULL', 3),
          ('column totp_used_codes.is_valid', 'boolean NOT NULL', 3),
          ('column totp_used_codes.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column totp_used_codes.user_id', 'character varying(128) NOT NULL', 3),
          ('column totp_user_devices.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column totp_user_devices.device_name', 'character varying(256) NOT NULL', 3),
          ('column totp_user_devices.period', 'integer NOT NULL', 3),
          ('column totp_user_devices.secret_key', 'character varying(256) NOT NULL', 3),
          ('column totp_user_devices.skew', 'integer NOT NULL', 3),
          ('column totp_user_devices.user_id', 'character varying(128) NOT NULL', 3),
          ('column totp_user_devices.verified', 'boolean NOT NULL', 3),
          ('column totp_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column totp_users.user_id', 'character varying(128) NOT NULL', 3),
          ('column user_last_active.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column user_last_active.last_active_time', 'bigint', 3),
          ('column user_last_active.user_id', 'character varying(128) NOT NULL', 3),
          ('column user_metadata.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column user_metadata.user_id', 'character varying(128) NOT NULL', 3),
          ('column user_metadata.user_metadata', 'text NOT NULL', 3),
          ('column user_roles.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column user_roles.role', 'character varying(255) NOT NULL', 3),
          ('column user_roles.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column user_roles.user_id', 'character varying(128) NOT NULL', 3),
          ('column userid_mapping.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column userid_mapping.external_user_id', 'character varying(128) NOT NULL', 3),
          ('column userid_mapping.external_user_id_info', 'text', 3),
          ('column userid_mapping.supertokens_user_id', 'character(36) NOT NULL', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_primary_or_recipe_user_id_fkey', 'FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_primary_or_recipe_user_id_fkey', 'FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint apps.apps_pkey', 'PRIMARY KEY (app_id)', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'PRIMARY KEY (app_id, session_id)', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint dashboard_users.dashboard_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint dashboard_users.dashboard_users_email_key', 'UNIQUE (app_id, email)', 3),
          ('constraint dashboard_users.dashboard_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'PRIMARY KEY (app_id, user_id, token)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'UNIQUE (token)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES emailpassword_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'UNIQUE (app_id, tenant_id, email)', 3),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 3),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 3),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint emailpassword_users.emailpassword_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, email, token)', 3),
          ('constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint emailverification_tokens.emailverification_tokens_token_key', 'UNIQUE (token)', 3),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'PRIMARY KEY (app_id, user_id, email)', 3),
          ('constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint jwt_signing_keys.jwt_signing_keys_pkey', 'PRIMARY KEY (app_id, key_id)', 3),
          ('constraint key_value.key_value_pkey', 'PRIMARY KEY (app_id, tenant_id, name)', 3),
          ('constraint key_value.key_value_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'FOREIGN KEY (app_id, tenant_id, device_id_hash) REFERENCES passwordless_devices(app_id, tenant_id, device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'UNIQUE (app_id, tenant_id, link_code_hash)', 3),
          ('constraint passwordless_codes.passwordless_codes_pkey', 'PRIMARY KEY (app_id, tenant_id, code_id)', 3),
          ('constraint passwordless_devices.passwordless_devices_pkey', 'PRIMARY KEY (app_id, tenant_id, device_id_hash)', 3),
          ('constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'UNIQUE (app_id, tenant_id, email)', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'UNIQUE (app_id, tenant_id, phone_number)', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 3),
          ('constraint passwordless_users.passwordless_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint passwordless_users.passwordless_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint role_permissions.role_permissions_pkey', 'PRIMARY KEY (app_id, role, permission)', 3),
          ('constraint role_permissions.role_permissions_role_fkey', 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE', 3),
          ('constraint roles.roles_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint roles.roles_pkey', 'PRIMARY KEY (app_id, role)', 3),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'PRIMARY KEY (app_id, created_at_time)', 3),
          ('constraint session_info.session_info_pkey', 'PRIMARY KEY (app_id, tenant_id, session_handle)', 3),
          ('constraint session_info.session_info_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint tenant_configs.tenant_configs_pkey', 'PRIMARY KEY (connection_uri_domain, app_id, tenant_id)', 3),
          ('constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_pkey', 'PRIMARY KEY (connection_uri_domain, app_id, tenant_id, third_party_id, client_type)', 3),
          ('constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_fkey', 'FOREIGN KEY (connection_uri_domain, app_id, tenant_id, third_party_id) REFERENCES tenant_thirdparty_providers(connection_uri_domain, app_id, tenant_id, third_party_id) ON DELETE CASCADE', 3),
          ('constraint tenant_thirdparty_providers.tenant_thirdparty_providers_pkey', 'PRIMARY KEY (connection_uri_domain, app_id, tenant_id, third_party_id)', 3),
          ('constraint tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_fkey', 'FOREIGN KEY (connection_uri_domain, app_id, tenant_id) REFERENCES tenant_configs(connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint tenants.tenants_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint tenants.tenants_pkey', 'PRIMARY KEY (app_id, tenant_id)', 3),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 3),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_key', 'UNIQUE (app_id, tenant_id, third_party_id, third_party_user_id)', 3),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 3),
          ('constraint thirdparty_users.thirdparty_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint thirdparty_users.thirdparty_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint totp_used_codes.totp_used_codes_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, created_time_ms)', 3),
          ('constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint totp_used_codes.totp_used_codes_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint totp_user_devices.totp_user_devices_pkey', 'PRIMARY KEY (app_id, user_id, device_name)', 3),
          ('constraint totp_user_devices.totp_user_devices_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint totp_users.totp_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint totp_users.totp_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint user_last_active.user_last_active_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint user_last_active.user_last_active_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint user_metadata.user_metadata_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint user_metadata.user_metadata_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint user_roles.user_roles_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, role)', 3),
          ('constraint user_roles.user_roles_role_fkey', 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE', 3),
          ('constraint user_roles.user_roles_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'UNIQUE (app_id, external_user_id)', 3),
          ('constraint userid_mapping.userid_mapping_pkey', 'PRIMARY KEY (app_id, supertokens_user_id, external_user_id)', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'FOREIGN KEY (app_id, supertokens_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'UNIQUE (app_id, supertokens_user_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'CREATE INDEX all_auth_recipe_tenant_id_index ON all_auth_recipe_users USING btree (app_id, tenant_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_index', 'CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users USING btree (app_id, user_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC)', 1),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index1', 'CREATE INDEX all_auth_recipe_users_pagination_index1 ON all_auth_recipe_users USING btree (app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index2', 'CREATE INDEX all_auth_recipe_users_pagination_index2 ON all_auth_recipe_users USING btree (app_id, tenant_id, primary_or_recipe_user_time_joined, primary_or_recipe_user_id DESC)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index3', 'CREATE INDEX all_auth_recipe_users_pagination_index3 ON all_auth_recipe_users USING btree (recipe_id, app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index4', 'CREATE INDEX all_auth_recipe_users_pagination_index4 ON all_auth_recipe_users USING btree (recipe_id, app_id, tenant_id, primary_or_recipe_user_time_joined, primary_or_recipe_user_id DESC)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_primary_user_id_index', 'CREATE INDEX all_auth_recipe_users_primary_user_id_index ON all_auth_recipe_users USING btree (primary_or_recipe_user_id, app_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_recipe_id_index', 'CREATE INDEX all_auth_recipe_users_recipe_id_index ON all_auth_recipe_users USING btree (app_id, recipe_id, tenant_id)', 3),
          ('index app_id_to_user_id.app_id_to_user_id_app_id_index', 'CREATE INDEX app_id_to_user_id_app_id_index ON app_id_to_user_id USING btree (app_id)', 3),
          ('index app_id_to_user_id.app_id_to_user_id_primary_user_id_index', 'CREATE INDEX app_id_to_user_id_primary_user_id_index ON app_id_to_user_id USING btree (primary_or_recipe_user_id, app_id)', 3),
          ('index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'CREATE INDEX dashboard_user_sessions_expiry_index ON dashboard_user_sessions USING btree (expiry)', 3),
          ('index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'CREATE INDEX dashboard_user_sessions_user_id_index ON dashboard_user_sessions USING btree (app_id, user_id)', 3),
          ('index dashboard_users.dashboard_users_app_id_index', 'CREATE INDEX dashboard_users_app_id_index ON dashboard_users USING btree (app_id)', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'CREATE INDEX emailpassword_password_reset_token_expiry_index ON emailpassword_pswd_reset_tokens USING btree (token_expiry)', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'CREATE INDEX emailpassword_pswd_reset_tokens_user_id_index ON emailpassword_pswd_reset_tokens USING btree (app_id, user_id)', 3),
          ('index emailverification_tokens.emailverification_tokens_index', 'CREATE INDEX emailverification_tokens_index ON emailverification_tokens USING btree (token_expiry)', 3),
          ('index emailverification_tokens.emailverification_tokens_tenant_id_index', 'CREATE INDEX emailverification_tokens_tenant_id_index ON emailverification_tokens USING btree (app_id, tenant_id)', 3),
          ('index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'CREATE INDEX emailverification_verified_emails_app_id_index ON emailverification_verified_emails USING btree (app_id)', 3),
          ('index jwt_signing_keys.jwt_signing_keys_app_id_index', 'CREATE INDEX jwt_signing_keys_app_id_index ON jwt_signing_keys USING btree (app_id)', 3),
          ('index key_value.key_value_tenant_id_index', 'CREATE INDEX key_value_tenant_id_index ON key_value USING btree (app_id, tenant_id)', 3),
          ('index passwordless_codes.passwordless_codes_created_at_index', 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (app_id, tenant_id, created_at)', 3),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (app_id, tenant_id, device_id_hash)', 3),
          ('index passwordless_devices.passwordless_devices_email_index', 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (app_id, tenant_id, email)', 3),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (app_id, tenant_id, phone_number)', 3),
          ('index passwordless_devices.passwordless_devices_tenant_id_index', 'CREATE INDEX passwordless_devices_tenant_id_index ON passwordless_devices USING btree (app_id, tenant_id)', 3),
          ('index role_permissions.role_permissions_permission_index', 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (app_id, permission)', 3),
          ('index role_permissions.role_permissions_role_index', 'CREATE INDEX role_permissions_role_index ON role_permissions USING btree (app_id, role)', 3),
          ('index roles.roles_app_id_index', 'CREATE INDEX roles_app_id_index ON roles USING btree (app_id)', 3),
          ('index session_access_token_signing_keys.access_token_signing_keys_app_id_index', 'CREATE INDEX access_token_signing_keys_app_id_index ON session_access_token_signing_keys USING btree (app_id)', 3),
          ('index session_info.session_expiry_index', 'CREATE INDEX session_expiry_index ON session_info USING btree (expires_at)', 3),
          ('index session_info.session_info_tenant_id_index', 'CREATE INDEX session_info_tenant_id_index ON session_info USING btree (app_id, tenant_id)', 3),
          ('index tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_index', 'CREATE INDEX tenant_thirdparty_provider_clients_third_party_id_index ON tenant_thirdparty_provider_clients USING btree (connection_uri_domain, app_id, tenant_id, third_party_id)', 3),
          ('index tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_index', 'CREATE INDEX tenant_thirdparty_providers_tenant_id_index ON tenant_thirdparty_providers USING btree (connection_uri_domain, app_id, tenant_id)', 3),
          ('index tenants.tenants_app_id_index', 'CREATE INDEX tenants_app_id_index ON tenants USING btree (app_id)', 3),
          ('index thirdparty_users.thirdparty_users_email_index', 'CREATE INDEX thirdparty_users_email_index ON thirdparty_users USING btree (app_id, email)', 3),
          ('index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'CREATE INDEX thirdparty_users_thirdparty_user_id_index ON thirdparty_users USING btree (app_id, third_party_id, third_party_user_id)', 3),
          ('index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes USING btree (app_id, tenant_id, expiry_time_ms)', 3),
          ('index totp_used_codes.totp_used_codes_tenant_id_index', 'CREATE INDEX totp_used_codes_tenant_id_index ON totp_used_codes USING btree (app_id, tenant_id)', 3),
          ('index totp_used_codes.totp_used_codes_user_id_index', 'CREATE INDEX totp_used_codes_user_id_index ON totp_used_codes USING btree (app_id, user_id)', 3),
          ('index totp_user_devices.totp_user_devices_user_id_index', 'CREATE INDEX totp_user_devices_user_id_index ON totp_user_devices USING btree (app_id, user_id)', 3),
          ('index totp_users.totp_users_app_id_index', 'CREATE INDEX totp_users_app_id_index ON totp_users USING btree (app_id)', 3),
          ('index user_last_active.user_last_active_app_id_index', 'CREATE INDEX user_last_active_app_id_index ON user_last_active USING btree (app_id)', 3),
          ('index user_metadata.user_metadata_app_id_index', 'CREATE INDEX user_metadata_app_id_index ON user_metadata USING btree (app_id)', 3),
          ('index user_roles.user_roles_app_id_role_index', 'CREATE INDEX user_roles_app_id_role_index ON user_roles USING btree (app_id, role)', 3),
          ('index user_roles.user_roles_role_index', 'CREATE INDEX user_roles_role_index ON user_roles USING btree (app_id, tenant_id, role)', 3),
          ('index user_roles.user_roles_tenant_id_index', 'CREATE INDEX user_roles_tenant_id_index ON user_roles USING btree (app_id, tenant_id)', 3),
          ('index userid_mapping.userid_mapping_supertokens_user_id_index', 'CREATE INDEX userid_mapping_supertokens_user_id_index ON userid_mapping USING btree (app_id, supertokens_user_id)', 3),
          ('table all_auth_recipe_users', 'present', 3),
          ('table app_id_to_user_id', 'present', 3),
          ('table apps', 'present', 3),
          ('table dashboard_user_sessions', 'present', 3),
          ('table dashboard_users', 'present', 3),
          ('table emailpassword_pswd_reset_tokens', 'present', 3),
          ('table emailpassword_user_to_tenant', 'present', 3),
          ('table emailpassword_users', 'present', 3),
          ('table emailverification_tokens', 'present', 3),
          ('table emailverification_verified_emails', 'present', 3),
          ('table jwt_signing_keys', 'present', 3),
          ('table key_value', 'present', 3),
          ('table passwordless_codes', 'present', 3),
          ('table passwordless_devices', 'present', 3),
          ('table passwordless_user_to_tenant', 'present', 3),
          ('table passwordless_users', 'present', 3),
          ('table role_permissions', 'present', 3),
          ('table roles', 'present', 3),
          ('table session_access_token_signing_keys', 'present', 3),
          ('table session_info', 'present', 3),
          ('table tenant_configs', 'present', 3),
          ('table tenant_thirdparty_provider_clients', 'present', 3),
          ('table tenant_thirdparty_providers', 'present', 3),
          ('table tenants', 'present', 3),
          ('table thirdparty_user_to_tenant', 'present', 3),
          ('table thirdparty_users', 'present', 3),
          ('table totp_used_codes', 'present', 3),
          ('table totp_user_devices', 'present', 3),
          ('table totp_users', 'present', 3),
          ('table user_last_active', 'present', 3),
          ('table user_metadata', 'present', 3),
          ('table user_roles', 'present', 3),
          ('table userid_mapping', 'present', 3)),
      required(k, m, f) AS (VALUES ('column all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no column app_id', 3),
          ('column all_auth_recipe_users.is_linked_or_is_a_primary_user', 'table all_auth_recipe_users has no column is_linked_or_is_a_primary_user', 2),
          ('column all_auth_recipe_users.primary_or_recipe_user_id', 'table all_auth_recipe_users has no column primary_or_recipe_user_id', 2),
          ('column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'table all_auth_recipe_users has no column primary_or_recipe_user_time_joined', 2),
          ('column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id', 3),
          ('column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id', 3),
          ('column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined', 3),
          ('column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id', 3),
          ('column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id', 3),
          ('column app_id_to_user_id.is_linked_or_is_a_primary_user', 'table app_id_to_user_id has no column is_linked_or_is_a_primary_user', 2),
          ('column app_id_to_user_id.primary_or_recipe_user_id', 'table app_id_to_user_id has no column primary_or_recipe_user_id', 2),
          ('column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id', 3),
          ('column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id', 3),
          ('column apps.app_id', 'table apps has no column app_id', 3),
          ('column apps.created_at_time', 'table apps has no column created_at_time', 3),
          ('column dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no column app_id', 3),
          ('column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry', 3),
          ('column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id', 3),
          ('column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created', 3),
          ('column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id', 3),
          ('column dashboard_users.app_id', 'table dashboard_users has no column app_id', 3),
          ('column dashboard_users.email', 'table dashboard_users has no column email', 3),
          ('column dashboard_users.password_hash', 'table dashboard_users has no column password_hash', 3),
          ('column dashboard_users.time_joined', 'table dashboard_users has no column time_joined', 3),
          ('column dashboard_users.user_id', 'table dashboard_users has no column user_id', 3),
          ('column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens has no column app_id', 3),
          ('column emailpassword_pswd_reset_tokens.email', 'table emailpassword_pswd_reset_tokens has no column email', 2),
          ('column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token', 3),
          ('column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry', 3),
          ('column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id', 3),
          ('column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant has no column app_id', 3),
          ('column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no column email', 3),
          ('column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant has no column tenant_id', 3),
          ('column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant has no column user_id', 3),
          ('column emailpassword_users.app_id', 'table emailpassword_users has no column app_id', 3),
          ('column emailpassword_users.email', 'table emailpassword_users has no column email', 3),
          ('column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash', 3),
          ('column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined', 3),
          ('column emailpassword_users.user_id', 'table emailpassword_users has no column user_id', 3),
          ('column emailverification_tokens.app_id', 'table emailverification_tokens has no column app_id', 3),
          ('column emailverification_tokens.email', 'table emailverification_tokens has no column email', 3),
          ('column emailverification_tokens.tenant_id', 'table emailverification_tokens has no column tenant_id', 3),
          ('column emailverification_tokens.token', 'table emailverification_tokens has no column token', 3),
          ('column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry', 3),
          ('column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id', 3),
          ('column emailverification_verified_emails.app_id', 'table emailverification_verified_emails has no column app_id', 3),
          ('column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email', 3),
          ('column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id', 3),
          ('column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm', 3),
          ('column jwt_signing_keys.app_id', 'table jwt_signing_keys has no column app_id', 3),
          ('column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at', 3),
          ('column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id', 3),
          ('column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string', 3),
          ('column key_value.app_id', 'table key_value has no column app_id', 3),
          ('column key_value.created_at_time', 'table key_value has no column created_at_time', 3),
          ('column key_value.name', 'table key_value has no column name', 3),
          ('column key_value.tenant_id', 'table key_value has no column tenant_id', 3),
          ('column key_value.value', 'table key_value has no column value', 3),
          ('column passwordless_codes.app_id', 'table passwordless_codes has no column app_id', 3),
          ('column passwordless_codes.code_id', 'table passwordless_codes has no column code_id', 3),
          ('column passwordless_codes.created_at', 'table passwordless_codes has no column created_at', 3),
          ('column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash', 3),
          ('column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash', 3),
          ('column passwordless_codes.tenant_id', 'table passwordless_codes has no column tenant_id', 3),
          ('column passwordless_devices.app_id', 'table passwordless_devices has no column app_id', 3),
          ('column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash', 3),
          ('column passwordless_devices.email', 'table passwordless_devices has no column email', 3),
          ('column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts', 3),
          ('column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt', 3),
          ('column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number', 3),
          ('column passwordless_devices.tenant_id', 'table passwordless_devices has no column tenant_id', 3),
          ('column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant has no column app_id', 3),
          ('column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no column email', 3),
          ('column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no column phone_number', 3),
          ('column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant has no column tenant_id', 3),
          ('column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant has no column user_id', 3),
          ('column passwordless_users.app_id', 'table passwordless_users has no column app_id', 3),
          ('column passwordless_users.email', 'table passwordless_users has no column email', 3),
          ('column passwordless_users.phone_number', 'table passwordless_users has no column phone_number', 3),
          ('column passwordless_users.time_joined', 'table passwordless_users has no column time_joined', 3),
          ('column passwordless_users.user_id', 'table passwordless_users has no column user_id', 3),
          ('column role_permissions.app_id', 'table role_permissions has no column app_id', 3),
          ('column role_permissions.permission', 'table role_permissions has no column permission', 3),
          ('column role_permissions.role', 'table role_permissions has no column role', 3),
          ('column roles.app_id', 'table roles has no column app_id', 3),
          ('column roles.role', 'table roles has no column role', 3),
          ('column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys has no column app_id', 3),
          ('column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time', 3),
          ('column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value', 3),
          ('column session_info.app_id', 'table session_info has no column app_id', 3),
          ('column session_info.created_at_time', 'table session_info has no column created_at_time', 3),
          ('column session_info.expires_at', 'table session_info has no column expires_at', 3),
          ('column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload', 3),
          ('column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2', 3),
          ('column session_info.session_data', 'table session_info has no column session_data', 3),
          ('column session_info.session_handle', 'table session_info has no column session_handle', 3),
          ('column session_info.tenant_id', 'table session_info has no column tenant_id', 3),
          ('column session_info.use_static_key', 'table session_info has no column use_static_key', 3),
          ('column session_info.user_id', 'table session_info has no column user_id', 3),
          ('column tenant_configs.app_id', 'table tenant_configs has no column app_id', 3),
          ('column tenant_configs.connection_uri_domain', 'table tenant_configs has no column connection_uri_domain', 3),
          ('column tenant_configs.core_config', 'table tenant_configs has no column core_config', 3),
          ('column tenant_configs.email_password_enabled', 'table tenant_configs has no column email_password_enabled', 3),
          ('column tenant_configs.passwordless_enabled', 'table tenant_configs has no column passwordless_enabled', 3),
          ('column tenant_configs.tenant_id', 'table tenant_configs has no column tenant_id', 3),
          ('column tenant_configs.third_party_enabled', 'table tenant_configs has no column third_party_enabled', 3),
          ('column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients has no column additional_config', 3),
          ('column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients has no column app_id', 3),
          ('column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients has no column client_id', 3),
          ('column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients has no column client_secret', 3),
          ('column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients has no column client_type', 3),
          ('column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients has no column connection_uri_domain', 3),
          ('column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients has no column force_pkce', 3),
          ('column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients has no column scope', 3),
          ('column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients has no column tenant_id', 3),
          ('column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients has no column third_party_id', 3),
          ('column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers has no column app_id', 3),
          ('column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers has no column authorization_endpoint', 3),
          ('column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers has no column authorization_endpoint_query_params', 3),
          ('column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers has no column connection_uri_domain', 3),
          ('column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers has no column jwks_uri', 3),
          ('column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers has no column name', 3),
          ('column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers has no column oidc_discovery_endpoint', 3),
          ('column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers has no column require_email', 3),
          ('column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers has no column tenant_id', 3),
          ('column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers has no column third_party_id', 3),
          ('column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers has no column token_endpoint', 3),
          ('column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers has no column token_endpoint_body_params', 3),
          ('column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers has no column user_info_endpoint', 3),
          ('column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers has no column user_info_endpoint_headers', 3),
          ('column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers has no column user_info_endpoint_query_params', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email_verified', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_user_id', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email_verified', 3),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_user_id', 3),
          ('column tenants.app_id', 'table tenants has no column app_id', 3),
          ('column tenants.created_at_time', 'table tenants has no column created_at_time', 3),
          ('column tenants.tenant_id', 'table tenants has no column tenant_id', 3),
          ('column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant has no column app_id', 3),
          ('column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant has no column tenant_id', 3),
          ('column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant has no column third_party_id', 3),
          ('column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no column third_party_user_id', 3),
          ('column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant has no column user_id', 3),
          ('column thirdparty_users.app_id', 'table thirdparty_users has no column app_id', 3),
          ('column thirdparty_users.email', 'table thirdparty_users has no column email', 3),
          ('column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id', 3),
          ('column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id', 3),
          ('column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined', 3),
          ('column thirdparty_users.user_id', 'table thirdparty_users has no column user_id', 3),
          ('column totp_used_codes.app_id', 'table totp_used_codes has no column app_id', 3),
          ('column totp_used_codes.code', 'table totp_used_codes has no column code', 3),
          ('column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms', 3),
          ('column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms', 3),
          ('column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid', 3),
          ('column totp_used_codes.tenant_id', 'table totp_used_codes has no column tenant_id', 3),
          ('column totp_used_codes.user_id', 'table totp_used_codes has no column user_id', 3),
          ('column totp_user_devices.app_id', 'table totp_user_devices has no column app_id', 3),
          ('column totp_user_devices.device_name', 'table totp_user_devices has no column device_name', 3),
          ('column totp_user_devices.period', 'table totp_user_devices has no column period', 3),
          ('column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key', 3),
          ('column totp_user_devices.skew', 'table totp_user_devices has no column skew', 3),
          ('column totp_user_devices.user_id', 'table totp_user_devices has no column user_id', 3),
          ('column totp_user_devices.verified', 'table totp_user_devices has no column verified', 3),
          ('column totp_users.app_id', 'table totp_users has no column app_id', 3),
          ('column totp_users.user_id', 'table totp_users has no column user_id', 3),
          ('column user_last_active.app_id', 'table user_last_active has no column app_id', 3),
          ('column user_last_active.last_active_time', 'table user_last_active has no column last_active_time', 3),
          ('column user_last_active.user_id', 'table user_last_active has no column user_id', 3),
          ('column user_metadata.app_id', 'table user_metadata has no column app_id', 3),
          ('column user_metadata.user_id', 'table user_metadata has no column user_id', 3),
          ('column user_metadata.user_metadata', 'table user_metadata has no column user_metadata', 3),
          ('column user_roles.app_id', 'table user_roles has no column app_id', 3),
          ('column user_roles.role', 'table user_roles has no column role', 3),
          ('column user_roles.tenant_id', 'table user_roles has no column tenant_id', 3),
          ('column user_roles.user_id', 'table user_roles has no column user_id', 3),
          ('column userid_mapping.app_id', 'table userid_mapping has no column app_id', 3),
          ('column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id', 3),
          ('column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info', 3),
          ('column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_pkey', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_primary_or_recipe_user_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_primary_or_recipe_user_id_fkey', 2),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_tenant_id_fkey', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_user_id_fkey', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_app_id_fkey', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_pkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_pkey', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_primary_or_recipe_user_id_fkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_primary_or_recipe_user_id_fkey', 2),
          ('constraint apps.apps_pkey', 'table apps has no constraint apps_pkey', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_pkey', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_user_id_fkey', 3),
          ('constraint dashboard_users.dashboard_users_app_id_fkey', 'table dashboard_users has no constraint dashboard_users_app_id_fkey', 3),
          ('constraint dashboard_users.dashboard_users_email_key', 'table dashboard_users has no constraint dashboard_users_email_key', 3),
          ('constraint dashboard_users.dashboard_users_pkey', 'table dashboard_users has no constraint dashboard_users_pkey', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_pkey', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_token_key', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_user_id_fkey', 2),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_email_key', 3),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_pkey', 3),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_user_id_fkey', 3),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'table emailpassword_users has no constraint emailpassword_users_pkey', 3),
          ('constraint emailpassword_users.emailpassword_users_user_id_fkey', 'table emailpassword_users has no constraint emailpassword_users_user_id_fkey', 3),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'table emailverification_tokens has no constraint emailverification_tokens_pkey', 3),
          ('constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'table emailverification_tokens has no constraint emailverification_tokens_tenant_id_fkey', 3),
          ('constraint emailverification_tokens.emailverification_tokens_token_key', 'table emailverification_tokens has no constraint emailverification_tokens_token_key', 3),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_app_id_fkey', 3),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_pkey', 3),
          ('constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_app_id_fkey', 3),
          ('constraint jwt_signing_keys.jwt_signing_keys_pkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_pkey', 3),
          ('constraint key_value.key_value_pkey', 'table key_value has no constraint key_value_pkey', 3),
          ('constraint key_value.key_value_tenant_id_fkey', 'table key_value has no constraint key_value_tenant_id_fkey', 3),
          ('constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'table passwordless_codes has no constraint passwordless_codes_device_id_hash_fkey', 3),
          ('constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'table passwordless_codes has no constraint passwordless_codes_link_code_hash_key', 3),
          ('constraint passwordless_codes.passwordless_codes_pkey', 'table passwordless_codes has no constraint passwordless_codes_pkey', 3),
          ('constraint passwordless_devices.passwordless_devices_pkey', 'table passwordless_devices has no constraint passwordless_devices_pkey', 3),
          ('constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'table passwordless_devices has no constraint passwordless_devices_tenant_id_fkey', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_email_key', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_phone_number_key', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_pkey', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_user_id_fkey', 3),
          ('constraint passwordless_users.passwordless_users_pkey', 'table passwordless_users has no constraint passwordless_users_pkey', 3),
          ('constraint passwordless_users.passwordless_users_user_id_fkey', 'table passwordless_users has no constraint passwordless_users_user_id_fkey', 3),
          ('constraint role_permissions.role_permissions_pkey', 'table role_permissions has no constraint role_permissions_pkey', 3),
          ('constraint role_permissions.role_permissions_role_fkey', 'table role_permissions has no constraint role_permissions_role_fkey', 3),
          ('constraint roles.roles_app_id_fkey', 'table roles has no constraint roles_app_id_fkey', 3),
          ('constraint roles.roles_pkey', 'table roles has no constraint roles_pkey', 3),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_app_id_fkey', 3),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_pkey', 3),
          ('constraint session_info.session_info_pkey', 'table session_info has no constraint session_info_pkey', 3),
          ('constraint session_info.session_info_tenant_id_fkey', 'table session_info has no constraint session_info_tenant_id_fkey', 3),
          ('constraint tenant_configs.tenant_configs_pkey', 'table tenant_configs has no constraint tenant_configs_pkey', 3),
          ('constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_pkey', 'table tenant_thirdparty_provider_clients has no constraint tenant_thirdparty_provider_clients_pkey', 3),
          ('constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_fkey', 'table tenant_thirdparty_provider_clients has no constraint tenant_thirdparty_provider_clients_third_party_id_fkey', 3),
          ('constraint tenant_thirdparty_providers.tenant_thirdparty_providers_pkey', 'table tenant_thirdparty_providers has no constraint tenant_thirdparty_providers_pkey', 3),
          ('constraint tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_fkey', 'table tenant_thirdparty_providers has no constraint tenant_thirdparty_providers_tenant_id_fkey', 3),
          ('constraint tenants.tenants_app_id_fkey', 'table tenants has no constraint tenants_app_id_fkey', 3),
          ('constraint tenants.tenants_pkey', 'table tenants has no constraint tenants_pkey', 3),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_pkey', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_pkey', 3),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_key', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_third_party_user_id_key', 3),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_user_id_fkey', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_user_id_fkey', 3),
          ('constraint thirdparty_users.thirdparty_users_pkey', 'table thirdparty_users has no constraint thirdparty_users_pkey', 3),
          ('constraint thirdparty_users.thirdparty_users_user_id_fkey', 'table thirdparty_users has no constraint thirdparty_users_user_id_fkey', 3),
          ('constraint totp_used_codes.totp_used_codes_pkey', 'table totp_used_codes has no constraint totp_used_codes_pkey', 3),
          ('constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_tenant_id_fkey', 3),
          ('constraint totp_used_codes.totp_used_codes_user_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_user_id_fkey', 3),
          ('constraint totp_user_devices.totp_user_devices_pkey', 'table totp_user_devices has no constraint totp_user_devices_pkey', 3),
          ('constraint totp_user_devices.totp_user_devices_user_id_fkey', 'table totp_user_devices has no constraint totp_user_devices_user_id_fkey', 3),
          ('constraint totp_users.totp_users_app_id_fkey', 'table totp_users has no constraint totp_users_app_id_fkey', 3),
          ('constraint totp_users.totp_users_pkey', 'table totp_users has no constraint totp_users_pkey', 3),
          ('constraint user_last_active.user_last_active_app_id_fkey', 'table user_last_active has no constraint user_last_active_app_id_fkey', 3),
          ('constraint user_last_active.user_last_active_pkey', 'table user_last_active has no constraint user_last_active_pkey', 3),
          ('constraint user_metadata.user_metadata_app_id_fkey', 'table user_metadata has no constraint user_metadata_app_id_fkey', 3),
          ('constraint user_metadata.user_metadata_pkey', 'table user_metadata has no constraint user_metadata_pkey', 3),
          ('constraint user_roles.user_roles_pkey', 'table user_roles has no constraint user_roles_pkey', 3),
          ('constraint user_roles.user_roles_role_fkey', 'table user_roles has no constraint user_roles_role_fkey', 3),
          ('constraint user_roles.user_roles_tenant_id_fkey', 'table user_roles has no constraint user_roles_tenant_id_fkey', 3),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'table userid_mapping has no constraint userid_mapping_external_user_id_key', 3),
          ('constraint userid_mapping.userid_mapping_pkey', 'table userid_mapping has no constraint userid_mapping_pkey', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_fkey', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_key', 3),
          ('index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_tenant_id_index', 3),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_user_id_index', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index1', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index1', 2),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index2', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index2', 2),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index3', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index3', 2),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index4', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index4', 2),
          ('index all_auth_recipe_users.all_auth_recipe_users_primary_user_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_primary_user_id_index', 2),
          ('index all_auth_recipe_users.all_auth_recipe_users_recipe_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_recipe_id_index', 2),
          ('index app_id_to_user_id.app_id_to_user_id_app_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_app_id_index', 3),
          ('index app_id_to_user_id.app_id_to_user_id_primary_user_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_primary_user_id_index', 2),
          ('index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index', 3),
          ('index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_user_id_index', 3),
          ('index dashboard_users.dashboard_users_app_id_index', 'table dashboard_users has no index dashboard_users_app_id_index', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_pswd_reset_tokens_user_id_index', 3),
          ('index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index', 3),
          ('index emailverification_tokens.emailverification_tokens_tenant_id_index', 'table emailverification_tokens has no index emailverification_tokens_tenant_id_index', 3),
          ('index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'table emailverification_verified_emails has no index emailverification_verified_emails_app_id_index', 3),
          ('index jwt_signing_keys.jwt_signing_keys_app_id_index', 'table jwt_signing_keys has no index jwt_signing_keys_app_id_index', 3),
          ('index key_value.key_value_tenant_id_index', 'table key_value has no index key_value_tenant_id_index', 3),
          ('index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index', 3),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'table passwordless_codes has no index passwordless_codes_device_id_hash_index', 3),
          ('index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index', 3),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index', 3),
          ('index passwordless_devices.passwordless_devices_tenant_id_index', 'table passwordless_devices has no index passwordless_devices_tenant_id_index', 3),
          ('index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index', 3),
          ('index role_permissions.role_permissions_role_index', 'table role_permissions has no index role_permissions_role_index', 3),
          ('index roles.roles_app_id_index', 'table roles has no index roles_app_id_index', 3),
          ('index session_access_token_signing_keys.access_token_signing_keys_app_id_index', 'table session_access_token_signing_keys has no index access_token_signing_keys_app_id_index', 3),
          ('index session_info.session_expiry_index', 'table session_info has no index session_expiry_index', 3),
          ('index session_info.session_info_tenant_id_index', 'table session_info has no index session_info_tenant_id_index', 3),
          ('index tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_index', 'table tenant_thirdparty_provider_clients has no index tenant_thirdparty_provider_clients_third_party_id_index', 3),
          ('index tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_index', 'table tenant_thirdparty_providers has no index tenant_thirdparty_providers_tenant_id_index', 3),
          ('index tenants.tenants_app_id_index', 'table tenants has no index tenants_app_id_index', 3),
          ('index thirdparty_users.thirdparty_users_email_index', 'table thirdparty_users has no index thirdparty_users_email_index', 3),
          ('index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'table thirdparty_users has no index thirdparty_users_thirdparty_user_id_index', 3),
          ('index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index', 3),
          ('index totp_used_codes.totp_used_codes_tenant_id_index', 'table totp_used_codes has no index totp_used_codes_tenant_id_index', 3),
          ('index totp_used_codes.totp_used_codes_user_id_index', 'table totp_used_codes has no index totp_used_codes_user_id_index', 3),
          ('index totp_user_devices.totp_user_devices_user_id_index', 'table totp_user_devices has no index totp_user_devices_user_id_index', 3),
          ('index totp_users.totp_users_app_id_index', 'table totp_users has no index totp_users_app_id_index', 3),
          ('index user_last_active.user_last_active_app_id_index', 'table user_last_active has no index user_last_active_app_id_index', 3),
          ('index user_metadata.user_metadata_app_id_index', 'table user_metadata has no index user_metadata_app_id_index', 3),
          ('index user_roles.user_roles_app_id_role_index', 'table user_roles has no index user_roles_app_id_role_index', 3),
          ('index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index', 3),
          ('index user_roles.user_roles_tenant_id_index', 'table user_roles has no index user_roles_tenant_id_index', 3),
          ('index userid_mapping.userid_mapping_supertokens_user_id_index', 'table userid_mapping has no index userid_mapping_supertokens_user_id_index', 3),
          ('table all_auth_recipe_users', 'table all_auth_recipe_users is missing', 3),
          ('table app_id_to_user_id', 'table app_id_to_user_id is missing', 3),
          ('table apps', 'table apps is missing', 3),
          ('table dashboard_user_sessions', 'table dashboard_user_sessions is missing', 3),
          ('table dashboard_users', 'table dashboard_users is missing', 3),
          ('table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing', 3),
          ('table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing', 3),
          ('table emailpassword_users', 'table emailpassword_users is missing', 3),
          ('table emailverification_tokens', 'table emailverification_tokens is missing', 3),
          ('table emailverification_verified_emails', 'table emailverification_verified_emails is missing', 3),
          ('table jwt_signing_keys', 'table jwt_signing_keys is missing', 3),
          ('table key_value', 'table key_value is missing', 3),
          ('table passwordless_codes', 'table passwordless_codes is missing', 3),
          ('table passwordless_devices', 'table passwordless_devices is missing', 3),
          ('table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing', 3),
          ('table passwordless_users', 'table passwordless_users is missing', 3),
          ('table role_permissions', 'table role_permissions is missing', 3),
          ('table roles', 'table roles is missing', 3),
          ('table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing', 3),
          ('table session_info', 'table session_info is missing', 3),
          ('table tenant_configs', 'table tenant_configs is missing', 3),
          ('table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing', 3),
          ('table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing', 3),
          ('table tenants', 'table tenants is missing', 3),
          ('table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing', 3),
          ('table thirdparty_users', 'table thirdparty_users is missing', 3),
          ('table totp_used_codes', 'table totp_used_codes is missing', 3),
          ('table totp_user_devices', 'table totp_user_devices is missing', 3),
          ('table totp_users', 'table totp_users is missing', 3),
          ('table user_last_active', 'table user_last_active is missing', 3),
          ('table user_metadata', 'table user_metadata is missing', 3),
          ('table user_roles', 'table user_roles is missing', 3),
          ('table userid_mapping', 'table userid_mapping is missing', 3)),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint all_auth_recipe_users.all_auth_recipe_users_primary_or_recipe_user_id_fkey', 'constraint app_id_to_user_id.app_id_to_user_id_primary_or_recipe_user_id_fkey', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index1', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index2', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index3', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index4', 'index all_auth_recipe_users.all_auth_recipe_users_primary_user_id_index', 'index all_auth_recipe_users.all_auth_recipe_users_recipe_id_index', 'index app_id_to_user_id.app_id_to_user_id_primary_user_id_index') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at supertokens 6.0, at 7.0, nor between them on this script''s path: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 7.0), or run this one on the supertokens 6.0 database it was made for.';
  END IF;
  PERFORM set_config('plan.target_10ea583b120be994', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: supertokens 6.0 → 7.0: the database was at 7.0 already: nothing to do' END, false);
END
$plan$;
-- index names: the indexes this script creates (all_auth_recipe_users_pagination_index1, all_auth_recipe_users_pagination_index2, all_auth_recipe_users_pagination_index3, all_auth_recipe_users_pagination_index4, all_auth_recipe_users_primary_user_id_index, all_auth_recipe_users_recipe_id_index, app_id_to_user_id_primary_user_id_index) take names unique across the schema: the script stops before any change when an object that is not an index of a supertokens table holds one
DO $plan$
DECLARE
  m text;
BEGIN
  SELECT CASE c.relkind WHEN 'i' THEN 'an index' WHEN 'I' THEN 'an index' WHEN 'r' THEN 'a table' WHEN 'p' THEN 'a table' WHEN 'v' THEN 'a view' WHEN 'm' THEN 'a materialized view' WHEN 'S' THEN 'a sequence' WHEN 'f' THEN 'a foreign table' ELSE 'a relation' END || ' ' || c.relname || COALESCE(' on table ' || t.relname, '') || ' exists; supertokens''s index ' || v.name || ' on ' || v.tbl || ' needs that name (PostgreSQL''s index names are unique across the schema, and the script drops nothing it does not own): rename or drop it, then run this script again. Nothing was changed.'
    INTO m
    FROM (VALUES ('all_auth_recipe_users_pagination_index1', 'all_auth_recipe_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('all_auth_recipe_users_pagination_index2', 'all_auth_recipe_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('all_auth_recipe_users_pagination_index3', 'all_auth_recipe_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('all_auth_recipe_users_pagination_index4', 'all_auth_recipe_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('all_auth_recipe_users_primary_user_id_index', 'all_auth_recipe_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('all_auth_recipe_users_recipe_id_index', 'all_auth_recipe_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('app_id_to_user_id_primary_user_id_index', 'app_id_to_user_id', (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))) v(name, tbl, nsp)
    JOIN pg_class c ON c.relname = v.name AND c.relnamespace = v.nsp
    LEFT JOIN pg_index x ON x.indexrelid = c.oid
    LEFT JOIN pg_class t ON t.oid = x.indrelid
    WHERE NOT (c.relkind IN ('i', 'I') AND t.relname IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping'))
    ORDER BY v.name LIMIT 1;
  IF m IS NOT NULL THEN
    RAISE EXCEPTION '%', 'plan stopped: ' || m;
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 6.0 → 7.0: Account linking (plugin 5.0.0, with the 5.0.4 indexes): every user gets its primary user (itself until the core links it), a linked/primary flag and the primary user's sign-up time; new pagination, primary-user and recipe indexes; password reset tokens point at app_id_to_user_id and carry the e-mail they were sent to.
-- source: plans/supertokens/6.0-7.0.yaml
-- ================================================================================================
-- 6.0 → 7.0 · 1/24 · add column all_auth_recipe_users.primary_or_recipe_user_id
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'primary_or_recipe_user_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE all_auth_recipe_users ADD COLUMN primary_or_recipe_user_id CHAR(36) NOT NULL DEFAULT '0';
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 2/24 · add column all_auth_recipe_users.is_linked_or_is_a_primary_user
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'is_linked_or_is_a_primary_user' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE all_auth_recipe_users ADD COLUMN is_linked_or_is_a_primary_user BOOLEAN NOT NULL DEFAULT FALSE;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 3/24 · add column all_auth_recipe_users.primary_or_recipe_user_time_joined
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'primary_or_recipe_user_time_joined' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE all_auth_recipe_users ADD COLUMN primary_or_recipe_user_time_joined BIGINT NOT NULL DEFAULT 0;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 4/24 · update all_auth_recipe_users
-- why: Before core 7.0 no user is linked, so each user is its own primary user and joined when it signed up.
-- locks: all_auth_recipe_users: ROW EXCLUSIVE, rows
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'primary_or_recipe_user_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character(36)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) IS NULL) THEN
    IF EXISTS (SELECT 1 FROM all_auth_recipe_users WHERE (primary_or_recipe_user_id IS DISTINCT FROM user_id OR primary_or_recipe_user_time_joined IS DISTINCT FROM time_joined)) THEN
      UPDATE all_auth_recipe_users SET primary_or_recipe_user_id = user_id, primary_or_recipe_user_time_joined = time_joined
    WHERE (primary_or_recipe_user_id IS DISTINCT FROM user_id OR primary_or_recipe_user_time_joined IS DISTINCT FROM time_joined);
    END IF;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 5/24 · drop default of all_auth_recipe_users.primary_or_recipe_user_id
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'primary_or_recipe_user_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character(36)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) IS NULL) THEN
    ALTER TABLE all_auth_recipe_users ALTER COLUMN primary_or_recipe_user_id DROP DEFAULT;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 6/24 · drop default of all_auth_recipe_users.primary_or_recipe_user_time_joined
-- why: The fresh 7.0 schema has no default here (the upstream script leaves DEFAULT 0 behind).
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'primary_or_recipe_user_time_joined' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'bigint' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) IS NULL) THEN
    ALTER TABLE all_auth_recipe_users ALTER COLUMN primary_or_recipe_user_time_joined DROP DEFAULT;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 7/24 · add foreign key all_auth_recipe_users_primary_or_recipe_user_id_fkey on all_auth_recipe_users
-- why: Named as the fresh install names it (the upstream MySQL script adds it unnamed).
-- locks: drop foreign key all_auth_recipe_users_primary_or_recipe_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_primary_or_recipe_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_primary_or_recipe_user_id_fkey') THEN
    ALTER TABLE all_auth_recipe_users DROP CONSTRAINT IF EXISTS all_auth_recipe_users_primary_or_recipe_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key all_auth_recipe_users_primary_or_recipe_user_id_fkey: all_auth_recipe_users: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in app_id_to_user_id; blocks writes until COMMIT | app_id_to_user_id: SHARE ROW EXCLUSIVE, scan; read to check the rows of all_auth_recipe_users; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_primary_or_recipe_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE all_auth_recipe_users ADD CONSTRAINT all_auth_recipe_users_primary_or_recipe_user_id_fkey FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 8/24 · drop index all_auth_recipe_users_pagination_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 9/24 · create index all_auth_recipe_users_pagination_index1 on all_auth_recipe_users
-- locks: all_auth_recipe_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index1' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_users_pagination_index1 ON all_auth_recipe_users USING btree (app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index1;
    CREATE INDEX all_auth_recipe_users_pagination_index1 ON all_auth_recipe_users (app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC);
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 10/24 · create index all_auth_recipe_users_pagination_index2 on all_auth_recipe_users
-- locks: all_auth_recipe_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index2' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_users_pagination_index2 ON all_auth_recipe_users USING btree (app_id, tenant_id, primary_or_recipe_user_time_joined, primary_or_recipe_user_id DESC)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index2;
    CREATE INDEX all_auth_recipe_users_pagination_index2 ON all_auth_recipe_users (app_id, tenant_id, primary_or_recipe_user_time_joined, primary_or_recipe_user_id DESC);
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 11/24 · create index all_auth_recipe_users_pagination_index3 on all_auth_recipe_users
-- locks: all_auth_recipe_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index3' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_users_pagination_index3 ON all_auth_recipe_users USING btree (recipe_id, app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index3;
    CREATE INDEX all_auth_recipe_users_pagination_index3 ON all_auth_recipe_users (recipe_id, app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC);
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 12/24 · create index all_auth_recipe_users_pagination_index4 on all_auth_recipe_users
-- locks: all_auth_recipe_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index4' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_users_pagination_index4 ON all_auth_recipe_users USING btree (recipe_id, app_id, tenant_id, primary_or_recipe_user_time_joined, primary_or_recipe_user_id DESC)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index4;
    CREATE INDEX all_auth_recipe_users_pagination_index4 ON all_auth_recipe_users (recipe_id, app_id, tenant_id, primary_or_recipe_user_time_joined, primary_or_recipe_user_id DESC);
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 13/24 · create index all_auth_recipe_users_primary_user_id_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_primary_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_users_primary_user_id_index ON all_auth_recipe_users USING btree (primary_or_recipe_user_id, app_id)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_primary_user_id_index;
    CREATE INDEX all_auth_recipe_users_primary_user_id_index ON all_auth_recipe_users (primary_or_recipe_user_id, app_id);
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 14/24 · create index all_auth_recipe_users_recipe_id_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_recipe_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_users_recipe_id_index ON all_auth_recipe_users USING btree (app_id, recipe_id, tenant_id)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_recipe_id_index;
    CREATE INDEX all_auth_recipe_users_recipe_id_index ON all_auth_recipe_users (app_id, recipe_id, tenant_id);
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 15/24 · add column app_id_to_user_id.primary_or_recipe_user_id
-- locks: app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('app_id_to_user_id') AND a.attname = 'primary_or_recipe_user_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE app_id_to_user_id ADD COLUMN primary_or_recipe_user_id CHAR(36) NOT NULL DEFAULT '0';
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 16/24 · add column app_id_to_user_id.is_linked_or_is_a_primary_user
-- locks: app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('app_id_to_user_id') AND a.attname = 'is_linked_or_is_a_primary_user' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE app_id_to_user_id ADD COLUMN is_linked_or_is_a_primary_user BOOLEAN NOT NULL DEFAULT FALSE;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 17/24 · update app_id_to_user_id
-- locks: app_id_to_user_id: ROW EXCLUSIVE, rows
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('app_id_to_user_id') AND a.attname = 'primary_or_recipe_user_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character(36)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) IS NULL) THEN
    IF EXISTS (SELECT 1 FROM app_id_to_user_id WHERE (primary_or_recipe_user_id IS DISTINCT FROM user_id)) THEN
      UPDATE app_id_to_user_id SET primary_or_recipe_user_id = user_id
    WHERE (primary_or_recipe_user_id IS DISTINCT FROM user_id);
    END IF;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 18/24 · drop default of app_id_to_user_id.primary_or_recipe_user_id
-- locks: app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('app_id_to_user_id') AND a.attname = 'primary_or_recipe_user_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character(36)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) IS NULL) THEN
    ALTER TABLE app_id_to_user_id ALTER COLUMN primary_or_recipe_user_id DROP DEFAULT;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 19/24 · add foreign key app_id_to_user_id_primary_or_recipe_user_id_fkey on app_id_to_user_id
-- why: Named as the fresh install names it (the upstream MySQL script adds it unnamed).
-- locks: drop foreign key app_id_to_user_id_primary_or_recipe_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('app_id_to_user_id') AND conname = 'app_id_to_user_id_primary_or_recipe_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('app_id_to_user_id') AND conname = 'app_id_to_user_id_primary_or_recipe_user_id_fkey') THEN
    ALTER TABLE app_id_to_user_id DROP CONSTRAINT IF EXISTS app_id_to_user_id_primary_or_recipe_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key app_id_to_user_id_primary_or_recipe_user_id_fkey: app_id_to_user_id: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in app_id_to_user_id; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('app_id_to_user_id') AND conname = 'app_id_to_user_id_primary_or_recipe_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE app_id_to_user_id ADD CONSTRAINT app_id_to_user_id_primary_or_recipe_user_id_fkey FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 20/24 · create index app_id_to_user_id_primary_user_id_index on app_id_to_user_id
-- why: Plugin 5.0.4 (core 7.0.13 / 7.0.14); each dialect's fresh 7.0 schema has its own column list.
-- locks: app_id_to_user_id: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('app_id_to_user_id') AND c.relname = 'app_id_to_user_id_primary_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX app_id_to_user_id_primary_user_id_index ON app_id_to_user_id USING btree (primary_or_recipe_user_id, app_id)') THEN
    DROP INDEX IF EXISTS app_id_to_user_id_primary_user_id_index;
    CREATE INDEX app_id_to_user_id_primary_user_id_index ON app_id_to_user_id (primary_or_recipe_user_id, app_id);
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 21/24 · add column emailpassword_pswd_reset_tokens.email
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailpassword_pswd_reset_tokens ADD COLUMN email VARCHAR(256);
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 22/24 · update emailpassword_pswd_reset_tokens from emailpassword_users
-- why: Core 7.0 reads the e-mail a token was issued for from the token; tokens issued by 6.0 take their user's e-mail (the upstream script leaves them NULL). Runs before the key below is re-pointed, which marks it done.
-- locks: emailpassword_pswd_reset_tokens: ROW EXCLUSIVE, rows | emailpassword_users: ACCESS SHARE, read
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    IF EXISTS (SELECT 1 FROM emailpassword_pswd_reset_tokens AS dst WHERE EXISTS (SELECT 1 FROM emailpassword_users AS src WHERE src.app_id = dst.app_id AND src.user_id = dst.user_id AND (dst.email IS DISTINCT FROM src.email))) THEN
      UPDATE emailpassword_pswd_reset_tokens AS dst SET email = (SELECT src.email FROM emailpassword_users AS src WHERE src.app_id = dst.app_id AND src.user_id = dst.user_id)
    WHERE EXISTS (SELECT 1 FROM emailpassword_users AS src WHERE src.app_id = dst.app_id AND src.user_id = dst.user_id AND (dst.email IS DISTINCT FROM src.email));
    END IF;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 23/24 · redefine foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens
-- why: Keeps ON UPDATE CASCADE as in the fresh 7.0 schema (the upstream script drops it).
-- locks: drop foreign key emailpassword_pswd_reset_tokens_user_id_fkey as it is now: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key emailpassword_pswd_reset_tokens_user_id_fkey: emailpassword_pswd_reset_tokens: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in app_id_to_user_id; blocks writes until COMMIT | app_id_to_user_id: SHARE ROW EXCLUSIVE, scan; read to check the rows of emailpassword_pswd_reset_tokens; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens ADD CONSTRAINT emailpassword_pswd_reset_tokens_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 7.0 · 24/24 · rollback refuses rows that hold another value than is_linked_or_is_a_primary_user false
-- why: Going up this changes nothing. Rolling back, a linked or primary user would silently become unrelated users (6.0 has nowhere to keep the link): the rollback counts them first and stops before any change.

-- the end: the database is at 7.0, or the script stops here and everything this run did is rolled back
DO $plan$
DECLARE
  problem text;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind = 'table' THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END AS def FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))) r),
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_10ea583b120be994', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_10ea583b120be994', true), '')::json -> 'r') e),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('') AND a.k IS NULL THEN 1 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, 1 FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1
  INTO problem;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at supertokens 7.0 at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect supertokens names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: supertokens 6.0 → 7.0 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: supertokens 6.0 → 7.0: the database was at 7.0 already: nothing to do' THEN 'plan: supertokens 6.0 → 7.0: the database was at 7.0 already: nothing to do' ELSE 'plan: supertokens 6.0 → 7.0 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: supertokens 6.0 → 7.0 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
