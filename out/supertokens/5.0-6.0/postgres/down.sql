-- plan 0.1.0 · supertokens 6.0 → 5.0 · postgres · rollback
-- what:     this script rolls a supertokens database back from 6.0 to 5.0 on PostgreSQL (generated from the plans listed below)
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: pg_dump --format=custom --file=supertokens-6.0-before.dump.partial DATABASE && mv supertokens-6.0-before.dump.partial supertokens-6.0-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE supertokens-6.0-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f down.sql
-- start:    after applying: SuperTokens core 5.0
-- reverse:  npx plan compile supertokens 5.0 6.0 --dialect postgres -o up.sql
-- this rollback drops: 9 tables apps, tenants, app_id_to_user_id, tenant_configs, tenant_thirdparty_providers, tenant_thirdparty_provider_clients, emailpassword_user_to_tenant, passwordless_user_to_tenant, thirdparty_user_to_tenant; 32 columns key_value.app_id, key_value.tenant_id, all_auth_recipe_users.app_id, all_auth_recipe_users.tenant_id, session_info.app_id, session_info.tenant_id, session_access_token_signing_keys.app_id, jwt_signing_keys.app_id, emailverification_verified_emails.app_id, emailverification_tokens.app_id, emailverification_tokens.tenant_id, emailpassword_users.app_id, emailpassword_pswd_reset_tokens.app_id, passwordless_users.app_id, passwordless_devices.app_id, passwordless_devices.tenant_id, passwordless_codes.app_id, passwordless_codes.tenant_id, thirdparty_users.app_id, userid_mapping.app_id, roles.app_id, role_permissions.app_id, user_roles.app_id, user_roles.tenant_id, user_metadata.app_id, dashboard_users.app_id, dashboard_user_sessions.app_id, totp_users.app_id, totp_user_devices.app_id, totp_used_codes.app_id, totp_used_codes.tenant_id, user_last_active.app_id, and the data in them
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
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   app_id_to_user_id: ACCESS EXCLUSIVE from 6.0 → 5.0 · 57/151 · drop foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping — blocks reads and writes (ACCESS SHARE from 6.0 → 5.0 · 1/151)
--   all_auth_recipe_users: ACCESS EXCLUSIVE from 6.0 → 5.0 · 62/151 · drop table thirdparty_user_to_tenant — blocks reads and writes (ACCESS SHARE from 6.0 → 5.0 · 1/151)
--   emailpassword_user_to_tenant: ACCESS EXCLUSIVE from 6.0 → 5.0 · 93/151 · drop table emailpassword_user_to_tenant — blocks reads and writes (ACCESS SHARE from 6.0 → 5.0 · 2/151)
--   emailpassword_users: ACCESS EXCLUSIVE from 6.0 → 5.0 · 90/151 · drop foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens — blocks reads and writes (ACCESS SHARE from 6.0 → 5.0 · 2/151)
--   passwordless_user_to_tenant: ACCESS EXCLUSIVE from 6.0 → 5.0 · 83/151 · drop table passwordless_user_to_tenant — blocks reads and writes (ACCESS SHARE from 6.0 → 5.0 · 3/151)
--   passwordless_users: ACCESS EXCLUSIVE from 6.0 → 5.0 · 84/151 · drop foreign key passwordless_users_user_id_fkey on passwordless_users — blocks reads and writes (ACCESS SHARE from 6.0 → 5.0 · 3/151)
--   thirdparty_user_to_tenant: ACCESS EXCLUSIVE from 6.0 → 5.0 · 62/151 · drop table thirdparty_user_to_tenant — blocks reads and writes (ACCESS SHARE from 6.0 → 5.0 · 4/151)
--   thirdparty_users: ACCESS EXCLUSIVE from 6.0 → 5.0 · 63/151 · drop index thirdparty_users_email_index on thirdparty_users — blocks reads and writes (ACCESS SHARE from 6.0 → 5.0 · 4/151)
--   user_last_active: ACCESS EXCLUSIVE from 6.0 → 5.0 · 6/151 · drop index user_last_active_app_id_index on user_last_active — blocks reads and writes
--   apps: ACCESS EXCLUSIVE from 6.0 → 5.0 · 7/151 · drop foreign key user_last_active_app_id_fkey on user_last_active — blocks reads and writes
--   totp_used_codes: ACCESS EXCLUSIVE from 6.0 → 5.0 · 10/151 · drop index totp_used_codes_tenant_id_index on totp_used_codes — blocks reads and writes
--   tenants: ACCESS EXCLUSIVE from 6.0 → 5.0 · 13/151 · drop foreign key totp_used_codes_tenant_id_fkey on totp_used_codes — blocks reads and writes
--   totp_users: ACCESS EXCLUSIVE from 6.0 → 5.0 · 14/151 · drop foreign key totp_used_codes_user_id_fkey on totp_used_codes — blocks reads and writes
--   totp_user_devices: ACCESS EXCLUSIVE from 6.0 → 5.0 · 18/151 · drop index totp_user_devices_user_id_index on totp_user_devices — blocks reads and writes
--   dashboard_user_sessions: ACCESS EXCLUSIVE from 6.0 → 5.0 · 26/151 · drop index dashboard_user_sessions_user_id_index on dashboard_user_sessions — blocks reads and writes
--   dashboard_users: ACCESS EXCLUSIVE from 6.0 → 5.0 · 27/151 · drop foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions — blocks reads and writes
--   user_metadata: ACCESS EXCLUSIVE from 6.0 → 5.0 · 35/151 · drop index user_metadata_app_id_index on user_metadata — blocks reads and writes
--   user_roles: ACCESS EXCLUSIVE from 6.0 → 5.0 · 39/151 · drop index user_roles_app_id_role_index on user_roles — blocks reads and writes
--   roles: ACCESS EXCLUSIVE from 6.0 → 5.0 · 42/151 · drop foreign key user_roles_role_fkey on user_roles — blocks reads and writes
--   role_permissions: ACCESS EXCLUSIVE from 6.0 → 5.0 · 47/151 · drop index role_permissions_role_index on role_permissions — blocks reads and writes
--   userid_mapping: ACCESS EXCLUSIVE from 6.0 → 5.0 · 56/151 · drop index userid_mapping_supertokens_user_id_index on userid_mapping — blocks reads and writes
--   passwordless_codes: ACCESS EXCLUSIVE from 6.0 → 5.0 · 69/151 · drop foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes — blocks reads and writes
--   passwordless_devices: ACCESS EXCLUSIVE from 6.0 → 5.0 · 69/151 · drop foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes — blocks reads and writes
--   emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE from 6.0 → 5.0 · 89/151 · drop index emailpassword_pswd_reset_tokens_user_id_index on emailpassword_pswd_reset_tokens — blocks reads and writes
--   emailverification_tokens: ACCESS EXCLUSIVE from 6.0 → 5.0 · 98/151 · drop index emailverification_tokens_tenant_id_index on emailverification_tokens — blocks reads and writes
--   emailverification_verified_emails: ACCESS EXCLUSIVE from 6.0 → 5.0 · 103/151 · drop index emailverification_verified_emails_app_id_index on emailverification_verified_emails — blocks reads and writes
--   jwt_signing_keys: ACCESS EXCLUSIVE from 6.0 → 5.0 · 107/151 · drop index jwt_signing_keys_app_id_index on jwt_signing_keys — blocks reads and writes
--   session_access_token_signing_keys: ACCESS EXCLUSIVE from 6.0 → 5.0 · 111/151 · drop index access_token_signing_keys_app_id_index on session_access_token_signing_keys — blocks reads and writes
--   session_info: ACCESS EXCLUSIVE from 6.0 → 5.0 · 115/151 · drop index session_info_tenant_id_index on session_info — blocks reads and writes
--   tenant_thirdparty_provider_clients: ACCESS EXCLUSIVE from 6.0 → 5.0 · 121/151 · drop index tenant_thirdparty_provider_clients_third_party_id_index on tenant_thirdparty_provider_clients — blocks reads and writes
--   tenant_thirdparty_providers: ACCESS EXCLUSIVE from 6.0 → 5.0 · 122/151 · drop table tenant_thirdparty_provider_clients — blocks reads and writes
--   tenant_configs: ACCESS EXCLUSIVE from 6.0 → 5.0 · 124/151 · drop table tenant_thirdparty_providers — blocks reads and writes
--   key_value: ACCESS EXCLUSIVE from 6.0 → 5.0 · 136/151 · drop index key_value_tenant_id_index on key_value — blocks reads and writes
-- MANUAL STEPS (1), not done by this script:
--   1. [6.0 → 5.0] Only if this script stops at its check for foreign keys of tables outside supertokens onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).

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

