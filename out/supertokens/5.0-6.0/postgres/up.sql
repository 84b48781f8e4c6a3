-- plan 0.1.0 · supertokens 5.0 → 6.0 · postgres · upgrade
-- what:     this script upgrades a supertokens database from 5.0 to 6.0 on PostgreSQL (generated from the plans listed below)
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: pg_dump --format=custom --file=supertokens-5.0-before.dump.partial DATABASE && mv supertokens-5.0-before.dump.partial supertokens-5.0-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE supertokens-5.0-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
-- start:    after applying: SuperTokens core 6.0
-- reverse:  npx plan compile supertokens 6.0 5.0 --dialect postgres -o down.sql
-- the rollback would drop: 9 tables apps, tenants, app_id_to_user_id, tenant_configs, tenant_thirdparty_providers, tenant_thirdparty_provider_clients, emailpassword_user_to_tenant, passwordless_user_to_tenant, thirdparty_user_to_tenant; 32 columns key_value.app_id, key_value.tenant_id, all_auth_recipe_users.app_id, all_auth_recipe_users.tenant_id, session_info.app_id, session_info.tenant_id, session_access_token_signing_keys.app_id, jwt_signing_keys.app_id, emailverification_verified_emails.app_id, emailverification_tokens.app_id, emailverification_tokens.tenant_id, emailpassword_users.app_id, emailpassword_pswd_reset_tokens.app_id, passwordless_users.app_id, passwordless_devices.app_id, passwordless_devices.tenant_id, passwordless_codes.app_id, passwordless_codes.tenant_id, thirdparty_users.app_id, userid_mapping.app_id, roles.app_id, role_permissions.app_id, user_roles.app_id, user_roles.tenant_id, user_metadata.app_id, dashboard_users.app_id, dashboard_user_sessions.app_id, totp_users.app_id, totp_user_devices.app_id, totp_used_codes.app_id, totp_used_codes.tenant_id, user_last_active.app_id, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/supertokens/product.yaml plans/supertokens/5.0-6.0.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/supertokens/product.yaml a1ed9e3446298f2420dcb34e1778ef0cb12794e0addd102b1c3ba24cf9c1eb99
--   plans/supertokens/5.0-6.0.yaml ad9459100d84acfeb6b8947a730a6fbab86c5ffdc94b9bf158a7f3fcee7d3fb0
--   schema at 5.0 replayed from 22 plans (plans/supertokens/0-3.3.yaml …) e72a3e1e21ddfcf9450433a0481b31588a9574911e54df8fa083245730bd9fdb
--     (check: cat plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml > /dev/null && for f in plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- lock:     lock_timeout = '5s' (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.
-- statement: no statement_timeout (npx plan compile --statement-timeout <duration> sets one).
-- timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it starts again from where the database is.
-- owner:    each table this script creates (its indexes with it) is given to the role that owns the product's existing tables, looked up as the script starts (several owners: the one owning most of them, a tie to the first name in byte order); the role running the script must be that role, a member of it or a superuser.
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   userid_mapping: ACCESS EXCLUSIVE from 5.0 → 6.0 · 1/153 · drop foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping — blocks reads and writes
--   all_auth_recipe_users: ACCESS EXCLUSIVE from 5.0 → 6.0 · 1/153 · drop foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping — blocks reads and writes
--   dashboard_user_sessions: ACCESS EXCLUSIVE from 5.0 → 6.0 · 2/153 · drop foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions — blocks reads and writes
--   dashboard_users: ACCESS EXCLUSIVE from 5.0 → 6.0 · 2/153 · drop foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions — blocks reads and writes
--   emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE from 5.0 → 6.0 · 3/153 · drop foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens — blocks reads and writes
--   emailpassword_users: ACCESS EXCLUSIVE from 5.0 → 6.0 · 3/153 · drop foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens — blocks reads and writes
--   passwordless_codes: ACCESS EXCLUSIVE from 5.0 → 6.0 · 4/153 · drop foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes — blocks reads and writes
--   passwordless_devices: ACCESS EXCLUSIVE from 5.0 → 6.0 · 4/153 · drop foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes — blocks reads and writes
--   role_permissions: ACCESS EXCLUSIVE from 5.0 → 6.0 · 5/153 · drop foreign key role_permissions_role_fkey on role_permissions — blocks reads and writes
--   roles: ACCESS EXCLUSIVE from 5.0 → 6.0 · 5/153 · drop foreign key role_permissions_role_fkey on role_permissions — blocks reads and writes
--   user_roles: ACCESS EXCLUSIVE from 5.0 → 6.0 · 6/153 · drop foreign key user_roles_role_fkey on user_roles — blocks reads and writes
--   totp_user_devices: ACCESS EXCLUSIVE from 5.0 → 6.0 · 7/153 · drop foreign key totp_user_devices_user_id_fkey on totp_user_devices — blocks reads and writes
--   totp_users: ACCESS EXCLUSIVE from 5.0 → 6.0 · 7/153 · drop foreign key totp_user_devices_user_id_fkey on totp_user_devices — blocks reads and writes
--   totp_used_codes: ACCESS EXCLUSIVE from 5.0 → 6.0 · 8/153 · drop foreign key totp_used_codes_user_id_fkey on totp_used_codes — blocks reads and writes
--   key_value: ACCESS EXCLUSIVE from 5.0 → 6.0 · 14/153 · add column key_value.app_id — blocks reads and writes
--   session_info: ACCESS EXCLUSIVE from 5.0 → 6.0 · 35/153 · add column session_info.app_id — blocks reads and writes
--   session_access_token_signing_keys: ACCESS EXCLUSIVE from 5.0 → 6.0 · 41/153 · add column session_access_token_signing_keys.app_id — blocks reads and writes
--   jwt_signing_keys: ACCESS EXCLUSIVE from 5.0 → 6.0 · 45/153 · add column jwt_signing_keys.app_id — blocks reads and writes
--   emailverification_verified_emails: ACCESS EXCLUSIVE from 5.0 → 6.0 · 49/153 · add column emailverification_verified_emails.app_id — blocks reads and writes
--   emailverification_tokens: ACCESS EXCLUSIVE from 5.0 → 6.0 · 53/153 · add column emailverification_tokens.app_id — blocks reads and writes
--   passwordless_users: ACCESS EXCLUSIVE from 5.0 → 6.0 · 68/153 · add column passwordless_users.app_id — blocks reads and writes
--   thirdparty_users: ACCESS EXCLUSIVE from 5.0 → 6.0 · 89/153 · add column thirdparty_users.app_id — blocks reads and writes
--   user_metadata: ACCESS EXCLUSIVE from 5.0 → 6.0 · 120/153 · add column user_metadata.app_id — blocks reads and writes
--   user_last_active: ACCESS EXCLUSIVE from 5.0 → 6.0 · 149/153 · add column user_last_active.app_id — blocks reads and writes
-- MANUAL STEPS (1), not done by this script:
--   1. [5.0 → 6.0] Only if this script stops at its check for foreign keys of tables outside supertokens onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).

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

-- check that the database is at 5.0, at 6.0, or between them on this script's path (a resumed run)
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
          ('column all_auth_recipe_users.recipe_id', 'character varying(128) NOT NULL', 3),
          ('column all_auth_recipe_users.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column all_auth_recipe_users.time_joined', 'bigint NOT NULL', 3),
          ('column all_auth_recipe_users.user_id', 'character(36) NOT NULL', 3),
          ('column app_id_to_user_id.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
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
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'PRIMARY KEY (user_id)', 1),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint apps.apps_pkey', 'PRIMARY KEY (app_id)', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'PRIMARY KEY (app_id, session_id)', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'PRIMARY KEY (session_id)', 1),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES dashboard_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint dashboard_users.dashboard_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint dashboard_users.dashboard_users_email_key', 'UNIQUE (app_id, email)', 3),
          ('constraint dashboard_users.dashboard_users_email_key', 'UNIQUE (email)', 1),
          ('constraint dashboard_users.dashboard_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint dashboard_users.dashboard_users_pkey', 'PRIMARY KEY (user_id)', 1),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'PRIMARY KEY (app_id, user_id, token)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'PRIMARY KEY (user_id, token)', 1),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'UNIQUE (token)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES emailpassword_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES emailpassword_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'UNIQUE (app_id, tenant_id, email)', 3),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 3),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 3),
          ('constraint emailpassword_users.emailpassword_users_email_key', 'UNIQUE (email)', 1),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'PRIMARY KEY (user_id)', 1),
          ('constraint emailpassword_users.emailpassword_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, email, token)', 3),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'PRIMARY KEY (user_id, email, token)', 1),
          ('constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint emailverification_tokens.emailverification_tokens_token_key', 'UNIQUE (token)', 3),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'PRIMARY KEY (app_id, user_id, email)', 3),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'PRIMARY KEY (user_id, email)', 1),
          ('constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint jwt_signing_keys.jwt_signing_keys_pkey', 'PRIMARY KEY (app_id, key_id)', 3),
          ('constraint jwt_signing_keys.jwt_signing_keys_pkey', 'PRIMARY KEY (key_id)', 1),
          ('constraint key_value.key_value_pkey', 'PRIMARY KEY (app_id, tenant_id, name)', 3),
          ('constraint key_value.key_value_pkey', 'PRIMARY KEY (name)', 1),
          ('constraint key_value.key_value_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'FOREIGN KEY (app_id, tenant_id, device_id_hash) REFERENCES passwordless_devices(app_id, tenant_id, device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices(device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'UNIQUE (app_id, tenant_id, link_code_hash)', 3),
          ('constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'UNIQUE (link_code_hash)', 1),
          ('constraint passwordless_codes.passwordless_codes_pkey', 'PRIMARY KEY (app_id, tenant_id, code_id)', 3),
          ('constraint passwordless_codes.passwordless_codes_pkey', 'PRIMARY KEY (code_id)', 1),
          ('constraint passwordless_devices.passwordless_devices_pkey', 'PRIMARY KEY (app_id, tenant_id, device_id_hash)', 3),
          ('constraint passwordless_devices.passwordless_devices_pkey', 'PRIMARY KEY (device_id_hash)', 1),
          ('constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'UNIQUE (app_id, tenant_id, email)', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'UNIQUE (app_id, tenant_id, phone_number)', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 3),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 3),
          ('constraint passwordless_users.passwordless_users_email_key', 'UNIQUE (email)', 1),
          ('constraint passwordless_users.passwordless_users_phone_number_key', 'UNIQUE (phone_number)', 1),
          ('constraint passwordless_users.passwordless_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint passwordless_users.passwordless_users_pkey', 'PRIMARY KEY (user_id)', 1),
          ('constraint passwordless_users.passwordless_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint role_permissions.role_permissions_pkey', 'PRIMARY KEY (app_id, role, permission)', 3),
          ('constraint role_permissions.role_permissions_pkey', 'PRIMARY KEY (role, permission)', 1),
          ('constraint role_permissions.role_permissions_role_fkey', 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE', 3),
          ('constraint role_permissions.role_permissions_role_fkey', 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE', 1),
          ('constraint roles.roles_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint roles.roles_pkey', 'PRIMARY KEY (app_id, role)', 3),
          ('constraint roles.roles_pkey', 'PRIMARY KEY (role)', 1),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'PRIMARY KEY (app_id, created_at_time)', 3),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'PRIMARY KEY (created_at_time)', 1),
          ('constraint session_info.session_info_pkey', 'PRIMARY KEY (app_id, tenant_id, session_handle)', 3),
          ('constraint session_info.session_info_pkey', 'PRIMARY KEY (session_handle)', 1),
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
          ('constraint thirdparty_users.thirdparty_users_pkey', 'PRIMARY KEY (third_party_id, third_party_user_id)', 1),
          ('constraint thirdparty_users.thirdparty_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint thirdparty_users.thirdparty_users_user_id_key', 'UNIQUE (user_id)', 1),
          ('constraint totp_used_codes.totp_used_codes_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, created_time_ms)', 3),
          ('constraint totp_used_codes.totp_used_codes_pkey', 'PRIMARY KEY (user_id, created_time_ms)', 1),
          ('constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint totp_used_codes.totp_used_codes_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint totp_used_codes.totp_used_codes_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE', 1),
          ('constraint totp_user_devices.totp_user_devices_pkey', 'PRIMARY KEY (app_id, user_id, device_name)', 3),
          ('constraint totp_user_devices.totp_user_devices_pkey', 'PRIMARY KEY (user_id, device_name)', 1),
          ('constraint totp_user_devices.totp_user_devices_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint totp_user_devices.totp_user_devices_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE', 1),
          ('constraint totp_users.totp_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint totp_users.totp_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint totp_users.totp_users_pkey', 'PRIMARY KEY (user_id)', 1),
          ('constraint user_last_active.user_last_active_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint user_last_active.user_last_active_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint user_last_active.user_last_active_pkey', 'PRIMARY KEY (user_id)', 1),
          ('constraint user_metadata.user_metadata_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint user_metadata.user_metadata_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint user_metadata.user_metadata_pkey', 'PRIMARY KEY (user_id)', 1),
          ('constraint user_roles.user_roles_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, role)', 3),
          ('constraint user_roles.user_roles_pkey', 'PRIMARY KEY (user_id, role)', 1),
          ('constraint user_roles.user_roles_role_fkey', 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE', 3),
          ('constraint user_roles.user_roles_role_fkey', 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE', 1),
          ('constraint user_roles.user_roles_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'UNIQUE (app_id, external_user_id)', 3),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'UNIQUE (external_user_id)', 1),
          ('constraint userid_mapping.userid_mapping_pkey', 'PRIMARY KEY (app_id, supertokens_user_id, external_user_id)', 3),
          ('constraint userid_mapping.userid_mapping_pkey', 'PRIMARY KEY (supertokens_user_id, external_user_id)', 1),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'FOREIGN KEY (app_id, supertokens_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users(user_id) ON DELETE CASCADE', 1),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'UNIQUE (app_id, supertokens_user_id)', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'UNIQUE (supertokens_user_id)', 1),
          ('index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'CREATE INDEX all_auth_recipe_tenant_id_index ON all_auth_recipe_users USING btree (app_id, tenant_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_index', 'CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users USING btree (app_id, user_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC)', 1),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC)', 3),
          ('index app_id_to_user_id.app_id_to_user_id_app_id_index', 'CREATE INDEX app_id_to_user_id_app_id_index ON app_id_to_user_id USING btree (app_id)', 3),
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
          ('index passwordless_codes.passwordless_codes_created_at_index', 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (created_at)', 1),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (app_id, tenant_id, device_id_hash)', 3),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (device_id_hash)', 1),
          ('index passwordless_devices.passwordless_devices_email_index', 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (app_id, tenant_id, email)', 3),
          ('index passwordless_devices.passwordless_devices_email_index', 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (email)', 1),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (app_id, tenant_id, phone_number)', 3),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (phone_number)', 1),
          ('index passwordless_devices.passwordless_devices_tenant_id_index', 'CREATE INDEX passwordless_devices_tenant_id_index ON passwordless_devices USING btree (app_id, tenant_id)', 3),
          ('index role_permissions.role_permissions_permission_index', 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (app_id, permission)', 3),
          ('index role_permissions.role_permissions_permission_index', 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (permission)', 1),
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
          ('index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes USING btree (expiry_time_ms)', 1),
          ('index totp_used_codes.totp_used_codes_tenant_id_index', 'CREATE INDEX totp_used_codes_tenant_id_index ON totp_used_codes USING btree (app_id, tenant_id)', 3),
          ('index totp_used_codes.totp_used_codes_user_id_index', 'CREATE INDEX totp_used_codes_user_id_index ON totp_used_codes USING btree (app_id, user_id)', 3),
          ('index totp_user_devices.totp_user_devices_user_id_index', 'CREATE INDEX totp_user_devices_user_id_index ON totp_user_devices USING btree (app_id, user_id)', 3),
          ('index totp_users.totp_users_app_id_index', 'CREATE INDEX totp_users_app_id_index ON totp_users USING btree (app_id)', 3),
          ('index user_last_active.user_last_active_app_id_index', 'CREATE INDEX user_last_active_app_id_index ON user_last_active USING btree (app_id)', 3),
          ('index user_metadata.user_metadata_app_id_index', 'CREATE INDEX user_metadata_app_id_index ON user_metadata USING btree (app_id)', 3),
          ('index user_roles.user_roles_app_id_role_index', 'CREATE INDEX user_roles_app_id_role_index ON user_roles USING btree (app_id, role)', 3),
          ('index user_roles.user_roles_role_index', 'CREATE INDEX user_roles_role_index ON user_roles USING btree (app_id, tenant_id, role)', 3),
          ('index user_roles.user_roles_role_index', 'CREATE INDEX user_roles_role_index ON user_roles USING btree (role)', 1),
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
      required(k, m, f) AS (VALUES ('column all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no column app_id', 2),
          ('column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id', 3),
          ('column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id', 2),
          ('column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined', 3),
          ('column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id', 3),
          ('column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id', 2),
          ('column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id', 2),
          ('column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id', 2),
          ('column apps.app_id', 'table apps has no column app_id', 2),
          ('column apps.created_at_time', 'table apps has no column created_at_time', 2),
          ('column dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no column app_id', 2),
          ('column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry', 3),
          ('column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id', 3),
          ('column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created', 3),
          ('column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id', 3),
          ('column dashboard_users.app_id', 'table dashboard_users has no column app_id', 2),
          ('column dashboard_users.email', 'table dashboard_users has no column email', 3),
          ('column dashboard_users.password_hash', 'table dashboard_users has no column password_hash', 3),
          ('column dashboard_users.time_joined', 'table dashboard_users has no column time_joined', 3),
          ('column dashboard_users.user_id', 'table dashboard_users has no column user_id', 3),
          ('column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens has no column app_id', 2),
          ('column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token', 3),
          ('column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry', 3),
          ('column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id', 3),
          ('column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant has no column app_id', 2),
          ('column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no column email', 2),
          ('column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant has no column tenant_id', 2),
          ('column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant has no column user_id', 2),
          ('column emailpassword_users.app_id', 'table emailpassword_users has no column app_id', 2),
          ('column emailpassword_users.email', 'table emailpassword_users has no column email', 3),
          ('column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash', 3),
          ('column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined', 3),
          ('column emailpassword_users.user_id', 'table emailpassword_users has no column user_id', 3),
          ('column emailverification_tokens.app_id', 'table emailverification_tokens has no column app_id', 2),
          ('column emailverification_tokens.email', 'table emailverification_tokens has no column email', 3),
          ('column emailverification_tokens.tenant_id', 'table emailverification_tokens has no column tenant_id', 2),
          ('column emailverification_tokens.token', 'table emailverification_tokens has no column token', 3),
          ('column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry', 3),
          ('column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id', 3),
          ('column emailverification_verified_emails.app_id', 'table emailverification_verified_emails has no column app_id', 2),
          ('column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email', 3),
          ('column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id', 3),
          ('column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm', 3),
          ('column jwt_signing_keys.app_id', 'table jwt_signing_keys has no column app_id', 2),
          ('column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at', 3),
          ('column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id', 3),
          ('column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string', 3),
          ('column key_value.app_id', 'table key_value has no column app_id', 2),
          ('column key_value.created_at_time', 'table key_value has no column created_at_time', 3),
          ('column key_value.name', 'table key_value has no column name', 3),
          ('column key_value.tenant_id', 'table key_value has no column tenant_id', 2),
          ('column key_value.value', 'table key_value has no column value', 3),
          ('column passwordless_codes.app_id', 'table passwordless_codes has no column app_id', 2),
          ('column passwordless_codes.code_id', 'table passwordless_codes has no column code_id', 3),
          ('column passwordless_codes.created_at', 'table passwordless_codes has no column created_at', 3),
          ('column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash', 3),
          ('column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash', 3),
          ('column passwordless_codes.tenant_id', 'table passwordless_codes has no column tenant_id', 2),
          ('column passwordless_devices.app_id', 'table passwordless_devices has no column app_id', 2),
          ('column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash', 3),
          ('column passwordless_devices.email', 'table passwordless_devices has no column email', 3),
          ('column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts', 3),
          ('column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt', 3),
          ('column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number', 3),
          ('column passwordless_devices.tenant_id', 'table passwordless_devices has no column tenant_id', 2),
          ('column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant has no column app_id', 2),
          ('column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no column email', 2),
          ('column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no column phone_number', 2),
          ('column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant has no column tenant_id', 2),
          ('column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant has no column user_id', 2),
          ('column passwordless_users.app_id', 'table passwordless_users has no column app_id', 2),
          ('column passwordless_users.email', 'table passwordless_users has no column email', 3),
          ('column passwordless_users.phone_number', 'table passwordless_users has no column phone_number', 3),
          ('column passwordless_users.time_joined', 'table passwordless_users has no column time_joined', 3),
          ('column passwordless_users.user_id', 'table passwordless_users has no column user_id', 3),
          ('column role_permissions.app_id', 'table role_permissions has no column app_id', 2),
          ('column role_permissions.permission', 'table role_permissions has no column permission', 3),
          ('column role_permissions.role', 'table role_permissions has no column role', 3),
          ('column roles.app_id', 'table roles has no column app_id', 2),
          ('column roles.role', 'table roles has no column role', 3),
          ('column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys has no column app_id', 2),
          ('column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time', 3),
          ('column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value', 3),
          ('column session_info.app_id', 'table session_info has no column app_id', 2),
          ('column session_info.created_at_time', 'table session_info has no column created_at_time', 3),
          ('column session_info.expires_at', 'table session_info has no column expires_at', 3),
          ('column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload', 3),
          ('column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2', 3),
          ('column session_info.session_data', 'table session_info has no column session_data', 3),
          ('column session_info.session_handle', 'table session_info has no column session_handle', 3),
          ('column session_info.tenant_id', 'table session_info has no column tenant_id', 2),
          ('column session_info.use_static_key', 'table session_info has no column use_static_key', 3),
          ('column session_info.user_id', 'table session_info has no column user_id', 3),
          ('column tenant_configs.app_id', 'table tenant_configs has no column app_id', 2),
          ('column tenant_configs.connection_uri_domain', 'table tenant_configs has no column connection_uri_domain', 2),
          ('column tenant_configs.core_config', 'table tenant_configs has no column core_config', 2),
          ('column tenant_configs.email_password_enabled', 'table tenant_configs has no column email_password_enabled', 2),
          ('column tenant_configs.passwordless_enabled', 'table tenant_configs has no column passwordless_enabled', 2),
          ('column tenant_configs.tenant_id', 'table tenant_configs has no column tenant_id', 2),
          ('column tenant_configs.third_party_enabled', 'table tenant_configs has no column third_party_enabled', 2),
          ('column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients has no column additional_config', 2),
          ('column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients has no column app_id', 2),
          ('column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients has no column client_id', 2),
          ('column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients has no column client_secret', 2),
          ('column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients has no column client_type', 2),
          ('column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients has no column connection_uri_domain', 2),
          ('column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients has no column force_pkce', 2),
          ('column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients has no column scope', 2),
          ('column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients has no column tenant_id', 2),
          ('column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients has no column third_party_id', 2),
          ('column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers has no column app_id', 2),
          ('column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers has no column authorization_endpoint', 2),
          ('column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers has no column authorization_endpoint_query_params', 2),
          ('column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers has no column connection_uri_domain', 2),
          ('column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers has no column jwks_uri', 2),
          ('column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers has no column name', 2),
          ('column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers has no column oidc_discovery_endpoint', 2),
          ('column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers has no column require_email', 2),
          ('column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers has no column tenant_id', 2),
          ('column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers has no column third_party_id', 2),
          ('column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers has no column token_endpoint', 2),
          ('column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers has no column token_endpoint_body_params', 2),
          ('column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers has no column user_info_endpoint', 2),
          ('column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers has no column user_info_endpoint_headers', 2),
          ('column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers has no column user_info_endpoint_query_params', 2),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email', 2),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email_verified', 2),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_user_id', 2),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email', 2),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email_verified', 2),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_user_id', 2),
          ('column tenants.app_id', 'table tenants has no column app_id', 2),
          ('column tenants.created_at_time', 'table tenants has no column created_at_time', 2),
          ('column tenants.tenant_id', 'table tenants has no column tenant_id', 2),
          ('column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant has no column app_id', 2),
          ('column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant has no column tenant_id', 2),
          ('column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant has no column third_party_id', 2),
          ('column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no column third_party_user_id', 2),
          ('column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant has no column user_id', 2),
          ('column thirdparty_users.app_id', 'table thirdparty_users has no column app_id', 2),
          ('column thirdparty_users.email', 'table thirdparty_users has no column email', 3),
          ('column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id', 3),
          ('column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id', 3),
          ('column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined', 3),
          ('column thirdparty_users.user_id', 'table thirdparty_users has no column user_id', 3),
          ('column totp_used_codes.app_id', 'table totp_used_codes has no column app_id', 2),
          ('column totp_used_codes.code', 'table totp_used_codes has no column code', 3),
          ('column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms', 3),
          ('column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms', 3),
          ('column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid', 3),
          ('column totp_used_codes.tenant_id', 'table totp_used_codes has no column tenant_id', 2),
          ('column totp_used_codes.user_id', 'table totp_used_codes has no column user_id', 3),
          ('column totp_user_devices.app_id', 'table totp_user_devices has no column app_id', 2),
          ('column totp_user_devices.device_name', 'table totp_user_devices has no column device_name', 3),
          ('column totp_user_devices.period', 'table totp_user_devices has no column period', 3),
          ('column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key', 3),
          ('column totp_user_devices.skew', 'table totp_user_devices has no column skew', 3),
          ('column totp_user_devices.user_id', 'table totp_user_devices has no column user_id', 3),
          ('column totp_user_devices.verified', 'table totp_user_devices has no column verified', 3),
          ('column totp_users.app_id', 'table totp_users has no column app_id', 2),
          ('column totp_users.user_id', 'table totp_users has no column user_id', 3),
          ('column user_last_active.app_id', 'table user_last_active has no column app_id', 2),
          ('column user_last_active.last_active_time', 'table user_last_active has no column last_active_time', 3),
          ('column user_last_active.user_id', 'table user_last_active has no column user_id', 3),
          ('column user_metadata.app_id', 'table user_metadata has no column app_id', 2),
          ('column user_metadata.user_id', 'table user_metadata has no column user_id', 3),
          ('column user_metadata.user_metadata', 'table user_metadata has no column user_metadata', 3),
          ('column user_roles.app_id', 'table user_roles has no column app_id', 2),
          ('column user_roles.role', 'table user_roles has no column role', 3),
          ('column user_roles.tenant_id', 'table user_roles has no column tenant_id', 2),
          ('column user_roles.user_id', 'table user_roles has no column user_id', 3),
          ('column userid_mapping.app_id', 'table userid_mapping has no column app_id', 2),
          ('column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id', 3),
          ('column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info', 3),
          ('column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_pkey', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_tenant_id_fkey', 2),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_user_id_fkey', 2),
          ('constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_app_id_fkey', 2),
          ('constraint app_id_to_user_id.app_id_to_user_id_pkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_pkey', 2),
          ('constraint apps.apps_pkey', 'table apps has no constraint apps_pkey', 2),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_pkey', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_user_id_fkey', 2),
          ('constraint dashboard_users.dashboard_users_app_id_fkey', 'table dashboard_users has no constraint dashboard_users_app_id_fkey', 2),
          ('constraint dashboard_users.dashboard_users_email_key', 'table dashboard_users has no constraint dashboard_users_email_key', 3),
          ('constraint dashboard_users.dashboard_users_pkey', 'table dashboard_users has no constraint dashboard_users_pkey', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_pkey', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_token_key', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_user_id_fkey', 2),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_email_key', 2),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_pkey', 2),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_user_id_fkey', 2),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'table emailpassword_users has no constraint emailpassword_users_pkey', 3),
          ('constraint emailpassword_users.emailpassword_users_user_id_fkey', 'table emailpassword_users has no constraint emailpassword_users_user_id_fkey', 2),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'table emailverification_tokens has no constraint emailverification_tokens_pkey', 3),
          ('constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'table emailverification_tokens has no constraint emailverification_tokens_tenant_id_fkey', 2),
          ('constraint emailverification_tokens.emailverification_tokens_token_key', 'table emailverification_tokens has no constraint emailverification_tokens_token_key', 3),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_app_id_fkey', 2),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_pkey', 3),
          ('constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_app_id_fkey', 2),
          ('constraint jwt_signing_keys.jwt_signing_keys_pkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_pkey', 3),
          ('constraint key_value.key_value_pkey', 'table key_value has no constraint key_value_pkey', 3),
          ('constraint key_value.key_value_tenant_id_fkey', 'table key_value has no constraint key_value_tenant_id_fkey', 2),
          ('constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'table passwordless_codes has no constraint passwordless_codes_device_id_hash_fkey', 2),
          ('constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'table passwordless_codes has no constraint passwordless_codes_link_code_hash_key', 3),
          ('constraint passwordless_codes.passwordless_codes_pkey', 'table passwordless_codes has no constraint passwordless_codes_pkey', 3),
          ('constraint passwordless_devices.passwordless_devices_pkey', 'table passwordless_devices has no constraint passwordless_devices_pkey', 3),
          ('constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'table passwordless_devices has no constraint passwordless_devices_tenant_id_fkey', 2),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_email_key', 2),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_phone_number_key', 2),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_pkey', 2),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_user_id_fkey', 2),
          ('constraint passwordless_users.passwordless_users_pkey', 'table passwordless_users has no constraint passwordless_users_pkey', 3),
          ('constraint passwordless_users.passwordless_users_user_id_fkey', 'table passwordless_users has no constraint passwordless_users_user_id_fkey', 2),
          ('constraint role_permissions.role_permissions_pkey', 'table role_permissions has no constraint role_permissions_pkey', 3),
          ('constraint role_permissions.role_permissions_role_fkey', 'table role_permissions has no constraint role_permissions_role_fkey', 2),
          ('constraint roles.roles_app_id_fkey', 'table roles has no constraint roles_app_id_fkey', 2),
          ('constraint roles.roles_pkey', 'table roles has no constraint roles_pkey', 3),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_app_id_fkey', 2),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_pkey', 3),
          ('constraint session_info.session_info_pkey', 'table session_info has no constraint session_info_pkey', 3),
          ('constraint session_info.session_info_tenant_id_fkey', 'table session_info has no constraint session_info_tenant_id_fkey', 2),
          ('constraint tenant_configs.tenant_configs_pkey', 'table tenant_configs has no constraint tenant_configs_pkey', 2),
          ('constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_pkey', 'table tenant_thirdparty_provider_clients has no constraint tenant_thirdparty_provider_clients_pkey', 2),
          ('constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_fkey', 'table tenant_thirdparty_provider_clients has no constraint tenant_thirdparty_provider_clients_third_party_id_fkey', 2),
          ('constraint tenant_thirdparty_providers.tenant_thirdparty_providers_pkey', 'table tenant_thirdparty_providers has no constraint tenant_thirdparty_providers_pkey', 2),
          ('constraint tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_fkey', 'table tenant_thirdparty_providers has no constraint tenant_thirdparty_providers_tenant_id_fkey', 2),
          ('constraint tenants.tenants_app_id_fkey', 'table tenants has no constraint tenants_app_id_fkey', 2),
          ('constraint tenants.tenants_pkey', 'table tenants has no constraint tenants_pkey', 2),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_pkey', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_pkey', 2),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_key', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_third_party_user_id_key', 2),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_user_id_fkey', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_user_id_fkey', 2),
          ('constraint thirdparty_users.thirdparty_users_pkey', 'table thirdparty_users has no constraint thirdparty_users_pkey', 3),
          ('constraint thirdparty_users.thirdparty_users_user_id_fkey', 'table thirdparty_users has no constraint thirdparty_users_user_id_fkey', 2),
          ('constraint totp_used_codes.totp_used_codes_pkey', 'table totp_used_codes has no constraint totp_used_codes_pkey', 3),
          ('constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_tenant_id_fkey', 2),
          ('constraint totp_used_codes.totp_used_codes_user_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_user_id_fkey', 2),
          ('constraint totp_user_devices.totp_user_devices_pkey', 'table totp_user_devices has no constraint totp_user_devices_pkey', 3),
          ('constraint totp_user_devices.totp_user_devices_user_id_fkey', 'table totp_user_devices has no constraint totp_user_devices_user_id_fkey', 2),
          ('constraint totp_users.totp_users_app_id_fkey', 'table totp_users has no constraint totp_users_app_id_fkey', 2),
          ('constraint totp_users.totp_users_pkey', 'table totp_users has no constraint totp_users_pkey', 3),
          ('constraint user_last_active.user_last_active_app_id_fkey', 'table user_last_active has no constraint user_last_active_app_id_fkey', 2),
          ('constraint user_last_active.user_last_active_pkey', 'table user_last_active has no constraint user_last_active_pkey', 3),
          ('constraint user_metadata.user_metadata_app_id_fkey', 'table user_metadata has no constraint user_metadata_app_id_fkey', 2),
          ('constraint user_metadata.user_metadata_pkey', 'table user_metadata has no constraint user_metadata_pkey', 3),
          ('constraint user_roles.user_roles_pkey', 'table user_roles has no constraint user_roles_pkey', 3),
          ('constraint user_roles.user_roles_role_fkey', 'table user_roles has no constraint user_roles_role_fkey', 2),
          ('constraint user_roles.user_roles_tenant_id_fkey', 'table user_roles has no constraint user_roles_tenant_id_fkey', 2),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'table userid_mapping has no constraint userid_mapping_external_user_id_key', 3),
          ('constraint userid_mapping.userid_mapping_pkey', 'table userid_mapping has no constraint userid_mapping_pkey', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_fkey', 2),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_key', 3),
          ('index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_tenant_id_index', 2),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_user_id_index', 2),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index', 3),
          ('index app_id_to_user_id.app_id_to_user_id_app_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_app_id_index', 2),
          ('index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index', 3),
          ('index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_user_id_index', 2),
          ('index dashboard_users.dashboard_users_app_id_index', 'table dashboard_users has no index dashboard_users_app_id_index', 2),
          ('index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_pswd_reset_tokens_user_id_index', 2),
          ('index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index', 3),
          ('index emailverification_tokens.emailverification_tokens_tenant_id_index', 'table emailverification_tokens has no index emailverification_tokens_tenant_id_index', 2),
          ('index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'table emailverification_verified_emails has no index emailverification_verified_emails_app_id_index', 2),
          ('index jwt_signing_keys.jwt_signing_keys_app_id_index', 'table jwt_signing_keys has no index jwt_signing_keys_app_id_index', 2),
          ('index key_value.key_value_tenant_id_index', 'table key_value has no index key_value_tenant_id_index', 2),
          ('index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index', 3),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'table passwordless_codes has no index passwordless_codes_device_id_hash_index', 3),
          ('index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index', 3),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index', 3),
          ('index passwordless_devices.passwordless_devices_tenant_id_index', 'table passwordless_devices has no index passwordless_devices_tenant_id_index', 2),
          ('index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index', 3),
          ('index role_permissions.role_permissions_role_index', 'table role_permissions has no index role_permissions_role_index', 2),
          ('index roles.roles_app_id_index', 'table roles has no index roles_app_id_index', 2),
          ('index session_access_token_signing_keys.access_token_signing_keys_app_id_index', 'table session_access_token_signing_keys has no index access_token_signing_keys_app_id_index', 2),
          ('index session_info.session_expiry_index', 'table session_info has no index session_expiry_index', 2),
          ('index session_info.session_info_tenant_id_index', 'table session_info has no index session_info_tenant_id_index', 2),
          ('index tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_index', 'table tenant_thirdparty_provider_clients has no index tenant_thirdparty_provider_clients_third_party_id_index', 2),
          ('index tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_index', 'table tenant_thirdparty_providers has no index tenant_thirdparty_providers_tenant_id_index', 2),
          ('index tenants.tenants_app_id_index', 'table tenants has no index tenants_app_id_index', 2),
          ('index thirdparty_users.thirdparty_users_email_index', 'table thirdparty_users has no index thirdparty_users_email_index', 2),
          ('index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'table thirdparty_users has no index thirdparty_users_thirdparty_user_id_index', 2),
          ('index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index', 3),
          ('index totp_used_codes.totp_used_codes_tenant_id_index', 'table totp_used_codes has no index totp_used_codes_tenant_id_index', 2),
          ('index totp_used_codes.totp_used_codes_user_id_index', 'table totp_used_codes has no index totp_used_codes_user_id_index', 2),
          ('index totp_user_devices.totp_user_devices_user_id_index', 'table totp_user_devices has no index totp_user_devices_user_id_index', 2),
          ('index totp_users.totp_users_app_id_index', 'table totp_users has no index totp_users_app_id_index', 2),
          ('index user_last_active.user_last_active_app_id_index', 'table user_last_active has no index user_last_active_app_id_index', 2),
          ('index user_metadata.user_metadata_app_id_index', 'table user_metadata has no index user_metadata_app_id_index', 2),
          ('index user_roles.user_roles_app_id_role_index', 'table user_roles has no index user_roles_app_id_role_index', 2),
          ('index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index', 3),
          ('index user_roles.user_roles_tenant_id_index', 'table user_roles has no index user_roles_tenant_id_index', 2),
          ('index userid_mapping.userid_mapping_supertokens_user_id_index', 'table userid_mapping has no index userid_mapping_supertokens_user_id_index', 2),
          ('table all_auth_recipe_users', 'table all_auth_recipe_users is missing', 3),
          ('table app_id_to_user_id', 'table app_id_to_user_id is missing', 2),
          ('table apps', 'table apps is missing', 2),
          ('table dashboard_user_sessions', 'table dashboard_user_sessions is missing', 3),
          ('table dashboard_users', 'table dashboard_users is missing', 3),
          ('table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing', 3),
          ('table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing', 2),
          ('table emailpassword_users', 'table emailpassword_users is missing', 3),
          ('table emailverification_tokens', 'table emailverification_tokens is missing', 3),
          ('table emailverification_verified_emails', 'table emailverification_verified_emails is missing', 3),
          ('table jwt_signing_keys', 'table jwt_signing_keys is missing', 3),
          ('table key_value', 'table key_value is missing', 3),
          ('table passwordless_codes', 'table passwordless_codes is missing', 3),
          ('table passwordless_devices', 'table passwordless_devices is missing', 3),
          ('table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing', 2),
          ('table passwordless_users', 'table passwordless_users is missing', 3),
          ('table role_permissions', 'table role_permissions is missing', 3),
          ('table roles', 'table roles is missing', 3),
          ('table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing', 3),
          ('table session_info', 'table session_info is missing', 3),
          ('table tenant_configs', 'table tenant_configs is missing', 2),
          ('table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing', 2),
          ('table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing', 2),
          ('table tenants', 'table tenants is missing', 2),
          ('table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing', 2),
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
      CASE WHEN f.k NOT IN ('', 'constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'constraint app_id_to_user_id.app_id_to_user_id_pkey', 'constraint apps.apps_pkey', 'constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'constraint dashboard_users.dashboard_users_app_id_fkey', 'constraint dashboard_users.dashboard_users_email_key', 'constraint dashboard_users.dashboard_users_pkey', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'constraint emailpassword_users.emailpassword_users_email_key', 'constraint emailpassword_users.emailpassword_users_pkey', 'constraint emailpassword_users.emailpassword_users_user_id_fkey', 'constraint emailverification_tokens.emailverification_tokens_pkey', 'constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'constraint jwt_signing_keys.jwt_signing_keys_pkey', 'constraint key_value.key_value_pkey', 'constraint key_value.key_value_tenant_id_fkey', 'constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'constraint passwordless_codes.passwordless_codes_pkey', 'constraint passwordless_devices.passwordless_devices_pkey', 'constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'constraint passwordless_users.passwordless_users_email_key', 'constraint passwordless_users.passwordless_users_phone_number_key', 'constraint passwordless_users.passwordless_users_pkey', 'constraint passwordless_users.passwordless_users_user_id_fkey', 'constraint role_permissions.role_permissions_pkey', 'constraint role_permissions.role_permissions_role_fkey', 'constraint roles.roles_app_id_fkey', 'constraint roles.roles_pkey', 'constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'constraint session_info.session_info_pkey', 'constraint session_info.session_info_tenant_id_fkey', 'constraint tenant_configs.tenant_configs_pkey', 'constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_pkey', 'constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_fkey', 'constraint tenant_thirdparty_providers.tenant_thirdparty_providers_pkey', 'constraint tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_fkey', 'constraint tenants.tenants_app_id_fkey', 'constraint tenants.tenants_pkey', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_pkey', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_key', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_user_id_fkey', 'constraint thirdparty_users.thirdparty_users_pkey', 'constraint thirdparty_users.thirdparty_users_user_id_fkey', 'constraint thirdparty_users.thirdparty_users_user_id_key', 'constraint totp_used_codes.totp_used_codes_pkey', 'constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'constraint totp_used_codes.totp_used_codes_user_id_fkey', 'constraint totp_user_devices.totp_user_devices_pkey', 'constraint totp_user_devices.totp_user_devices_user_id_fkey', 'constraint totp_users.totp_users_app_id_fkey', 'constraint totp_users.totp_users_pkey', 'constraint user_last_active.user_last_active_app_id_fkey', 'constraint user_last_active.user_last_active_pkey', 'constraint user_metadata.user_metadata_app_id_fkey', 'constraint user_metadata.user_metadata_pkey', 'constraint user_roles.user_roles_pkey', 'constraint user_roles.user_roles_role_fkey', 'constraint user_roles.user_roles_tenant_id_fkey', 'constraint userid_mapping.userid_mapping_external_user_id_key', 'constraint userid_mapping.userid_mapping_pkey', 'constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'index all_auth_recipe_users.all_auth_recipe_user_id_index', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'index app_id_to_user_id.app_id_to_user_id_app_id_index', 'index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'index dashboard_users.dashboard_users_app_id_index', 'index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'index emailverification_tokens.emailverification_tokens_tenant_id_index', 'index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'index jwt_signing_keys.jwt_signing_keys_app_id_index', 'index key_value.key_value_tenant_id_index', 'index passwordless_codes.passwordless_codes_created_at_index', 'index passwordless_codes.passwordless_codes_device_id_hash_index', 'index passwordless_devices.passwordless_devices_email_index', 'index passwordless_devices.passwordless_devices_phone_number_index', 'index passwordless_devices.passwordless_devices_tenant_id_index', 'index role_permissions.role_permissions_permission_index', 'index role_permissions.role_permissions_role_index', 'index roles.roles_app_id_index', 'index session_access_token_signing_keys.access_token_signing_keys_app_id_index', 'index session_info.session_expiry_index', 'index session_info.session_info_tenant_id_index', 'index tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_index', 'index tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_index', 'index tenants.tenants_app_id_index', 'index thirdparty_users.thirdparty_users_email_index', 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'index totp_used_codes.totp_used_codes_tenant_id_index', 'index totp_used_codes.totp_used_codes_user_id_index', 'index totp_user_devices.totp_user_devices_user_id_index', 'index totp_users.totp_users_app_id_index', 'index user_last_active.user_last_active_app_id_index', 'index user_metadata.user_metadata_app_id_index', 'index user_roles.user_roles_app_id_role_index', 'index user_roles.user_roles_role_index', 'index user_roles.user_roles_tenant_id_index', 'index userid_mapping.userid_mapping_supertokens_user_id_index') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at supertokens 5.0, at 6.0, nor between them on this script''s path: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 6.0), or run this one on the supertokens 5.0 database it was made for.';
  END IF;
  PERFORM set_config('plan.target_400f2649977e601e', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: supertokens 5.0 → 6.0: the database was at 6.0 already: nothing to do' END, false);
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
        WHEN k.confrelid = to_regclass('key_value') AND k.colset @> ARRAY['name']::text[] AND k.colset <@ ARRAY['name']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND contype = 'p' AND conname = 'key_value_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (name)')
        THEN 'after this script key_value has primary key (app_id, tenant_id, name) and no key on exactly (name): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('session_info') AND k.colset @> ARRAY['session_handle']::text[] AND k.colset <@ ARRAY['session_handle']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND contype = 'p' AND conname = 'session_info_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (session_handle)')
        THEN 'after this script session_info has primary key (app_id, tenant_id, session_handle) and no key on exactly (session_handle): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('emailpassword_users') AND k.colset @> ARRAY['user_id']::text[] AND k.colset <@ ARRAY['user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND contype = 'p' AND conname = 'emailpassword_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
        THEN 'after this script emailpassword_users has primary key (app_id, user_id) and no key on exactly (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('emailpassword_users') AND k.colset @> ARRAY['email']::text[] AND k.colset <@ ARRAY['email']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)')
        THEN 'after this script emailpassword_users has primary key (app_id, user_id) and no key on exactly (email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('emailpassword_pswd_reset_tokens') AND k.colset @> ARRAY['user_id', 'token']::text[] AND k.colset <@ ARRAY['user_id', 'token']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND contype = 'p' AND conname = 'emailpassword_pswd_reset_tokens_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, token)')
        THEN 'after this script emailpassword_pswd_reset_tokens has primary key (app_id, user_id, token), unique emailpassword_pswd_reset_tokens_token_key (token) and no key on exactly (user_id, token): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('emailverification_tokens') AND k.colset @> ARRAY['user_id', 'email', 'token']::text[] AND k.colset <@ ARRAY['user_id', 'email', 'token']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND contype = 'p' AND conname = 'emailverification_tokens_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, email, token)')
        THEN 'after this script emailverification_tokens has primary key (app_id, tenant_id, user_id, email, token), unique emailverification_tokens_token_key (token) and no key on exactly (user_id, email, token): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('emailverification_verified_emails') AND k.colset @> ARRAY['user_id', 'email']::text[] AND k.colset <@ ARRAY['user_id', 'email']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND contype = 'p' AND conname = 'emailverification_verified_emails_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, email)')
        THEN 'after this script emailverification_verified_emails has primary key (app_id, user_id, email) and no key on exactly (user_id, email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('thirdparty_users') AND k.colset @> ARRAY['third_party_id', 'third_party_user_id']::text[] AND k.colset <@ ARRAY['third_party_id', 'third_party_user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND contype = 'p' AND conname = 'thirdparty_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (third_party_id, third_party_user_id)')
        THEN 'after this script thirdparty_users has primary key (app_id, user_id) and no key on exactly (third_party_id, third_party_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('thirdparty_users') AND k.colset @> ARRAY['user_id']::text[] AND k.colset <@ ARRAY['user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND conname = 'thirdparty_users_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (user_id)')
        THEN 'after this script thirdparty_users has primary key (app_id, user_id) and no key on exactly (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('all_auth_recipe_users') AND k.colset @> ARRAY['user_id']::text[] AND k.colset <@ ARRAY['user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND contype = 'p' AND conname = 'all_auth_recipe_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
        THEN 'after this script all_auth_recipe_users has primary key (app_id, tenant_id, user_id) and no key on exactly (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('jwt_signing_keys') AND k.colset @> ARRAY['key_id']::text[] AND k.colset <@ ARRAY['key_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND contype = 'p' AND conname = 'jwt_signing_keys_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (key_id)')
        THEN 'after this script jwt_signing_keys has primary key (app_id, key_id) and no key on exactly (key_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('session_access_token_signing_keys') AND k.colset @> ARRAY['created_at_time']::text[] AND k.colset <@ ARRAY['created_at_time']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND contype = 'p' AND conname = 'session_access_token_signing_keys_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (created_at_time)')
        THEN 'after this script session_access_token_signing_keys has primary key (app_id, created_at_time) and no key on exactly (created_at_time): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('passwordless_users') AND k.colset @> ARRAY['user_id']::text[] AND k.colset <@ ARRAY['user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND contype = 'p' AND conname = 'passwordless_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
        THEN 'after this script passwordless_users has primary key (app_id, user_id) and no key on exactly (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('passwordless_users') AND k.colset @> ARRAY['email']::text[] AND k.colset <@ ARRAY['email']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)')
        THEN 'after this script passwordless_users has primary key (app_id, user_id) and no key on exactly (email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('passwordless_users') AND k.colset @> ARRAY['phone_number']::text[] AND k.colset <@ ARRAY['phone_number']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_phone_number_key' AND pg_get_constraintdef(oid) = 'UNIQUE (phone_number)')
        THEN 'after this script passwordless_users has primary key (app_id, user_id) and no key on exactly (phone_number): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('passwordless_devices') AND k.colset @> ARRAY['device_id_hash']::text[] AND k.colset <@ ARRAY['device_id_hash']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND contype = 'p' AND conname = 'passwordless_devices_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (device_id_hash)')
        THEN 'after this script passwordless_devices has primary key (app_id, tenant_id, device_id_hash) and no key on exactly (device_id_hash): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('passwordless_codes') AND k.colset @> ARRAY['code_id']::text[] AND k.colset <@ ARRAY['code_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND contype = 'p' AND conname = 'passwordless_codes_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (code_id)')
        THEN 'after this script passwordless_codes has primary key (app_id, tenant_id, code_id), unique passwordless_codes_link_code_hash_key (app_id, tenant_id, link_code_hash) and no key on exactly (code_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('passwordless_codes') AND k.colset @> ARRAY['link_code_hash']::text[] AND k.colset <@ ARRAY['link_code_hash']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_link_code_hash_key' AND pg_get_constraintdef(oid) = 'UNIQUE (link_code_hash)')
        THEN 'after this script passwordless_codes has primary key (app_id, tenant_id, code_id), unique passwordless_codes_link_code_hash_key (app_id, tenant_id, link_code_hash) and no key on exactly (link_code_hash): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('user_metadata') AND k.colset @> ARRAY['user_id']::text[] AND k.colset <@ ARRAY['user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND contype = 'p' AND conname = 'user_metadata_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
        THEN 'after this script user_metadata has primary key (app_id, user_id) and no key on exactly (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('roles') AND k.colset @> ARRAY['role']::text[] AND k.colset <@ ARRAY['role']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND contype = 'p' AND conname = 'roles_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (role)')
        THEN 'after this script roles has primary key (app_id, role) and no key on exactly (role): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('role_permissions') AND k.colset @> ARRAY['role', 'permission']::text[] AND k.colset <@ ARRAY['role', 'permission']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND contype = 'p' AND conname = 'role_permissions_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (role, permission)')
        THEN 'after this script role_permissions has primary key (app_id, role, permission) and no key on exactly (role, permission): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('user_roles') AND k.colset @> ARRAY['user_id', 'role']::text[] AND k.colset <@ ARRAY['user_id', 'role']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND contype = 'p' AND conname = 'user_roles_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, role)')
        THEN 'after this script user_roles has primary key (app_id, tenant_id, user_id, role) and no key on exactly (user_id, role): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('userid_mapping') AND k.colset @> ARRAY['supertokens_user_id', 'external_user_id']::text[] AND k.colset <@ ARRAY['supertokens_user_id', 'external_user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND contype = 'p' AND conname = 'userid_mapping_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (supertokens_user_id, external_user_id)')
        THEN 'after this script userid_mapping has primary key (app_id, supertokens_user_id, external_user_id), unique userid_mapping_supertokens_user_id_key (app_id, supertokens_user_id), unique userid_mapping_external_user_id_key (app_id, external_user_id) and no key on exactly (supertokens_user_id, external_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('userid_mapping') AND k.colset @> ARRAY['supertokens_user_id']::text[] AND k.colset <@ ARRAY['supertokens_user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (supertokens_user_id)')
        THEN 'after this script userid_mapping has primary key (app_id, supertokens_user_id, external_user_id), unique userid_mapping_supertokens_user_id_key (app_id, supertokens_user_id), unique userid_mapping_external_user_id_key (app_id, external_user_id) and no key on exactly (supertokens_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('userid_mapping') AND k.colset @> ARRAY['external_user_id']::text[] AND k.colset <@ ARRAY['external_user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_external_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (external_user_id)')
        THEN 'after this script userid_mapping has primary key (app_id, supertokens_user_id, external_user_id), unique userid_mapping_supertokens_user_id_key (app_id, supertokens_user_id), unique userid_mapping_external_user_id_key (app_id, external_user_id) and no key on exactly (external_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('dashboard_users') AND k.colset @> ARRAY['user_id']::text[] AND k.colset <@ ARRAY['user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND contype = 'p' AND conname = 'dashboard_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
        THEN 'after this script dashboard_users has primary key (app_id, user_id), unique dashboard_users_email_key (app_id, email) and no key on exactly (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('dashboard_users') AND k.colset @> ARRAY['email']::text[] AND k.colset <@ ARRAY['email']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)')
        THEN 'after this script dashboard_users has primary key (app_id, user_id), unique dashboard_users_email_key (app_id, email) and no key on exactly (email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('dashboard_user_sessions') AND k.colset @> ARRAY['session_id']::text[] AND k.colset <@ ARRAY['session_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND contype = 'p' AND conname = 'dashboard_user_sessions_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (session_id)')
        THEN 'after this script dashboard_user_sessions has primary key (app_id, session_id) and no key on exactly (session_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('totp_users') AND k.colset @> ARRAY['user_id']::text[] AND k.colset <@ ARRAY['user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND contype = 'p' AND conname = 'totp_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
        THEN 'after this script totp_users has primary key (app_id, user_id) and no key on exactly (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('totp_user_devices') AND k.colset @> ARRAY['user_id', 'device_name']::text[] AND k.colset <@ ARRAY['user_id', 'device_name']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND contype = 'p' AND conname = 'totp_user_devices_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, device_name)')
        THEN 'after this script totp_user_devices has primary key (app_id, user_id, device_name) and no key on exactly (user_id, device_name): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('totp_used_codes') AND k.colset @> ARRAY['user_id', 'created_time_ms']::text[] AND k.colset <@ ARRAY['user_id', 'created_time_ms']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND contype = 'p' AND conname = 'totp_used_codes_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, created_time_ms)')
        THEN 'after this script totp_used_codes has primary key (app_id, tenant_id, user_id, created_time_ms) and no key on exactly (user_id, created_time_ms): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('user_last_active') AND k.colset @> ARRAY['user_id']::text[] AND k.colset <@ ARRAY['user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND contype = 'p' AND conname = 'user_last_active_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
        THEN 'after this script user_last_active has primary key (app_id, user_id) and no key on exactly (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        END AS note
      FROM (
        SELECT c.oid, c.conname, c.conrelid, c.confrelid,
          ARRAY(SELECT a.attname::text FROM unnest(c.confkey) x(n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS colset,
          (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.i) FROM unnest(c.confkey) WITH ORDINALITY x(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS cols
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid IN (to_regclass('key_value'), to_regclass('session_info'), to_regclass('emailpassword_users'), to_regclass('emailpassword_pswd_reset_tokens'), to_regclass('emailverification_tokens'), to_regclass('emailverification_verified_emails'), to_regclass('thirdparty_users'), to_regclass('all_auth_recipe_users'), to_regclass('jwt_signing_keys'), to_regclass('session_access_token_signing_keys'), to_regclass('passwordless_users'), to_regclass('passwordless_devices'), to_regclass('passwordless_codes'), to_regclass('user_metadata'), to_regclass('roles'), to_regclass('role_permissions'), to_regclass('user_roles'), to_regclass('userid_mapping'), to_regclass('dashboard_users'), to_regclass('dashboard_user_sessions'), to_regclass('totp_users'), to_regclass('totp_user_devices'), to_regclass('totp_used_codes'), to_regclass('user_last_active'))
      ) k
      WHERE TRUE AND NOT EXISTS (SELECT 1 FROM (VALUES (to_regclass('all_auth_recipe_users'), 'all_auth_recipe_users_tenant_id_fkey'), (to_regclass('all_auth_recipe_users'), 'all_auth_recipe_users_user_id_fkey'), (to_regclass('app_id_to_user_id'), 'app_id_to_user_id_app_id_fkey'), (to_regclass('dashboard_user_sessions'), 'dashboard_user_sessions_user_id_fkey'), (to_regclass('dashboard_users'), 'dashboard_users_app_id_fkey'), (to_regclass('emailpassword_pswd_reset_tokens'), 'emailpassword_pswd_reset_tokens_user_id_fkey'), (to_regclass('emailpassword_user_to_tenant'), 'emailpassword_user_to_tenant_user_id_fkey'), (to_regclass('emailpassword_users'), 'emailpassword_users_user_id_fkey'), (to_regclass('emailverification_tokens'), 'emailverification_tokens_tenant_id_fkey'), (to_regclass('emailverification_verified_emails'), 'emailverification_verified_emails_app_id_fkey'), (to_regclass('jwt_signing_keys'), 'jwt_signing_keys_app_id_fkey'), (to_regclass('key_value'), 'key_value_tenant_id_fkey'), (to_regclass('passwordless_codes'), 'passwordless_codes_device_id_hash_fkey'), (to_regclass('passwordless_devices'), 'passwordless_devices_tenant_id_fkey'), (to_regclass('passwordless_user_to_tenant'), 'passwordless_user_to_tenant_user_id_fkey'), (to_regclass('passwordless_users'), 'passwordless_users_user_id_fkey'), (to_regclass('role_permissions'), 'role_permissions_role_fkey'), (to_regclass('roles'), 'roles_app_id_fkey'), (to_regclass('session_access_token_signing_keys'), 'session_access_token_signing_keys_app_id_fkey'), (to_regclass('session_info'), 'session_info_tenant_id_fkey'), (to_regclass('tenant_thirdparty_provider_clients'), 'tenant_thirdparty_provider_clients_third_party_id_fkey'), (to_regclass('tenant_thirdparty_providers'), 'tenant_thirdparty_providers_tenant_id_fkey'), (to_regclass('tenants'), 'tenants_app_id_fkey'), (to_regclass('thirdparty_user_to_tenant'), 'thirdparty_user_to_tenant_user_id_fkey'), (to_regclass('thirdparty_users'), 'thirdparty_users_user_id_fkey'), (to_regclass('totp_used_codes'), 'totp_used_codes_tenant_id_fkey'), (to_regclass('totp_used_codes'), 'totp_used_codes_user_id_fkey'), (to_regclass('totp_user_devices'), 'totp_user_devices_user_id_fkey'), (to_regclass('totp_users'), 'totp_users_app_id_fkey'), (to_regclass('user_last_active'), 'user_last_active_app_id_fkey'), (to_regclass('user_metadata'), 'user_metadata_app_id_fkey'), (to_regclass('user_roles'), 'user_roles_role_fkey'), (to_regclass('user_roles'), 'user_roles_tenant_id_fkey'), (to_regclass('userid_mapping'), 'userid_mapping_supertokens_user_id_fkey')) kn(r, n) WHERE kn.r = k.conrelid AND kn.n = k.conname)
    ) f
    WHERE f.note IS NOT NULL;
  IF refs IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'foreign keys of tables outside supertokens reference keys that supertokens 5.0 → 6.0 drops or replaces, and PostgreSQL refuses to drop a key while a foreign key depends on it: ' || refs || '. Nothing was changed.'
      USING DETAIL = 'Drop them before running this script:' || chr(10) || drops || chr(10) || 'and re-create them once it has run:' || chr(10) || creates || chr(10) || notes,
            HINT = 'Run the DROP commands, then this script, then the re-create commands (changed as the notes say where a key changed its columns).';
  END IF;
END
$plan$;
-- index names: the indexes this script creates (access_token_signing_keys_app_id_index, all_auth_recipe_tenant_id_index, all_auth_recipe_user_id_index, all_auth_recipe_users_pagination_index, app_id_to_user_id_app_id_index, dashboard_user_sessions_user_id_index, dashboard_users_app_id_index, emailpassword_pswd_reset_tokens_user_id_index, emailverification_tokens_tenant_id_index, emailverification_verified_emails_app_id_index, jwt_signing_keys_app_id_index, key_value_tenant_id_index, passwordless_codes_created_at_index, passwordless_codes_device_id_hash_index, passwordless_devices_email_index, passwordless_devices_phone_number_index, passwordless_devices_tenant_id_index, role_permissions_permission_index, role_permissions_role_index, roles_app_id_index, session_expiry_index, session_info_tenant_id_index, tenant_thirdparty_provider_clients_third_party_id_index, tenant_thirdparty_providers_tenant_id_index, tenants_app_id_index, thirdparty_users_email_index, thirdparty_users_thirdparty_user_id_index, totp_used_codes_expiry_time_ms_index, totp_used_codes_tenant_id_index, totp_used_codes_user_id_index, totp_user_devices_user_id_index, totp_users_app_id_index, user_last_active_app_id_index, user_metadata_app_id_index, user_roles_app_id_role_index, user_roles_role_index, user_roles_tenant_id_index, userid_mapping_supertokens_user_id_index) take names unique across the schema: the script stops before any change when an object that is not an index of a supertokens table holds one
DO $plan$
DECLARE
  m text;
BEGIN
  SELECT CASE c.relkind WHEN 'i' THEN 'an index' WHEN 'I' THEN 'an index' WHEN 'r' THEN 'a table' WHEN 'p' THEN 'a table' WHEN 'v' THEN 'a view' WHEN 'm' THEN 'a materialized view' WHEN 'S' THEN 'a sequence' WHEN 'f' THEN 'a foreign table' ELSE 'a relation' END || ' ' || c.relname || COALESCE(' on table ' || t.relname, '') || ' exists; supertokens''s index ' || v.name || ' on ' || v.tbl || ' needs that name (PostgreSQL''s index names are unique across the schema, and the script drops nothing it does not own): rename or drop it, then run this script again. Nothing was changed.'
    INTO m
    FROM (VALUES ('access_token_signing_keys_app_id_index', 'session_access_token_signing_keys', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('all_auth_recipe_tenant_id_index', 'all_auth_recipe_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('all_auth_recipe_user_id_index', 'all_auth_recipe_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('all_auth_recipe_users_pagination_index', 'all_auth_recipe_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('app_id_to_user_id_app_id_index', 'app_id_to_user_id', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('dashboard_user_sessions_user_id_index', 'dashboard_user_sessions', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('dashboard_users_app_id_index', 'dashboard_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('emailpassword_pswd_reset_tokens_user_id_index', 'emailpassword_pswd_reset_tokens', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('emailverification_tokens_tenant_id_index', 'emailverification_tokens', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('emailverification_verified_emails_app_id_index', 'emailverification_verified_emails', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('jwt_signing_keys_app_id_index', 'jwt_signing_keys', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('key_value_tenant_id_index', 'key_value', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('passwordless_codes_created_at_index', 'passwordless_codes', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('passwordless_codes_device_id_hash_index', 'passwordless_codes', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('passwordless_devices_email_index', 'passwordless_devices', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('passwordless_devices_phone_number_index', 'passwordless_devices', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('passwordless_devices_tenant_id_index', 'passwordless_devices', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('role_permissions_permission_index', 'role_permissions', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('role_permissions_role_index', 'role_permissions', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('roles_app_id_index', 'roles', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('session_expiry_index', 'session_info', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('session_info_tenant_id_index', 'session_info', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('tenant_thirdparty_provider_clients_third_party_id_index', 'tenant_thirdparty_provider_clients', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('tenant_thirdparty_providers_tenant_id_index', 'tenant_thirdparty_providers', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('tenants_app_id_index', 'tenants', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('thirdparty_users_email_index', 'thirdparty_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('thirdparty_users_thirdparty_user_id_index', 'thirdparty_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('totp_used_codes_expiry_time_ms_index', 'totp_used_codes', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('totp_used_codes_tenant_id_index', 'totp_used_codes', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('totp_used_codes_user_id_index', 'totp_used_codes', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('totp_user_devices_user_id_index', 'totp_user_devices', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('totp_users_app_id_index', 'totp_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('user_last_active_app_id_index', 'user_last_active', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('user_metadata_app_id_index', 'user_metadata', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('user_roles_app_id_role_index', 'user_roles', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('user_roles_role_index', 'user_roles', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('user_roles_tenant_id_index', 'user_roles', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('userid_mapping_supertokens_user_id_index', 'userid_mapping', (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))) v(name, tbl, nsp)
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

-- what the tables this script creates take from the product tables already here (see the header)
DO $plan$
BEGIN
  PERFORM set_config('plan.owner', COALESCE((SELECT r.rolname::text FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
    WHERE c.oid IN (to_regclass('key_value'), to_regclass('session_info'), to_regclass('emailpassword_users'), to_regclass('emailpassword_pswd_reset_tokens'), to_regclass('emailverification_tokens'), to_regclass('emailverification_verified_emails'), to_regclass('thirdparty_users'), to_regclass('all_auth_recipe_users'), to_regclass('jwt_signing_keys'), to_regclass('session_access_token_signing_keys'), to_regclass('passwordless_users'), to_regclass('passwordless_devices'), to_regclass('passwordless_codes'), to_regclass('user_metadata'), to_regclass('roles'), to_regclass('role_permissions'), to_regclass('user_roles'), to_regclass('userid_mapping'), to_regclass('dashboard_users'), to_regclass('dashboard_user_sessions'), to_regclass('totp_users'), to_regclass('totp_user_devices'), to_regclass('totp_used_codes'), to_regclass('user_last_active'))
    GROUP BY r.rolname ORDER BY count(*) DESC, r.rolname LIMIT 1), ''), true);
END
$plan$;

-- ================================================================================================
-- supertokens 5.0 → 6.0: Multitenancy (plugin 4.0.0): new apps, tenants, app_id_to_user_id, tenant config and per-recipe user_to_tenant tables; every existing table gains app_id (and tenant_id where data is per tenant), its keys, uniques and indexes are rebuilt with those columns in front, and foreign keys are re-pointed at apps, tenants and app_id_to_user_id. Existing data lands in app "public", tenant "public".
-- source: plans/supertokens/5.0-6.0.yaml
-- ================================================================================================
-- 5.0 → 6.0 · 1/153 · drop foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping
-- why: Re-pointed at app_id_to_user_id (app_id, user_id) further down.
-- locks: userid_mapping: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, supertokens_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_fkey;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 2/153 · drop foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions
-- locks: dashboard_user_sessions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE dashboard_user_sessions DROP CONSTRAINT IF EXISTS dashboard_user_sessions_user_id_fkey;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 3/153 · drop foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES emailpassword_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_user_id_fkey;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 4/153 · drop foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes
-- locks: passwordless_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id, device_id_hash) REFERENCES passwordless_devices(app_id, tenant_id, device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_device_id_hash_fkey;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 5/153 · drop foreign key role_permissions_role_fkey on role_permissions
-- locks: role_permissions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE') THEN
    ALTER TABLE role_permissions DROP CONSTRAINT IF EXISTS role_permissions_role_fkey;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 6/153 · drop foreign key user_roles_role_fkey on user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_role_fkey;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 7/153 · drop foreign key totp_user_devices_user_id_fkey on totp_user_devices
-- locks: totp_user_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_user_devices DROP CONSTRAINT IF EXISTS totp_user_devices_user_id_fkey;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 8/153 · drop foreign key totp_used_codes_user_id_fkey on totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_user_id_fkey;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 9/153 · create table apps
-- locks: apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('apps') IS NULL THEN
    CREATE TABLE apps (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      created_at_time BIGINT,
      CONSTRAINT apps_pkey PRIMARY KEY (app_id)
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('apps'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 10/153 · insert 1 row into apps
-- locks: apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('tenants') IS NULL THEN
    IF NOT EXISTS (SELECT 1 FROM apps WHERE app_id = 'public') THEN
      INSERT INTO apps (app_id, created_at_time) SELECT 'public', 0 WHERE NOT EXISTS (SELECT 1 FROM apps WHERE app_id = 'public');
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 11/153 · create table tenants
-- locks: tenants: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('tenants') IS NULL THEN
    CREATE TABLE tenants (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      created_at_time BIGINT,
      CONSTRAINT tenants_pkey PRIMARY KEY (app_id, tenant_id),
      CONSTRAINT tenants_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('tenants'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 12/153 · create index tenants_app_id_index on tenants
-- locks: tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenants') AND c.relname = 'tenants_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX tenants_app_id_index ON tenants USING btree (app_id)') THEN
    DROP INDEX IF EXISTS tenants_app_id_index;
    CREATE INDEX tenants_app_id_index ON tenants (app_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 13/153 · insert 1 row into tenants
-- locks: tenants: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character varying(64)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) = '''public''::character varying') THEN
    IF NOT EXISTS (SELECT 1 FROM tenants WHERE app_id = 'public' AND tenant_id = 'public') THEN
      INSERT INTO tenants (app_id, tenant_id, created_at_time) SELECT 'public', 'public', 0 WHERE NOT EXISTS (SELECT 1 FROM tenants WHERE app_id = 'public' AND tenant_id = 'public');
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 14/153 · add column key_value.app_id
-- locks: key_value: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE key_value ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 15/153 · add column key_value.tenant_id
-- locks: key_value: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE key_value ADD COLUMN tenant_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 16/153 · primary key of key_value becomes (app_id, tenant_id, name)
-- locks: key_value: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND contype = 'p' AND conname = 'key_value_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, name)') THEN
    ALTER TABLE key_value DROP CONSTRAINT IF EXISTS key_value_pkey;
    ALTER TABLE key_value ADD CONSTRAINT key_value_pkey PRIMARY KEY (app_id, tenant_id, name);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 17/153 · add foreign key key_value_tenant_id_fkey on key_value
-- locks: drop foreign key key_value_tenant_id_fkey as it is now: only where the database differs from the plan here (else skipped): key_value: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND conname = 'key_value_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND conname = 'key_value_tenant_id_fkey') THEN
    ALTER TABLE key_value DROP CONSTRAINT IF EXISTS key_value_tenant_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key key_value_tenant_id_fkey: key_value: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in tenants; blocks writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND conname = 'key_value_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE') THEN
    ALTER TABLE key_value ADD CONSTRAINT key_value_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 18/153 · create index key_value_tenant_id_index on key_value
-- locks: key_value: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('key_value') AND c.relname = 'key_value_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX key_value_tenant_id_index ON key_value USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS key_value_tenant_id_index;
    CREATE INDEX key_value_tenant_id_index ON key_value (app_id, tenant_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 19/153 · create table app_id_to_user_id
-- locks: app_id_to_user_id: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('app_id_to_user_id') IS NULL THEN
    CREATE TABLE app_id_to_user_id (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      user_id CHAR(36) NOT NULL,
      recipe_id VARCHAR(128) NOT NULL,
      CONSTRAINT app_id_to_user_id_pkey PRIMARY KEY (app_id, user_id),
      CONSTRAINT app_id_to_user_id_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('app_id_to_user_id'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 20/153 · copy rows from all_auth_recipe_users into app_id_to_user_id
-- locks: app_id_to_user_id: new in this script | all_auth_recipe_users: ACCESS SHARE, read; reads every row | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('app_id_to_user_id') AND c.relname = 'app_id_to_user_id_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX app_id_to_user_id_app_id_index ON app_id_to_user_id USING btree (app_id)') THEN
    IF EXISTS (SELECT 1 FROM all_auth_recipe_users AS src WHERE NOT EXISTS (SELECT 1 FROM app_id_to_user_id AS dst WHERE dst.app_id = 'public' AND dst.user_id = src.user_id)) THEN
      INSERT INTO app_id_to_user_id (app_id, user_id, recipe_id)
    SELECT 'public', src.user_id, src.recipe_id
    FROM all_auth_recipe_users AS src
    WHERE NOT EXISTS (SELECT 1 FROM app_id_to_user_id AS dst WHERE dst.app_id = 'public' AND dst.user_id = src.user_id);
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 21/153 · create index app_id_to_user_id_app_id_index on app_id_to_user_id
-- locks: app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('app_id_to_user_id') AND c.relname = 'app_id_to_user_id_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX app_id_to_user_id_app_id_index ON app_id_to_user_id USING btree (app_id)') THEN
    DROP INDEX IF EXISTS app_id_to_user_id_app_id_index;
    CREATE INDEX app_id_to_user_id_app_id_index ON app_id_to_user_id (app_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 22/153 · add column all_auth_recipe_users.app_id
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE all_auth_recipe_users ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 23/153 · add column all_auth_recipe_users.tenant_id
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE all_auth_recipe_users ADD COLUMN tenant_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 24/153 · primary key of all_auth_recipe_users becomes (app_id, tenant_id, user_id)
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND contype = 'p' AND conname = 'all_auth_recipe_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, user_id)') THEN
    ALTER TABLE all_auth_recipe_users DROP CONSTRAINT IF EXISTS all_auth_recipe_users_pkey;
    ALTER TABLE all_auth_recipe_users ADD CONSTRAINT all_auth_recipe_users_pkey PRIMARY KEY (app_id, tenant_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 25/153 · add foreign key all_auth_recipe_users_tenant_id_fkey on all_auth_recipe_users
-- locks: drop foreign key all_auth_recipe_users_tenant_id_fkey as it is now: only where the database differs from the plan here (else skipped): all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_tenant_id_fkey') THEN
    ALTER TABLE all_auth_recipe_users DROP CONSTRAINT IF EXISTS all_auth_recipe_users_tenant_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key all_auth_recipe_users_tenant_id_fkey: all_auth_recipe_users: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in tenants; blocks writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE') THEN
    ALTER TABLE all_auth_recipe_users ADD CONSTRAINT all_auth_recipe_users_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 26/153 · add foreign key all_auth_recipe_users_user_id_fkey on all_auth_recipe_users
-- locks: drop foreign key all_auth_recipe_users_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_user_id_fkey') THEN
    ALTER TABLE all_auth_recipe_users DROP CONSTRAINT IF EXISTS all_auth_recipe_users_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key all_auth_recipe_users_user_id_fkey: all_auth_recipe_users: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in app_id_to_user_id; blocks writes until COMMIT | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE all_auth_recipe_users ADD CONSTRAINT all_auth_recipe_users_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 27/153 · redefine index all_auth_recipe_users_pagination_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index;
    CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users (time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 28/153 · create index all_auth_recipe_user_id_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_user_id_index;
    CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 29/153 · create index all_auth_recipe_tenant_id_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_tenant_id_index ON all_auth_recipe_users USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_tenant_id_index;
    CREATE INDEX all_auth_recipe_tenant_id_index ON all_auth_recipe_users (app_id, tenant_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 30/153 · create table tenant_configs
-- locks: tenant_configs: new in this script
DO $plan$
BEGIN
  IF to_regclass('tenant_configs') IS NULL THEN
    CREATE TABLE tenant_configs (
      connection_uri_domain VARCHAR(256) NOT NULL DEFAULT '',
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      core_config TEXT,
      email_password_enabled BOOLEAN,
      passwordless_enabled BOOLEAN,
      third_party_enabled BOOLEAN,
      CONSTRAINT tenant_configs_pkey PRIMARY KEY (connection_uri_domain, app_id, tenant_id)
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('tenant_configs'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 31/153 · create table tenant_thirdparty_providers
-- locks: tenant_thirdparty_providers: new in this script | tenant_configs: new in this script
DO $plan$
BEGIN
  IF to_regclass('tenant_thirdparty_providers') IS NULL THEN
    CREATE TABLE tenant_thirdparty_providers (
      connection_uri_domain VARCHAR(256) NOT NULL DEFAULT '',
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      third_party_id VARCHAR(28) NOT NULL,
      name VARCHAR(64),
      authorization_endpoint TEXT,
      authorization_endpoint_query_params TEXT,
      token_endpoint TEXT,
      token_endpoint_body_params TEXT,
      user_info_endpoint TEXT,
      user_info_endpoint_query_params TEXT,
      user_info_endpoint_headers TEXT,
      jwks_uri TEXT,
      oidc_discovery_endpoint TEXT,
      require_email BOOLEAN,
      user_info_map_from_id_token_payload_user_id VARCHAR(64),
      user_info_map_from_id_token_payload_email VARCHAR(64),
      user_info_map_from_id_token_payload_email_verified VARCHAR(64),
      user_info_map_from_user_info_endpoint_user_id VARCHAR(64),
      user_info_map_from_user_info_endpoint_email VARCHAR(64),
      user_info_map_from_user_info_endpoint_email_verified VARCHAR(64),
      CONSTRAINT tenant_thirdparty_providers_pkey PRIMARY KEY (connection_uri_domain, app_id, tenant_id, third_party_id),
      CONSTRAINT tenant_thirdparty_providers_tenant_id_fkey FOREIGN KEY (connection_uri_domain, app_id, tenant_id) REFERENCES tenant_configs (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('tenant_thirdparty_providers'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 32/153 · create index tenant_thirdparty_providers_tenant_id_index on tenant_thirdparty_providers
-- locks: tenant_thirdparty_providers: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenant_thirdparty_providers') AND c.relname = 'tenant_thirdparty_providers_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX tenant_thirdparty_providers_tenant_id_index ON tenant_thirdparty_providers USING btree (connection_uri_domain, app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS tenant_thirdparty_providers_tenant_id_index;
    CREATE INDEX tenant_thirdparty_providers_tenant_id_index ON tenant_thirdparty_providers (connection_uri_domain, app_id, tenant_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 33/153 · create table tenant_thirdparty_provider_clients
-- locks: tenant_thirdparty_provider_clients: new in this script | tenant_thirdparty_providers: new in this script
DO $plan$
BEGIN
  IF to_regclass('tenant_thirdparty_provider_clients') IS NULL THEN
    CREATE TABLE tenant_thirdparty_provider_clients (
      connection_uri_domain VARCHAR(256) NOT NULL DEFAULT '',
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      third_party_id VARCHAR(28) NOT NULL,
      client_type VARCHAR(64) NOT NULL DEFAULT '',
      client_id VARCHAR(256) NOT NULL,
      client_secret TEXT,
      scope VARCHAR(128)[],
      force_pkce BOOLEAN,
      additional_config TEXT,
      CONSTRAINT tenant_thirdparty_provider_clients_pkey PRIMARY KEY (connection_uri_domain, app_id, tenant_id, third_party_id, client_type),
      CONSTRAINT tenant_thirdparty_provider_clients_third_party_id_fkey FOREIGN KEY (connection_uri_domain, app_id, tenant_id, third_party_id) REFERENCES tenant_thirdparty_providers (connection_uri_domain, app_id, tenant_id, third_party_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('tenant_thirdparty_provider_clients'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 34/153 · create index tenant_thirdparty_provider_clients_third_party_id_index on tenant_thirdparty_provider_clients
-- locks: tenant_thirdparty_provider_clients: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenant_thirdparty_provider_clients') AND c.relname = 'tenant_thirdparty_provider_clients_third_party_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX tenant_thirdparty_provider_clients_third_party_id_index ON tenant_thirdparty_provider_clients USING btree (connection_uri_domain, app_id, tenant_id, third_party_id)') THEN
    DROP INDEX IF EXISTS tenant_thirdparty_provider_clients_third_party_id_index;
    CREATE INDEX tenant_thirdparty_provider_clients_third_party_id_index ON tenant_thirdparty_provider_clients (connection_uri_domain, app_id, tenant_id, third_party_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 35/153 · add column session_info.app_id
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE session_info ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 36/153 · add column session_info.tenant_id
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE session_info ADD COLUMN tenant_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 37/153 · primary key of session_info becomes (app_id, tenant_id, session_handle)
-- locks: session_info: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND contype = 'p' AND conname = 'session_info_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, session_handle)') THEN
    ALTER TABLE session_info DROP CONSTRAINT IF EXISTS session_info_pkey;
    ALTER TABLE session_info ADD CONSTRAINT session_info_pkey PRIMARY KEY (app_id, tenant_id, session_handle);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 38/153 · add foreign key session_info_tenant_id_fkey on session_info
-- locks: drop foreign key session_info_tenant_id_fkey as it is now: only where the database differs from the plan here (else skipped): session_info: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND conname = 'session_info_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND conname = 'session_info_tenant_id_fkey') THEN
    ALTER TABLE session_info DROP CONSTRAINT IF EXISTS session_info_tenant_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key session_info_tenant_id_fkey: session_info: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in tenants; blocks writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND conname = 'session_info_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE') THEN
    ALTER TABLE session_info ADD CONSTRAINT session_info_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 39/153 · create index session_expiry_index on session_info
-- why: Part of the 6.0 fresh schema on both dialects; the 5.0 schema never had it.
-- locks: session_info: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_info') AND c.relname = 'session_expiry_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX session_expiry_index ON session_info USING btree (expires_at)') THEN
    DROP INDEX IF EXISTS session_expiry_index;
    CREATE INDEX session_expiry_index ON session_info (expires_at);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 40/153 · create index session_info_tenant_id_index on session_info
-- locks: session_info: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_info') AND c.relname = 'session_info_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX session_info_tenant_id_index ON session_info USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS session_info_tenant_id_index;
    CREATE INDEX session_info_tenant_id_index ON session_info (app_id, tenant_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 41/153 · add column session_access_token_signing_keys.app_id
-- locks: session_access_token_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_access_token_signing_keys') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE session_access_token_signing_keys ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 42/153 · primary key of session_access_token_signing_keys becomes (app_id, created_at_time)
-- locks: session_access_token_signing_keys: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND contype = 'p' AND conname = 'session_access_token_signing_keys_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, created_at_time)') THEN
    ALTER TABLE session_access_token_signing_keys DROP CONSTRAINT IF EXISTS session_access_token_signing_keys_pkey;
    ALTER TABLE session_access_token_signing_keys ADD CONSTRAINT session_access_token_signing_keys_pkey PRIMARY KEY (app_id, created_at_time);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 43/153 · add foreign key session_access_token_signing_keys_app_id_fkey on session_access_token_signing_keys
-- locks: drop foreign key session_access_token_signing_keys_app_id_fkey as it is now: only where the database differs from the plan here (else skipped): session_access_token_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND conname = 'session_access_token_signing_keys_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND conname = 'session_access_token_signing_keys_app_id_fkey') THEN
    ALTER TABLE session_access_token_signing_keys DROP CONSTRAINT IF EXISTS session_access_token_signing_keys_app_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key session_access_token_signing_keys_app_id_fkey: session_access_token_signing_keys: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in apps; blocks writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND conname = 'session_access_token_signing_keys_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE') THEN
    ALTER TABLE session_access_token_signing_keys ADD CONSTRAINT session_access_token_signing_keys_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 44/153 · create index access_token_signing_keys_app_id_index on session_access_token_signing_keys
-- locks: session_access_token_signing_keys: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_access_token_signing_keys') AND c.relname = 'access_token_signing_keys_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX access_token_signing_keys_app_id_index ON session_access_token_signing_keys USING btree (app_id)') THEN
    DROP INDEX IF EXISTS access_token_signing_keys_app_id_index;
    CREATE INDEX access_token_signing_keys_app_id_index ON session_access_token_signing_keys (app_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 45/153 · add column jwt_signing_keys.app_id
-- locks: jwt_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('jwt_signing_keys') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE jwt_signing_keys ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 46/153 · primary key of jwt_signing_keys becomes (app_id, key_id)
-- locks: jwt_signing_keys: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND contype = 'p' AND conname = 'jwt_signing_keys_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, key_id)') THEN
    ALTER TABLE jwt_signing_keys DROP CONSTRAINT IF EXISTS jwt_signing_keys_pkey;
    ALTER TABLE jwt_signing_keys ADD CONSTRAINT jwt_signing_keys_pkey PRIMARY KEY (app_id, key_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 47/153 · add foreign key jwt_signing_keys_app_id_fkey on jwt_signing_keys
-- locks: drop foreign key jwt_signing_keys_app_id_fkey as it is now: only where the database differs from the plan here (else skipped): jwt_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND conname = 'jwt_signing_keys_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND conname = 'jwt_signing_keys_app_id_fkey') THEN
    ALTER TABLE jwt_signing_keys DROP CONSTRAINT IF EXISTS jwt_signing_keys_app_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key jwt_signing_keys_app_id_fkey: jwt_signing_keys: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in apps; blocks writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND conname = 'jwt_signing_keys_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE') THEN
    ALTER TABLE jwt_signing_keys ADD CONSTRAINT jwt_signing_keys_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 48/153 · create index jwt_signing_keys_app_id_index on jwt_signing_keys
-- locks: jwt_signing_keys: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('jwt_signing_keys') AND c.relname = 'jwt_signing_keys_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX jwt_signing_keys_app_id_index ON jwt_signing_keys USING btree (app_id)') THEN
    DROP INDEX IF EXISTS jwt_signing_keys_app_id_index;
    CREATE INDEX jwt_signing_keys_app_id_index ON jwt_signing_keys (app_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 49/153 · add column emailverification_verified_emails.app_id
-- locks: emailverification_verified_emails: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_verified_emails') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailverification_verified_emails ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 50/153 · primary key of emailverification_verified_emails becomes (app_id, user_id, email)
-- locks: emailverification_verified_emails: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND contype = 'p' AND conname = 'emailverification_verified_emails_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id, email)') THEN
    ALTER TABLE emailverification_verified_emails DROP CONSTRAINT IF EXISTS emailverification_verified_emails_pkey;
    ALTER TABLE emailverification_verified_emails ADD CONSTRAINT emailverification_verified_emails_pkey PRIMARY KEY (app_id, user_id, email);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 51/153 · add foreign key emailverification_verified_emails_app_id_fkey on emailverification_verified_emails
-- locks: drop foreign key emailverification_verified_emails_app_id_fkey as it is now: only where the database differs from the plan here (else skipped): emailverification_verified_emails: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND conname = 'emailverification_verified_emails_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND conname = 'emailverification_verified_emails_app_id_fkey') THEN
    ALTER TABLE emailverification_verified_emails DROP CONSTRAINT IF EXISTS emailverification_verified_emails_app_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key emailverification_verified_emails_app_id_fkey: emailverification_verified_emails: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in apps; blocks writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND conname = 'emailverification_verified_emails_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE') THEN
    ALTER TABLE emailverification_verified_emails ADD CONSTRAINT emailverification_verified_emails_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 52/153 · create index emailverification_verified_emails_app_id_index on emailverification_verified_emails
-- locks: emailverification_verified_emails: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_verified_emails') AND c.relname = 'emailverification_verified_emails_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX emailverification_verified_emails_app_id_index ON emailverification_verified_emails USING btree (app_id)') THEN
    DROP INDEX IF EXISTS emailverification_verified_emails_app_id_index;
    CREATE INDEX emailverification_verified_emails_app_id_index ON emailverification_verified_emails (app_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 53/153 · add column emailverification_tokens.app_id
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailverification_tokens ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 54/153 · add column emailverification_tokens.tenant_id
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailverification_tokens ADD COLUMN tenant_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 55/153 · primary key of emailverification_tokens becomes (app_id, tenant_id, user_id, email, token)
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND contype = 'p' AND conname = 'emailverification_tokens_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, user_id, email, token)') THEN
    ALTER TABLE emailverification_tokens DROP CONSTRAINT IF EXISTS emailverification_tokens_pkey;
    ALTER TABLE emailverification_tokens ADD CONSTRAINT emailverification_tokens_pkey PRIMARY KEY (app_id, tenant_id, user_id, email, token);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 56/153 · add foreign key emailverification_tokens_tenant_id_fkey on emailverification_tokens
-- locks: drop foreign key emailverification_tokens_tenant_id_fkey as it is now: only where the database differs from the plan here (else skipped): emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND conname = 'emailverification_tokens_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND conname = 'emailverification_tokens_tenant_id_fkey') THEN
    ALTER TABLE emailverification_tokens DROP CONSTRAINT IF EXISTS emailverification_tokens_tenant_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key emailverification_tokens_tenant_id_fkey: emailverification_tokens: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in tenants; blocks writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND conname = 'emailverification_tokens_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE') THEN
    ALTER TABLE emailverification_tokens ADD CONSTRAINT emailverification_tokens_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 57/153 · create index emailverification_tokens_tenant_id_index on emailverification_tokens
-- locks: emailverification_tokens: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_tokens') AND c.relname = 'emailverification_tokens_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX emailverification_tokens_tenant_id_index ON emailverification_tokens USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS emailverification_tokens_tenant_id_index;
    CREATE INDEX emailverification_tokens_tenant_id_index ON emailverification_tokens (app_id, tenant_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 58/153 · add column emailpassword_users.app_id
-- locks: emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailpassword_users ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 59/153 · drop unique emailpassword_users_email_key on emailpassword_users
-- why: E-mail uniqueness moves to emailpassword_user_to_tenant (per app and tenant).
-- locks: emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_email_key') THEN
    ALTER TABLE emailpassword_users DROP CONSTRAINT IF EXISTS emailpassword_users_email_key;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 60/153 · primary key of emailpassword_users becomes (app_id, user_id)
-- locks: emailpassword_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND contype = 'p' AND conname = 'emailpassword_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)') THEN
    ALTER TABLE emailpassword_users DROP CONSTRAINT IF EXISTS emailpassword_users_pkey;
    ALTER TABLE emailpassword_users ADD CONSTRAINT emailpassword_users_pkey PRIMARY KEY (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 61/153 · add foreign key emailpassword_users_user_id_fkey on emailpassword_users
-- locks: drop foreign key emailpassword_users_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_user_id_fkey') THEN
    ALTER TABLE emailpassword_users DROP CONSTRAINT IF EXISTS emailpassword_users_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key emailpassword_users_user_id_fkey: emailpassword_users: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in app_id_to_user_id; blocks writes until COMMIT | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE emailpassword_users ADD CONSTRAINT emailpassword_users_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 62/153 · create table emailpassword_user_to_tenant
-- locks: emailpassword_user_to_tenant: new in this script | all_auth_recipe_users: SHARE ROW EXCLUSIVE, catalog-only; blocks writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailpassword_user_to_tenant') IS NULL THEN
    CREATE TABLE emailpassword_user_to_tenant (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      CONSTRAINT emailpassword_user_to_tenant_pkey PRIMARY KEY (app_id, tenant_id, user_id),
      CONSTRAINT emailpassword_user_to_tenant_email_key UNIQUE (app_id, tenant_id, email),
      CONSTRAINT emailpassword_user_to_tenant_user_id_fkey FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('emailpassword_user_to_tenant'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 63/153 · copy rows from emailpassword_users into emailpassword_user_to_tenant
-- locks: emailpassword_user_to_tenant: new in this script | emailpassword_users: ACCESS SHARE, read; reads every row | all_auth_recipe_users: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character varying(64)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) = '''public''::character varying') THEN
    IF EXISTS (SELECT 1 FROM emailpassword_users AS src WHERE NOT EXISTS (SELECT 1 FROM emailpassword_user_to_tenant AS dst WHERE dst.app_id = src.app_id AND dst.tenant_id = 'public' AND dst.user_id = src.user_id)) THEN
      INSERT INTO emailpassword_user_to_tenant (app_id, tenant_id, user_id, email)
    SELECT src.app_id, 'public', src.user_id, src.email
    FROM emailpassword_users AS src
    WHERE NOT EXISTS (SELECT 1 FROM emailpassword_user_to_tenant AS dst WHERE dst.app_id = src.app_id AND dst.tenant_id = 'public' AND dst.user_id = src.user_id);
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 64/153 · add column emailpassword_pswd_reset_tokens.app_id
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailpassword_pswd_reset_tokens ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 65/153 · primary key of emailpassword_pswd_reset_tokens becomes (app_id, user_id, token)
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND contype = 'p' AND conname = 'emailpassword_pswd_reset_tokens_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id, token)') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_pkey;
    ALTER TABLE emailpassword_pswd_reset_tokens ADD CONSTRAINT emailpassword_pswd_reset_tokens_pkey PRIMARY KEY (app_id, user_id, token);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 66/153 · add foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens
-- why: Keeps ON UPDATE CASCADE as in the fresh 6.0 schema (the upstream script drops it).
-- locks: drop foreign key emailpassword_pswd_reset_tokens_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES emailpassword_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key emailpassword_pswd_reset_tokens_user_id_fkey: emailpassword_pswd_reset_tokens: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in emailpassword_users; blocks writes until COMMIT | emailpassword_users: SHARE ROW EXCLUSIVE, scan; read to check the rows of emailpassword_pswd_reset_tokens; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES emailpassword_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens ADD CONSTRAINT emailpassword_pswd_reset_tokens_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES emailpassword_users (app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 67/153 · create index emailpassword_pswd_reset_tokens_user_id_index on emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_pswd_reset_tokens') AND c.relname = 'emailpassword_pswd_reset_tokens_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX emailpassword_pswd_reset_tokens_user_id_index ON emailpassword_pswd_reset_tokens USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS emailpassword_pswd_reset_tokens_user_id_index;
    CREATE INDEX emailpassword_pswd_reset_tokens_user_id_index ON emailpassword_pswd_reset_tokens (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 68/153 · add column passwordless_users.app_id
-- locks: passwordless_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_users ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 69/153 · drop unique passwordless_users_email_key on passwordless_users
-- why: E-mail and phone uniqueness move to passwordless_user_to_tenant (per app and tenant).
-- locks: passwordless_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_email_key') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_email_key;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 70/153 · drop unique passwordless_users_phone_number_key on passwordless_users
-- locks: passwordless_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_phone_number_key') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_phone_number_key;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 71/153 · primary key of passwordless_users becomes (app_id, user_id)
-- locks: passwordless_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND contype = 'p' AND conname = 'passwordless_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_pkey;
    ALTER TABLE passwordless_users ADD CONSTRAINT passwordless_users_pkey PRIMARY KEY (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 72/153 · add foreign key passwordless_users_user_id_fkey on passwordless_users
-- locks: drop foreign key passwordless_users_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): passwordless_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_user_id_fkey') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key passwordless_users_user_id_fkey: passwordless_users: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in app_id_to_user_id; blocks writes until COMMIT | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE passwordless_users ADD CONSTRAINT passwordless_users_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 73/153 · create table passwordless_user_to_tenant
-- locks: passwordless_user_to_tenant: new in this script | all_auth_recipe_users: SHARE ROW EXCLUSIVE, catalog-only; blocks writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('passwordless_user_to_tenant') IS NULL THEN
    CREATE TABLE passwordless_user_to_tenant (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256),
      phone_number VARCHAR(256),
      CONSTRAINT passwordless_user_to_tenant_pkey PRIMARY KEY (app_id, tenant_id, user_id),
      CONSTRAINT passwordless_user_to_tenant_email_key UNIQUE (app_id, tenant_id, email),
      CONSTRAINT passwordless_user_to_tenant_phone_number_key UNIQUE (app_id, tenant_id, phone_number),
      CONSTRAINT passwordless_user_to_tenant_user_id_fkey FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('passwordless_user_to_tenant'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 74/153 · copy rows from passwordless_users into passwordless_user_to_tenant
-- locks: passwordless_user_to_tenant: new in this script | passwordless_users: ACCESS SHARE, read; reads every row | all_auth_recipe_users: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character varying(64)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) = '''public''::character varying') THEN
    IF EXISTS (SELECT 1 FROM passwordless_users AS src WHERE NOT EXISTS (SELECT 1 FROM passwordless_user_to_tenant AS dst WHERE dst.app_id = src.app_id AND dst.tenant_id = 'public' AND dst.user_id = src.user_id)) THEN
      INSERT INTO passwordless_user_to_tenant (app_id, tenant_id, user_id, email, phone_number)
    SELECT src.app_id, 'public', src.user_id, src.email, src.phone_number
    FROM passwordless_users AS src
    WHERE NOT EXISTS (SELECT 1 FROM passwordless_user_to_tenant AS dst WHERE dst.app_id = src.app_id AND dst.tenant_id = 'public' AND dst.user_id = src.user_id);
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 75/153 · add column passwordless_devices.app_id
-- locks: passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_devices ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 76/153 · add column passwordless_devices.tenant_id
-- locks: passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_devices ADD COLUMN tenant_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 77/153 · primary key of passwordless_devices becomes (app_id, tenant_id, device_id_hash)
-- locks: passwordless_devices: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND contype = 'p' AND conname = 'passwordless_devices_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, device_id_hash)') THEN
    ALTER TABLE passwordless_devices DROP CONSTRAINT IF EXISTS passwordless_devices_pkey;
    ALTER TABLE passwordless_devices ADD CONSTRAINT passwordless_devices_pkey PRIMARY KEY (app_id, tenant_id, device_id_hash);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 78/153 · add foreign key passwordless_devices_tenant_id_fkey on passwordless_devices
-- locks: drop foreign key passwordless_devices_tenant_id_fkey as it is now: only where the database differs from the plan here (else skipped): passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND conname = 'passwordless_devices_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND conname = 'passwordless_devices_tenant_id_fkey') THEN
    ALTER TABLE passwordless_devices DROP CONSTRAINT IF EXISTS passwordless_devices_tenant_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key passwordless_devices_tenant_id_fkey: passwordless_devices: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in tenants; blocks writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND conname = 'passwordless_devices_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE') THEN
    ALTER TABLE passwordless_devices ADD CONSTRAINT passwordless_devices_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 79/153 · redefine index passwordless_devices_email_index on passwordless_devices
-- locks: passwordless_devices: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_email_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (app_id, tenant_id, email)') THEN
    DROP INDEX IF EXISTS passwordless_devices_email_index;
    CREATE INDEX passwordless_devices_email_index ON passwordless_devices (app_id, tenant_id, email);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 80/153 · redefine index passwordless_devices_phone_number_index on passwordless_devices
-- locks: passwordless_devices: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_phone_number_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (app_id, tenant_id, phone_number)') THEN
    DROP INDEX IF EXISTS passwordless_devices_phone_number_index;
    CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices (app_id, tenant_id, phone_number);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 81/153 · create index passwordless_devices_tenant_id_index on passwordless_devices
-- locks: passwordless_devices: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_devices_tenant_id_index ON passwordless_devices USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS passwordless_devices_tenant_id_index;
    CREATE INDEX passwordless_devices_tenant_id_index ON passwordless_devices (app_id, tenant_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 82/153 · add column passwordless_codes.app_id
-- locks: passwordless_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_codes ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 83/153 · add column passwordless_codes.tenant_id
-- locks: passwordless_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_codes ADD COLUMN tenant_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 84/153 · primary key of passwordless_codes becomes (app_id, tenant_id, code_id)
-- locks: passwordless_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND contype = 'p' AND conname = 'passwordless_codes_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, code_id)') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_pkey;
    ALTER TABLE passwordless_codes ADD CONSTRAINT passwordless_codes_pkey PRIMARY KEY (app_id, tenant_id, code_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 85/153 · unique passwordless_codes_link_code_hash_key on passwordless_codes becomes (app_id, tenant_id, link_code_hash)
-- locks: passwordless_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_link_code_hash_key' AND pg_get_constraintdef(oid) = 'UNIQUE (app_id, tenant_id, link_code_hash)') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_link_code_hash_key;
    ALTER TABLE passwordless_codes ADD CONSTRAINT passwordless_codes_link_code_hash_key UNIQUE (app_id, tenant_id, link_code_hash);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 86/153 · redefine index passwordless_codes_created_at_index on passwordless_codes
-- locks: passwordless_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_created_at_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (app_id, tenant_id, created_at)') THEN
    DROP INDEX IF EXISTS passwordless_codes_created_at_index;
    CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes (app_id, tenant_id, created_at);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 87/153 · redefine index passwordless_codes_device_id_hash_index on passwordless_codes
-- why: On MySQL the foreign key below brings its own index (app_id, tenant_id, device_id_hash).
-- locks: passwordless_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_device_id_hash_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (app_id, tenant_id, device_id_hash)') THEN
    DROP INDEX IF EXISTS passwordless_codes_device_id_hash_index;
    CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes (app_id, tenant_id, device_id_hash);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 88/153 · add foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes
-- why: Keeps ON UPDATE CASCADE as in the fresh 6.0 schema (the upstream script drops it).
-- locks: drop foreign key passwordless_codes_device_id_hash_fkey as it is now: only where the database differs from the plan here (else skipped): passwordless_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id, device_id_hash) REFERENCES passwordless_devices(app_id, tenant_id, device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_device_id_hash_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key passwordless_codes_device_id_hash_fkey: passwordless_codes: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in passwordless_devices; blocks writes until COMMIT | passwordless_devices: SHARE ROW EXCLUSIVE, scan; read to check the rows of passwordless_codes; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id, device_id_hash) REFERENCES passwordless_devices(app_id, tenant_id, device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE passwordless_codes ADD CONSTRAINT passwordless_codes_device_id_hash_fkey FOREIGN KEY (app_id, tenant_id, device_id_hash) REFERENCES passwordless_devices (app_id, tenant_id, device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 89/153 · add column thirdparty_users.app_id
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE thirdparty_users ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 90/153 · drop unique thirdparty_users_user_id_key on thirdparty_users
-- why: user_id becomes part of the primary key (app_id, user_id).
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND conname = 'thirdparty_users_user_id_key') THEN
    ALTER TABLE thirdparty_users DROP CONSTRAINT IF EXISTS thirdparty_users_user_id_key;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 91/153 · primary key of thirdparty_users becomes (app_id, user_id)
-- why: The provider identity (third_party_id, third_party_user_id) stops being the key; its uniqueness moves to thirdparty_user_to_tenant, and a plain index keeps the lookup fast.
-- locks: thirdparty_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND contype = 'p' AND conname = 'thirdparty_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)') THEN
    ALTER TABLE thirdparty_users DROP CONSTRAINT IF EXISTS thirdparty_users_pkey;
    ALTER TABLE thirdparty_users ADD CONSTRAINT thirdparty_users_pkey PRIMARY KEY (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 92/153 · add foreign key thirdparty_users_user_id_fkey on thirdparty_users
-- locks: drop foreign key thirdparty_users_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): thirdparty_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND conname = 'thirdparty_users_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND conname = 'thirdparty_users_user_id_fkey') THEN
    ALTER TABLE thirdparty_users DROP CONSTRAINT IF EXISTS thirdparty_users_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key thirdparty_users_user_id_fkey: thirdparty_users: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in app_id_to_user_id; blocks writes until COMMIT | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND conname = 'thirdparty_users_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE thirdparty_users ADD CONSTRAINT thirdparty_users_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 93/153 · create index thirdparty_users_thirdparty_user_id_index on thirdparty_users
-- locks: thirdparty_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_thirdparty_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX thirdparty_users_thirdparty_user_id_index ON thirdparty_users USING btree (app_id, third_party_id, third_party_user_id)') THEN
    DROP INDEX IF EXISTS thirdparty_users_thirdparty_user_id_index;
    CREATE INDEX thirdparty_users_thirdparty_user_id_index ON thirdparty_users (app_id, third_party_id, third_party_user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 94/153 · create index thirdparty_users_email_index on thirdparty_users
-- locks: thirdparty_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_email_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX thirdparty_users_email_index ON thirdparty_users USING btree (app_id, email)') THEN
    DROP INDEX IF EXISTS thirdparty_users_email_index;
    CREATE INDEX thirdparty_users_email_index ON thirdparty_users (app_id, email);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 95/153 · create table thirdparty_user_to_tenant
-- locks: thirdparty_user_to_tenant: new in this script | all_auth_recipe_users: SHARE ROW EXCLUSIVE, catalog-only; blocks writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('thirdparty_user_to_tenant') IS NULL THEN
    CREATE TABLE thirdparty_user_to_tenant (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      user_id CHAR(36) NOT NULL,
      third_party_id VARCHAR(28) NOT NULL,
      third_party_user_id VARCHAR(256) NOT NULL,
      CONSTRAINT thirdparty_user_to_tenant_pkey PRIMARY KEY (app_id, tenant_id, user_id),
      CONSTRAINT thirdparty_user_to_tenant_third_party_user_id_key UNIQUE (app_id, tenant_id, third_party_id, third_party_user_id),
      CONSTRAINT thirdparty_user_to_tenant_user_id_fkey FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('thirdparty_user_to_tenant'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 96/153 · copy rows from thirdparty_users into thirdparty_user_to_tenant
-- locks: thirdparty_user_to_tenant: new in this script | thirdparty_users: ACCESS SHARE, read; reads every row | all_auth_recipe_users: ROW SHARE when rows are written, read
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character varying(64)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) = '''public''::character varying') THEN
    IF EXISTS (SELECT 1 FROM thirdparty_users AS src WHERE NOT EXISTS (SELECT 1 FROM thirdparty_user_to_tenant AS dst WHERE dst.app_id = src.app_id AND dst.tenant_id = 'public' AND dst.user_id = src.user_id)) THEN
      INSERT INTO thirdparty_user_to_tenant (app_id, tenant_id, user_id, third_party_id, third_party_user_id)
    SELECT src.app_id, 'public', src.user_id, src.third_party_id, src.third_party_user_id
    FROM thirdparty_users AS src
    WHERE NOT EXISTS (SELECT 1 FROM thirdparty_user_to_tenant AS dst WHERE dst.app_id = src.app_id AND dst.tenant_id = 'public' AND dst.user_id = src.user_id);
    END IF;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 97/153 · add column userid_mapping.app_id
-- locks: userid_mapping: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE userid_mapping ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 98/153 · primary key of userid_mapping becomes (app_id, supertokens_user_id, external_user_id)
-- locks: userid_mapping: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND contype = 'p' AND conname = 'userid_mapping_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, supertokens_user_id, external_user_id)') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_pkey;
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_pkey PRIMARY KEY (app_id, supertokens_user_id, external_user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 99/153 · unique userid_mapping_supertokens_user_id_key on userid_mapping becomes (app_id, supertokens_user_id)
-- locks: userid_mapping: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (app_id, supertokens_user_id)') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_key;
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_supertokens_user_id_key UNIQUE (app_id, supertokens_user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 100/153 · unique userid_mapping_external_user_id_key on userid_mapping becomes (app_id, external_user_id)
-- locks: userid_mapping: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_external_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (app_id, external_user_id)') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_external_user_id_key;
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_external_user_id_key UNIQUE (app_id, external_user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 101/153 · add foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping
-- locks: drop foreign key userid_mapping_supertokens_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): userid_mapping: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, supertokens_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key userid_mapping_supertokens_user_id_fkey: userid_mapping: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in app_id_to_user_id; blocks writes until COMMIT | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, supertokens_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_supertokens_user_id_fkey FOREIGN KEY (app_id, supertokens_user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 102/153 · create index userid_mapping_supertokens_user_id_index on userid_mapping
-- locks: userid_mapping: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('userid_mapping') AND c.relname = 'userid_mapping_supertokens_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX userid_mapping_supertokens_user_id_index ON userid_mapping USING btree (app_id, supertokens_user_id)') THEN
    DROP INDEX IF EXISTS userid_mapping_supertokens_user_id_index;
    CREATE INDEX userid_mapping_supertokens_user_id_index ON userid_mapping (app_id, supertokens_user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 103/153 · add column roles.app_id
-- locks: roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('roles') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE roles ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 104/153 · primary key of roles becomes (app_id, role)
-- locks: roles: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND contype = 'p' AND conname = 'roles_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, role)') THEN
    ALTER TABLE roles DROP CONSTRAINT IF EXISTS roles_pkey;
    ALTER TABLE roles ADD CONSTRAINT roles_pkey PRIMARY KEY (app_id, role);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 105/153 · add foreign key roles_app_id_fkey on roles
-- locks: drop foreign key roles_app_id_fkey as it is now: only where the database differs from the plan here (else skipped): roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND conname = 'roles_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND conname = 'roles_app_id_fkey') THEN
    ALTER TABLE roles DROP CONSTRAINT IF EXISTS roles_app_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key roles_app_id_fkey: roles: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in apps; blocks writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND conname = 'roles_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE') THEN
    ALTER TABLE roles ADD CONSTRAINT roles_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 106/153 · create index roles_app_id_index on roles
-- locks: roles: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('roles') AND c.relname = 'roles_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX roles_app_id_index ON roles USING btree (app_id)') THEN
    DROP INDEX IF EXISTS roles_app_id_index;
    CREATE INDEX roles_app_id_index ON roles (app_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 107/153 · add column role_permissions.app_id
-- locks: role_permissions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('role_permissions') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE role_permissions ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 108/153 · primary key of role_permissions becomes (app_id, role, permission)
-- locks: role_permissions: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND contype = 'p' AND conname = 'role_permissions_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, role, permission)') THEN
    ALTER TABLE role_permissions DROP CONSTRAINT IF EXISTS role_permissions_pkey;
    ALTER TABLE role_permissions ADD CONSTRAINT role_permissions_pkey PRIMARY KEY (app_id, role, permission);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 109/153 · add foreign key role_permissions_role_fkey on role_permissions
-- locks: drop foreign key role_permissions_role_fkey as it is now: only where the database differs from the plan here (else skipped): role_permissions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey') THEN
    ALTER TABLE role_permissions DROP CONSTRAINT IF EXISTS role_permissions_role_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key role_permissions_role_fkey: role_permissions: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in roles; blocks writes until COMMIT | roles: SHARE ROW EXCLUSIVE, scan; read to check the rows of role_permissions; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE') THEN
    ALTER TABLE role_permissions ADD CONSTRAINT role_permissions_role_fkey FOREIGN KEY (app_id, role) REFERENCES roles (app_id, role) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 110/153 · redefine index role_permissions_permission_index on role_permissions
-- locks: role_permissions: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_permission_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (app_id, permission)') THEN
    DROP INDEX IF EXISTS role_permissions_permission_index;
    CREATE INDEX role_permissions_permission_index ON role_permissions (app_id, permission);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 111/153 · create index role_permissions_role_index on role_permissions
-- locks: role_permissions: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_role_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX role_permissions_role_index ON role_permissions USING btree (app_id, role)') THEN
    DROP INDEX IF EXISTS role_permissions_role_index;
    CREATE INDEX role_permissions_role_index ON role_permissions (app_id, role);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 112/153 · add column user_roles.app_id
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_roles') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_roles ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 113/153 · add column user_roles.tenant_id
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_roles') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_roles ADD COLUMN tenant_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 114/153 · primary key of user_roles becomes (app_id, tenant_id, user_id, role)
-- locks: user_roles: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND contype = 'p' AND conname = 'user_roles_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, user_id, role)') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_pkey;
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_pkey PRIMARY KEY (app_id, tenant_id, user_id, role);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 115/153 · redefine index user_roles_role_index on user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_role_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_roles_role_index ON user_roles USING btree (app_id, tenant_id, role)') THEN
    DROP INDEX IF EXISTS user_roles_role_index;
    CREATE INDEX user_roles_role_index ON user_roles (app_id, tenant_id, role);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 116/153 · add foreign key user_roles_role_fkey on user_roles
-- locks: drop foreign key user_roles_role_fkey as it is now: only where the database differs from the plan here (else skipped): user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_role_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key user_roles_role_fkey: user_roles: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in roles; blocks writes until COMMIT | roles: SHARE ROW EXCLUSIVE, scan; read to check the rows of user_roles; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE') THEN
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_fkey FOREIGN KEY (app_id, role) REFERENCES roles (app_id, role) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 117/153 · add foreign key user_roles_tenant_id_fkey on user_roles
-- locks: drop foreign key user_roles_tenant_id_fkey as it is now: only where the database differs from the plan here (else skipped): user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_tenant_id_fkey') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_tenant_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key user_roles_tenant_id_fkey: user_roles: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in tenants; blocks writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE') THEN
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 118/153 · create index user_roles_tenant_id_index on user_roles
-- locks: user_roles: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_roles_tenant_id_index ON user_roles USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS user_roles_tenant_id_index;
    CREATE INDEX user_roles_tenant_id_index ON user_roles (app_id, tenant_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 119/153 · create index user_roles_app_id_role_index on user_roles
-- locks: user_roles: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_app_id_role_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_roles_app_id_role_index ON user_roles USING btree (app_id, role)') THEN
    DROP INDEX IF EXISTS user_roles_app_id_role_index;
    CREATE INDEX user_roles_app_id_role_index ON user_roles (app_id, role);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 120/153 · add column user_metadata.app_id
-- locks: user_metadata: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_metadata') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_metadata ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 121/153 · primary key of user_metadata becomes (app_id, user_id)
-- locks: user_metadata: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND contype = 'p' AND conname = 'user_metadata_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)') THEN
    ALTER TABLE user_metadata DROP CONSTRAINT IF EXISTS user_metadata_pkey;
    ALTER TABLE user_metadata ADD CONSTRAINT user_metadata_pkey PRIMARY KEY (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 122/153 · add foreign key user_metadata_app_id_fkey on user_metadata
-- locks: drop foreign key user_metadata_app_id_fkey as it is now: only where the database differs from the plan here (else skipped): user_metadata: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND conname = 'user_metadata_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND conname = 'user_metadata_app_id_fkey') THEN
    ALTER TABLE user_metadata DROP CONSTRAINT IF EXISTS user_metadata_app_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key user_metadata_app_id_fkey: user_metadata: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in apps; blocks writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND conname = 'user_metadata_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE') THEN
    ALTER TABLE user_metadata ADD CONSTRAINT user_metadata_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 123/153 · create index user_metadata_app_id_index on user_metadata
-- locks: user_metadata: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_metadata') AND c.relname = 'user_metadata_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_metadata_app_id_index ON user_metadata USING btree (app_id)') THEN
    DROP INDEX IF EXISTS user_metadata_app_id_index;
    CREATE INDEX user_metadata_app_id_index ON user_metadata (app_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 124/153 · add column dashboard_users.app_id
-- locks: dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE dashboard_users ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 125/153 · primary key of dashboard_users becomes (app_id, user_id)
-- locks: dashboard_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND contype = 'p' AND conname = 'dashboard_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)') THEN
    ALTER TABLE dashboard_users DROP CONSTRAINT IF EXISTS dashboard_users_pkey;
    ALTER TABLE dashboard_users ADD CONSTRAINT dashboard_users_pkey PRIMARY KEY (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 126/153 · unique dashboard_users_email_key on dashboard_users becomes (app_id, email)
-- locks: dashboard_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (app_id, email)') THEN
    ALTER TABLE dashboard_users DROP CONSTRAINT IF EXISTS dashboard_users_email_key;
    ALTER TABLE dashboard_users ADD CONSTRAINT dashboard_users_email_key UNIQUE (app_id, email);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 127/153 · add foreign key dashboard_users_app_id_fkey on dashboard_users
-- locks: drop foreign key dashboard_users_app_id_fkey as it is now: only where the database differs from the plan here (else skipped): dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_app_id_fkey') THEN
    ALTER TABLE dashboard_users DROP CONSTRAINT IF EXISTS dashboard_users_app_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key dashboard_users_app_id_fkey: dashboard_users: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in apps; blocks writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE') THEN
    ALTER TABLE dashboard_users ADD CONSTRAINT dashboard_users_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 128/153 · create index dashboard_users_app_id_index on dashboard_users
-- locks: dashboard_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_users') AND c.relname = 'dashboard_users_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX dashboard_users_app_id_index ON dashboard_users USING btree (app_id)') THEN
    DROP INDEX IF EXISTS dashboard_users_app_id_index;
    CREATE INDEX dashboard_users_app_id_index ON dashboard_users (app_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 129/153 · add column dashboard_user_sessions.app_id
-- locks: dashboard_user_sessions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_user_sessions') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE dashboard_user_sessions ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 130/153 · primary key of dashboard_user_sessions becomes (app_id, session_id)
-- locks: dashboard_user_sessions: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND contype = 'p' AND conname = 'dashboard_user_sessions_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, session_id)') THEN
    ALTER TABLE dashboard_user_sessions DROP CONSTRAINT IF EXISTS dashboard_user_sessions_pkey;
    ALTER TABLE dashboard_user_sessions ADD CONSTRAINT dashboard_user_sessions_pkey PRIMARY KEY (app_id, session_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 131/153 · add foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions
-- why: PostgreSQL keeps ON UPDATE CASCADE as in its fresh 6.0 schema (the upstream script drops it); the MySQL plugin never had it on this key.
-- locks: drop foreign key dashboard_user_sessions_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): dashboard_user_sessions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey') THEN
    ALTER TABLE dashboard_user_sessions DROP CONSTRAINT IF EXISTS dashboard_user_sessions_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key dashboard_user_sessions_user_id_fkey: dashboard_user_sessions: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in dashboard_users; blocks writes until COMMIT | dashboard_users: SHARE ROW EXCLUSIVE, scan; read to check the rows of dashboard_user_sessions; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE dashboard_user_sessions ADD CONSTRAINT dashboard_user_sessions_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users (app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 132/153 · create index dashboard_user_sessions_user_id_index on dashboard_user_sessions
-- locks: dashboard_user_sessions: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_user_sessions') AND c.relname = 'dashboard_user_sessions_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX dashboard_user_sessions_user_id_index ON dashboard_user_sessions USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS dashboard_user_sessions_user_id_index;
    CREATE INDEX dashboard_user_sessions_user_id_index ON dashboard_user_sessions (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 133/153 · add column totp_users.app_id
-- locks: totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_users ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 134/153 · primary key of totp_users becomes (app_id, user_id)
-- locks: totp_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND contype = 'p' AND conname = 'totp_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)') THEN
    ALTER TABLE totp_users DROP CONSTRAINT IF EXISTS totp_users_pkey;
    ALTER TABLE totp_users ADD CONSTRAINT totp_users_pkey PRIMARY KEY (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 135/153 · add foreign key totp_users_app_id_fkey on totp_users
-- locks: drop foreign key totp_users_app_id_fkey as it is now: only where the database differs from the plan here (else skipped): totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND conname = 'totp_users_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND conname = 'totp_users_app_id_fkey') THEN
    ALTER TABLE totp_users DROP CONSTRAINT IF EXISTS totp_users_app_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key totp_users_app_id_fkey: totp_users: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in apps; blocks writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND conname = 'totp_users_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_users ADD CONSTRAINT totp_users_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 136/153 · create index totp_users_app_id_index on totp_users
-- locks: totp_users: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_users') AND c.relname = 'totp_users_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_users_app_id_index ON totp_users USING btree (app_id)') THEN
    DROP INDEX IF EXISTS totp_users_app_id_index;
    CREATE INDEX totp_users_app_id_index ON totp_users (app_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 137/153 · add column totp_user_devices.app_id
-- locks: totp_user_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_user_devices') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_user_devices ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 138/153 · primary key of totp_user_devices becomes (app_id, user_id, device_name)
-- locks: totp_user_devices: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND contype = 'p' AND conname = 'totp_user_devices_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id, device_name)') THEN
    ALTER TABLE totp_user_devices DROP CONSTRAINT IF EXISTS totp_user_devices_pkey;
    ALTER TABLE totp_user_devices ADD CONSTRAINT totp_user_devices_pkey PRIMARY KEY (app_id, user_id, device_name);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 139/153 · add foreign key totp_user_devices_user_id_fkey on totp_user_devices
-- locks: drop foreign key totp_user_devices_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): totp_user_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey') THEN
    ALTER TABLE totp_user_devices DROP CONSTRAINT IF EXISTS totp_user_devices_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key totp_user_devices_user_id_fkey: totp_user_devices: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in totp_users; blocks writes until COMMIT | totp_users: SHARE ROW EXCLUSIVE, scan; read to check the rows of totp_user_devices; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_user_devices ADD CONSTRAINT totp_user_devices_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES totp_users (app_id, user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 140/153 · create index totp_user_devices_user_id_index on totp_user_devices
-- locks: totp_user_devices: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_user_devices') AND c.relname = 'totp_user_devices_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_user_devices_user_id_index ON totp_user_devices USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS totp_user_devices_user_id_index;
    CREATE INDEX totp_user_devices_user_id_index ON totp_user_devices (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 141/153 · add column totp_used_codes.app_id
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_used_codes ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 142/153 · add column totp_used_codes.tenant_id
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_used_codes ADD COLUMN tenant_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 143/153 · primary key of totp_used_codes becomes (app_id, tenant_id, user_id, created_time_ms)
-- locks: totp_used_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND contype = 'p' AND conname = 'totp_used_codes_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, user_id, created_time_ms)') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_pkey;
    ALTER TABLE totp_used_codes ADD CONSTRAINT totp_used_codes_pkey PRIMARY KEY (app_id, tenant_id, user_id, created_time_ms);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 144/153 · add foreign key totp_used_codes_user_id_fkey on totp_used_codes
-- locks: drop foreign key totp_used_codes_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key totp_used_codes_user_id_fkey: totp_used_codes: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in totp_users; blocks writes until COMMIT | totp_users: SHARE ROW EXCLUSIVE, scan; read to check the rows of totp_used_codes; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_used_codes ADD CONSTRAINT totp_used_codes_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES totp_users (app_id, user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 145/153 · add foreign key totp_used_codes_tenant_id_fkey on totp_used_codes
-- locks: drop foreign key totp_used_codes_tenant_id_fkey as it is now: only where the database differs from the plan here (else skipped): totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_tenant_id_fkey') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_tenant_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key totp_used_codes_tenant_id_fkey: totp_used_codes: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in tenants; blocks writes until COMMIT | tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_tenant_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_used_codes ADD CONSTRAINT totp_used_codes_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 146/153 · redefine index totp_used_codes_expiry_time_ms_index on totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_expiry_time_ms_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes USING btree (app_id, tenant_id, expiry_time_ms)') THEN
    DROP INDEX IF EXISTS totp_used_codes_expiry_time_ms_index;
    CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes (app_id, tenant_id, expiry_time_ms);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 147/153 · create index totp_used_codes_user_id_index on totp_used_codes
-- locks: totp_used_codes: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_used_codes_user_id_index ON totp_used_codes USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS totp_used_codes_user_id_index;
    CREATE INDEX totp_used_codes_user_id_index ON totp_used_codes (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 148/153 · create index totp_used_codes_tenant_id_index on totp_used_codes
-- locks: totp_used_codes: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_used_codes_tenant_id_index ON totp_used_codes USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS totp_used_codes_tenant_id_index;
    CREATE INDEX totp_used_codes_tenant_id_index ON totp_used_codes (app_id, tenant_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 149/153 · add column user_last_active.app_id
-- locks: user_last_active: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_last_active') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_last_active ADD COLUMN app_id VARCHAR(64) NOT NULL DEFAULT 'public';
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 150/153 · primary key of user_last_active becomes (app_id, user_id)
-- locks: user_last_active: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND contype = 'p' AND conname = 'user_last_active_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)') THEN
    ALTER TABLE user_last_active DROP CONSTRAINT IF EXISTS user_last_active_pkey;
    ALTER TABLE user_last_active ADD CONSTRAINT user_last_active_pkey PRIMARY KEY (app_id, user_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 151/153 · add foreign key user_last_active_app_id_fkey on user_last_active
-- locks: drop foreign key user_last_active_app_id_fkey as it is now: only where the database differs from the plan here (else skipped): user_last_active: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND conname = 'user_last_active_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND conname = 'user_last_active_app_id_fkey') THEN
    ALTER TABLE user_last_active DROP CONSTRAINT IF EXISTS user_last_active_app_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key user_last_active_app_id_fkey: user_last_active: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in apps; blocks writes until COMMIT | apps: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND conname = 'user_last_active_app_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE') THEN
    ALTER TABLE user_last_active ADD CONSTRAINT user_last_active_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 152/153 · create index user_last_active_app_id_index on user_last_active
-- locks: user_last_active: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_last_active') AND c.relname = 'user_last_active_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_last_active_app_id_index ON user_last_active USING btree (app_id)') THEN
    DROP INDEX IF EXISTS user_last_active_app_id_index;
    CREATE INDEX user_last_active_app_id_index ON user_last_active (app_id);
  END IF;
END
$plan$;

-- 5.0 → 6.0 · 153/153 · rollback refuses rows that hold another value than app_id 'public' and tenant_id 'public'
-- why: Going up this changes nothing. Rolling back, rows of any other app or tenant would be merged into the one tenant 5.0 has (a user id or e-mail held in two tenants then fails half-way on MySQL) or dropped with the 6.0 tables: the rollback counts them first and stops before any change.

-- the end: the database is at 6.0, or the script stops here and everything this run did is rolled back
DO $plan$
DECLARE
  problem text;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind = 'table' THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END AS def FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))) r),
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_400f2649977e601e', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_400f2649977e601e', true), '')::json -> 'r') e),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('') AND a.k IS NULL THEN 1 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, 1 FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1
  INTO problem;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at supertokens 6.0 at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect supertokens names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: supertokens 5.0 → 6.0 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: supertokens 5.0 → 6.0: the database was at 6.0 already: nothing to do' THEN 'plan: supertokens 5.0 → 6.0: the database was at 6.0 already: nothing to do' ELSE 'plan: supertokens 5.0 → 6.0 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: supertokens 5.0 → 6.0 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