-- check that the database is at 6.0, at 5.0, or between them on this script's path (a resumed run)
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
      allowed(k, def, f) AS (VALUES ('column all_auth_recipe_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column all_auth_recipe_users.recipe_id', 'character varying(128) NOT NULL', 3),
          ('column all_auth_recipe_users.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column all_auth_recipe_users.time_joined', 'bigint NOT NULL', 3),
          ('column all_auth_recipe_users.user_id', 'character(36) NOT NULL', 3),
          ('column app_id_to_user_id.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column app_id_to_user_id.recipe_id', 'character varying(128) NOT NULL', 1),
          ('column app_id_to_user_id.user_id', 'character(36) NOT NULL', 1),
          ('column apps.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column apps.created_at_time', 'bigint', 1),
          ('column dashboard_user_sessions.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column dashboard_user_sessions.expiry', 'bigint NOT NULL', 3),
          ('column dashboard_user_sessions.session_id', 'character(36) NOT NULL', 3),
          ('column dashboard_user_sessions.time_created', 'bigint NOT NULL', 3),
          ('column dashboard_user_sessions.user_id', 'character(36) NOT NULL', 3),
          ('column dashboard_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column dashboard_users.email', 'character varying(256) NOT NULL', 3),
          ('column dashboard_users.password_hash', 'character varying(256) NOT NULL', 3),
          ('column dashboard_users.time_joined', 'bigint NOT NULL', 3),
          ('column dashboard_users.user_id', 'character(36) NOT NULL', 3),
          ('column emailpassword_pswd_reset_tokens.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailpassword_pswd_reset_tokens.token', 'character varying(128) NOT NULL', 3),
          ('column emailpassword_pswd_reset_tokens.token_expiry', 'bigint NOT NULL', 3),
          ('column emailpassword_pswd_reset_tokens.user_id', 'character(36) NOT NULL', 3),
          ('column emailpassword_user_to_tenant.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailpassword_user_to_tenant.email', 'character varying(256) NOT NULL', 1),
          ('column emailpassword_user_to_tenant.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailpassword_user_to_tenant.user_id', 'character(36) NOT NULL', 1),
          ('column emailpassword_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailpassword_users.email', 'character varying(256) NOT NULL', 3),
          ('column emailpassword_users.password_hash', 'character varying(256) NOT NULL', 3),
          ('column emailpassword_users.time_joined', 'bigint NOT NULL', 3),
          ('column emailpassword_users.user_id', 'character(36) NOT NULL', 3),
          ('column emailverification_tokens.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailverification_tokens.email', 'character varying(256) NOT NULL', 3),
          ('column emailverification_tokens.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailverification_tokens.token', 'character varying(128) NOT NULL', 3),
          ('column emailverification_tokens.token_expiry', 'bigint NOT NULL', 3),
          ('column emailverification_tokens.user_id', 'character varying(128) NOT NULL', 3),
          ('column emailverification_verified_emails.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailverification_verified_emails.email', 'character varying(256) NOT NULL', 3),
          ('column emailverification_verified_emails.user_id', 'character varying(128) NOT NULL', 3),
          ('column jwt_signing_keys.algorithm', 'character varying(10) NOT NULL', 3),
          ('column jwt_signing_keys.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column jwt_signing_keys.created_at', 'bigint', 3),
          ('column jwt_signing_keys.key_id', 'character varying(255) NOT NULL', 3),
          ('column jwt_signing_keys.key_string', 'text NOT NULL', 3),
          ('column key_value.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column key_value.created_at_time', 'bigint', 3),
          ('column key_value.name', 'character varying(128) NOT NULL', 3),
          ('column key_value.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column key_value.value', 'text', 3),
          ('column passwordless_codes.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_codes.code_id', 'character(36) NOT NULL', 3),
          ('column passwordless_codes.created_at', 'bigint NOT NULL', 3),
          ('column passwordless_codes.device_id_hash', 'character(44) NOT NULL', 3),
          ('column passwordless_codes.link_code_hash', 'character(44) NOT NULL', 3),
          ('column passwordless_codes.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_devices.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_devices.device_id_hash', 'character(44) NOT NULL', 3),
          ('column passwordless_devices.email', 'character varying(256)', 3),
          ('column passwordless_devices.failed_attempts', 'integer NOT NULL', 3),
          ('column passwordless_devices.link_code_salt', 'character(44) NOT NULL', 3),
          ('column passwordless_devices.phone_number', 'character varying(256)', 3),
          ('column passwordless_devices.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_user_to_tenant.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_user_to_tenant.email', 'character varying(256)', 1),
          ('column passwordless_user_to_tenant.phone_number', 'character varying(256)', 1),
          ('column passwordless_user_to_tenant.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_user_to_tenant.user_id', 'character(36) NOT NULL', 1),
          ('column passwordless_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_users.email', 'character varying(256)', 3),
          ('column passwordless_users.phone_number', 'character varying(256)', 3),
          ('column passwordless_users.time_joined', 'bigint NOT NULL', 3),
          ('column passwordless_users.user_id', 'character(36) NOT NULL', 3),
          ('column role_permissions.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column role_permissions.permission', 'character varying(255) NOT NULL', 3),
          ('column role_permissions.role', 'character varying(255) NOT NULL', 3),
          ('column roles.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column roles.role', 'character varying(255) NOT NULL', 3),
          ('column session_access_token_signing_keys.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column session_access_token_signing_keys.created_at_time', 'bigint NOT NULL', 3),
          ('column session_access_token_signing_keys.value', 'text', 3),
          ('column session_info.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column session_info.created_at_time', 'bigint NOT NULL', 3),
          ('column session_info.expires_at', 'bigint NOT NULL', 3),
          ('column session_info.jwt_user_payload', 'text', 3),
          ('column session_info.refresh_token_hash_2', 'character varying(128) NOT NULL', 3),
          ('column session_info.session_data', 'text', 3),
          ('column session_info.session_handle', 'character varying(255) NOT NULL', 3),
          ('column session_info.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column session_info.use_static_key', 'boolean NOT NULL', 3),
          ('column session_info.user_id', 'character varying(128) NOT NULL', 3),
          ('column tenant_configs.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column tenant_configs.connection_uri_domain', 'character varying(256) NOT NULL DEFAULT ''''::character varying', 1),
          ('column tenant_configs.core_config', 'text', 1),
          ('column tenant_configs.email_password_enabled', 'boolean', 1),
          ('column tenant_configs.passwordless_enabled', 'boolean', 1),
          ('column tenant_configs.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column tenant_configs.third_party_enabled', 'boolean', 1),
          ('column tenant_thirdparty_provider_clients.additional_config', 'text', 1),
          ('column tenant_thirdparty_provider_clients.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column tenant_thirdparty_provider_clients.client_id', 'character varying(256) NOT NULL', 1),
          ('column tenant_thirdparty_provider_clients.client_secret', 'text', 1),
          ('column tenant_thirdparty_provider_clients.client_type', 'character varying(64) NOT NULL DEFAULT ''''::character varying', 1),
          ('column tenant_thirdparty_provider_clients.connection_uri_domain', 'character varying(256) NOT NULL DEFAULT ''''::character varying', 1),
          ('column tenant_thirdparty_provider_clients.force_pkce', 'boolean', 1),
          ('column tenant_thirdparty_provider_clients.scope', 'character varying(128)[]', 1),
          ('column tenant_thirdparty_provider_clients.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column tenant_thirdparty_provider_clients.third_party_id', 'character varying(28) NOT NULL', 1),
          ('column tenant_thirdparty_providers.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column tenant_thirdparty_providers.authorization_endpoint', 'text', 1),
          ('column tenant_thirdparty_providers.authorization_endpoint_query_params', 'text', 1),
          ('column tenant_thirdparty_providers.connection_uri_domain', 'character varying(256) NOT NULL DEFAULT ''''::character varying', 1),
          ('column tenant_thirdparty_providers.jwks_uri', 'text', 1),
          ('column tenant_thirdparty_providers.name', 'character varying(64)', 1),
          ('column tenant_thirdparty_providers.oidc_discovery_endpoint', 'text', 1),
          ('column tenant_thirdparty_providers.require_email', 'boolean', 1),
          ('column tenant_thirdparty_providers.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column tenant_thirdparty_providers.third_party_id', 'character varying(28) NOT NULL', 1),
          ('column tenant_thirdparty_providers.token_endpoint', 'text', 1),
          ('column tenant_thirdparty_providers.token_endpoint_body_params', 'text', 1),
          ('column tenant_thirdparty_providers.user_info_endpoint', 'text', 1),
          ('column tenant_thirdparty_providers.user_info_endpoint_headers', 'text', 1),
          ('column tenant_thirdparty_providers.user_info_endpoint_query_params', 'text', 1),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'character varying(64)', 1),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'character varying(64)', 1),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'character varying(64)', 1),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'character varying(64)', 1),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'character varying(64)', 1),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'character varying(64)', 1),
          ('column tenants.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column tenants.created_at_time', 'bigint', 1),
          ('column tenants.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column thirdparty_user_to_tenant.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column thirdparty_user_to_tenant.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column thirdparty_user_to_tenant.third_party_id', 'character varying(28) NOT NULL', 1),
          ('column thirdparty_user_to_tenant.third_party_user_id', 'character varying(256) NOT NULL', 1),
          ('column thirdparty_user_to_tenant.user_id', 'character(36) NOT NULL', 1),
          ('column thirdparty_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column thirdparty_users.email', 'character varying(256) NOT NULL', 3),
          ('column thirdparty_users.third_party_id', 'character varying(28) NOT NULL', 3),
          ('column thirdparty_users.third_party_user_id', 'character varying(256) NOT NULL', 3),
          ('column thirdparty_users.time_joined', 'bigint NOT NULL', 3),
          ('column thirdparty_users.user_id', 'character(36) NOT NULL', 3),
          ('column totp_used_codes.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column totp_used_codes.code', 'character varying(8) NOT NULL', 3),
          ('column totp_used_codes.created_time_ms', 'bigint NOT NULL', 3),
          ('column totp_used_codes.expiry_time_ms', 'bigint NOT NULL', 3),
          ('column totp_used_codes.is_valid', 'boolean NOT NULL', 3),
          ('column totp_used_codes.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column totp_used_codes.user_id', 'character varying(128) NOT NULL', 3),
          ('column totp_user_devices.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column totp_user_devices.device_name', 'character varying(256) NOT NULL', 3),
          ('column totp_user_devices.period', 'integer NOT NULL', 3),
          ('column totp_user_devices.secret_key', 'character varying(256) NOT NULL', 3),
          ('column totp_user_devices.skew', 'integer NOT NULL', 3),
          ('column totp_user_devices.user_id', 'character varying(128) NOT NULL', 3),
          ('column totp_user_devices.verified', 'boolean NOT NULL', 3),
          ('column totp_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column totp_users.user_id', 'character varying(128) NOT NULL', 3),
          ('column user_last_active.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column user_last_active.last_active_time', 'bigint', 3),
          ('column user_last_active.user_id', 'character varying(128) NOT NULL', 3),
          ('column user_metadata.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column user_metadata.user_id', 'character varying(128) NOT NULL', 3),
          ('column user_metadata.user_metadata', 'text NOT NULL', 3),
          ('column user_roles.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column user_roles.role', 'character varying(255) NOT NULL', 3),
          ('column user_roles.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column user_roles.user_id', 'character varying(128) NOT NULL', 3),
          ('column userid_mapping.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column userid_mapping.external_user_id', 'character varying(128) NOT NULL', 3),
          ('column userid_mapping.external_user_id_info', 'text', 3),
          ('column userid_mapping.supertokens_user_id', 'character(36) NOT NULL', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 1),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'PRIMARY KEY (user_id)', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint app_id_to_user_id.app_id_to_user_id_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint apps.apps_pkey', 'PRIMARY KEY (app_id)', 1),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'PRIMARY KEY (app_id, session_id)', 1),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'PRIMARY KEY (session_id)', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES dashboard_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint dashboard_users.dashboard_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint dashboard_users.dashboard_users_email_key', 'UNIQUE (app_id, email)', 1),
          ('constraint dashboard_users.dashboard_users_email_key', 'UNIQUE (email)', 3),
          ('constraint dashboard_users.dashboard_users_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint dashboard_users.dashboard_users_pkey', 'PRIMARY KEY (user_id)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'PRIMARY KEY (app_id, user_id, token)', 1),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'PRIMARY KEY (user_id, token)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'UNIQUE (token)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES emailpassword_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES emailpassword_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'UNIQUE (app_id, tenant_id, email)', 1),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 1),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 1),
          ('constraint emailpassword_users.emailpassword_users_email_key', 'UNIQUE (email)', 3),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'PRIMARY KEY (user_id)', 3),
          ('constraint emailpassword_users.emailpassword_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, email, token)', 1),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'PRIMARY KEY (user_id, email, token)', 3),
          ('constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint emailverification_tokens.emailverification_tokens_token_key', 'UNIQUE (token)', 3),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'PRIMARY KEY (app_id, user_id, email)', 1),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'PRIMARY KEY (user_id, email)', 3),
          ('constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint jwt_signing_keys.jwt_signing_keys_pkey', 'PRIMARY KEY (app_id, key_id)', 1),
          ('constraint jwt_signing_keys.jwt_signing_keys_pkey', 'PRIMARY KEY (key_id)', 3),
          ('constraint key_value.key_value_pkey', 'PRIMARY KEY (app_id, tenant_id, name)', 1),
          ('constraint key_value.key_value_pkey', 'PRIMARY KEY (name)', 3),
          ('constraint key_value.key_value_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'FOREIGN KEY (app_id, tenant_id, device_id_hash) REFERENCES passwordless_devices(app_id, tenant_id, device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices(device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'UNIQUE (app_id, tenant_id, link_code_hash)', 1),
          ('constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'UNIQUE (link_code_hash)', 3),
          ('constraint passwordless_codes.passwordless_codes_pkey', 'PRIMARY KEY (app_id, tenant_id, code_id)', 1),
          ('constraint passwordless_codes.passwordless_codes_pkey', 'PRIMARY KEY (code_id)', 3),
          ('constraint passwordless_devices.passwordless_devices_pkey', 'PRIMARY KEY (app_id, tenant_id, device_id_hash)', 1),
          ('constraint passwordless_devices.passwordless_devices_pkey', 'PRIMARY KEY (device_id_hash)', 3),
          ('constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'UNIQUE (app_id, tenant_id, email)', 1),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'UNIQUE (app_id, tenant_id, phone_number)', 1),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 1),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 1),
          ('constraint passwordless_users.passwordless_users_email_key', 'UNIQUE (email)', 3),
          ('constraint passwordless_users.passwordless_users_phone_number_key', 'UNIQUE (phone_number)', 3),
          ('constraint passwordless_users.passwordless_users_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint passwordless_users.passwordless_users_pkey', 'PRIMARY KEY (user_id)', 3),
          ('constraint passwordless_users.passwordless_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint role_permissions.role_permissions_pkey', 'PRIMARY KEY (app_id, role, permission)', 1),
          ('constraint role_permissions.role_permissions_pkey', 'PRIMARY KEY (role, permission)', 3),
          ('constraint role_permissions.role_permissions_role_fkey', 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE', 1),
          ('constraint role_permissions.role_permissions_role_fkey', 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE', 3),
          ('constraint roles.roles_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint roles.roles_pkey', 'PRIMARY KEY (app_id, role)', 1),
          ('constraint roles.roles_pkey', 'PRIMARY KEY (role)', 3),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'PRIMARY KEY (app_id, created_at_time)', 1),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'PRIMARY KEY (created_at_time)', 3),
          ('constraint session_info.session_info_pkey', 'PRIMARY KEY (app_id, tenant_id, session_handle)', 1),
          ('constraint session_info.session_info_pkey', 'PRIMARY KEY (session_handle)', 3),
          ('constraint session_info.session_info_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint tenant_configs.tenant_configs_pkey', 'PRIMARY KEY (connection_uri_domain, app_id, tenant_id)', 1),
          ('constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_pkey', 'PRIMARY KEY (connection_uri_domain, app_id, tenant_id, third_party_id, client_type)', 1),
          ('constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_fkey', 'FOREIGN KEY (connection_uri_domain, app_id, tenant_id, third_party_id) REFERENCES tenant_thirdparty_providers(connection_uri_domain, app_id, tenant_id, third_party_id) ON DELETE CASCADE', 1),
          ('constraint tenant_thirdparty_providers.tenant_thirdparty_providers_pkey', 'PRIMARY KEY (connection_uri_domain, app_id, tenant_id, third_party_id)', 1),
          ('constraint tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_fkey', 'FOREIGN KEY (connection_uri_domain, app_id, tenant_id) REFERENCES tenant_configs(connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint tenants.tenants_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint tenants.tenants_pkey', 'PRIMARY KEY (app_id, tenant_id)', 1),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 1),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_key', 'UNIQUE (app_id, tenant_id, third_party_id, third_party_user_id)', 1),
          ('constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 1),
          ('constraint thirdparty_users.thirdparty_users_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint thirdparty_users.thirdparty_users_pkey', 'PRIMARY KEY (third_party_id, third_party_user_id)', 3),
          ('constraint thirdparty_users.thirdparty_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint thirdparty_users.thirdparty_users_user_id_key', 'UNIQUE (user_id)', 3),
          ('constraint totp_used_codes.totp_used_codes_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, created_time_ms)', 1),
          ('constraint totp_used_codes.totp_used_codes_pkey', 'PRIMARY KEY (user_id, created_time_ms)', 3),
          ('constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint totp_used_codes.totp_used_codes_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint totp_used_codes.totp_used_codes_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE', 3),
          ('constraint totp_user_devices.totp_user_devices_pkey', 'PRIMARY KEY (app_id, user_id, device_name)', 1),
          ('constraint totp_user_devices.totp_user_devices_pkey', 'PRIMARY KEY (user_id, device_name)', 3),
          ('constraint totp_user_devices.totp_user_devices_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint totp_user_devices.totp_user_devices_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE', 3),
          ('constraint totp_users.totp_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint totp_users.totp_users_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint totp_users.totp_users_pkey', 'PRIMARY KEY (user_id)', 3),
          ('constraint user_last_active.user_last_active_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint user_last_active.user_last_active_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint user_last_active.user_last_active_pkey', 'PRIMARY KEY (user_id)', 3),
          ('constraint user_metadata.user_metadata_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint user_metadata.user_metadata_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint user_metadata.user_metadata_pkey', 'PRIMARY KEY (user_id)', 3),
          ('constraint user_roles.user_roles_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, role)', 1),
          ('constraint user_roles.user_roles_pkey', 'PRIMARY KEY (user_id, role)', 3),
          ('constraint user_roles.user_roles_role_fkey', 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE', 1),
          ('constraint user_roles.user_roles_role_fkey', 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE', 3),
          ('constraint user_roles.user_roles_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'UNIQUE (app_id, external_user_id)', 1),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'UNIQUE (external_user_id)', 3),
          ('constraint userid_mapping.userid_mapping_pkey', 'PRIMARY KEY (app_id, supertokens_user_id, external_user_id)', 1),
          ('constraint userid_mapping.userid_mapping_pkey', 'PRIMARY KEY (supertokens_user_id, external_user_id)', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'FOREIGN KEY (app_id, supertokens_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users(user_id) ON DELETE CASCADE', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'UNIQUE (app_id, supertokens_user_id)', 1),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'UNIQUE (supertokens_user_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'CREATE INDEX all_auth_recipe_tenant_id_index ON all_auth_recipe_users USING btree (app_id, tenant_id)', 1),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_index', 'CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users USING btree (app_id, user_id)', 1),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC)', 1),
          ('index app_id_to_user_id.app_id_to_user_id_app_id_index', 'CREATE INDEX app_id_to_user_id_app_id_index ON app_id_to_user_id USING btree (app_id)', 1),
          ('index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'CREATE INDEX dashboard_user_sessions_expiry_index ON dashboard_user_sessions USING btree (expiry)', 3),
          ('index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'CREATE INDEX dashboard_user_sessions_user_id_index ON dashboard_user_sessions USING btree (app_id, user_id)', 1),
          ('index dashboard_users.dashboard_users_app_id_index', 'CREATE INDEX dashboard_users_app_id_index ON dashboard_users USING btree (app_id)', 1),
          ('index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'CREATE INDEX emailpassword_password_reset_token_expiry_index ON emailpassword_pswd_reset_tokens USING btree (token_expiry)', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'CREATE INDEX emailpassword_pswd_reset_tokens_user_id_index ON emailpassword_pswd_reset_tokens USING btree (app_id, user_id)', 1),
          ('index emailverification_tokens.emailverification_tokens_index', 'CREATE INDEX emailverification_tokens_index ON emailverification_tokens USING btree (token_expiry)', 3),
          ('index emailverification_tokens.emailverification_tokens_tenant_id_index', 'CREATE INDEX emailverification_tokens_tenant_id_index ON emailverification_tokens USING btree (app_id, tenant_id)', 1),
          ('index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'CREATE INDEX emailverification_verified_emails_app_id_index ON emailverification_verified_emails USING btree (app_id)', 1),
          ('index jwt_signing_keys.jwt_signing_keys_app_id_index', 'CREATE INDEX jwt_signing_keys_app_id_index ON jwt_signing_keys USING btree (app_id)', 1),
          ('index key_value.key_value_tenant_id_index', 'CREATE INDEX key_value_tenant_id_index ON key_value USING btree (app_id, tenant_id)', 1),
          ('index passwordless_codes.passwordless_codes_created_at_index', 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (app_id, tenant_id, created_at)', 1),
          ('index passwordless_codes.passwordless_codes_created_at_index', 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (created_at)', 3),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (app_id, tenant_id, device_id_hash)', 1),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (device_id_hash)', 3),
          ('index passwordless_devices.passwordless_devices_email_index', 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (app_id, tenant_id, email)', 1),
          ('index passwordless_devices.passwordless_devices_email_index', 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (email)', 3),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (app_id, tenant_id, phone_number)', 1),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (phone_number)', 3),
          ('index passwordless_devices.passwordless_devices_tenant_id_index', 'CREATE INDEX passwordless_devices_tenant_id_index ON passwordless_devices USING btree (app_id, tenant_id)', 1),
          ('index role_permissions.role_permissions_permission_index', 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (app_id, permission)', 1),
          ('index role_permissions.role_permissions_permission_index', 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (permission)', 3),
          ('index role_permissions.role_permissions_role_index', 'CREATE INDEX role_permissions_role_index ON role_permissions USING btree (app_id, role)', 1),
          ('index roles.roles_app_id_index', 'CREATE INDEX roles_app_id_index ON roles USING btree (app_id)', 1),
          ('index session_access_token_signing_keys.access_token_signing_keys_app_id_index', 'CREATE INDEX access_token_signing_keys_app_id_index ON session_access_token_signing_keys USING btree (app_id)', 1),
          ('index session_info.session_expiry_index', 'CREATE INDEX session_expiry_index ON session_info USING btree (expires_at)', 1),
          ('index session_info.session_info_tenant_id_index', 'CREATE INDEX session_info_tenant_id_index ON session_info USING btree (app_id, tenant_id)', 1),
          ('index tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_index', 'CREATE INDEX tenant_thirdparty_provider_clients_third_party_id_index ON tenant_thirdparty_provider_clients USING btree (connection_uri_domain, app_id, tenant_id, third_party_id)', 1),
          ('index tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_index', 'CREATE INDEX tenant_thirdparty_providers_tenant_id_index ON tenant_thirdparty_providers USING btree (connection_uri_domain, app_id, tenant_id)', 1),
          ('index tenants.tenants_app_id_index', 'CREATE INDEX tenants_app_id_index ON tenants USING btree (app_id)', 1),
          ('index thirdparty_users.thirdparty_users_email_index', 'CREATE INDEX thirdparty_users_email_index ON thirdparty_users USING btree (app_id, email)', 1),
          ('index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'CREATE INDEX thirdparty_users_thirdparty_user_id_index ON thirdparty_users USING btree (app_id, third_party_id, third_party_user_id)', 1),
          ('index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes USING btree (app_id, tenant_id, expiry_time_ms)', 1),
          ('index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes USING btree (expiry_time_ms)', 3),
          ('index totp_used_codes.totp_used_codes_tenant_id_index', 'CREATE INDEX totp_used_codes_tenant_id_index ON totp_used_codes USING btree (app_id, tenant_id)', 1),
          ('index totp_used_codes.totp_used_codes_user_id_index', 'CREATE INDEX totp_used_codes_user_id_index ON totp_used_codes USING btree (app_id, user_id)', 1),
          ('index totp_user_devices.totp_user_devices_user_id_index', 'CREATE INDEX totp_user_devices_user_id_index ON totp_user_devices USING btree (app_id, user_id)', 1),
          ('index totp_users.totp_users_app_id_index', 'CREATE INDEX totp_users_app_id_index ON totp_users USING btree (app_id)', 1),
          ('index user_last_active.user_last_active_app_id_index', 'CREATE INDEX user_last_active_app_id_index ON user_last_active USING btree (app_id)', 1),
          ('index user_metadata.user_metadata_app_id_index', 'CREATE INDEX user_metadata_app_id_index ON user_metadata USING btree (app_id)', 1),
          ('index user_roles.user_roles_app_id_role_index', 'CREATE INDEX user_roles_app_id_role_index ON user_roles USING btree (app_id, role)', 1),
          ('index user_roles.user_roles_role_index', 'CREATE INDEX user_roles_role_index ON user_roles USING btree (app_id, tenant_id, role)', 1),
          ('index user_roles.user_roles_role_index', 'CREATE INDEX user_roles_role_index ON user_roles USING btree (role)', 3),
          ('index user_roles.user_roles_tenant_id_index', 'CREATE INDEX user_roles_tenant_id_index ON user_roles USING btree (app_id, tenant_id)', 1),
          ('index userid_mapping.userid_mapping_supertokens_user_id_index', 'CREATE INDEX userid_mapping_supertokens_user_id_index ON userid_mapping USING btree (app_id, supertokens_user_id)', 1),
          ('table all_auth_recipe_users', 'present', 3),
          ('table app_id_to_user_id', 'present', 1),
          ('table apps', 'present', 1),
          ('table dashboard_user_sessions', 'present', 3),
          ('table dashboard_users', 'present', 3),
          ('table emailpassword_pswd_reset_tokens', 'present', 3),
          ('table emailpassword_user_to_tenant', 'present', 1),
          ('table emailpassword_users', 'present', 3),
          ('table emailverification_tokens', 'present', 3),
          ('table emailverification_verified_emails', 'present', 3),
          ('table jwt_signing_keys', 'present', 3),
          ('table key_value', 'present', 3),
          ('table passwordless_codes', 'present', 3),
          ('table passwordless_devices', 'present', 3),
          ('table passwordless_user_to_tenant', 'present', 1),
          ('table passwordless_users', 'present', 3),
          ('table role_permissions', 'present', 3),
          ('table roles', 'present', 3),
          ('table session_access_token_signing_keys', 'present', 3),
          ('table session_info', 'present', 3),
          ('table tenant_configs', 'present', 1),
          ('table tenant_thirdparty_provider_clients', 'present', 1),
          ('table tenant_thirdparty_providers', 'present', 1),
          ('table tenants', 'present', 1),
          ('table thirdparty_user_to_tenant', 'present', 1),
          ('table thirdparty_users', 'present', 3),
          ('table totp_used_codes', 'present', 3),
          ('table totp_user_devices', 'present', 3),
          ('table totp_users', 'present', 3),
          ('table user_last_active', 'present', 3),
          ('table user_metadata', 'present', 3),
          ('table user_roles', 'present', 3),
          ('table userid_mapping', 'present', 3)),
      required(k, m, f) AS (VALUES ('column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id', 3),
          ('column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined', 3),
          ('column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id', 3),
          ('column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry', 3),
          ('column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id', 3),
          ('column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created', 3),
          ('column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id', 3),
          ('column dashboard_users.email', 'table dashboard_users has no column email', 3),
          ('column dashboard_users.password_hash', 'table dashboard_users has no column password_hash', 3),
          ('column dashboard_users.time_joined', 'table dashboard_users has no column time_joined', 3),
          ('column dashboard_users.user_id', 'table dashboard_users has no column user_id', 3),
          ('column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token', 3),
          ('column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry', 3),
          ('column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id', 3),
          ('column emailpassword_users.email', 'table emailpassword_users has no column email', 3),
          ('column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash', 3),
          ('column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined', 3),
          ('column emailpassword_users.user_id', 'table emailpassword_users has no column user_id', 3),
          ('column emailverification_tokens.email', 'table emailverification_tokens has no column email', 3),
          ('column emailverification_tokens.token', 'table emailverification_tokens has no column token', 3),
          ('column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry', 3),
          ('column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id', 3),
          ('column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email', 3),
          ('column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id', 3),
          ('column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm', 3),
          ('column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at', 3),
          ('column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id', 3),
          ('column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string', 3),
          ('column key_value.created_at_time', 'table key_value has no column created_at_time', 3),
          ('column key_value.name', 'table key_value has no column name', 3),
          ('column key_value.value', 'table key_value has no column value', 3),
          ('column passwordless_codes.code_id', 'table passwordless_codes has no column code_id', 3),
          ('column passwordless_codes.created_at', 'table passwordless_codes has no column created_at', 3),
          ('column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash', 3),
          ('column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash', 3),
          ('column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash', 3),
          ('column passwordless_devices.email', 'table passwordless_devices has no column email', 3),
          ('column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts', 3),
          ('column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt', 3),
          ('column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number', 3),
          ('column passwordless_users.email', 'table passwordless_users has no column email', 3),
          ('column passwordless_users.phone_number', 'table passwordless_users has no column phone_number', 3),
          ('column passwordless_users.time_joined', 'table passwordless_users has no column time_joined', 3),
          ('column passwordless_users.user_id', 'table passwordless_users has no column user_id', 3),
          ('column role_permissions.permission', 'table role_permissions has no column permission', 3),
          ('column role_permissions.role', 'table role_permissions has no column role', 3),
          ('column roles.role', 'table roles has no column role', 3),
          ('column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time', 3),
          ('column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value', 3),
          ('column session_info.created_at_time', 'table session_info has no column created_at_time', 3),
          ('column session_info.expires_at', 'table session_info has no column expires_at', 3),
          ('column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload', 3),
          ('column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2', 3),
          ('column session_info.session_data', 'table session_info has no column session_data', 3),
          ('column session_info.session_handle', 'table session_info has no column session_handle', 3),
          ('column session_info.use_static_key', 'table session_info has no column use_static_key', 3),
          ('column session_info.user_id', 'table session_info has no column user_id', 3),
          ('column thirdparty_users.email', 'table thirdparty_users has no column email', 3),
          ('column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id', 3),
          ('column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id', 3),
          ('column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined', 3),
          ('column thirdparty_users.user_id', 'table thirdparty_users has no column user_id', 3),
          ('column totp_used_codes.code', 'table totp_used_codes has no column code', 3),
          ('column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms', 3),
          ('column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms', 3),
          ('column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid', 3),
          ('column totp_used_codes.user_id', 'table totp_used_codes has no column user_id', 3),
          ('column totp_user_devices.device_name', 'table totp_user_devices has no column device_name', 3),
          ('column totp_user_devices.period', 'table totp_user_devices has no column period', 3),
          ('column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key', 3),
          ('column totp_user_devices.skew', 'table totp_user_devices has no column skew', 3),
          ('column totp_user_devices.user_id', 'table totp_user_devices has no column user_id', 3),
          ('column totp_user_devices.verified', 'table totp_user_devices has no column verified', 3),
          ('column totp_users.user_id', 'table totp_users has no column user_id', 3),
          ('column user_last_active.last_active_time', 'table user_last_active has no column last_active_time', 3),
          ('column user_last_active.user_id', 'table user_last_active has no column user_id', 3),
          ('column user_metadata.user_id', 'table user_metadata has no column user_id', 3),
          ('column user_metadata.user_metadata', 'table user_metadata has no column user_metadata', 3),
          ('column user_roles.role', 'table user_roles has no column role', 3),
          ('column user_roles.user_id', 'table user_roles has no column user_id', 3),
          ('column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id', 3),
          ('column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info', 3),
          ('column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_pkey', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_pkey', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_user_id_fkey', 2),
          ('constraint dashboard_users.dashboard_users_email_key', 'table dashboard_users has no constraint dashboard_users_email_key', 3),
          ('constraint dashboard_users.dashboard_users_pkey', 'table dashboard_users has no constraint dashboard_users_pkey', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_pkey', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_token_key', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_user_id_fkey', 2),
          ('constraint emailpassword_users.emailpassword_users_email_key', 'table emailpassword_users has no constraint emailpassword_users_email_key', 2),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'table emailpassword_users has no constraint emailpassword_users_pkey', 3),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'table emailverification_tokens has no constraint emailverification_tokens_pkey', 3),
          ('constraint emailverification_tokens.emailverification_tokens_token_key', 'table emailverification_tokens has no constraint emailverification_tokens_token_key', 3),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_pkey', 3),
          ('constraint jwt_signing_keys.jwt_signing_keys_pkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_pkey', 3),
          ('constraint key_value.key_value_pkey', 'table key_value has no constraint key_value_pkey', 3),
          ('constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'table passwordless_codes has no constraint passwordless_codes_device_id_hash_fkey', 2),
          ('constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'table passwordless_codes has no constraint passwordless_codes_link_code_hash_key', 3),
          ('constraint passwordless_codes.passwordless_codes_pkey', 'table passwordless_codes has no constraint passwordless_codes_pkey', 3),
          ('constraint passwordless_devices.passwordless_devices_pkey', 'table passwordless_devices has no constraint passwordless_devices_pkey', 3),
          ('constraint passwordless_users.passwordless_users_email_key', 'table passwordless_users has no constraint passwordless_users_email_key', 2),
          ('constraint passwordless_users.passwordless_users_phone_number_key', 'table passwordless_users has no constraint passwordless_users_phone_number_key', 2),
          ('constraint passwordless_users.passwordless_users_pkey', 'table passwordless_users has no constraint passwordless_users_pkey', 3),
          ('constraint role_permissions.role_permissions_pkey', 'table role_permissions has no constraint role_permissions_pkey', 3),
          ('constraint role_permissions.role_permissions_role_fkey', 'table role_permissions has no constraint role_permissions_role_fkey', 2),
          ('constraint roles.roles_pkey', 'table roles has no constraint roles_pkey', 3),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_pkey', 3),
          ('constraint session_info.session_info_pkey', 'table session_info has no constraint session_info_pkey', 3),
          ('constraint thirdparty_users.thirdparty_users_pkey', 'table thirdparty_users has no constraint thirdparty_users_pkey', 3),
          ('constraint thirdparty_users.thirdparty_users_user_id_key', 'table thirdparty_users has no constraint thirdparty_users_user_id_key', 2),
          ('constraint totp_used_codes.totp_used_codes_pkey', 'table totp_used_codes has no constraint totp_used_codes_pkey', 3),
          ('constraint totp_used_codes.totp_used_codes_user_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_user_id_fkey', 2),
          ('constraint totp_user_devices.totp_user_devices_pkey', 'table totp_user_devices has no constraint totp_user_devices_pkey', 3),
          ('constraint totp_user_devices.totp_user_devices_user_id_fkey', 'table totp_user_devices has no constraint totp_user_devices_user_id_fkey', 2),
          ('constraint totp_users.totp_users_pkey', 'table totp_users has no constraint totp_users_pkey', 3),
          ('constraint user_last_active.user_last_active_pkey', 'table user_last_active has no constraint user_last_active_pkey', 3),
          ('constraint user_metadata.user_metadata_pkey', 'table user_metadata has no constraint user_metadata_pkey', 3),
          ('constraint user_roles.user_roles_pkey', 'table user_roles has no constraint user_roles_pkey', 3),
          ('constraint user_roles.user_roles_role_fkey', 'table user_roles has no constraint user_roles_role_fkey', 2),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'table userid_mapping has no constraint userid_mapping_external_user_id_key', 3),
          ('constraint userid_mapping.userid_mapping_pkey', 'table userid_mapping has no constraint userid_mapping_pkey', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_fkey', 2),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_key', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index', 3),
          ('index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index', 3),
          ('index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index', 3),
          ('index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index', 3),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'table passwordless_codes has no index passwordless_codes_device_id_hash_index', 3),
          ('index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index', 3),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index', 3),
          ('index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index', 3),
          ('index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index', 3),
          ('index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index', 3),
          ('table all_auth_recipe_users', 'table all_auth_recipe_users is missing', 3),
          ('table dashboard_user_sessions', 'table dashboard_user_sessions is missing', 3),
          ('table dashboard_users', 'table dashboard_users is missing', 3),
          ('table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing', 3),
          ('table emailpassword_users', 'table emailpassword_users is missing', 3),
          ('table emailverification_tokens', 'table emailverification_tokens is missing', 3),
          ('table emailverification_verified_emails', 'table emailverification_verified_emails is missing', 3),
          ('table jwt_signing_keys', 'table jwt_signing_keys is missing', 3),
          ('table key_value', 'table key_value is missing', 3),
          ('table passwordless_codes', 'table passwordless_codes is missing', 3),
          ('table passwordless_devices', 'table passwordless_devices is missing', 3),
          ('table passwordless_users', 'table passwordless_users is missing', 3),
          ('table role_permissions', 'table role_permissions is missing', 3),
          ('table roles', 'table roles is missing', 3),
          ('table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing', 3),
          ('table session_info', 'table session_info is missing', 3),
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
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at supertokens 6.0, at 5.0, nor between them on this script''s path: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 5.0), or run this one on the supertokens 6.0 database it was made for.';
  END IF;
  PERFORM set_config('plan.target_fa177e51ca29c96f', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: supertokens 6.0 → 5.0: the database was at 5.0 already: nothing to do' END, false);
END
$plan$;
-- data check: rows that 5.0 cannot hold: app_id other than 'public' or tenant_id other than 'public'
DO $plan$
DECLARE
  n bigint;
  k text;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_last_active') AND c.relname = 'user_last_active_app_id_index')
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_verified_emails') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('jwt_signing_keys') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_access_token_signing_keys') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_metadata') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('roles') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('role_permissions') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_roles') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_roles') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_user_sessions') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_user_devices') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_last_active') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('apps') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('tenants') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('tenants') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('app_id_to_user_id') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('tenant_configs') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('tenant_configs') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('tenant_thirdparty_providers') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('tenant_thirdparty_providers') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('tenant_thirdparty_provider_clients') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('tenant_thirdparty_provider_clients') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_user_to_tenant') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_user_to_tenant') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_user_to_tenant') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_user_to_tenant') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_user_to_tenant') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_user_to_tenant') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    SELECT count(*) INTO n FROM (SELECT x.app_id AS k1, x.tenant_id AS k2 FROM key_value x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM session_info x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM emailpassword_users x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM emailpassword_pswd_reset_tokens x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM emailverification_tokens x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM emailverification_verified_emails x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM thirdparty_users x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM all_auth_recipe_users x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM jwt_signing_keys x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM session_access_token_signing_keys x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM passwordless_users x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM passwordless_devices x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM passwordless_codes x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM user_metadata x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM roles x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM role_permissions x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM user_roles x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM userid_mapping x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM dashboard_users x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM dashboard_user_sessions x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM totp_users x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM totp_user_devices x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM totp_used_codes x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM user_last_active x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM apps x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM tenants x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM app_id_to_user_id x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM tenant_configs x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM tenant_thirdparty_providers x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM tenant_thirdparty_provider_clients x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM emailpassword_user_to_tenant x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM passwordless_user_to_tenant x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM thirdparty_user_to_tenant x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public') r;
    IF n > 0 THEN
      SELECT string_agg(x, '; ' ORDER BY x) INTO k FROM (SELECT DISTINCT '(' || concat_ws(', ', CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL') END) || ')' AS x FROM (SELECT x.app_id AS k1, x.tenant_id AS k2 FROM key_value x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM session_info x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM emailpassword_users x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM emailpassword_pswd_reset_tokens x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM emailverification_tokens x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM emailverification_verified_emails x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM thirdparty_users x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM all_auth_recipe_users x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM jwt_signing_keys x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM session_access_token_signing_keys x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM passwordless_users x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM passwordless_devices x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM passwordless_codes x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM user_metadata x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM roles x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM role_permissions x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM user_roles x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM userid_mapping x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM dashboard_users x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM dashboard_user_sessions x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM totp_users x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM totp_user_devices x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM totp_used_codes x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM user_last_active x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM apps x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM tenants x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, 'public' AS k2 FROM app_id_to_user_id x WHERE x.app_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM tenant_configs x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM tenant_thirdparty_providers x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM tenant_thirdparty_provider_clients x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM emailpassword_user_to_tenant x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM passwordless_user_to_tenant x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public'
UNION ALL SELECT x.app_id AS k1, x.tenant_id AS k2 FROM thirdparty_user_to_tenant x WHERE x.app_id IS DISTINCT FROM 'public' OR x.tenant_id IS DISTINCT FROM 'public') r ORDER BY 1 LIMIT 3) f;
      k := (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(k AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t);
      RAISE EXCEPTION '%', 'plan stopped: ' || n || ' ' || CASE WHEN n = 1 THEN 'row has app_id other than ''public'' or tenant_id other than ''public'', which 5.0 cannot hold' ELSE 'rows have app_id other than ''public'' or tenant_id other than ''public'', which 5.0 cannot hold' END || ' (first app_id, tenant_id: ' || k || '). Delete the other apps and tenants (and the users, sessions and settings they hold) through SuperTokens first, or stay at 6.0. Nothing was changed.';
    END IF;
  END IF;
END
$plan$;
-- data check: (third_party_id, third_party_user_id) unique in thirdparty_users (5.0 primary key thirdparty_users_pkey)
DO $plan$
DECLARE
  n bigint;
  k text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND contype = 'p' AND conname = 'thirdparty_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (third_party_id, third_party_user_id)')
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'third_party_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'third_party_user_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    SELECT count(*) INTO n FROM (SELECT x.third_party_id AS k1, x.third_party_user_id AS k2 FROM thirdparty_users x WHERE x.third_party_id IS NOT NULL AND x.third_party_user_id IS NOT NULL GROUP BY x.third_party_id, x.third_party_user_id HAVING COUNT(*) > 1) r;
    IF n > 0 THEN
      SELECT string_agg(x, '; ' ORDER BY x) INTO k FROM (SELECT DISTINCT '(' || concat_ws(', ', CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL') END) || ')' AS x FROM (SELECT x.third_party_id AS k1, x.third_party_user_id AS k2 FROM thirdparty_users x WHERE x.third_party_id IS NOT NULL AND x.third_party_user_id IS NOT NULL GROUP BY x.third_party_id, x.third_party_user_id HAVING COUNT(*) > 1) r ORDER BY 1 LIMIT 3) f;
      k := (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(k AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t);
      RAISE EXCEPTION '%', 'plan stopped: ' || n || ' ' || CASE WHEN n = 1 THEN '(third_party_id, third_party_user_id) value of thirdparty_users is held by more than one row, which 5.0 requires to be unique (primary key thirdparty_users_pkey)' ELSE '(third_party_id, third_party_user_id) values of thirdparty_users are each held by more than one row, which 5.0 requires to be unique (primary key thirdparty_users_pkey)' END || ' (first (third_party_id, third_party_user_id): ' || k || '). Make them unique or remove the extra rows, or stay at 6.0. Nothing was changed.';
    END IF;
  END IF;
END
$plan$;
-- data check: phone_number unique in passwordless_users (5.0 unique key passwordless_users_phone_number_key)
DO $plan$
DECLARE
  n bigint;
  k text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_phone_number_key' AND pg_get_constraintdef(oid) = 'UNIQUE (phone_number)')
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_users') AND a.attname = 'phone_number' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    SELECT count(*) INTO n FROM (SELECT x.phone_number AS k1 FROM passwordless_users x WHERE x.phone_number IS NOT NULL GROUP BY x.phone_number HAVING COUNT(*) > 1) r;
    IF n > 0 THEN
      SELECT string_agg(x, '; ' ORDER BY x) INTO k FROM (SELECT DISTINCT CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL') END AS x FROM (SELECT x.phone_number AS k1 FROM passwordless_users x WHERE x.phone_number IS NOT NULL GROUP BY x.phone_number HAVING COUNT(*) > 1) r ORDER BY 1 LIMIT 3) f;
      k := (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(k AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t);
      RAISE EXCEPTION '%', 'plan stopped: ' || n || ' ' || CASE WHEN n = 1 THEN 'phone_number value of passwordless_users is held by more than one row, which 5.0 requires to be unique (unique key passwordless_users_phone_number_key)' ELSE 'phone_number values of passwordless_users are each held by more than one row, which 5.0 requires to be unique (unique key passwordless_users_phone_number_key)' END || ' (first phone_number: ' || k || '). Make them unique or remove the extra rows, or stay at 6.0. Nothing was changed.';
    END IF;
  END IF;
END
$plan$;
-- data check: email unique in passwordless_users (5.0 unique key passwordless_users_email_key)
DO $plan$
DECLARE
  n bigint;
  k text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)')
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_users') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    SELECT count(*) INTO n FROM (SELECT x.email AS k1 FROM passwordless_users x WHERE x.email IS NOT NULL GROUP BY x.email HAVING COUNT(*) > 1) r;
    IF n > 0 THEN
      SELECT string_agg(x, '; ' ORDER BY x) INTO k FROM (SELECT DISTINCT CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL') END AS x FROM (SELECT x.email AS k1 FROM passwordless_users x WHERE x.email IS NOT NULL GROUP BY x.email HAVING COUNT(*) > 1) r ORDER BY 1 LIMIT 3) f;
      k := (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(k AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t);
      RAISE EXCEPTION '%', 'plan stopped: ' || n || ' ' || CASE WHEN n = 1 THEN 'email value of passwordless_users is held by more than one row, which 5.0 requires to be unique (unique key passwordless_users_email_key)' ELSE 'email values of passwordless_users are each held by more than one row, which 5.0 requires to be unique (unique key passwordless_users_email_key)' END || ' (first email: ' || k || '). Make them unique or remove the extra rows, or stay at 6.0. Nothing was changed.';
    END IF;
  END IF;
END
$plan$;
-- data check: email unique in emailpassword_users (5.0 unique key emailpassword_users_email_key)
DO $plan$
DECLARE
  n bigint;
  k text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)')
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_users') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    SELECT count(*) INTO n FROM (SELECT x.email AS k1 FROM emailpassword_users x WHERE x.email IS NOT NULL GROUP BY x.email HAVING COUNT(*) > 1) r;
    IF n > 0 THEN
      SELECT string_agg(x, '; ' ORDER BY x) INTO k FROM (SELECT DISTINCT CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL') END AS x FROM (SELECT x.email AS k1 FROM emailpassword_users x WHERE x.email IS NOT NULL GROUP BY x.email HAVING COUNT(*) > 1) r ORDER BY 1 LIMIT 3) f;
      k := (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(k AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t);
      RAISE EXCEPTION '%', 'plan stopped: ' || n || ' ' || CASE WHEN n = 1 THEN 'email value of emailpassword_users is held by more than one row, which 5.0 requires to be unique (unique key emailpassword_users_email_key)' ELSE 'email values of emailpassword_users are each held by more than one row, which 5.0 requires to be unique (unique key emailpassword_users_email_key)' END || ' (first email: ' || k || '). Make them unique or remove the extra rows, or stay at 6.0. Nothing was changed.';
    END IF;
  END IF;
END
$plan$;
-- data check: every userid_mapping row has its all_auth_recipe_users row (5.0 foreign key userid_mapping_supertokens_user_id_fkey)
DO $plan$
DECLARE
  n bigint;
  k text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users(user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'supertokens_user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'external_user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    SELECT count(*) INTO n FROM (SELECT x.app_id AS k1, x.supertokens_user_id AS k2, x.external_user_id AS k3 FROM userid_mapping x WHERE x.supertokens_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM all_auth_recipe_users p WHERE p.user_id = x.supertokens_user_id)) r;
    IF n > 0 THEN
      SELECT string_agg(x, '; ' ORDER BY x) INTO k FROM (SELECT DISTINCT '(' || concat_ws(', ', CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL') END) || ')' AS x FROM (SELECT x.app_id AS k1, x.supertokens_user_id AS k2, x.external_user_id AS k3 FROM userid_mapping x WHERE x.supertokens_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM all_auth_recipe_users p WHERE p.user_id = x.supertokens_user_id)) r ORDER BY 1 LIMIT 3) f;
      k := (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(k AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t);
      RAISE EXCEPTION '%', 'plan stopped: ' || n || ' ' || CASE WHEN n = 1 THEN 'row of userid_mapping has a supertokens_user_id that all_auth_recipe_users does not have, which 5.0 requires (foreign key userid_mapping_supertokens_user_id_fkey)' ELSE 'rows of userid_mapping have a supertokens_user_id that all_auth_recipe_users does not have, which 5.0 requires (foreign key userid_mapping_supertokens_user_id_fkey)' END || ' (first keys (app_id, supertokens_user_id, external_user_id): ' || k || '). Add the missing all_auth_recipe_users rows or remove these, or stay at 6.0. Nothing was changed.';
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
        WHEN k.confrelid = to_regclass('key_value') AND k.colset @> ARRAY['app_id', 'tenant_id', 'name']::text[] AND k.colset <@ ARRAY['app_id', 'tenant_id', 'name']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND contype = 'p' AND conname = 'key_value_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, name)')
        THEN 'after this script key_value has primary key (name) and no key on exactly (app_id, tenant_id, name): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('session_info') AND k.colset @> ARRAY['app_id', 'tenant_id', 'session_handle']::text[] AND k.colset <@ ARRAY['app_id', 'tenant_id', 'session_handle']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND contype = 'p' AND conname = 'session_info_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, session_handle)')
        THEN 'after this script session_info has primary key (session_handle) and no key on exactly (app_id, tenant_id, session_handle): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('emailpassword_users') AND k.colset @> ARRAY['app_id', 'user_id']::text[] AND k.colset <@ ARRAY['app_id', 'user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND contype = 'p' AND conname = 'emailpassword_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)')
        THEN 'after this script emailpassword_users has primary key (user_id), unique emailpassword_users_email_key (email) and no key on exactly (app_id, user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('emailpassword_pswd_reset_tokens') AND k.colset @> ARRAY['app_id', 'user_id', 'token']::text[] AND k.colset <@ ARRAY['app_id', 'user_id', 'token']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND contype = 'p' AND conname = 'emailpassword_pswd_reset_tokens_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id, token)')
        THEN 'after this script emailpassword_pswd_reset_tokens has primary key (user_id, token), unique emailpassword_pswd_reset_tokens_token_key (token) and no key on exactly (app_id, user_id, token): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('emailverification_tokens') AND k.colset @> ARRAY['app_id', 'tenant_id', 'user_id', 'email', 'token']::text[] AND k.colset <@ ARRAY['app_id', 'tenant_id', 'user_id', 'email', 'token']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND contype = 'p' AND conname = 'emailverification_tokens_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, user_id, email, token)')
        THEN 'after this script emailverification_tokens has primary key (user_id, email, token), unique emailverification_tokens_token_key (token) and no key on exactly (app_id, tenant_id, user_id, email, token): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('emailverification_verified_emails') AND k.colset @> ARRAY['app_id', 'user_id', 'email']::text[] AND k.colset <@ ARRAY['app_id', 'user_id', 'email']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND contype = 'p' AND conname = 'emailverification_verified_emails_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id, email)')
        THEN 'after this script emailverification_verified_emails has primary key (user_id, email) and no key on exactly (app_id, user_id, email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('thirdparty_users') AND k.colset @> ARRAY['app_id', 'user_id']::text[] AND k.colset <@ ARRAY['app_id', 'user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND contype = 'p' AND conname = 'thirdparty_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)')
        THEN 'after this script thirdparty_users has primary key (third_party_id, third_party_user_id), unique thirdparty_users_user_id_key (user_id) and no key on exactly (app_id, user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('all_auth_recipe_users') AND k.colset @> ARRAY['app_id', 'tenant_id', 'user_id']::text[] AND k.colset <@ ARRAY['app_id', 'tenant_id', 'user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND contype = 'p' AND conname = 'all_auth_recipe_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, user_id)')
        THEN 'after this script all_auth_recipe_users has primary key (user_id) and no key on exactly (app_id, tenant_id, user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('jwt_signing_keys') AND k.colset @> ARRAY['app_id', 'key_id']::text[] AND k.colset <@ ARRAY['app_id', 'key_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND contype = 'p' AND conname = 'jwt_signing_keys_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, key_id)')
        THEN 'after this script jwt_signing_keys has primary key (key_id) and no key on exactly (app_id, key_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('session_access_token_signing_keys') AND k.colset @> ARRAY['app_id', 'created_at_time']::text[] AND k.colset <@ ARRAY['app_id', 'created_at_time']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND contype = 'p' AND conname = 'session_access_token_signing_keys_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, created_at_time)')
        THEN 'after this script session_access_token_signing_keys has primary key (created_at_time) and no key on exactly (app_id, created_at_time): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('passwordless_users') AND k.colset @> ARRAY['app_id', 'user_id']::text[] AND k.colset <@ ARRAY['app_id', 'user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND contype = 'p' AND conname = 'passwordless_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)')
        THEN 'after this script passwordless_users has primary key (user_id), unique passwordless_users_phone_number_key (phone_number), unique passwordless_users_email_key (email) and no key on exactly (app_id, user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('passwordless_devices') AND k.colset @> ARRAY['app_id', 'tenant_id', 'device_id_hash']::text[] AND k.colset <@ ARRAY['app_id', 'tenant_id', 'device_id_hash']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND contype = 'p' AND conname = 'passwordless_devices_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, device_id_hash)')
        THEN 'after this script passwordless_devices has primary key (device_id_hash) and no key on exactly (app_id, tenant_id, device_id_hash): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('passwordless_codes') AND k.colset @> ARRAY['app_id', 'tenant_id', 'code_id']::text[] AND k.colset <@ ARRAY['app_id', 'tenant_id', 'code_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND contype = 'p' AND conname = 'passwordless_codes_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, code_id)')
        THEN 'after this script passwordless_codes has primary key (code_id), unique passwordless_codes_link_code_hash_key (link_code_hash) and no key on exactly (app_id, tenant_id, code_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('passwordless_codes') AND k.colset @> ARRAY['app_id', 'tenant_id', 'link_code_hash']::text[] AND k.colset <@ ARRAY['app_id', 'tenant_id', 'link_code_hash']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_link_code_hash_key' AND pg_get_constraintdef(oid) = 'UNIQUE (app_id, tenant_id, link_code_hash)')
        THEN 'after this script passwordless_codes has primary key (code_id), unique passwordless_codes_link_code_hash_key (link_code_hash) and no key on exactly (app_id, tenant_id, link_code_hash): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('user_metadata') AND k.colset @> ARRAY['app_id', 'user_id']::text[] AND k.colset <@ ARRAY['app_id', 'user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND contype = 'p' AND conname = 'user_metadata_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)')
        THEN 'after this script user_metadata has primary key (user_id) and no key on exactly (app_id, user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('roles') AND k.colset @> ARRAY['app_id', 'role']::text[] AND k.colset <@ ARRAY['app_id', 'role']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND contype = 'p' AND conname = 'roles_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, role)')
        THEN 'after this script roles has primary key (role) and no key on exactly (app_id, role): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('role_permissions') AND k.colset @> ARRAY['app_id', 'role', 'permission']::text[] AND k.colset <@ ARRAY['app_id', 'role', 'permission']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND contype = 'p' AND conname = 'role_permissions_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, role, permission)')
        THEN 'after this script role_permissions has primary key (role, permission) and no key on exactly (app_id, role, permission): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('user_roles') AND k.colset @> ARRAY['app_id', 'tenant_id', 'user_id', 'role']::text[] AND k.colset <@ ARRAY['app_id', 'tenant_id', 'user_id', 'role']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND contype = 'p' AND conname = 'user_roles_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, user_id, role)')
        THEN 'after this script user_roles has primary key (user_id, role) and no key on exactly (app_id, tenant_id, user_id, role): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('userid_mapping') AND k.colset @> ARRAY['app_id', 'supertokens_user_id', 'external_user_id']::text[] AND k.colset <@ ARRAY['app_id', 'supertokens_user_id', 'external_user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND contype = 'p' AND conname = 'userid_mapping_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, supertokens_user_id, external_user_id)')
        THEN 'after this script userid_mapping has primary key (supertokens_user_id, external_user_id), unique userid_mapping_supertokens_user_id_key (supertokens_user_id), unique userid_mapping_external_user_id_key (external_user_id) and no key on exactly (app_id, supertokens_user_id, external_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('userid_mapping') AND k.colset @> ARRAY['app_id', 'supertokens_user_id']::text[] AND k.colset <@ ARRAY['app_id', 'supertokens_user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (app_id, supertokens_user_id)')
        THEN 'after this script userid_mapping has primary key (supertokens_user_id, external_user_id), unique userid_mapping_supertokens_user_id_key (supertokens_user_id), unique userid_mapping_external_user_id_key (external_user_id) and no key on exactly (app_id, supertokens_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('userid_mapping') AND k.colset @> ARRAY['app_id', 'external_user_id']::text[] AND k.colset <@ ARRAY['app_id', 'external_user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_external_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (app_id, external_user_id)')
        THEN 'after this script userid_mapping has primary key (supertokens_user_id, external_user_id), unique userid_mapping_supertokens_user_id_key (supertokens_user_id), unique userid_mapping_external_user_id_key (external_user_id) and no key on exactly (app_id, external_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('dashboard_users') AND k.colset @> ARRAY['app_id', 'user_id']::text[] AND k.colset <@ ARRAY['app_id', 'user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND contype = 'p' AND conname = 'dashboard_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)')
        THEN 'after this script dashboard_users has primary key (user_id), unique dashboard_users_email_key (email) and no key on exactly (app_id, user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('dashboard_users') AND k.colset @> ARRAY['app_id', 'email']::text[] AND k.colset <@ ARRAY['app_id', 'email']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (app_id, email)')
        THEN 'after this script dashboard_users has primary key (user_id), unique dashboard_users_email_key (email) and no key on exactly (app_id, email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('dashboard_user_sessions') AND k.colset @> ARRAY['app_id', 'session_id']::text[] AND k.colset <@ ARRAY['app_id', 'session_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND contype = 'p' AND conname = 'dashboard_user_sessions_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, session_id)')
        THEN 'after this script dashboard_user_sessions has primary key (session_id) and no key on exactly (app_id, session_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('totp_users') AND k.colset @> ARRAY['app_id', 'user_id']::text[] AND k.colset <@ ARRAY['app_id', 'user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND contype = 'p' AND conname = 'totp_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)')
        THEN 'after this script totp_users has primary key (user_id) and no key on exactly (app_id, user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('totp_user_devices') AND k.colset @> ARRAY['app_id', 'user_id', 'device_name']::text[] AND k.colset <@ ARRAY['app_id', 'user_id', 'device_name']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND contype = 'p' AND conname = 'totp_user_devices_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id, device_name)')
        THEN 'after this script totp_user_devices has primary key (user_id, device_name) and no key on exactly (app_id, user_id, device_name): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('totp_used_codes') AND k.colset @> ARRAY['app_id', 'tenant_id', 'user_id', 'created_time_ms']::text[] AND k.colset <@ ARRAY['app_id', 'tenant_id', 'user_id', 'created_time_ms']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND contype = 'p' AND conname = 'totp_used_codes_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, tenant_id, user_id, created_time_ms)')
        THEN 'after this script totp_used_codes has primary key (user_id, created_time_ms) and no key on exactly (app_id, tenant_id, user_id, created_time_ms): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('user_last_active') AND k.colset @> ARRAY['app_id', 'user_id']::text[] AND k.colset <@ ARRAY['app_id', 'user_id']::text[]
          AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND contype = 'p' AND conname = 'user_last_active_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (app_id, user_id)')
        THEN 'after this script user_last_active has primary key (user_id) and no key on exactly (app_id, user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
        WHEN k.confrelid = to_regclass('apps')
          AND to_regclass('apps') IS NOT NULL
        THEN 'after this script there is no table apps: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('tenants')
          AND to_regclass('tenants') IS NOT NULL
        THEN 'after this script there is no table tenants: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('app_id_to_user_id')
          AND to_regclass('app_id_to_user_id') IS NOT NULL
        THEN 'after this script there is no table app_id_to_user_id: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('tenant_configs')
          AND to_regclass('tenant_configs') IS NOT NULL
        THEN 'after this script there is no table tenant_configs: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('tenant_thirdparty_providers')
          AND to_regclass('tenant_thirdparty_providers') IS NOT NULL
        THEN 'after this script there is no table tenant_thirdparty_providers: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('tenant_thirdparty_provider_clients')
          AND to_regclass('tenant_thirdparty_provider_clients') IS NOT NULL
        THEN 'after this script there is no table tenant_thirdparty_provider_clients: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('emailpassword_user_to_tenant')
          AND to_regclass('emailpassword_user_to_tenant') IS NOT NULL
        THEN 'after this script there is no table emailpassword_user_to_tenant: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('passwordless_user_to_tenant')
          AND to_regclass('passwordless_user_to_tenant') IS NOT NULL
        THEN 'after this script there is no table passwordless_user_to_tenant: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('thirdparty_user_to_tenant')
          AND to_regclass('thirdparty_user_to_tenant') IS NOT NULL
        THEN 'after this script there is no table thirdparty_user_to_tenant: drop the foreign key for good, or point it at another table'
        END AS note
      FROM (
        SELECT c.oid, c.conname, c.conrelid, c.confrelid,
          ARRAY(SELECT a.attname::text FROM unnest(c.confkey) x(n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS colset,
          (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.i) FROM unnest(c.confkey) WITH ORDINALITY x(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS cols
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid IN (to_regclass('key_value'), to_regclass('session_info'), to_regclass('emailpassword_users'), to_regclass('emailpassword_pswd_reset_tokens'), to_regclass('emailverification_tokens'), to_regclass('emailverification_verified_emails'), to_regclass('thirdparty_users'), to_regclass('all_auth_recipe_users'), to_regclass('jwt_signing_keys'), to_regclass('session_access_token_signing_keys'), to_regclass('passwordless_users'), to_regclass('passwordless_devices'), to_regclass('passwordless_codes'), to_regclass('user_metadata'), to_regclass('roles'), to_regclass('role_permissions'), to_regclass('user_roles'), to_regclass('userid_mapping'), to_regclass('dashboard_users'), to_regclass('dashboard_user_sessions'), to_regclass('totp_users'), to_regclass('totp_user_devices'), to_regclass('totp_used_codes'), to_regclass('user_last_active'), to_regclass('apps'), to_regclass('tenants'), to_regclass('app_id_to_user_id'), to_regclass('tenant_configs'), to_regclass('tenant_thirdparty_providers'), to_regclass('tenant_thirdparty_provider_clients'), to_regclass('emailpassword_user_to_tenant'), to_regclass('passwordless_user_to_tenant'), to_regclass('thirdparty_user_to_tenant'))
      ) k
      WHERE TRUE AND NOT EXISTS (SELECT 1 FROM (VALUES (to_regclass('all_auth_recipe_users'), 'all_auth_recipe_users_tenant_id_fkey'), (to_regclass('all_auth_recipe_users'), 'all_auth_recipe_users_user_id_fkey'), (to_regclass('app_id_to_user_id'), 'app_id_to_user_id_app_id_fkey'), (to_regclass('dashboard_user_sessions'), 'dashboard_user_sessions_user_id_fkey'), (to_regclass('dashboard_users'), 'dashboard_users_app_id_fkey'), (to_regclass('emailpassword_pswd_reset_tokens'), 'emailpassword_pswd_reset_tokens_user_id_fkey'), (to_regclass('emailpassword_user_to_tenant'), 'emailpassword_user_to_tenant_user_id_fkey'), (to_regclass('emailpassword_users'), 'emailpassword_users_user_id_fkey'), (to_regclass('emailverification_tokens'), 'emailverification_tokens_tenant_id_fkey'), (to_regclass('emailverification_verified_emails'), 'emailverification_verified_emails_app_id_fkey'), (to_regclass('jwt_signing_keys'), 'jwt_signing_keys_app_id_fkey'), (to_regclass('key_value'), 'key_value_tenant_id_fkey'), (to_regclass('passwordless_codes'), 'passwordless_codes_device_id_hash_fkey'), (to_regclass('passwordless_devices'), 'passwordless_devices_tenant_id_fkey'), (to_regclass('passwordless_user_to_tenant'), 'passwordless_user_to_tenant_user_id_fkey'), (to_regclass('passwordless_users'), 'passwordless_users_user_id_fkey'), (to_regclass('role_permissions'), 'role_permissions_role_fkey'), (to_regclass('roles'), 'roles_app_id_fkey'), (to_regclass('session_access_token_signing_keys'), 'session_access_token_signing_keys_app_id_fkey'), (to_regclass('session_info'), 'session_info_tenant_id_fkey'), (to_regclass('tenant_thirdparty_provider_clients'), 'tenant_thirdparty_provider_clients_third_party_id_fkey'), (to_regclass('tenant_thirdparty_providers'), 'tenant_thirdparty_providers_tenant_id_fkey'), (to_regclass('tenants'), 'tenants_app_id_fkey'), (to_regclass('thirdparty_user_to_tenant'), 'thirdparty_user_to_tenant_user_id_fkey'), (to_regclass('thirdparty_users'), 'thirdparty_users_user_id_fkey'), (to_regclass('totp_used_codes'), 'totp_used_codes_tenant_id_fkey'), (to_regclass('totp_used_codes'), 'totp_used_codes_user_id_fkey'), (to_regclass('totp_user_devices'), 'totp_user_devices_user_id_fkey'), (to_regclass('totp_users'), 'totp_users_app_id_fkey'), (to_regclass('user_last_active'), 'user_last_active_app_id_fkey'), (to_regclass('user_metadata'), 'user_metadata_app_id_fkey'), (to_regclass('user_roles'), 'user_roles_role_fkey'), (to_regclass('user_roles'), 'user_roles_tenant_id_fkey'), (to_regclass('userid_mapping'), 'userid_mapping_supertokens_user_id_fkey')) kn(r, n) WHERE kn.r = k.conrelid AND kn.n = k.conname)
    ) f
    WHERE f.note IS NOT NULL;
  IF refs IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'foreign keys of tables outside supertokens reference keys that supertokens 6.0 → 5.0 drops or replaces, and PostgreSQL refuses to drop a key while a foreign key depends on it: ' || refs || '. Nothing was changed.'
      USING DETAIL = 'Drop them before running this script:' || chr(10) || drops || chr(10) || 'and re-create them once it has run:' || chr(10) || creates || chr(10) || notes,
            HINT = 'Run the DROP commands, then this script, then the re-create commands (changed as the notes say where a key changed its columns).';
  END IF;
END
$plan$;
-- index names: the indexes this script creates (all_auth_recipe_users_pagination_index, passwordless_codes_created_at_index, passwordless_codes_device_id_hash_index, passwordless_devices_email_index, passwordless_devices_phone_number_index, role_permissions_permission_index, totp_used_codes_expiry_time_ms_index, user_roles_role_index) take names unique across the schema: the script stops before any change when an object that is not an index of a supertokens table holds one
DO $plan$
DECLARE
  m text;
BEGIN
  SELECT CASE c.relkind WHEN 'i' THEN 'an index' WHEN 'I' THEN 'an index' WHEN 'r' THEN 'a table' WHEN 'p' THEN 'a table' WHEN 'v' THEN 'a view' WHEN 'm' THEN 'a materialized view' WHEN 'S' THEN 'a sequence' WHEN 'f' THEN 'a foreign table' ELSE 'a relation' END || ' ' || c.relname || COALESCE(' on table ' || t.relname, '') || ' exists; supertokens''s index ' || v.name || ' on ' || v.tbl || ' needs that name (PostgreSQL''s index names are unique across the schema, and the script drops nothing it does not own): rename or drop it, then run this script again. Nothing was changed.'
    INTO m
    FROM (VALUES ('all_auth_recipe_users_pagination_index', 'all_auth_recipe_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('passwordless_codes_created_at_index', 'passwordless_codes', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('passwordless_codes_device_id_hash_index', 'passwordless_codes', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('passwordless_devices_email_index', 'passwordless_devices', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('passwordless_devices_phone_number_index', 'passwordless_devices', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('role_permissions_permission_index', 'role_permissions', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('totp_used_codes_expiry_time_ms_index', 'totp_used_codes', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('user_roles_role_index', 'user_roles', (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))) v(name, tbl, nsp)
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
-- supertokens 6.0 → 5.0 (rollback): Multitenancy (plugin 4.0.0): new apps, tenants, app_id_to_user_id, tenant config and per-recipe user_to_tenant tables; every existing table gains app_id (and tenant_id where data is per tenant), its keys, uniques and indexes are rebuilt with those columns in front, and foreign keys are re-pointed at apps, tenants and app_id_to_user_id. Existing data lands in app "public", tenant "public".
-- source: plans/supertokens/5.0-6.0.yaml
-- ================================================================================================
-- 6.0 → 5.0 · 1/151 · check that app_id_to_user_id holds only rows its copies wrote
-- locks: app_id_to_user_id: ACCESS SHARE, read; reads every row | all_auth_recipe_users: ACCESS SHARE, read
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_last_active') AND c.relname = 'user_last_active_app_id_index') THEN
  IF NOT (NOT EXISTS (SELECT 1 FROM (SELECT plan_keys.plan_v1 AS k1, plan_keys.plan_v2 AS k2 FROM (SELECT dst.app_id AS plan_v1, dst.user_id AS plan_v2, 0 AS plan_in_source FROM app_id_to_user_id AS dst UNION ALL SELECT 'public', src.user_id, 1 FROM all_auth_recipe_users AS src WHERE src.app_id = 'public' AND src.tenant_id = 'public') AS plan_keys GROUP BY plan_keys.plan_v1, plan_keys.plan_v2 HAVING MAX(plan_keys.plan_in_source) = 0) AS dst)) THEN
      RAISE EXCEPTION '%', 'plan stopped: app_id_to_user_id holds rows that none of the 5.0 → 6.0 copies into it gives (written since the upgrade): this rollback would drop them with app_id_to_user_id; keep them elsewhere and delete them, or restore the backup taken before the upgrade' || COALESCE(' (the first of them by (app_id, user_id): ' || ((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST((SELECT string_agg(x, '; ' ORDER BY x) FROM (SELECT DISTINCT '(' || concat_ws(', ', CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL') END) || ')' AS x FROM (SELECT plan_keys.plan_v1 AS k1, plan_keys.plan_v2 AS k2 FROM (SELECT dst.app_id AS plan_v1, dst.user_id AS plan_v2, 0 AS plan_in_source FROM app_id_to_user_id AS dst UNION ALL SELECT 'public', src.user_id, 1 FROM all_auth_recipe_users AS src WHERE src.app_id = 'public' AND src.tenant_id = 'public') AS plan_keys GROUP BY plan_keys.plan_v1, plan_keys.plan_v2 HAVING MAX(plan_keys.plan_in_source) = 0) r ORDER BY 1 LIMIT 3) f) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t)) || ')', '');
    END IF;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 2/151 · check that emailpassword_user_to_tenant holds only rows its copies wrote
-- locks: emailpassword_user_to_tenant: ACCESS SHARE, read; reads every row | emailpassword_users: ACCESS SHARE, read
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_last_active') AND c.relname = 'user_last_active_app_id_index') THEN
  IF NOT (NOT EXISTS (SELECT 1 FROM (SELECT plan_keys.plan_v1 AS k1, plan_keys.plan_v2 AS k2, plan_keys.plan_v3 AS k3 FROM (SELECT dst.app_id AS plan_v1, dst.tenant_id AS plan_v2, dst.user_id AS plan_v3, 0 AS plan_in_source FROM emailpassword_user_to_tenant AS dst UNION ALL SELECT 'public', 'public', src.user_id, 1 FROM emailpassword_users AS src WHERE src.app_id = 'public') AS plan_keys GROUP BY plan_keys.plan_v1, plan_keys.plan_v2, plan_keys.plan_v3 HAVING MAX(plan_keys.plan_in_source) = 0) AS dst)) THEN
      RAISE EXCEPTION '%', 'plan stopped: emailpassword_user_to_tenant holds rows that none of the 5.0 → 6.0 copies into it gives (written since the upgrade): this rollback would drop them with emailpassword_user_to_tenant; keep them elsewhere and delete them, or restore the backup taken before the upgrade' || COALESCE(' (the first of them by (app_id, tenant_id, user_id): ' || ((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST((SELECT string_agg(x, '; ' ORDER BY x) FROM (SELECT DISTINCT '(' || concat_ws(', ', CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL') END) || ')' AS x FROM (SELECT plan_keys.plan_v1 AS k1, plan_keys.plan_v2 AS k2, plan_keys.plan_v3 AS k3 FROM (SELECT dst.app_id AS plan_v1, dst.tenant_id AS plan_v2, dst.user_id AS plan_v3, 0 AS plan_in_source FROM emailpassword_user_to_tenant AS dst UNION ALL SELECT 'public', 'public', src.user_id, 1 FROM emailpassword_users AS src WHERE src.app_id = 'public') AS plan_keys GROUP BY plan_keys.plan_v1, plan_keys.plan_v2, plan_keys.plan_v3 HAVING MAX(plan_keys.plan_in_source) = 0) r ORDER BY 1 LIMIT 3) f) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t)) || ')', '');
    END IF;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 3/151 · check that passwordless_user_to_tenant holds only rows its copies wrote
-- locks: passwordless_user_to_tenant: ACCESS SHARE, read; reads every row | passwordless_users: ACCESS SHARE, read
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_last_active') AND c.relname = 'user_last_active_app_id_index') THEN
  IF NOT (NOT EXISTS (SELECT 1 FROM (SELECT plan_keys.plan_v1 AS k1, plan_keys.plan_v2 AS k2, plan_keys.plan_v3 AS k3 FROM (SELECT dst.app_id AS plan_v1, dst.tenant_id AS plan_v2, dst.user_id AS plan_v3, 0 AS plan_in_source FROM passwordless_user_to_tenant AS dst UNION ALL SELECT 'public', 'public', src.user_id, 1 FROM passwordless_users AS src WHERE src.app_id = 'public') AS plan_keys GROUP BY plan_keys.plan_v1, plan_keys.plan_v2, plan_keys.plan_v3 HAVING MAX(plan_keys.plan_in_source) = 0) AS dst)) THEN
      RAISE EXCEPTION '%', 'plan stopped: passwordless_user_to_tenant holds rows that none of the 5.0 → 6.0 copies into it gives (written since the upgrade): this rollback would drop them with passwordless_user_to_tenant; keep them elsewhere and delete them, or restore the backup taken before the upgrade' || COALESCE(' (the first of them by (app_id, tenant_id, user_id): ' || ((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST((SELECT string_agg(x, '; ' ORDER BY x) FROM (SELECT DISTINCT '(' || concat_ws(', ', CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL') END) || ')' AS x FROM (SELECT plan_keys.plan_v1 AS k1, plan_keys.plan_v2 AS k2, plan_keys.plan_v3 AS k3 FROM (SELECT dst.app_id AS plan_v1, dst.tenant_id AS plan_v2, dst.user_id AS plan_v3, 0 AS plan_in_source FROM passwordless_user_to_tenant AS dst UNION ALL SELECT 'public', 'public', src.user_id, 1 FROM passwordless_users AS src WHERE src.app_id = 'public') AS plan_keys GROUP BY plan_keys.plan_v1, plan_keys.plan_v2, plan_keys.plan_v3 HAVING MAX(plan_keys.plan_in_source) = 0) r ORDER BY 1 LIMIT 3) f) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t)) || ')', '');
    END IF;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 4/151 · check that thirdparty_user_to_tenant holds only rows its copies wrote
-- locks: thirdparty_user_to_tenant: ACCESS SHARE, read; reads every row | thirdparty_users: ACCESS SHARE, read
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_last_active') AND c.relname = 'user_last_active_app_id_index') THEN
  IF NOT (NOT EXISTS (SELECT 1 FROM (SELECT plan_keys.plan_v1 AS k1, plan_keys.plan_v2 AS k2, plan_keys.plan_v3 AS k3 FROM (SELECT dst.app_id AS plan_v1, dst.tenant_id AS plan_v2, dst.user_id AS plan_v3, 0 AS plan_in_source FROM thirdparty_user_to_tenant AS dst UNION ALL SELECT 'public', 'public', src.user_id, 1 FROM thirdparty_users AS src WHERE src.app_id = 'public') AS plan_keys GROUP BY plan_keys.plan_v1, plan_keys.plan_v2, plan_keys.plan_v3 HAVING MAX(plan_keys.plan_in_source) = 0) AS dst)) THEN
      RAISE EXCEPTION '%', 'plan stopped: thirdparty_user_to_tenant holds rows that none of the 5.0 → 6.0 copies into it gives (written since the upgrade): this rollback would drop them with thirdparty_user_to_tenant; keep them elsewhere and delete them, or restore the backup taken before the upgrade' || COALESCE(' (the first of them by (app_id, tenant_id, user_id): ' || ((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST((SELECT string_agg(x, '; ' ORDER BY x) FROM (SELECT DISTINCT '(' || concat_ws(', ', CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k2 AS text), '''', '''''') || '''', 'NULL') END, CASE WHEN char_length(COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL')) > 40 THEN left(COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL'), 37) || '...' ELSE COALESCE('''' || replace(CAST(r.k3 AS text), '''', '''''') || '''', 'NULL') END) || ')' AS x FROM (SELECT plan_keys.plan_v1 AS k1, plan_keys.plan_v2 AS k2, plan_keys.plan_v3 AS k3 FROM (SELECT dst.app_id AS plan_v1, dst.tenant_id AS plan_v2, dst.user_id AS plan_v3, 0 AS plan_in_source FROM thirdparty_user_to_tenant AS dst UNION ALL SELECT 'public', 'public', src.user_id, 1 FROM thirdparty_users AS src WHERE src.app_id = 'public') AS plan_keys GROUP BY plan_keys.plan_v1, plan_keys.plan_v2, plan_keys.plan_v3 HAVING MAX(plan_keys.plan_in_source) = 0) r ORDER BY 1 LIMIT 3) f) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t)) || ')', '');
    END IF;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 5/151 · check: no row holds another value than app_id 'public' and tenant_id 'public'

-- 6.0 → 5.0 · 6/151 · drop index user_last_active_app_id_index on user_last_active
-- locks: user_last_active: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_last_active') AND c.relname = 'user_last_active_app_id_index') THEN
    DROP INDEX IF EXISTS user_last_active_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 7/151 · drop foreign key user_last_active_app_id_fkey on user_last_active
-- locks: user_last_active: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND conname = 'user_last_active_app_id_fkey') THEN
    ALTER TABLE user_last_active DROP CONSTRAINT IF EXISTS user_last_active_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 8/151 · primary key of user_last_active becomes (user_id)
-- locks: user_last_active: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND contype = 'p' AND conname = 'user_last_active_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE user_last_active DROP CONSTRAINT IF EXISTS user_last_active_pkey;
    ALTER TABLE user_last_active ADD CONSTRAINT user_last_active_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 9/151 · drop column user_last_active.app_id
-- locks: user_last_active: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_last_active') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_last_active DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 10/151 · drop index totp_used_codes_tenant_id_index on totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_tenant_id_index') THEN
    DROP INDEX IF EXISTS totp_used_codes_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 11/151 · drop index totp_used_codes_user_id_index on totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_user_id_index') THEN
    DROP INDEX IF EXISTS totp_used_codes_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 12/151 · redefine index totp_used_codes_expiry_time_ms_index on totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_expiry_time_ms_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes USING btree (expiry_time_ms)') THEN
    DROP INDEX IF EXISTS totp_used_codes_expiry_time_ms_index;
    CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes (expiry_time_ms);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 13/151 · drop foreign key totp_used_codes_tenant_id_fkey on totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_tenant_id_fkey') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 14/151 · drop foreign key totp_used_codes_user_id_fkey on totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 15/151 · primary key of totp_used_codes becomes (user_id, created_time_ms)
-- locks: totp_used_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND contype = 'p' AND conname = 'totp_used_codes_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, created_time_ms)') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_pkey;
    ALTER TABLE totp_used_codes ADD CONSTRAINT totp_used_codes_pkey PRIMARY KEY (user_id, created_time_ms);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 16/151 · drop column totp_used_codes.tenant_id
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_used_codes DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 17/151 · drop column totp_used_codes.app_id
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_used_codes DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 18/151 · drop index totp_user_devices_user_id_index on totp_user_devices
-- locks: totp_user_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_user_devices') AND c.relname = 'totp_user_devices_user_id_index') THEN
    DROP INDEX IF EXISTS totp_user_devices_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 19/151 · drop foreign key totp_user_devices_user_id_fkey on totp_user_devices
-- locks: totp_user_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_user_devices DROP CONSTRAINT IF EXISTS totp_user_devices_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 20/151 · primary key of totp_user_devices becomes (user_id, device_name)
-- locks: totp_user_devices: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND contype = 'p' AND conname = 'totp_user_devices_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, device_name)') THEN
    ALTER TABLE totp_user_devices DROP CONSTRAINT IF EXISTS totp_user_devices_pkey;
    ALTER TABLE totp_user_devices ADD CONSTRAINT totp_user_devices_pkey PRIMARY KEY (user_id, device_name);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 21/151 · drop column totp_user_devices.app_id
-- locks: totp_user_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_user_devices') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_user_devices DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 22/151 · drop index totp_users_app_id_index on totp_users
-- locks: totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_users') AND c.relname = 'totp_users_app_id_index') THEN
    DROP INDEX IF EXISTS totp_users_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 23/151 · drop foreign key totp_users_app_id_fkey on totp_users
-- locks: totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND conname = 'totp_users_app_id_fkey') THEN
    ALTER TABLE totp_users DROP CONSTRAINT IF EXISTS totp_users_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 24/151 · primary key of totp_users becomes (user_id)
-- locks: totp_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND contype = 'p' AND conname = 'totp_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE totp_users DROP CONSTRAINT IF EXISTS totp_users_pkey;
    ALTER TABLE totp_users ADD CONSTRAINT totp_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 25/151 · drop column totp_users.app_id
-- locks: totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 26/151 · drop index dashboard_user_sessions_user_id_index on dashboard_user_sessions
-- locks: dashboard_user_sessions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_user_sessions') AND c.relname = 'dashboard_user_sessions_user_id_index') THEN
    DROP INDEX IF EXISTS dashboard_user_sessions_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 27/151 · drop foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions
-- locks: dashboard_user_sessions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES dashboard_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE dashboard_user_sessions DROP CONSTRAINT IF EXISTS dashboard_user_sessions_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 28/151 · primary key of dashboard_user_sessions becomes (session_id)
-- locks: dashboard_user_sessions: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND contype = 'p' AND conname = 'dashboard_user_sessions_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (session_id)') THEN
    ALTER TABLE dashboard_user_sessions DROP CONSTRAINT IF EXISTS dashboard_user_sessions_pkey;
    ALTER TABLE dashboard_user_sessions ADD CONSTRAINT dashboard_user_sessions_pkey PRIMARY KEY (session_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 29/151 · drop column dashboard_user_sessions.app_id
-- locks: dashboard_user_sessions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_user_sessions') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE dashboard_user_sessions DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 30/151 · drop index dashboard_users_app_id_index on dashboard_users
-- locks: dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_users') AND c.relname = 'dashboard_users_app_id_index') THEN
    DROP INDEX IF EXISTS dashboard_users_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 31/151 · drop foreign key dashboard_users_app_id_fkey on dashboard_users
-- locks: dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_app_id_fkey') THEN
    ALTER TABLE dashboard_users DROP CONSTRAINT IF EXISTS dashboard_users_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 32/151 · unique dashboard_users_email_key on dashboard_users becomes (email)
-- locks: dashboard_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)') THEN
    ALTER TABLE dashboard_users DROP CONSTRAINT IF EXISTS dashboard_users_email_key;
    ALTER TABLE dashboard_users ADD CONSTRAINT dashboard_users_email_key UNIQUE (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 33/151 · primary key of dashboard_users becomes (user_id)
-- locks: dashboard_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND contype = 'p' AND conname = 'dashboard_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE dashboard_users DROP CONSTRAINT IF EXISTS dashboard_users_pkey;
    ALTER TABLE dashboard_users ADD CONSTRAINT dashboard_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 34/151 · drop column dashboard_users.app_id
-- locks: dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE dashboard_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 35/151 · drop index user_metadata_app_id_index on user_metadata
-- locks: user_metadata: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_metadata') AND c.relname = 'user_metadata_app_id_index') THEN
    DROP INDEX IF EXISTS user_metadata_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 36/151 · drop foreign key user_metadata_app_id_fkey on user_metadata
-- locks: user_metadata: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND conname = 'user_metadata_app_id_fkey') THEN
    ALTER TABLE user_metadata DROP CONSTRAINT IF EXISTS user_metadata_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 37/151 · primary key of user_metadata becomes (user_id)
-- locks: user_metadata: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND contype = 'p' AND conname = 'user_metadata_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE user_metadata DROP CONSTRAINT IF EXISTS user_metadata_pkey;
    ALTER TABLE user_metadata ADD CONSTRAINT user_metadata_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 38/151 · drop column user_metadata.app_id
-- locks: user_metadata: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_metadata') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_metadata DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 39/151 · drop index user_roles_app_id_role_index on user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_app_id_role_index') THEN
    DROP INDEX IF EXISTS user_roles_app_id_role_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 40/151 · drop index user_roles_tenant_id_index on user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_tenant_id_index') THEN
    DROP INDEX IF EXISTS user_roles_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 41/151 · drop foreign key user_roles_tenant_id_fkey on user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_tenant_id_fkey') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 42/151 · drop foreign key user_roles_role_fkey on user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_role_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 43/151 · redefine index user_roles_role_index on user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_role_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_roles_role_index ON user_roles USING btree (role)') THEN
    DROP INDEX IF EXISTS user_roles_role_index;
    CREATE INDEX user_roles_role_index ON user_roles (role);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 44/151 · primary key of user_roles becomes (user_id, role)
-- locks: user_roles: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND contype = 'p' AND conname = 'user_roles_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, role)') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_pkey;
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 45/151 · drop column user_roles.tenant_id
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_roles') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_roles DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 46/151 · drop column user_roles.app_id
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_roles') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_roles DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 47/151 · drop index role_permissions_role_index on role_permissions
-- locks: role_permissions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_role_index') THEN
    DROP INDEX IF EXISTS role_permissions_role_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 48/151 · redefine index role_permissions_permission_index on role_permissions
-- locks: role_permissions: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_permission_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (permission)') THEN
    DROP INDEX IF EXISTS role_permissions_permission_index;
    CREATE INDEX role_permissions_permission_index ON role_permissions (permission);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 49/151 · drop foreign key role_permissions_role_fkey on role_permissions
-- locks: role_permissions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE') THEN
    ALTER TABLE role_permissions DROP CONSTRAINT IF EXISTS role_permissions_role_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 50/151 · primary key of role_permissions becomes (role, permission)
-- locks: role_permissions: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND contype = 'p' AND conname = 'role_permissions_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (role, permission)') THEN
    ALTER TABLE role_permissions DROP CONSTRAINT IF EXISTS role_permissions_pkey;
    ALTER TABLE role_permissions ADD CONSTRAINT role_permissions_pkey PRIMARY KEY (role, permission);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 51/151 · drop column role_permissions.app_id
-- locks: role_permissions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('role_permissions') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE role_permissions DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 52/151 · drop index roles_app_id_index on roles
-- locks: roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('roles') AND c.relname = 'roles_app_id_index') THEN
    DROP INDEX IF EXISTS roles_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 53/151 · drop foreign key roles_app_id_fkey on roles
-- locks: roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND conname = 'roles_app_id_fkey') THEN
    ALTER TABLE roles DROP CONSTRAINT IF EXISTS roles_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 54/151 · primary key of roles becomes (role)
-- locks: roles: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND contype = 'p' AND conname = 'roles_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (role)') THEN
    ALTER TABLE roles DROP CONSTRAINT IF EXISTS roles_pkey;
    ALTER TABLE roles ADD CONSTRAINT roles_pkey PRIMARY KEY (role);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 55/151 · drop column roles.app_id
-- locks: roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('roles') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE roles DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 56/151 · drop index userid_mapping_supertokens_user_id_index on userid_mapping
-- locks: userid_mapping: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('userid_mapping') AND c.relname = 'userid_mapping_supertokens_user_id_index') THEN
    DROP INDEX IF EXISTS userid_mapping_supertokens_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 57/151 · drop foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping
-- locks: userid_mapping: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 58/151 · unique userid_mapping_external_user_id_key on userid_mapping becomes (external_user_id)
-- locks: userid_mapping: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_external_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (external_user_id)') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_external_user_id_key;
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_external_user_id_key UNIQUE (external_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 59/151 · unique userid_mapping_supertokens_user_id_key on userid_mapping becomes (supertokens_user_id)
-- locks: userid_mapping: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (supertokens_user_id)') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_key;
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_supertokens_user_id_key UNIQUE (supertokens_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 60/151 · primary key of userid_mapping becomes (supertokens_user_id, external_user_id)
-- locks: userid_mapping: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND contype = 'p' AND conname = 'userid_mapping_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (supertokens_user_id, external_user_id)') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_pkey;
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_pkey PRIMARY KEY (supertokens_user_id, external_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 61/151 · drop column userid_mapping.app_id
-- locks: userid_mapping: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE userid_mapping DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 62/151 · drop table thirdparty_user_to_tenant
-- locks: thirdparty_user_to_tenant: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('thirdparty_user_to_tenant') IS NOT NULL THEN
    DROP TABLE thirdparty_user_to_tenant;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 63/151 · drop index thirdparty_users_email_index on thirdparty_users
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_email_index') THEN
    DROP INDEX IF EXISTS thirdparty_users_email_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 64/151 · drop index thirdparty_users_thirdparty_user_id_index on thirdparty_users
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_thirdparty_user_id_index') THEN
    DROP INDEX IF EXISTS thirdparty_users_thirdparty_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 65/151 · drop foreign key thirdparty_users_user_id_fkey on thirdparty_users
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND conname = 'thirdparty_users_user_id_fkey') THEN
    ALTER TABLE thirdparty_users DROP CONSTRAINT IF EXISTS thirdparty_users_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 66/151 · primary key of thirdparty_users becomes (third_party_id, third_party_user_id)
-- locks: thirdparty_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND contype = 'p' AND conname = 'thirdparty_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (third_party_id, third_party_user_id)') THEN
    ALTER TABLE thirdparty_users DROP CONSTRAINT IF EXISTS thirdparty_users_pkey;
    ALTER TABLE thirdparty_users ADD CONSTRAINT thirdparty_users_pkey PRIMARY KEY (third_party_id, third_party_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 67/151 · add unique thirdparty_users_user_id_key on thirdparty_users
-- locks: thirdparty_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND conname = 'thirdparty_users_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (user_id)') THEN
    ALTER TABLE thirdparty_users DROP CONSTRAINT IF EXISTS thirdparty_users_user_id_key;
    ALTER TABLE thirdparty_users ADD CONSTRAINT thirdparty_users_user_id_key UNIQUE (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 68/151 · drop column thirdparty_users.app_id
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE thirdparty_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 69/151 · drop foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes
-- locks: passwordless_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices(device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_device_id_hash_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 70/151 · redefine index passwordless_codes_device_id_hash_index on passwordless_codes
-- locks: passwordless_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_device_id_hash_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (device_id_hash)') THEN
    DROP INDEX IF EXISTS passwordless_codes_device_id_hash_index;
    CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes (device_id_hash);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 71/151 · redefine index passwordless_codes_created_at_index on passwordless_codes
-- locks: passwordless_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_created_at_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (created_at)') THEN
    DROP INDEX IF EXISTS passwordless_codes_created_at_index;
    CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes (created_at);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 72/151 · unique passwordless_codes_link_code_hash_key on passwordless_codes becomes (link_code_hash)
-- locks: passwordless_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_link_code_hash_key' AND pg_get_constraintdef(oid) = 'UNIQUE (link_code_hash)') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_link_code_hash_key;
    ALTER TABLE passwordless_codes ADD CONSTRAINT passwordless_codes_link_code_hash_key UNIQUE (link_code_hash);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 73/151 · primary key of passwordless_codes becomes (code_id)
-- locks: passwordless_codes: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND contype = 'p' AND conname = 'passwordless_codes_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (code_id)') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_pkey;
    ALTER TABLE passwordless_codes ADD CONSTRAINT passwordless_codes_pkey PRIMARY KEY (code_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 74/151 · drop column passwordless_codes.tenant_id
-- locks: passwordless_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_codes DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 75/151 · drop column passwordless_codes.app_id
-- locks: passwordless_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_codes DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 76/151 · drop index passwordless_devices_tenant_id_index on passwordless_devices
-- locks: passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_tenant_id_index') THEN
    DROP INDEX IF EXISTS passwordless_devices_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 77/151 · redefine index passwordless_devices_phone_number_index on passwordless_devices
-- locks: passwordless_devices: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_phone_number_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (phone_number)') THEN
    DROP INDEX IF EXISTS passwordless_devices_phone_number_index;
    CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices (phone_number);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 78/151 · redefine index passwordless_devices_email_index on passwordless_devices
-- locks: passwordless_devices: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_email_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (email)') THEN
    DROP INDEX IF EXISTS passwordless_devices_email_index;
    CREATE INDEX passwordless_devices_email_index ON passwordless_devices (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 79/151 · drop foreign key passwordless_devices_tenant_id_fkey on passwordless_devices
-- locks: passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND conname = 'passwordless_devices_tenant_id_fkey') THEN
    ALTER TABLE passwordless_devices DROP CONSTRAINT IF EXISTS passwordless_devices_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 80/151 · primary key of passwordless_devices becomes (device_id_hash)
-- locks: passwordless_devices: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND contype = 'p' AND conname = 'passwordless_devices_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (device_id_hash)') THEN
    ALTER TABLE passwordless_devices DROP CONSTRAINT IF EXISTS passwordless_devices_pkey;
    ALTER TABLE passwordless_devices ADD CONSTRAINT passwordless_devices_pkey PRIMARY KEY (device_id_hash);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 81/151 · drop column passwordless_devices.tenant_id
-- locks: passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_devices DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 82/151 · drop column passwordless_devices.app_id
-- locks: passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_devices DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 83/151 · drop table passwordless_user_to_tenant
-- locks: passwordless_user_to_tenant: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('passwordless_user_to_tenant') IS NOT NULL THEN
    DROP TABLE passwordless_user_to_tenant;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 84/151 · drop foreign key passwordless_users_user_id_fkey on passwordless_users
-- locks: passwordless_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_user_id_fkey') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 85/151 · primary key of passwordless_users becomes (user_id)
-- locks: passwordless_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND contype = 'p' AND conname = 'passwordless_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_pkey;
    ALTER TABLE passwordless_users ADD CONSTRAINT passwordless_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 86/151 · add unique passwordless_users_phone_number_key on passwordless_users
-- locks: passwordless_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_phone_number_key' AND pg_get_constraintdef(oid) = 'UNIQUE (phone_number)') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_phone_number_key;
    ALTER TABLE passwordless_users ADD CONSTRAINT passwordless_users_phone_number_key UNIQUE (phone_number);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 87/151 · add unique passwordless_users_email_key on passwordless_users
-- locks: passwordless_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_email_key;
    ALTER TABLE passwordless_users ADD CONSTRAINT passwordless_users_email_key UNIQUE (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 88/151 · drop column passwordless_users.app_id
-- locks: passwordless_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 89/151 · drop index emailpassword_pswd_reset_tokens_user_id_index on emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_pswd_reset_tokens') AND c.relname = 'emailpassword_pswd_reset_tokens_user_id_index') THEN
    DROP INDEX IF EXISTS emailpassword_pswd_reset_tokens_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 90/151 · drop foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES emailpassword_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 91/151 · primary key of emailpassword_pswd_reset_tokens becomes (user_id, token)
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND contype = 'p' AND conname = 'emailpassword_pswd_reset_tokens_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, token)') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_pkey;
    ALTER TABLE emailpassword_pswd_reset_tokens ADD CONSTRAINT emailpassword_pswd_reset_tokens_pkey PRIMARY KEY (user_id, token);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 92/151 · drop column emailpassword_pswd_reset_tokens.app_id
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 93/151 · drop table emailpassword_user_to_tenant
-- locks: emailpassword_user_to_tenant: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailpassword_user_to_tenant') IS NOT NULL THEN
    DROP TABLE emailpassword_user_to_tenant;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 94/151 · drop foreign key emailpassword_users_user_id_fkey on emailpassword_users
-- locks: emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_user_id_fkey') THEN
    ALTER TABLE emailpassword_users DROP CONSTRAINT IF EXISTS emailpassword_users_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 95/151 · primary key of emailpassword_users becomes (user_id)
-- locks: emailpassword_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND contype = 'p' AND conname = 'emailpassword_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE emailpassword_users DROP CONSTRAINT IF EXISTS emailpassword_users_pkey;
    ALTER TABLE emailpassword_users ADD CONSTRAINT emailpassword_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 96/151 · add unique emailpassword_users_email_key on emailpassword_users
-- locks: emailpassword_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)') THEN
    ALTER TABLE emailpassword_users DROP CONSTRAINT IF EXISTS emailpassword_users_email_key;
    ALTER TABLE emailpassword_users ADD CONSTRAINT emailpassword_users_email_key UNIQUE (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 97/151 · drop column emailpassword_users.app_id
-- locks: emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailpassword_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 98/151 · drop index emailverification_tokens_tenant_id_index on emailverification_tokens
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_tokens') AND c.relname = 'emailverification_tokens_tenant_id_index') THEN
    DROP INDEX IF EXISTS emailverification_tokens_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 99/151 · drop foreign key emailverification_tokens_tenant_id_fkey on emailverification_tokens
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND conname = 'emailverification_tokens_tenant_id_fkey') THEN
    ALTER TABLE emailverification_tokens DROP CONSTRAINT IF EXISTS emailverification_tokens_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 100/151 · primary key of emailverification_tokens becomes (user_id, email, token)
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND contype = 'p' AND conname = 'emailverification_tokens_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, email, token)') THEN
    ALTER TABLE emailverification_tokens DROP CONSTRAINT IF EXISTS emailverification_tokens_pkey;
    ALTER TABLE emailverification_tokens ADD CONSTRAINT emailverification_tokens_pkey PRIMARY KEY (user_id, email, token);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 101/151 · drop column emailverification_tokens.tenant_id
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailverification_tokens DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 102/151 · drop column emailverification_tokens.app_id
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailverification_tokens DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 103/151 · drop index emailverification_verified_emails_app_id_index on emailverification_verified_emails
-- locks: emailverification_verified_emails: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_verified_emails') AND c.relname = 'emailverification_verified_emails_app_id_index') THEN
    DROP INDEX IF EXISTS emailverification_verified_emails_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 104/151 · drop foreign key emailverification_verified_emails_app_id_fkey on emailverification_verified_emails
-- locks: emailverification_verified_emails: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND conname = 'emailverification_verified_emails_app_id_fkey') THEN
    ALTER TABLE emailverification_verified_emails DROP CONSTRAINT IF EXISTS emailverification_verified_emails_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 105/151 · primary key of emailverification_verified_emails becomes (user_id, email)
-- locks: emailverification_verified_emails: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND contype = 'p' AND conname = 'emailverification_verified_emails_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, email)') THEN
    ALTER TABLE emailverification_verified_emails DROP CONSTRAINT IF EXISTS emailverification_verified_emails_pkey;
    ALTER TABLE emailverification_verified_emails ADD CONSTRAINT emailverification_verified_emails_pkey PRIMARY KEY (user_id, email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 106/151 · drop column emailverification_verified_emails.app_id
-- locks: emailverification_verified_emails: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_verified_emails') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailverification_verified_emails DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 107/151 · drop index jwt_signing_keys_app_id_index on jwt_signing_keys
-- locks: jwt_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('jwt_signing_keys') AND c.relname = 'jwt_signing_keys_app_id_index') THEN
    DROP INDEX IF EXISTS jwt_signing_keys_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 108/151 · drop foreign key jwt_signing_keys_app_id_fkey on jwt_signing_keys
-- locks: jwt_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND conname = 'jwt_signing_keys_app_id_fkey') THEN
    ALTER TABLE jwt_signing_keys DROP CONSTRAINT IF EXISTS jwt_signing_keys_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 109/151 · primary key of jwt_signing_keys becomes (key_id)
-- locks: jwt_signing_keys: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND contype = 'p' AND conname = 'jwt_signing_keys_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (key_id)') THEN
    ALTER TABLE jwt_signing_keys DROP CONSTRAINT IF EXISTS jwt_signing_keys_pkey;
    ALTER TABLE jwt_signing_keys ADD CONSTRAINT jwt_signing_keys_pkey PRIMARY KEY (key_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 110/151 · drop column jwt_signing_keys.app_id
-- locks: jwt_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('jwt_signing_keys') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE jwt_signing_keys DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 111/151 · drop index access_token_signing_keys_app_id_index on session_access_token_signing_keys
-- locks: session_access_token_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_access_token_signing_keys') AND c.relname = 'access_token_signing_keys_app_id_index') THEN
    DROP INDEX IF EXISTS access_token_signing_keys_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 112/151 · drop foreign key session_access_token_signing_keys_app_id_fkey on session_access_token_signing_keys
-- locks: session_access_token_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND conname = 'session_access_token_signing_keys_app_id_fkey') THEN
    ALTER TABLE session_access_token_signing_keys DROP CONSTRAINT IF EXISTS session_access_token_signing_keys_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 113/151 · primary key of session_access_token_signing_keys becomes (created_at_time)
-- locks: session_access_token_signing_keys: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND contype = 'p' AND conname = 'session_access_token_signing_keys_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (created_at_time)') THEN
    ALTER TABLE session_access_token_signing_keys DROP CONSTRAINT IF EXISTS session_access_token_signing_keys_pkey;
    ALTER TABLE session_access_token_signing_keys ADD CONSTRAINT session_access_token_signing_keys_pkey PRIMARY KEY (created_at_time);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 114/151 · drop column session_access_token_signing_keys.app_id
-- locks: session_access_token_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_access_token_signing_keys') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE session_access_token_signing_keys DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 115/151 · drop index session_info_tenant_id_index on session_info
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_info') AND c.relname = 'session_info_tenant_id_index') THEN
    DROP INDEX IF EXISTS session_info_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 116/151 · drop index session_expiry_index on session_info
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_info') AND c.relname = 'session_expiry_index') THEN
    DROP INDEX IF EXISTS session_expiry_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 117/151 · drop foreign key session_info_tenant_id_fkey on session_info
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND conname = 'session_info_tenant_id_fkey') THEN
    ALTER TABLE session_info DROP CONSTRAINT IF EXISTS session_info_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 118/151 · primary key of session_info becomes (session_handle)
-- locks: session_info: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND contype = 'p' AND conname = 'session_info_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (session_handle)') THEN
    ALTER TABLE session_info DROP CONSTRAINT IF EXISTS session_info_pkey;
    ALTER TABLE session_info ADD CONSTRAINT session_info_pkey PRIMARY KEY (session_handle);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 119/151 · drop column session_info.tenant_id
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE session_info DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 120/151 · drop column session_info.app_id
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE session_info DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 121/151 · drop index tenant_thirdparty_provider_clients_third_party_id_index on tenant_thirdparty_provider_clients
-- locks: tenant_thirdparty_provider_clients: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenant_thirdparty_provider_clients') AND c.relname = 'tenant_thirdparty_provider_clients_third_party_id_index') THEN
    DROP INDEX IF EXISTS tenant_thirdparty_provider_clients_third_party_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 122/151 · drop table tenant_thirdparty_provider_clients
-- locks: tenant_thirdparty_provider_clients: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | tenant_thirdparty_providers: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('tenant_thirdparty_provider_clients') IS NOT NULL THEN
    DROP TABLE tenant_thirdparty_provider_clients;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 123/151 · drop index tenant_thirdparty_providers_tenant_id_index on tenant_thirdparty_providers
-- locks: tenant_thirdparty_providers: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenant_thirdparty_providers') AND c.relname = 'tenant_thirdparty_providers_tenant_id_index') THEN
    DROP INDEX IF EXISTS tenant_thirdparty_providers_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 124/151 · drop table tenant_thirdparty_providers
-- locks: tenant_thirdparty_providers: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | tenant_configs: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('tenant_thirdparty_providers') IS NOT NULL THEN
    DROP TABLE tenant_thirdparty_providers;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 125/151 · drop table tenant_configs
-- locks: tenant_configs: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('tenant_configs') IS NOT NULL THEN
    DROP TABLE tenant_configs;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 126/151 · drop index all_auth_recipe_tenant_id_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_tenant_id_index') THEN
    DROP INDEX IF EXISTS all_auth_recipe_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 127/151 · drop index all_auth_recipe_user_id_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_user_id_index') THEN
    DROP INDEX IF EXISTS all_auth_recipe_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 128/151 · redefine index all_auth_recipe_users_pagination_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index;
    CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users (time_joined DESC, user_id DESC);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 129/151 · drop foreign key all_auth_recipe_users_user_id_fkey on all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_user_id_fkey') THEN
    ALTER TABLE all_auth_recipe_users DROP CONSTRAINT IF EXISTS all_auth_recipe_users_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 130/151 · drop foreign key all_auth_recipe_users_tenant_id_fkey on all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_tenant_id_fkey') THEN
    ALTER TABLE all_auth_recipe_users DROP CONSTRAINT IF EXISTS all_auth_recipe_users_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 131/151 · primary key of all_auth_recipe_users becomes (user_id)
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND contype = 'p' AND conname = 'all_auth_recipe_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE all_auth_recipe_users DROP CONSTRAINT IF EXISTS all_auth_recipe_users_pkey;
    ALTER TABLE all_auth_recipe_users ADD CONSTRAINT all_auth_recipe_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 132/151 · drop column all_auth_recipe_users.tenant_id
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE all_auth_recipe_users DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 133/151 · drop column all_auth_recipe_users.app_id
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE all_auth_recipe_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 134/151 · drop index app_id_to_user_id_app_id_index on app_id_to_user_id
-- locks: app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('app_id_to_user_id') AND c.relname = 'app_id_to_user_id_app_id_index') THEN
    DROP INDEX IF EXISTS app_id_to_user_id_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 135/151 · drop table app_id_to_user_id
-- locks: app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('app_id_to_user_id') IS NOT NULL THEN
    DROP TABLE app_id_to_user_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 136/151 · drop index key_value_tenant_id_index on key_value
-- locks: key_value: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('key_value') AND c.relname = 'key_value_tenant_id_index') THEN
    DROP INDEX IF EXISTS key_value_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 137/151 · drop foreign key key_value_tenant_id_fkey on key_value
-- locks: key_value: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND conname = 'key_value_tenant_id_fkey') THEN
    ALTER TABLE key_value DROP CONSTRAINT IF EXISTS key_value_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 138/151 · primary key of key_value becomes (name)
-- locks: key_value: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND contype = 'p' AND conname = 'key_value_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (name)') THEN
    ALTER TABLE key_value DROP CONSTRAINT IF EXISTS key_value_pkey;
    ALTER TABLE key_value ADD CONSTRAINT key_value_pkey PRIMARY KEY (name);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 139/151 · drop column key_value.tenant_id
-- locks: key_value: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE key_value DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 140/151 · drop column key_value.app_id
-- locks: key_value: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE key_value DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 141/151 · drop index tenants_app_id_index on tenants
-- locks: tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenants') AND c.relname = 'tenants_app_id_index') THEN
    DROP INDEX IF EXISTS tenants_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 142/151 · drop table tenants
-- locks: tenants: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('tenants') IS NOT NULL THEN
    DROP TABLE tenants;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 143/151 · drop table apps
-- locks: apps: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('apps') IS NOT NULL THEN
    DROP TABLE apps;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 144/151 · add foreign key totp_used_codes_user_id_fkey on totp_used_codes
-- locks: drop foreign key totp_used_codes_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key totp_used_codes_user_id_fkey: totp_used_codes: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in totp_users; blocks writes until COMMIT | totp_users: SHARE ROW EXCLUSIVE, scan; read to check the rows of totp_used_codes; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_used_codes ADD CONSTRAINT totp_used_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES totp_users (user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 145/151 · add foreign key totp_user_devices_user_id_fkey on totp_user_devices
-- locks: drop foreign key totp_user_devices_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): totp_user_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey') THEN
    ALTER TABLE totp_user_devices DROP CONSTRAINT IF EXISTS totp_user_devices_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key totp_user_devices_user_id_fkey: totp_user_devices: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in totp_users; blocks writes until COMMIT | totp_users: SHARE ROW EXCLUSIVE, scan; read to check the rows of totp_user_devices; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_user_devices ADD CONSTRAINT totp_user_devices_user_id_fkey FOREIGN KEY (user_id) REFERENCES totp_users (user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 146/151 · add foreign key user_roles_role_fkey on user_roles
-- locks: drop foreign key user_roles_role_fkey as it is now: only where the database differs from the plan here (else skipped): user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_role_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key user_roles_role_fkey: user_roles: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in roles; blocks writes until COMMIT | roles: SHARE ROW EXCLUSIVE, scan; read to check the rows of user_roles; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE') THEN
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_fkey FOREIGN KEY (role) REFERENCES roles (role) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 147/151 · add foreign key role_permissions_role_fkey on role_permissions
-- locks: drop foreign key role_permissions_role_fkey as it is now: only where the database differs from the plan here (else skipped): role_permissions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey') THEN
    ALTER TABLE role_permissions DROP CONSTRAINT IF EXISTS role_permissions_role_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key role_permissions_role_fkey: role_permissions: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in roles; blocks writes until COMMIT | roles: SHARE ROW EXCLUSIVE, scan; read to check the rows of role_permissions; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE') THEN
    ALTER TABLE role_permissions ADD CONSTRAINT role_permissions_role_fkey FOREIGN KEY (role) REFERENCES roles (role) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 148/151 · add foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes
-- locks: drop foreign key passwordless_codes_device_id_hash_fkey as it is now: only where the database differs from the plan here (else skipped): passwordless_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices(device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_device_id_hash_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key passwordless_codes_device_id_hash_fkey: passwordless_codes: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in passwordless_devices; blocks writes until COMMIT | passwordless_devices: SHARE ROW EXCLUSIVE, scan; read to check the rows of passwordless_codes; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices(device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE passwordless_codes ADD CONSTRAINT passwordless_codes_device_id_hash_fkey FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices (device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 149/151 · add foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens
-- locks: drop foreign key emailpassword_pswd_reset_tokens_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES emailpassword_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key emailpassword_pswd_reset_tokens_user_id_fkey: emailpassword_pswd_reset_tokens: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in emailpassword_users; blocks writes until COMMIT | emailpassword_users: SHARE ROW EXCLUSIVE, scan; read to check the rows of emailpassword_pswd_reset_tokens; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES emailpassword_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens ADD CONSTRAINT emailpassword_pswd_reset_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES emailpassword_users (user_id) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 150/151 · add foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions
-- locks: drop foreign key dashboard_user_sessions_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): dashboard_user_sessions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES dashboard_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey') THEN
    ALTER TABLE dashboard_user_sessions DROP CONSTRAINT IF EXISTS dashboard_user_sessions_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key dashboard_user_sessions_user_id_fkey: dashboard_user_sessions: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in dashboard_users; blocks writes until COMMIT | dashboard_users: SHARE ROW EXCLUSIVE, scan; read to check the rows of dashboard_user_sessions; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES dashboard_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE dashboard_user_sessions ADD CONSTRAINT dashboard_user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES dashboard_users (user_id) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 151/151 · add foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping
-- locks: drop foreign key userid_mapping_supertokens_user_id_fkey as it is now: only where the database differs from the plan here (else skipped): userid_mapping: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users(user_id) ON DELETE CASCADE')
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_fkey;
  END IF;
END
$plan$;
-- locks: add foreign key userid_mapping_supertokens_user_id_fkey: userid_mapping: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in all_auth_recipe_users; blocks writes until COMMIT | all_auth_recipe_users: SHARE ROW EXCLUSIVE, scan; read to check the rows of userid_mapping; blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_supertokens_user_id_fkey FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users (user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- the end: the database is at 5.0, or the script stops here and everything this run did is rolled back
DO $plan$
DECLARE
  problem text;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind = 'table' THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END AS def FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))) r),
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_fa177e51ca29c96f', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_fa177e51ca29c96f', true), '')::json -> 'r') e),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('') AND a.k IS NULL THEN 1 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, 1 FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1
  INTO problem;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at supertokens 5.0 at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect supertokens names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: supertokens 6.0 → 5.0 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: supertokens 6.0 → 5.0: the database was at 5.0 already: nothing to do' THEN 'plan: supertokens 6.0 → 5.0: the database was at 5.0 already: nothing to do' ELSE 'plan: supertokens 6.0 → 5.0 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: supertokens 6.0 → 5.0 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
