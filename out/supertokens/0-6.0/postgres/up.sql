-- plan 0.1.0 · supertokens 0 → 6.0 · postgres · fresh install
-- what:     this script creates the supertokens schema at 6.0 in an empty PostgreSQL database (generated from the plans listed below)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
-- start:    after applying: SuperTokens core 6.0
-- reverse:  npx plan compile supertokens 6.0 0 --dialect postgres -o down.sql
-- the rollback would drop: 33 tables key_value, session_info, emailpassword_users, emailpassword_pswd_reset_tokens, emailverification_tokens, emailverification_verified_emails, thirdparty_users, all_auth_recipe_users, jwt_signing_keys, session_access_token_signing_keys, passwordless_users, passwordless_devices, passwordless_codes, user_metadata, roles, role_permissions, user_roles, userid_mapping, dashboard_users, dashboard_user_sessions, totp_users, totp_user_devices, totp_used_codes, user_last_active, apps, tenants, app_id_to_user_id, tenant_configs, tenant_thirdparty_providers, tenant_thirdparty_provider_clients, emailpassword_user_to_tenant, passwordless_user_to_tenant, thirdparty_user_to_tenant, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/supertokens/product.yaml plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml plans/supertokens/5.0-6.0.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/supertokens/product.yaml a1ed9e3446298f2420dcb34e1778ef0cb12794e0addd102b1c3ba24cf9c1eb99
--   plans/supertokens/0-3.3.yaml 82f273aef4b4d235a2ace19ac27182f8a6be3ab467bc6edbd539a4da37762032
--   plans/supertokens/3.3-3.4.yaml 5939766fbc6377e54e8546315eb1509c1d42c151042a0cd4ad7332781dd1b943
--   plans/supertokens/3.4-3.5.yaml abc80a870ebc57d09af16823327f9df77918077db25e96945ade0dc951ee98d1
--   plans/supertokens/3.5-3.6.yaml 9f99e36efa6a666c35bef13fe66954c361f562e4ed83004b9f044f70b25ad7c4
--   plans/supertokens/3.6-3.7.yaml b78bb35b5a628db6c08561bf06f1588e360638e8d5f0917028e7247415cfbb05
--   plans/supertokens/3.7-3.8.yaml 744f6725fe16bf25ae6f96a996e06b777e06a12f8ba457bbe34f5021430bb3de
--   plans/supertokens/3.8-3.9.yaml cc88e60bd13be9a5ac00b8959feb1f163209e0ddce990014a82376681309b283
--   plans/supertokens/3.9-3.10.yaml 0960843b4b2b0a1e3c2c0ab6677dce5398f0d60a7971d1e688d69a5417f6a7d9
--   plans/supertokens/3.10-3.11.yaml 95f73f8a8c013f33c63aed70c8c1b447f192d1a03dbbed22b197c5aeb6dcaf4a
--   plans/supertokens/3.11-3.12.yaml 1c0d8155e83756b593b5f2d63bf6b7c7ab84d7579cc6e4724bfe8a6a750c4d40
--   plans/supertokens/3.12-3.13.yaml 605600ee6f0252ebaf551a08cfe5f820b554c98a9f0b2a8725fc7e6f0aa422e3
--   plans/supertokens/3.13-3.14.yaml 90ae673599ce21b43132d80e9aec2bcd92fca85e27eac76792d30bf57648ed90
--   plans/supertokens/3.14-3.15.yaml ae87c42463c5076cfd9ca28baba39037259e4e98db21bfcfb5c34abef2882a11
--   plans/supertokens/3.15-3.16.yaml 978d6634880b6010d8ebf5368580013bfa0c8c79087f3532f6f84facae4b2d64
--   plans/supertokens/3.16-4.0.yaml 4fc3279d131eb8e926c3ec14f36b2e8602f0ea2123baa50d867db80bc5cb3716
--   plans/supertokens/4.0-4.1.yaml b3571c214a5311ffc4e49e6f7609069b0cc9f8a6ff975ea6a9ba7b88249da308
--   plans/supertokens/4.1-4.2.yaml 1429bdbd0faae3297ef8a35c2e0a816381d2652b27ae75c5c96fdcbe711121fb
--   plans/supertokens/4.2-4.3.yaml 4a20fdd9a4a21f8c785db32e289d80fedb3753eb8e544294849efee29e8f6a88
--   plans/supertokens/4.3-4.4.yaml 65ad6464488e943fce352de4bc87ff2878cc350c63ab6239fd80086df2445df0
--   plans/supertokens/4.4-4.5.yaml b95a2e6ed93a2657c24288272a4254c6b9ab2b07df8134debda40f1b8e0603e9
--   plans/supertokens/4.5-4.6.yaml eab95ecd52c95d5834802d7de59f7d447b9e428118fb4103f66f1a509a28ec2d
--   plans/supertokens/4.6-5.0.yaml 1e85aa4e26952013920356ac9712be72b182724d8778ca9291cd89cb52e344ee
--   plans/supertokens/5.0-6.0.yaml ad9459100d84acfeb6b8947a730a6fbab86c5ffdc94b9bf158a7f3fcee7d3fb0
-- derived:  the install 0 → 6.0 is derived from the chain 0 → 3.3 → 3.4 → 3.5 → 3.6 → 3.7 → 3.8 → 3.9 → 3.10 → 3.11 → 3.12 → 3.13 → 3.14 → 3.15 → 3.16 → 4.0 → 4.1 → 4.2 → 4.3 → 4.4 → 4.5 → 4.6 → 5.0 → 6.0: those plans are replayed in the model (no SQL) and the install creates their result directly (tables, keys, indexes, rows), checked by the compiler to equal the chain's model
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

-- check that the database is at 0, at 6.0, or between them on this script's path (a resumed run)
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
          ('constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint apps.apps_pkey', 'PRIMARY KEY (app_id)', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'PRIMARY KEY (app_id, session_id)', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint dashboard_users.dashboard_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint dashboard_users.dashboard_users_email_key', 'UNIQUE (app_id, email)', 3),
          ('constraint dashboard_users.dashboard_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'PRIMARY KEY (app_id, user_id, token)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'UNIQUE (token)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES emailpassword_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
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
      required(k, m, f) AS (VALUES ('column all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no column app_id', 2),
          ('column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id', 2),
          ('column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id', 2),
          ('column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined', 2),
          ('column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id', 2),
          ('column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id', 2),
          ('column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id', 2),
          ('column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id', 2),
          ('column apps.app_id', 'table apps has no column app_id', 2),
          ('column apps.created_at_time', 'table apps has no column created_at_time', 2),
          ('column dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no column app_id', 2),
          ('column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry', 2),
          ('column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id', 2),
          ('column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created', 2),
          ('column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id', 2),
          ('column dashboard_users.app_id', 'table dashboard_users has no column app_id', 2),
          ('column dashboard_users.email', 'table dashboard_users has no column email', 2),
          ('column dashboard_users.password_hash', 'table dashboard_users has no column password_hash', 2),
          ('column dashboard_users.time_joined', 'table dashboard_users has no column time_joined', 2),
          ('column dashboard_users.user_id', 'table dashboard_users has no column user_id', 2),
          ('column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens has no column app_id', 2),
          ('column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token', 2),
          ('column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry', 2),
          ('column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id', 2),
          ('column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant has no column app_id', 2),
          ('column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no column email', 2),
          ('column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant has no column tenant_id', 2),
          ('column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant has no column user_id', 2),
          ('column emailpassword_users.app_id', 'table emailpassword_users has no column app_id', 2),
          ('column emailpassword_users.email', 'table emailpassword_users has no column email', 2),
          ('column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash', 2),
          ('column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined', 2),
          ('column emailpassword_users.user_id', 'table emailpassword_users has no column user_id', 2),
          ('column emailverification_tokens.app_id', 'table emailverification_tokens has no column app_id', 2),
          ('column emailverification_tokens.email', 'table emailverification_tokens has no column email', 2),
          ('column emailverification_tokens.tenant_id', 'table emailverification_tokens has no column tenant_id', 2),
          ('column emailverification_tokens.token', 'table emailverification_tokens has no column token', 2),
          ('column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry', 2),
          ('column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id', 2),
          ('column emailverification_verified_emails.app_id', 'table emailverification_verified_emails has no column app_id', 2),
          ('column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email', 2),
          ('column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id', 2),
          ('column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm', 2),
          ('column jwt_signing_keys.app_id', 'table jwt_signing_keys has no column app_id', 2),
          ('column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at', 2),
          ('column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id', 2),
          ('column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string', 2),
          ('column key_value.app_id', 'table key_value has no column app_id', 2),
          ('column key_value.created_at_time', 'table key_value has no column created_at_time', 2),
          ('column key_value.name', 'table key_value has no column name', 2),
          ('column key_value.tenant_id', 'table key_value has no column tenant_id', 2),
          ('column key_value.value', 'table key_value has no column value', 2),
          ('column passwordless_codes.app_id', 'table passwordless_codes has no column app_id', 2),
          ('column passwordless_codes.code_id', 'table passwordless_codes has no column code_id', 2),
          ('column passwordless_codes.created_at', 'table passwordless_codes has no column created_at', 2),
          ('column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash', 2),
          ('column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash', 2),
          ('column passwordless_codes.tenant_id', 'table passwordless_codes has no column tenant_id', 2),
          ('column passwordless_devices.app_id', 'table passwordless_devices has no column app_id', 2),
          ('column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash', 2),
          ('column passwordless_devices.email', 'table passwordless_devices has no column email', 2),
          ('column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts', 2),
          ('column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt', 2),
          ('column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number', 2),
          ('column passwordless_devices.tenant_id', 'table passwordless_devices has no column tenant_id', 2),
          ('column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant has no column app_id', 2),
          ('column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no column email', 2),
          ('column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no column phone_number', 2),
          ('column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant has no column tenant_id', 2),
          ('column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant has no column user_id', 2),
          ('column passwordless_users.app_id', 'table passwordless_users has no column app_id', 2),
          ('column passwordless_users.email', 'table passwordless_users has no column email', 2),
          ('column passwordless_users.phone_number', 'table passwordless_users has no column phone_number', 2),
          ('column passwordless_users.time_joined', 'table passwordless_users has no column time_joined', 2),
          ('column passwordless_users.user_id', 'table passwordless_users has no column user_id', 2),
          ('column role_permissions.app_id', 'table role_permissions has no column app_id', 2),
          ('column role_permissions.permission', 'table role_permissions has no column permission', 2),
          ('column role_permissions.role', 'table role_permissions has no column role', 2),
          ('column roles.app_id', 'table roles has no column app_id', 2),
          ('column roles.role', 'table roles has no column role', 2),
          ('column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys has no column app_id', 2),
          ('column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time', 2),
          ('column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value', 2),
          ('column session_info.app_id', 'table session_info has no column app_id', 2),
          ('column session_info.created_at_time', 'table session_info has no column created_at_time', 2),
          ('column session_info.expires_at', 'table session_info has no column expires_at', 2),
          ('column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload', 2),
          ('column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2', 2),
          ('column session_info.session_data', 'table session_info has no column session_data', 2),
          ('column session_info.session_handle', 'table session_info has no column session_handle', 2),
          ('column session_info.tenant_id', 'table session_info has no column tenant_id', 2),
          ('column session_info.use_static_key', 'table session_info has no column use_static_key', 2),
          ('column session_info.user_id', 'table session_info has no column user_id', 2),
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
          ('column thirdparty_users.email', 'table thirdparty_users has no column email', 2),
          ('column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id', 2),
          ('column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id', 2),
          ('column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined', 2),
          ('column thirdparty_users.user_id', 'table thirdparty_users has no column user_id', 2),
          ('column totp_used_codes.app_id', 'table totp_used_codes has no column app_id', 2),
          ('column totp_used_codes.code', 'table totp_used_codes has no column code', 2),
          ('column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms', 2),
          ('column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms', 2),
          ('column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid', 2),
          ('column totp_used_codes.tenant_id', 'table totp_used_codes has no column tenant_id', 2),
          ('column totp_used_codes.user_id', 'table totp_used_codes has no column user_id', 2),
          ('column totp_user_devices.app_id', 'table totp_user_devices has no column app_id', 2),
          ('column totp_user_devices.device_name', 'table totp_user_devices has no column device_name', 2),
          ('column totp_user_devices.period', 'table totp_user_devices has no column period', 2),
          ('column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key', 2),
          ('column totp_user_devices.skew', 'table totp_user_devices has no column skew', 2),
          ('column totp_user_devices.user_id', 'table totp_user_devices has no column user_id', 2),
          ('column totp_user_devices.verified', 'table totp_user_devices has no column verified', 2),
          ('column totp_users.app_id', 'table totp_users has no column app_id', 2),
          ('column totp_users.user_id', 'table totp_users has no column user_id', 2),
          ('column user_last_active.app_id', 'table user_last_active has no column app_id', 2),
          ('column user_last_active.last_active_time', 'table user_last_active has no column last_active_time', 2),
          ('column user_last_active.user_id', 'table user_last_active has no column user_id', 2),
          ('column user_metadata.app_id', 'table user_metadata has no column app_id', 2),
          ('column user_metadata.user_id', 'table user_metadata has no column user_id', 2),
          ('column user_metadata.user_metadata', 'table user_metadata has no column user_metadata', 2),
          ('column user_roles.app_id', 'table user_roles has no column app_id', 2),
          ('column user_roles.role', 'table user_roles has no column role', 2),
          ('column user_roles.tenant_id', 'table user_roles has no column tenant_id', 2),
          ('column user_roles.user_id', 'table user_roles has no column user_id', 2),
          ('column userid_mapping.app_id', 'table userid_mapping has no column app_id', 2),
          ('column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id', 2),
          ('column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info', 2),
          ('column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id', 2),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_pkey', 2),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_tenant_id_fkey', 2),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_user_id_fkey', 2),
          ('constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_app_id_fkey', 2),
          ('constraint app_id_to_user_id.app_id_to_user_id_pkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_pkey', 2),
          ('constraint apps.apps_pkey', 'table apps has no constraint apps_pkey', 2),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_pkey', 2),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_user_id_fkey', 2),
          ('constraint dashboard_users.dashboard_users_app_id_fkey', 'table dashboard_users has no constraint dashboard_users_app_id_fkey', 2),
          ('constraint dashboard_users.dashboard_users_email_key', 'table dashboard_users has no constraint dashboard_users_email_key', 2),
          ('constraint dashboard_users.dashboard_users_pkey', 'table dashboard_users has no constraint dashboard_users_pkey', 2),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_pkey', 2),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_token_key', 2),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_user_id_fkey', 2),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_email_key', 2),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_pkey', 2),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_user_id_fkey', 2),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'table emailpassword_users has no constraint emailpassword_users_pkey', 2),
          ('constraint emailpassword_users.emailpassword_users_user_id_fkey', 'table emailpassword_users has no constraint emailpassword_users_user_id_fkey', 2),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'table emailverification_tokens has no constraint emailverification_tokens_pkey', 2),
          ('constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'table emailverification_tokens has no constraint emailverification_tokens_tenant_id_fkey', 2),
          ('constraint emailverification_tokens.emailverification_tokens_token_key', 'table emailverification_tokens has no constraint emailverification_tokens_token_key', 2),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_app_id_fkey', 2),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_pkey', 2),
          ('constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_app_id_fkey', 2),
          ('constraint jwt_signing_keys.jwt_signing_keys_pkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_pkey', 2),
          ('constraint key_value.key_value_pkey', 'table key_value has no constraint key_value_pkey', 2),
          ('constraint key_value.key_value_tenant_id_fkey', 'table key_value has no constraint key_value_tenant_id_fkey', 2),
          ('constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'table passwordless_codes has no constraint passwordless_codes_device_id_hash_fkey', 2),
          ('constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'table passwordless_codes has no constraint passwordless_codes_link_code_hash_key', 2),
          ('constraint passwordless_codes.passwordless_codes_pkey', 'table passwordless_codes has no constraint passwordless_codes_pkey', 2),
          ('constraint passwordless_devices.passwordless_devices_pkey', 'table passwordless_devices has no constraint passwordless_devices_pkey', 2),
          ('constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'table passwordless_devices has no constraint passwordless_devices_tenant_id_fkey', 2),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_email_key', 2),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_phone_number_key', 2),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_pkey', 2),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_user_id_fkey', 2),
          ('constraint passwordless_users.passwordless_users_pkey', 'table passwordless_users has no constraint passwordless_users_pkey', 2),
          ('constraint passwordless_users.passwordless_users_user_id_fkey', 'table passwordless_users has no constraint passwordless_users_user_id_fkey', 2),
          ('constraint role_permissions.role_permissions_pkey', 'table role_permissions has no constraint role_permissions_pkey', 2),
          ('constraint role_permissions.role_permissions_role_fkey', 'table role_permissions has no constraint role_permissions_role_fkey', 2),
          ('constraint roles.roles_app_id_fkey', 'table roles has no constraint roles_app_id_fkey', 2),
          ('constraint roles.roles_pkey', 'table roles has no constraint roles_pkey', 2),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_app_id_fkey', 2),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_pkey', 2),
          ('constraint session_info.session_info_pkey', 'table session_info has no constraint session_info_pkey', 2),
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
          ('constraint thirdparty_users.thirdparty_users_pkey', 'table thirdparty_users has no constraint thirdparty_users_pkey', 2),
          ('constraint thirdparty_users.thirdparty_users_user_id_fkey', 'table thirdparty_users has no constraint thirdparty_users_user_id_fkey', 2),
          ('constraint totp_used_codes.totp_used_codes_pkey', 'table totp_used_codes has no constraint totp_used_codes_pkey', 2),
          ('constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_tenant_id_fkey', 2),
          ('constraint totp_used_codes.totp_used_codes_user_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_user_id_fkey', 2),
          ('constraint totp_user_devices.totp_user_devices_pkey', 'table totp_user_devices has no constraint totp_user_devices_pkey', 2),
          ('constraint totp_user_devices.totp_user_devices_user_id_fkey', 'table totp_user_devices has no constraint totp_user_devices_user_id_fkey', 2),
          ('constraint totp_users.totp_users_app_id_fkey', 'table totp_users has no constraint totp_users_app_id_fkey', 2),
          ('constraint totp_users.totp_users_pkey', 'table totp_users has no constraint totp_users_pkey', 2),
          ('constraint user_last_active.user_last_active_app_id_fkey', 'table user_last_active has no constraint user_last_active_app_id_fkey', 2),
          ('constraint user_last_active.user_last_active_pkey', 'table user_last_active has no constraint user_last_active_pkey', 2),
          ('constraint user_metadata.user_metadata_app_id_fkey', 'table user_metadata has no constraint user_metadata_app_id_fkey', 2),
          ('constraint user_metadata.user_metadata_pkey', 'table user_metadata has no constraint user_metadata_pkey', 2),
          ('constraint user_roles.user_roles_pkey', 'table user_roles has no constraint user_roles_pkey', 2),
          ('constraint user_roles.user_roles_role_fkey', 'table user_roles has no constraint user_roles_role_fkey', 2),
          ('constraint user_roles.user_roles_tenant_id_fkey', 'table user_roles has no constraint user_roles_tenant_id_fkey', 2),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'table userid_mapping has no constraint userid_mapping_external_user_id_key', 2),
          ('constraint userid_mapping.userid_mapping_pkey', 'table userid_mapping has no constraint userid_mapping_pkey', 2),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_fkey', 2),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_key', 2),
          ('index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_tenant_id_index', 2),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_user_id_index', 2),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index', 2),
          ('index app_id_to_user_id.app_id_to_user_id_app_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_app_id_index', 2),
          ('index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index', 2),
          ('index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_user_id_index', 2),
          ('index dashboard_users.dashboard_users_app_id_index', 'table dashboard_users has no index dashboard_users_app_id_index', 2),
          ('index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index', 2),
          ('index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_pswd_reset_tokens_user_id_index', 2),
          ('index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index', 2),
          ('index emailverification_tokens.emailverification_tokens_tenant_id_index', 'table emailverification_tokens has no index emailverification_tokens_tenant_id_index', 2),
          ('index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'table emailverification_verified_emails has no index emailverification_verified_emails_app_id_index', 2),
          ('index jwt_signing_keys.jwt_signing_keys_app_id_index', 'table jwt_signing_keys has no index jwt_signing_keys_app_id_index', 2),
          ('index key_value.key_value_tenant_id_index', 'table key_value has no index key_value_tenant_id_index', 2),
          ('index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index', 2),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'table passwordless_codes has no index passwordless_codes_device_id_hash_index', 2),
          ('index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index', 2),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index', 2),
          ('index passwordless_devices.passwordless_devices_tenant_id_index', 'table passwordless_devices has no index passwordless_devices_tenant_id_index', 2),
          ('index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index', 2),
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
          ('index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index', 2),
          ('index totp_used_codes.totp_used_codes_tenant_id_index', 'table totp_used_codes has no index totp_used_codes_tenant_id_index', 2),
          ('index totp_used_codes.totp_used_codes_user_id_index', 'table totp_used_codes has no index totp_used_codes_user_id_index', 2),
          ('index totp_user_devices.totp_user_devices_user_id_index', 'table totp_user_devices has no index totp_user_devices_user_id_index', 2),
          ('index totp_users.totp_users_app_id_index', 'table totp_users has no index totp_users_app_id_index', 2),
          ('index user_last_active.user_last_active_app_id_index', 'table user_last_active has no index user_last_active_app_id_index', 2),
          ('index user_metadata.user_metadata_app_id_index', 'table user_metadata has no index user_metadata_app_id_index', 2),
          ('index user_roles.user_roles_app_id_role_index', 'table user_roles has no index user_roles_app_id_role_index', 2),
          ('index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index', 2),
          ('index user_roles.user_roles_tenant_id_index', 'table user_roles has no index user_roles_tenant_id_index', 2),
          ('index userid_mapping.userid_mapping_supertokens_user_id_index', 'table userid_mapping has no index userid_mapping_supertokens_user_id_index', 2),
          ('table all_auth_recipe_users', 'table all_auth_recipe_users is missing', 2),
          ('table app_id_to_user_id', 'table app_id_to_user_id is missing', 2),
          ('table apps', 'table apps is missing', 2),
          ('table dashboard_user_sessions', 'table dashboard_user_sessions is missing', 2),
          ('table dashboard_users', 'table dashboard_users is missing', 2),
          ('table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing', 2),
          ('table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing', 2),
          ('table emailpassword_users', 'table emailpassword_users is missing', 2),
          ('table emailverification_tokens', 'table emailverification_tokens is missing', 2),
          ('table emailverification_verified_emails', 'table emailverification_verified_emails is missing', 2),
          ('table jwt_signing_keys', 'table jwt_signing_keys is missing', 2),
          ('table key_value', 'table key_value is missing', 2),
          ('table passwordless_codes', 'table passwordless_codes is missing', 2),
          ('table passwordless_devices', 'table passwordless_devices is missing', 2),
          ('table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing', 2),
          ('table passwordless_users', 'table passwordless_users is missing', 2),
          ('table role_permissions', 'table role_permissions is missing', 2),
          ('table roles', 'table roles is missing', 2),
          ('table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing', 2),
          ('table session_info', 'table session_info is missing', 2),
          ('table tenant_configs', 'table tenant_configs is missing', 2),
          ('table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing', 2),
          ('table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing', 2),
          ('table tenants', 'table tenants is missing', 2),
          ('table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing', 2),
          ('table thirdparty_users', 'table thirdparty_users is missing', 2),
          ('table totp_used_codes', 'table totp_used_codes is missing', 2),
          ('table totp_user_devices', 'table totp_user_devices is missing', 2),
          ('table totp_users', 'table totp_users is missing', 2),
          ('table user_last_active', 'table user_last_active is missing', 2),
          ('table user_metadata', 'table user_metadata is missing', 2),
          ('table user_roles', 'table user_roles is missing', 2),
          ('table userid_mapping', 'table userid_mapping is missing', 2)),
      implied(a, b, m) AS (VALUES ('table apps', 'column apps.app_id', 'table apps has no column app_id, which this script creates together with table apps'),
          ('column apps.app_id', 'table apps', 'table apps is missing, which this script creates together with column app_id of table apps'),
          ('table apps', 'column apps.created_at_time', 'table apps has no column created_at_time, which this script creates together with table apps'),
          ('column apps.created_at_time', 'table apps', 'table apps is missing, which this script creates together with column created_at_time of table apps'),
          ('table apps', 'constraint apps.apps_pkey', 'table apps has no constraint apps_pkey, which this script creates together with table apps'),
          ('table tenants', 'column tenants.app_id', 'table tenants has no column app_id, which this script creates together with table tenants'),
          ('column tenants.app_id', 'table tenants', 'table tenants is missing, which this script creates together with column app_id of table tenants'),
          ('table tenants', 'column tenants.created_at_time', 'table tenants has no column created_at_time, which this script creates together with table tenants'),
          ('column tenants.created_at_time', 'table tenants', 'table tenants is missing, which this script creates together with column created_at_time of table tenants'),
          ('table tenants', 'column tenants.tenant_id', 'table tenants has no column tenant_id, which this script creates together with table tenants'),
          ('column tenants.tenant_id', 'table tenants', 'table tenants is missing, which this script creates together with column tenant_id of table tenants'),
          ('table tenants', 'constraint tenants.tenants_app_id_fkey', 'table tenants has no constraint tenants_app_id_fkey, which this script creates together with table tenants'),
          ('table tenants', 'constraint tenants.tenants_pkey', 'table tenants has no constraint tenants_pkey, which this script creates together with table tenants'),
          ('table tenants', 'table apps', 'table apps is missing, which this script creates before table tenants'),
          ('table key_value', 'column key_value.app_id', 'table key_value has no column app_id, which this script creates together with table key_value'),
          ('column key_value.app_id', 'table key_value', 'table key_value is missing, which this script creates together with column app_id of table key_value'),
          ('table key_value', 'column key_value.created_at_time', 'table key_value has no column created_at_time, which this script creates together with table key_value'),
          ('column key_value.created_at_time', 'table key_value', 'table key_value is missing, which this script creates together with column created_at_time of table key_value'),
          ('table key_value', 'column key_value.name', 'table key_value has no column name, which this script creates together with table key_value'),
          ('column key_value.name', 'table key_value', 'table key_value is missing, which this script creates together with column name of table key_value'),
          ('table key_value', 'column key_value.tenant_id', 'table key_value has no column tenant_id, which this script creates together with table key_value'),
          ('column key_value.tenant_id', 'table key_value', 'table key_value is missing, which this script creates together with column tenant_id of table key_value'),
          ('table key_value', 'column key_value.value', 'table key_value has no column value, which this script creates together with table key_value'),
          ('column key_value.value', 'table key_value', 'table key_value is missing, which this script creates together with column value of table key_value'),
          ('table key_value', 'constraint key_value.key_value_pkey', 'table key_value has no constraint key_value_pkey, which this script creates together with table key_value'),
          ('table key_value', 'constraint key_value.key_value_tenant_id_fkey', 'table key_value has no constraint key_value_tenant_id_fkey, which this script creates together with table key_value'),
          ('table key_value', 'table tenants', 'table tenants is missing, which this script creates before table key_value'),
          ('table key_value', 'index tenants.tenants_app_id_index', 'table tenants has no index tenants_app_id_index, which this script creates before table key_value'),
          ('table session_info', 'column session_info.app_id', 'table session_info has no column app_id, which this script creates together with table session_info'),
          ('column session_info.app_id', 'table session_info', 'table session_info is missing, which this script creates together with column app_id of table session_info'),
          ('table session_info', 'column session_info.created_at_time', 'table session_info has no column created_at_time, which this script creates together with table session_info'),
          ('column session_info.created_at_time', 'table session_info', 'table session_info is missing, which this script creates together with column created_at_time of table session_info'),
          ('table session_info', 'column session_info.expires_at', 'table session_info has no column expires_at, which this script creates together with table session_info'),
          ('column session_info.expires_at', 'table session_info', 'table session_info is missing, which this script creates together with column expires_at of table session_info'),
          ('table session_info', 'column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload, which this script creates together with table session_info'),
          ('column session_info.jwt_user_payload', 'table session_info', 'table session_info is missing, which this script creates together with column jwt_user_payload of table session_info'),
          ('table session_info', 'column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2, which this script creates together with table session_info'),
          ('column session_info.refresh_token_hash_2', 'table session_info', 'table session_info is missing, which this script creates together with column refresh_token_hash_2 of table session_info'),
          ('table session_info', 'column session_info.session_data', 'table session_info has no column session_data, which this script creates together with table session_info'),
          ('column session_info.session_data', 'table session_info', 'table session_info is missing, which this script creates together with column session_data of table session_info'),
          ('table session_info', 'column session_info.session_handle', 'table session_info has no column session_handle, which this script creates together with table session_info'),
          ('column session_info.session_handle', 'table session_info', 'table session_info is missing, which this script creates together with column session_handle of table session_info'),
          ('table session_info', 'column session_info.tenant_id', 'table session_info has no column tenant_id, which this script creates together with table session_info'),
          ('column session_info.tenant_id', 'table session_info', 'table session_info is missing, which this script creates together with column tenant_id of table session_info'),
          ('table session_info', 'column session_info.use_static_key', 'table session_info has no column use_static_key, which this script creates together with table session_info'),
          ('column session_info.use_static_key', 'table session_info', 'table session_info is missing, which this script creates together with column use_static_key of table session_info'),
          ('table session_info', 'column session_info.user_id', 'table session_info has no column user_id, which this script creates together with table session_info'),
          ('column session_info.user_id', 'table session_info', 'table session_info is missing, which this script creates together with column user_id of table session_info'),
          ('table session_info', 'constraint session_info.session_info_pkey', 'table session_info has no constraint session_info_pkey, which this script creates together with table session_info'),
          ('table session_info', 'constraint session_info.session_info_tenant_id_fkey', 'table session_info has no constraint session_info_tenant_id_fkey, which this script creates together with table session_info'),
          ('table session_info', 'table key_value', 'table key_value is missing, which this script creates before table session_info'),
          ('table session_info', 'index key_value.key_value_tenant_id_index', 'table key_value has no index key_value_tenant_id_index, which this script creates before table session_info'),
          ('table app_id_to_user_id', 'column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id, which this script creates together with table app_id_to_user_id'),
          ('column app_id_to_user_id.app_id', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script creates together with column app_id of table app_id_to_user_id'),
          ('table app_id_to_user_id', 'column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id, which this script creates together with table app_id_to_user_id'),
          ('column app_id_to_user_id.recipe_id', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script creates together with column recipe_id of table app_id_to_user_id'),
          ('table app_id_to_user_id', 'column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id, which this script creates together with table app_id_to_user_id'),
          ('column app_id_to_user_id.user_id', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script creates together with column user_id of table app_id_to_user_id'),
          ('table app_id_to_user_id', 'constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_app_id_fkey, which this script creates together with table app_id_to_user_id'),
          ('table app_id_to_user_id', 'constraint app_id_to_user_id.app_id_to_user_id_pkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_pkey, which this script creates together with table app_id_to_user_id'),
          ('table app_id_to_user_id', 'table session_info', 'table session_info is missing, which this script creates before table app_id_to_user_id'),
          ('table app_id_to_user_id', 'index session_info.session_expiry_index', 'table session_info has no index session_expiry_index, which this script creates before table app_id_to_user_id'),
          ('table app_id_to_user_id', 'index session_info.session_info_tenant_id_index', 'table session_info has no index session_info_tenant_id_index, which this script creates before table app_id_to_user_id'),
          ('table emailpassword_users', 'column emailpassword_users.app_id', 'table emailpassword_users has no column app_id, which this script creates together with table emailpassword_users'),
          ('column emailpassword_users.app_id', 'table emailpassword_users', 'table emailpassword_users is missing, which this script creates together with column app_id of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.email', 'table emailpassword_users has no column email, which this script creates together with table emailpassword_users'),
          ('column emailpassword_users.email', 'table emailpassword_users', 'table emailpassword_users is missing, which this script creates together with column email of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash, which this script creates together with table emailpassword_users'),
          ('column emailpassword_users.password_hash', 'table emailpassword_users', 'table emailpassword_users is missing, which this script creates together with column password_hash of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined, which this script creates together with table emailpassword_users'),
          ('column emailpassword_users.time_joined', 'table emailpassword_users', 'table emailpassword_users is missing, which this script creates together with column time_joined of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id, which this script creates together with table emailpassword_users'),
          ('column emailpassword_users.user_id', 'table emailpassword_users', 'table emailpassword_users is missing, which this script creates together with column user_id of table emailpassword_users'),
          ('table emailpassword_users', 'constraint emailpassword_users.emailpassword_users_pkey', 'table emailpassword_users has no constraint emailpassword_users_pkey, which this script creates together with table emailpassword_users'),
          ('table emailpassword_users', 'constraint emailpassword_users.emailpassword_users_user_id_fkey', 'table emailpassword_users has no constraint emailpassword_users_user_id_fkey, which this script creates together with table emailpassword_users'),
          ('table emailpassword_users', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script creates before table emailpassword_users'),
          ('table emailpassword_users', 'index app_id_to_user_id.app_id_to_user_id_app_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_app_id_index, which this script creates before table emailpassword_users'),
          ('table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens has no column app_id, which this script creates together with table emailpassword_pswd_reset_tokens'),
          ('column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script creates together with column app_id of table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token, which this script creates together with table emailpassword_pswd_reset_tokens'),
          ('column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script creates together with column token of table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry, which this script creates together with table emailpassword_pswd_reset_tokens'),
          ('column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script creates together with column token_expiry of table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id, which this script creates together with table emailpassword_pswd_reset_tokens'),
          ('column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script creates together with column user_id of table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_pkey, which this script creates together with table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_token_key, which this script creates together with table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_user_id_fkey, which this script creates together with table emailpassword_pswd_reset_tokens'),
          ('table emailpassword_pswd_reset_tokens', 'table emailpassword_users', 'table emailpassword_users is missing, which this script creates before table emailpassword_pswd_reset_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.app_id', 'table emailverification_tokens has no column app_id, which this script creates together with table emailverification_tokens'),
          ('column emailverification_tokens.app_id', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script creates together with column app_id of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.email', 'table emailverification_tokens has no column email, which this script creates together with table emailverification_tokens'),
          ('column emailverification_tokens.email', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script creates together with column email of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.tenant_id', 'table emailverification_tokens has no column tenant_id, which this script creates together with table emailverification_tokens'),
          ('column emailverification_tokens.tenant_id', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script creates together with column tenant_id of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.token', 'table emailverification_tokens has no column token, which this script creates together with table emailverification_tokens'),
          ('column emailverification_tokens.token', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script creates together with column token of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry, which this script creates together with table emailverification_tokens'),
          ('column emailverification_tokens.token_expiry', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script creates together with column token_expiry of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id, which this script creates together with table emailverification_tokens'),
          ('column emailverification_tokens.user_id', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script creates together with column user_id of table emailverification_tokens'),
          ('table emailverification_tokens', 'constraint emailverification_tokens.emailverification_tokens_pkey', 'table emailverification_tokens has no constraint emailverification_tokens_pkey, which this script creates together with table emailverification_tokens'),
          ('table emailverification_tokens', 'constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'table emailverification_tokens has no constraint emailverification_tokens_tenant_id_fkey, which this script creates together with table emailverification_tokens'),
          ('table emailverification_tokens', 'constraint emailverification_tokens.emailverification_tokens_token_key', 'table emailverification_tokens has no constraint emailverification_tokens_token_key, which this script creates together with table emailverification_tokens'),
          ('table emailverification_tokens', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script creates before table emailverification_tokens'),
          ('table emailverification_tokens', 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index, which this script creates before table emailverification_tokens'),
          ('table emailverification_tokens', 'index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_pswd_reset_tokens_user_id_index, which this script creates before table emailverification_tokens'),
          ('table emailverification_verified_emails', 'column emailverification_verified_emails.app_id', 'table emailverification_verified_emails has no column app_id, which this script creates together with table emailverification_verified_emails'),
          ('column emailverification_verified_emails.app_id', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script creates together with column app_id of table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email, which this script creates together with table emailverification_verified_emails'),
          ('column emailverification_verified_emails.email', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script creates together with column email of table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id, which this script creates together with table emailverification_verified_emails'),
          ('column emailverification_verified_emails.user_id', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script creates together with column user_id of table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_app_id_fkey, which this script creates together with table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_pkey, which this script creates together with table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script creates before table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index, which this script creates before table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'index emailverification_tokens.emailverification_tokens_tenant_id_index', 'table emailverification_tokens has no index emailverification_tokens_tenant_id_index, which this script creates before table emailverification_verified_emails'),
          ('table thirdparty_users', 'column thirdparty_users.app_id', 'table thirdparty_users has no column app_id, which this script creates together with table thirdparty_users'),
          ('column thirdparty_users.app_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script creates together with column app_id of table thirdparty_users'),
          ('table thirdparty_users', 'column thirdparty_users.email', 'table thirdparty_users has no column email, which this script creates together with table thirdparty_users'),
          ('column thirdparty_users.email', 'table thirdparty_users', 'table thirdparty_users is missing, which this script creates together with column email of table thirdparty_users'),
          ('table thirdparty_users', 'column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id, which this script creates together with table thirdparty_users'),
          ('column thirdparty_users.third_party_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script creates together with column third_party_id of table thirdparty_users'),
          ('table thirdparty_users', 'column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id, which this script creates together with table thirdparty_users'),
          ('column thirdparty_users.third_party_user_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script creates together with column third_party_user_id of table thirdparty_users'),
          ('table thirdparty_users', 'column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined, which this script creates together with table thirdparty_users'),
          ('column thirdparty_users.time_joined', 'table thirdparty_users', 'table thirdparty_users is missing, which this script creates together with column time_joined of table thirdparty_users'),
          ('table thirdparty_users', 'column thirdparty_users.user_id', 'table thirdparty_users has no column user_id, which this script creates together with table thirdparty_users'),
          ('column thirdparty_users.user_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script creates together with column user_id of table thirdparty_users'),
          ('table thirdparty_users', 'constraint thirdparty_users.thirdparty_users_pkey', 'table thirdparty_users has no constraint thirdparty_users_pkey, which this script creates together with table thirdparty_users'),
          ('table thirdparty_users', 'constraint thirdparty_users.thirdparty_users_user_id_fkey', 'table thirdparty_users has no constraint thirdparty_users_user_id_fkey, which this script creates together with table thirdparty_users'),
          ('table thirdparty_users', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script creates before table thirdparty_users'),
          ('table thirdparty_users', 'index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'table emailverification_verified_emails has no index emailverification_verified_emails_app_id_index, which this script creates before table thirdparty_users'),
          ('table all_auth_recipe_users', 'column all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no column app_id, which this script creates together with table all_auth_recipe_users'),
          ('column all_auth_recipe_users.app_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script creates together with column app_id of table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id, which this script creates together with table all_auth_recipe_users'),
          ('column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script creates together with column recipe_id of table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id, which this script creates together with table all_auth_recipe_users'),
          ('column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script creates together with column tenant_id of table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined, which this script creates together with table all_auth_recipe_users'),
          ('column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script creates together with column time_joined of table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id, which this script creates together with table all_auth_recipe_users'),
          ('column all_auth_recipe_users.user_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script creates together with column user_id of table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_pkey, which this script creates together with table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_tenant_id_fkey, which this script creates together with table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_user_id_fkey, which this script creates together with table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'table thirdparty_users', 'table thirdparty_users is missing, which this script creates before table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'table thirdparty_users has no index thirdparty_users_thirdparty_user_id_index, which this script creates before table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'index thirdparty_users.thirdparty_users_email_index', 'table thirdparty_users has no index thirdparty_users_email_index, which this script creates before table all_auth_recipe_users'),
          ('table jwt_signing_keys', 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm, which this script creates together with table jwt_signing_keys'),
          ('column jwt_signing_keys.algorithm', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script creates together with column algorithm of table jwt_signing_keys'),
          ('table jwt_signing_keys', 'column jwt_signing_keys.app_id', 'table jwt_signing_keys has no column app_id, which this script creates together with table jwt_signing_keys'),
          ('column jwt_signing_keys.app_id', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script creates together with column app_id of table jwt_signing_keys'),
          ('table jwt_signing_keys', 'column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at, which this script creates together with table jwt_signing_keys'),
          ('column jwt_signing_keys.created_at', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script creates together with column created_at of table jwt_signing_keys'),
          ('table jwt_signing_keys', 'column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id, which this script creates together with table jwt_signing_keys'),
          ('column jwt_signing_keys.key_id', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script creates together with column key_id of table jwt_signing_keys'),
          ('table jwt_signing_keys', 'column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string, which this script creates together with table jwt_signing_keys'),
          ('column jwt_signing_keys.key_string', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script creates together with column key_string of table jwt_signing_keys'),
          ('table jwt_signing_keys', 'constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_app_id_fkey, which this script creates together with table jwt_signing_keys'),
          ('table jwt_signing_keys', 'constraint jwt_signing_keys.jwt_signing_keys_pkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_pkey, which this script creates together with table jwt_signing_keys'),
          ('table jwt_signing_keys', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script creates before table jwt_signing_keys'),
          ('table jwt_signing_keys', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index, which this script creates before table jwt_signing_keys'),
          ('table jwt_signing_keys', 'index all_auth_recipe_users.all_auth_recipe_user_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_user_id_index, which this script creates before table jwt_signing_keys'),
          ('table jwt_signing_keys', 'index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_tenant_id_index, which this script creates before table jwt_signing_keys'),
          ('table session_access_token_signing_keys', 'column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys has no column app_id, which this script creates together with table session_access_token_signing_keys'),
          ('column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script creates together with column app_id of table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time, which this script creates together with table session_access_token_signing_keys'),
          ('column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script creates together with column created_at_time of table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value, which this script creates together with table session_access_token_signing_keys'),
          ('column session_access_token_signing_keys.value', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script creates together with column value of table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_app_id_fkey, which this script creates together with table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_pkey, which this script creates together with table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script creates before table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'index jwt_signing_keys.jwt_signing_keys_app_id_index', 'table jwt_signing_keys has no index jwt_signing_keys_app_id_index, which this script creates before table session_access_token_signing_keys'),
          ('table passwordless_users', 'column passwordless_users.app_id', 'table passwordless_users has no column app_id, which this script creates together with table passwordless_users'),
          ('column passwordless_users.app_id', 'table passwordless_users', 'table passwordless_users is missing, which this script creates together with column app_id of table passwordless_users'),
          ('table passwordless_users', 'column passwordless_users.email', 'table passwordless_users has no column email, which this script creates together with table passwordless_users'),
          ('column passwordless_users.email', 'table passwordless_users', 'table passwordless_users is missing, which this script creates together with column email of table passwordless_users'),
          ('table passwordless_users', 'column passwordless_users.phone_number', 'table passwordless_users has no column phone_number, which this script creates together with table passwordless_users'),
          ('column passwordless_users.phone_number', 'table passwordless_users', 'table passwordless_users is missing, which this script creates together with column phone_number of table passwordless_users'),
          ('table passwordless_users', 'column passwordless_users.time_joined', 'table passwordless_users has no column time_joined, which this script creates together with table passwordless_users'),
          ('column passwordless_users.time_joined', 'table passwordless_users', 'table passwordless_users is missing, which this script creates together with column time_joined of table passwordless_users'),
          ('table passwordless_users', 'column passwordless_users.user_id', 'table passwordless_users has no column user_id, which this script creates together with table passwordless_users'),
          ('column passwordless_users.user_id', 'table passwordless_users', 'table passwordless_users is missing, which this script creates together with column user_id of table passwordless_users'),
          ('table passwordless_users', 'constraint passwordless_users.passwordless_users_pkey', 'table passwordless_users has no constraint passwordless_users_pkey, which this script creates together with table passwordless_users'),
          ('table passwordless_users', 'constraint passwordless_users.passwordless_users_user_id_fkey', 'table passwordless_users has no constraint passwordless_users_user_id_fkey, which this script creates together with table passwordless_users'),
          ('table passwordless_users', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script creates before table passwordless_users'),
          ('table passwordless_users', 'index session_access_token_signing_keys.access_token_signing_keys_app_id_index', 'table session_access_token_signing_keys has no index access_token_signing_keys_app_id_index, which this script creates before table passwordless_users'),
          ('table passwordless_devices', 'column passwordless_devices.app_id', 'table passwordless_devices has no column app_id, which this script creates together with table passwordless_devices'),
          ('column passwordless_devices.app_id', 'table passwordless_devices', 'table passwordless_devices is missing, which this script creates together with column app_id of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash, which this script creates together with table passwordless_devices'),
          ('column passwordless_devices.device_id_hash', 'table passwordless_devices', 'table passwordless_devices is missing, which this script creates together with column device_id_hash of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.email', 'table passwordless_devices has no column email, which this script creates together with table passwordless_devices'),
          ('column passwordless_devices.email', 'table passwordless_devices', 'table passwordless_devices is missing, which this script creates together with column email of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts, which this script creates together with table passwordless_devices'),
          ('column passwordless_devices.failed_attempts', 'table passwordless_devices', 'table passwordless_devices is missing, which this script creates together with column failed_attempts of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt, which this script creates together with table passwordless_devices'),
          ('column passwordless_devices.link_code_salt', 'table passwordless_devices', 'table passwordless_devices is missing, which this script creates together with column link_code_salt of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number, which this script creates together with table passwordless_devices'),
          ('column passwordless_devices.phone_number', 'table passwordless_devices', 'table passwordless_devices is missing, which this script creates together with column phone_number of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.tenant_id', 'table passwordless_devices has no column tenant_id, which this script creates together with table passwordless_devices'),
          ('column passwordless_devices.tenant_id', 'table passwordless_devices', 'table passwordless_devices is missing, which this script creates together with column tenant_id of table passwordless_devices'),
          ('table passwordless_devices', 'constraint passwordless_devices.passwordless_devices_pkey', 'table passwordless_devices has no constraint passwordless_devices_pkey, which this script creates together with table passwordless_devices'),
          ('table passwordless_devices', 'constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'table passwordless_devices has no constraint passwordless_devices_tenant_id_fkey, which this script creates together with table passwordless_devices'),
          ('table passwordless_devices', 'table passwordless_users', 'table passwordless_users is missing, which this script creates before table passwordless_devices'),
          ('table passwordless_codes', 'column passwordless_codes.app_id', 'table passwordless_codes has no column app_id, which this script creates together with table passwordless_codes'),
          ('column passwordless_codes.app_id', 'table passwordless_codes', 'table passwordless_codes is missing, which this script creates together with column app_id of table passwordless_codes'),
          ('table passwordless_codes', 'column passwordless_codes.code_id', 'table passwordless_codes has no column code_id, which this script creates together with table passwordless_codes'),
          ('column passwordless_codes.code_id', 'table passwordless_codes', 'table passwordless_codes is missing, which this script creates together with column code_id of table passwordless_codes'),
          ('table passwordless_codes', 'column passwordless_codes.created_at', 'table passwordless_codes has no column created_at, which this script creates together with table passwordless_codes'),
          ('column passwordless_codes.created_at', 'table passwordless_codes', 'table passwordless_codes is missing, which this script creates together with column created_at of table passwordless_codes'),
          ('table passwordless_codes', 'column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash, which this script creates together with table passwordless_codes'),
          ('column passwordless_codes.device_id_hash', 'table passwordless_codes', 'table passwordless_codes is missing, which this script creates together with column device_id_hash of table passwordless_codes'),
          ('table passwordless_codes', 'column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash, which this script creates together with table passwordless_codes'),
          ('column passwordless_codes.link_code_hash', 'table passwordless_codes', 'table passwordless_codes is missing, which this script creates together with column link_code_hash of table passwordless_codes'),
          ('table passwordless_codes', 'column passwordless_codes.tenant_id', 'table passwordless_codes has no column tenant_id, which this script creates together with table passwordless_codes'),
          ('column passwordless_codes.tenant_id', 'table passwordless_codes', 'table passwordless_codes is missing, which this script creates together with column tenant_id of table passwordless_codes'),
          ('table passwordless_codes', 'constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'table passwordless_codes has no constraint passwordless_codes_device_id_hash_fkey, which this script creates together with table passwordless_codes'),
          ('table passwordless_codes', 'constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'table passwordless_codes has no constraint passwordless_codes_link_code_hash_key, which this script creates together with table passwordless_codes'),
          ('table passwordless_codes', 'constraint passwordless_codes.passwordless_codes_pkey', 'table passwordless_codes has no constraint passwordless_codes_pkey, which this script creates together with table passwordless_codes'),
          ('table passwordless_codes', 'table passwordless_devices', 'table passwordless_devices is missing, which this script creates before table passwordless_codes'),
          ('table passwordless_codes', 'index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index, which this script creates before table passwordless_codes'),
          ('table passwordless_codes', 'index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index, which this script creates before table passwordless_codes'),
          ('table passwordless_codes', 'index passwordless_devices.passwordless_devices_tenant_id_index', 'table passwordless_devices has no index passwordless_devices_tenant_id_index, which this script creates before table passwordless_codes'),
          ('table user_metadata', 'column user_metadata.app_id', 'table user_metadata has no column app_id, which this script creates together with table user_metadata'),
          ('column user_metadata.app_id', 'table user_metadata', 'table user_metadata is missing, which this script creates together with column app_id of table user_metadata'),
          ('table user_metadata', 'column user_metadata.user_id', 'table user_metadata has no column user_id, which this script creates together with table user_metadata'),
          ('column user_metadata.user_id', 'table user_metadata', 'table user_metadata is missing, which this script creates together with column user_id of table user_metadata'),
          ('table user_metadata', 'column user_metadata.user_metadata', 'table user_metadata has no column user_metadata, which this script creates together with table user_metadata'),
          ('column user_metadata.user_metadata', 'table user_metadata', 'table user_metadata is missing, which this script creates together with column user_metadata of table user_metadata'),
          ('table user_metadata', 'constraint user_metadata.user_metadata_app_id_fkey', 'table user_metadata has no constraint user_metadata_app_id_fkey, which this script creates together with table user_metadata'),
          ('table user_metadata', 'constraint user_metadata.user_metadata_pkey', 'table user_metadata has no constraint user_metadata_pkey, which this script creates together with table user_metadata'),
          ('table user_metadata', 'table passwordless_codes', 'table passwordless_codes is missing, which this script creates before table user_metadata'),
          ('table user_metadata', 'index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index, which this script creates before table user_metadata'),
          ('table user_metadata', 'index passwordless_codes.passwordless_codes_device_id_hash_index', 'table passwordless_codes has no index passwordless_codes_device_id_hash_index, which this script creates before table user_metadata'),
          ('table roles', 'column roles.app_id', 'table roles has no column app_id, which this script creates together with table roles'),
          ('column roles.app_id', 'table roles', 'table roles is missing, which this script creates together with column app_id of table roles'),
          ('table roles', 'column roles.role', 'table roles has no column role, which this script creates together with table roles'),
          ('column roles.role', 'table roles', 'table roles is missing, which this script creates together with column role of table roles'),
          ('table roles', 'constraint roles.roles_app_id_fkey', 'table roles has no constraint roles_app_id_fkey, which this script creates together with table roles'),
          ('table roles', 'constraint roles.roles_pkey', 'table roles has no constraint roles_pkey, which this script creates together with table roles'),
          ('table roles', 'table user_metadata', 'table user_metadata is missing, which this script creates before table roles'),
          ('table roles', 'index user_metadata.user_metadata_app_id_index', 'table user_metadata has no index user_metadata_app_id_index, which this script creates before table roles'),
          ('table role_permissions', 'column role_permissions.app_id', 'table role_permissions has no column app_id, which this script creates together with table role_permissions'),
          ('column role_permissions.app_id', 'table role_permissions', 'table role_permissions is missing, which this script creates together with column app_id of table role_permissions'),
          ('table role_permissions', 'column role_permissions.permission', 'table role_permissions has no column permission, which this script creates together with table role_permissions'),
          ('column role_permissions.permission', 'table role_permissions', 'table role_permissions is missing, which this script creates together with column permission of table role_permissions'),
          ('table role_permissions', 'column role_permissions.role', 'table role_permissions has no column role, which this script creates together with table role_permissions'),
          ('column role_permissions.role', 'table role_permissions', 'table role_permissions is missing, which this script creates together with column role of table role_permissions'),
          ('table role_permissions', 'constraint role_permissions.role_permissions_pkey', 'table role_permissions has no constraint role_permissions_pkey, which this script creates together with table role_permissions'),
          ('table role_permissions', 'constraint role_permissions.role_permissions_role_fkey', 'table role_permissions has no constraint role_permissions_role_fkey, which this script creates together with table role_permissions'),
          ('table role_permissions', 'table roles', 'table roles is missing, which this script creates before table role_permissions'),
          ('table role_permissions', 'index roles.roles_app_id_index', 'table roles has no index roles_app_id_index, which this script creates before table role_permissions'),
          ('table user_roles', 'column user_roles.app_id', 'table user_roles has no column app_id, which this script creates together with table user_roles'),
          ('column user_roles.app_id', 'table user_roles', 'table user_roles is missing, which this script creates together with column app_id of table user_roles'),
          ('table user_roles', 'column user_roles.role', 'table user_roles has no column role, which this script creates together with table user_roles'),
          ('column user_roles.role', 'table user_roles', 'table user_roles is missing, which this script creates together with column role of table user_roles'),
          ('table user_roles', 'column user_roles.tenant_id', 'table user_roles has no column tenant_id, which this script creates together with table user_roles'),
          ('column user_roles.tenant_id', 'table user_roles', 'table user_roles is missing, which this script creates together with column tenant_id of table user_roles'),
          ('table user_roles', 'column user_roles.user_id', 'table user_roles has no column user_id, which this script creates together with table user_roles'),
          ('column user_roles.user_id', 'table user_roles', 'table user_roles is missing, which this script creates together with column user_id of table user_roles'),
          ('table user_roles', 'constraint user_roles.user_roles_pkey', 'table user_roles has no constraint user_roles_pkey, which this script creates together with table user_roles'),
          ('table user_roles', 'constraint user_roles.user_roles_role_fkey', 'table user_roles has no constraint user_roles_role_fkey, which this script creates together with table user_roles'),
          ('table user_roles', 'constraint user_roles.user_roles_tenant_id_fkey', 'table user_roles has no constraint user_roles_tenant_id_fkey, which this script creates together with table user_roles'),
          ('table user_roles', 'table role_permissions', 'table role_permissions is missing, which this script creates before table user_roles'),
          ('table user_roles', 'index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index, which this script creates before table user_roles'),
          ('table user_roles', 'index role_permissions.role_permissions_role_index', 'table role_permissions has no index role_permissions_role_index, which this script creates before table user_roles'),
          ('table userid_mapping', 'column userid_mapping.app_id', 'table userid_mapping has no column app_id, which this script creates together with table userid_mapping'),
          ('column userid_mapping.app_id', 'table userid_mapping', 'table userid_mapping is missing, which this script creates together with column app_id of table userid_mapping'),
          ('table userid_mapping', 'column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id, which this script creates together with table userid_mapping'),
          ('column userid_mapping.external_user_id', 'table userid_mapping', 'table userid_mapping is missing, which this script creates together with column external_user_id of table userid_mapping'),
          ('table userid_mapping', 'column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info, which this script creates together with table userid_mapping'),
          ('column userid_mapping.external_user_id_info', 'table userid_mapping', 'table userid_mapping is missing, which this script creates together with column external_user_id_info of table userid_mapping'),
          ('table userid_mapping', 'column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id, which this script creates together with table userid_mapping'),
          ('column userid_mapping.supertokens_user_id', 'table userid_mapping', 'table userid_mapping is missing, which this script creates together with column supertokens_user_id of table userid_mapping'),
          ('table userid_mapping', 'constraint userid_mapping.userid_mapping_external_user_id_key', 'table userid_mapping has no constraint userid_mapping_external_user_id_key, which this script creates together with table userid_mapping'),
          ('table userid_mapping', 'constraint userid_mapping.userid_mapping_pkey', 'table userid_mapping has no constraint userid_mapping_pkey, which this script creates together with table userid_mapping'),
          ('table userid_mapping', 'constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_fkey, which this script creates together with table userid_mapping'),
          ('table userid_mapping', 'constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_key, which this script creates together with table userid_mapping'),
          ('table userid_mapping', 'table user_roles', 'table user_roles is missing, which this script creates before table userid_mapping'),
          ('table userid_mapping', 'index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index, which this script creates before table userid_mapping'),
          ('table userid_mapping', 'index user_roles.user_roles_tenant_id_index', 'table user_roles has no index user_roles_tenant_id_index, which this script creates before table userid_mapping'),
          ('table userid_mapping', 'index user_roles.user_roles_app_id_role_index', 'table user_roles has no index user_roles_app_id_role_index, which this script creates before table userid_mapping'),
          ('table dashboard_users', 'column dashboard_users.app_id', 'table dashboard_users has no column app_id, which this script creates together with table dashboard_users'),
          ('column dashboard_users.app_id', 'table dashboard_users', 'table dashboard_users is missing, which this script creates together with column app_id of table dashboard_users'),
          ('table dashboard_users', 'column dashboard_users.email', 'table dashboard_users has no column email, which this script creates together with table dashboard_users'),
          ('column dashboard_users.email', 'table dashboard_users', 'table dashboard_users is missing, which this script creates together with column email of table dashboard_users'),
          ('table dashboard_users', 'column dashboard_users.password_hash', 'table dashboard_users has no column password_hash, which this script creates together with table dashboard_users'),
          ('column dashboard_users.password_hash', 'table dashboard_users', 'table dashboard_users is missing, which this script creates together with column password_hash of table dashboard_users'),
          ('table dashboard_users', 'column dashboard_users.time_joined', 'table dashboard_users has no column time_joined, which this script creates together with table dashboard_users'),
          ('column dashboard_users.time_joined', 'table dashboard_users', 'table dashboard_users is missing, which this script creates together with column time_joined of table dashboard_users'),
          ('table dashboard_users', 'column dashboard_users.user_id', 'table dashboard_users has no column user_id, which this script creates together with table dashboard_users'),
          ('column dashboard_users.user_id', 'table dashboard_users', 'table dashboard_users is missing, which this script creates together with column user_id of table dashboard_users'),
          ('table dashboard_users', 'constraint dashboard_users.dashboard_users_app_id_fkey', 'table dashboard_users has no constraint dashboard_users_app_id_fkey, which this script creates together with table dashboard_users'),
          ('table dashboard_users', 'constraint dashboard_users.dashboard_users_email_key', 'table dashboard_users has no constraint dashboard_users_email_key, which this script creates together with table dashboard_users'),
          ('table dashboard_users', 'constraint dashboard_users.dashboard_users_pkey', 'table dashboard_users has no constraint dashboard_users_pkey, which this script creates together with table dashboard_users'),
          ('table dashboard_users', 'table userid_mapping', 'table userid_mapping is missing, which this script creates before table dashboard_users'),
          ('table dashboard_users', 'index userid_mapping.userid_mapping_supertokens_user_id_index', 'table userid_mapping has no index userid_mapping_supertokens_user_id_index, which this script creates before table dashboard_users'),
          ('table dashboard_user_sessions', 'column dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no column app_id, which this script creates together with table dashboard_user_sessions'),
          ('column dashboard_user_sessions.app_id', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script creates together with column app_id of table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry, which this script creates together with table dashboard_user_sessions'),
          ('column dashboard_user_sessions.expiry', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script creates together with column expiry of table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id, which this script creates together with table dashboard_user_sessions'),
          ('column dashboard_user_sessions.session_id', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script creates together with column session_id of table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created, which this script creates together with table dashboard_user_sessions'),
          ('column dashboard_user_sessions.time_created', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script creates together with column time_created of table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id, which this script creates together with table dashboard_user_sessions'),
          ('column dashboard_user_sessions.user_id', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script creates together with column user_id of table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_pkey, which this script creates together with table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_user_id_fkey, which this script creates together with table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'table dashboard_users', 'table dashboard_users is missing, which this script creates before table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'index dashboard_users.dashboard_users_app_id_index', 'table dashboard_users has no index dashboard_users_app_id_index, which this script creates before table dashboard_user_sessions'),
          ('table totp_users', 'column totp_users.app_id', 'table totp_users has no column app_id, which this script creates together with table totp_users'),
          ('column totp_users.app_id', 'table totp_users', 'table totp_users is missing, which this script creates together with column app_id of table totp_users'),
          ('table totp_users', 'column totp_users.user_id', 'table totp_users has no column user_id, which this script creates together with table totp_users'),
          ('column totp_users.user_id', 'table totp_users', 'table totp_users is missing, which this script creates together with column user_id of table totp_users'),
          ('table totp_users', 'constraint totp_users.totp_users_app_id_fkey', 'table totp_users has no constraint totp_users_app_id_fkey, which this script creates together with table totp_users'),
          ('table totp_users', 'constraint totp_users.totp_users_pkey', 'table totp_users has no constraint totp_users_pkey, which this script creates together with table totp_users'),
          ('table totp_users', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script creates before table totp_users'),
          ('table totp_users', 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index, which this script creates before table totp_users'),
          ('table totp_users', 'index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_user_id_index, which this script creates before table totp_users'),
          ('table totp_user_devices', 'column totp_user_devices.app_id', 'table totp_user_devices has no column app_id, which this script creates together with table totp_user_devices'),
          ('column totp_user_devices.app_id', 'table totp_user_devices', 'table totp_user_devices is missing, which this script creates together with column app_id of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.device_name', 'table totp_user_devices has no column device_name, which this script creates together with table totp_user_devices'),
          ('column totp_user_devices.device_name', 'table totp_user_devices', 'table totp_user_devices is missing, which this script creates together with column device_name of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.period', 'table totp_user_devices has no column period, which this script creates together with table totp_user_devices'),
          ('column totp_user_devices.period', 'table totp_user_devices', 'table totp_user_devices is missing, which this script creates together with column period of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key, which this script creates together with table totp_user_devices'),
          ('column totp_user_devices.secret_key', 'table totp_user_devices', 'table totp_user_devices is missing, which this script creates together with column secret_key of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.skew', 'table totp_user_devices has no column skew, which this script creates together with table totp_user_devices'),
          ('column totp_user_devices.skew', 'table totp_user_devices', 'table totp_user_devices is missing, which this script creates together with column skew of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.user_id', 'table totp_user_devices has no column user_id, which this script creates together with table totp_user_devices'),
          ('column totp_user_devices.user_id', 'table totp_user_devices', 'table totp_user_devices is missing, which this script creates together with column user_id of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.verified', 'table totp_user_devices has no column verified, which this script creates together with table totp_user_devices'),
          ('column totp_user_devices.verified', 'table totp_user_devices', 'table totp_user_devices is missing, which this script creates together with column verified of table totp_user_devices'),
          ('table totp_user_devices', 'constraint totp_user_devices.totp_user_devices_pkey', 'table totp_user_devices has no constraint totp_user_devices_pkey, which this script creates together with table totp_user_devices'),
          ('table totp_user_devices', 'constraint totp_user_devices.totp_user_devices_user_id_fkey', 'table totp_user_devices has no constraint totp_user_devices_user_id_fkey, which this script creates together with table totp_user_devices'),
          ('table totp_user_devices', 'table totp_users', 'table totp_users is missing, which this script creates before table totp_user_devices'),
          ('table totp_user_devices', 'index totp_users.totp_users_app_id_index', 'table totp_users has no index totp_users_app_id_index, which this script creates before table totp_user_devices'),
          ('table totp_used_codes', 'column totp_used_codes.app_id', 'table totp_used_codes has no column app_id, which this script creates together with table totp_used_codes'),
          ('column totp_used_codes.app_id', 'table totp_used_codes', 'table totp_used_codes is missing, which this script creates together with column app_id of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.code', 'table totp_used_codes has no column code, which this script creates together with table totp_used_codes'),
          ('column totp_used_codes.code', 'table totp_used_codes', 'table totp_used_codes is missing, which this script creates together with column code of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms, which this script creates together with table totp_used_codes'),
          ('column totp_used_codes.created_time_ms', 'table totp_used_codes', 'table totp_used_codes is missing, which this script creates together with column created_time_ms of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms, which this script creates together with table totp_used_codes'),
          ('column totp_used_codes.expiry_time_ms', 'table totp_used_codes', 'table totp_used_codes is missing, which this script creates together with column expiry_time_ms of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid, which this script creates together with table totp_used_codes'),
          ('column totp_used_codes.is_valid', 'table totp_used_codes', 'table totp_used_codes is missing, which this script creates together with column is_valid of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.tenant_id', 'table totp_used_codes has no column tenant_id, which this script creates together with table totp_used_codes'),
          ('column totp_used_codes.tenant_id', 'table totp_used_codes', 'table totp_used_codes is missing, which this script creates together with column tenant_id of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.user_id', 'table totp_used_codes has no column user_id, which this script creates together with table totp_used_codes'),
          ('column totp_used_codes.user_id', 'table totp_used_codes', 'table totp_used_codes is missing, which this script creates together with column user_id of table totp_used_codes'),
          ('table totp_used_codes', 'constraint totp_used_codes.totp_used_codes_pkey', 'table totp_used_codes has no constraint totp_used_codes_pkey, which this script creates together with table totp_used_codes'),
          ('table totp_used_codes', 'constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_tenant_id_fkey, which this script creates together with table totp_used_codes'),
          ('table totp_used_codes', 'constraint totp_used_codes.totp_used_codes_user_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_user_id_fkey, which this script creates together with table totp_used_codes'),
          ('table totp_used_codes', 'table totp_user_devices', 'table totp_user_devices is missing, which this script creates before table totp_used_codes'),
          ('table totp_used_codes', 'index totp_user_devices.totp_user_devices_user_id_index', 'table totp_user_devices has no index totp_user_devices_user_id_index, which this script creates before table totp_used_codes'),
          ('table user_last_active', 'column user_last_active.app_id', 'table user_last_active has no column app_id, which this script creates together with table user_last_active'),
          ('column user_last_active.app_id', 'table user_last_active', 'table user_last_active is missing, which this script creates together with column app_id of table user_last_active'),
          ('table user_last_active', 'column user_last_active.last_active_time', 'table user_last_active has no column last_active_time, which this script creates together with table user_last_active'),
          ('column user_last_active.last_active_time', 'table user_last_active', 'table user_last_active is missing, which this script creates together with column last_active_time of table user_last_active'),
          ('table user_last_active', 'column user_last_active.user_id', 'table user_last_active has no column user_id, which this script creates together with table user_last_active'),
          ('column user_last_active.user_id', 'table user_last_active', 'table user_last_active is missing, which this script creates together with column user_id of table user_last_active'),
          ('table user_last_active', 'constraint user_last_active.user_last_active_app_id_fkey', 'table user_last_active has no constraint user_last_active_app_id_fkey, which this script creates together with table user_last_active'),
          ('table user_last_active', 'constraint user_last_active.user_last_active_pkey', 'table user_last_active has no constraint user_last_active_pkey, which this script creates together with table user_last_active'),
          ('table user_last_active', 'table totp_used_codes', 'table totp_used_codes is missing, which this script creates before table user_last_active'),
          ('table user_last_active', 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index, which this script creates before table user_last_active'),
          ('table user_last_active', 'index totp_used_codes.totp_used_codes_user_id_index', 'table totp_used_codes has no index totp_used_codes_user_id_index, which this script creates before table user_last_active'),
          ('table user_last_active', 'index totp_used_codes.totp_used_codes_tenant_id_index', 'table totp_used_codes has no index totp_used_codes_tenant_id_index, which this script creates before table user_last_active'),
          ('table tenant_configs', 'column tenant_configs.app_id', 'table tenant_configs has no column app_id, which this script creates together with table tenant_configs'),
          ('column tenant_configs.app_id', 'table tenant_configs', 'table tenant_configs is missing, which this script creates together with column app_id of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.connection_uri_domain', 'table tenant_configs has no column connection_uri_domain, which this script creates together with table tenant_configs'),
          ('column tenant_configs.connection_uri_domain', 'table tenant_configs', 'table tenant_configs is missing, which this script creates together with column connection_uri_domain of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.core_config', 'table tenant_configs has no column core_config, which this script creates together with table tenant_configs'),
          ('column tenant_configs.core_config', 'table tenant_configs', 'table tenant_configs is missing, which this script creates together with column core_config of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.email_password_enabled', 'table tenant_configs has no column email_password_enabled, which this script creates together with table tenant_configs'),
          ('column tenant_configs.email_password_enabled', 'table tenant_configs', 'table tenant_configs is missing, which this script creates together with column email_password_enabled of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.passwordless_enabled', 'table tenant_configs has no column passwordless_enabled, which this script creates together with table tenant_configs'),
          ('column tenant_configs.passwordless_enabled', 'table tenant_configs', 'table tenant_configs is missing, which this script creates together with column passwordless_enabled of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.tenant_id', 'table tenant_configs has no column tenant_id, which this script creates together with table tenant_configs'),
          ('column tenant_configs.tenant_id', 'table tenant_configs', 'table tenant_configs is missing, which this script creates together with column tenant_id of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.third_party_enabled', 'table tenant_configs has no column third_party_enabled, which this script creates together with table tenant_configs'),
          ('column tenant_configs.third_party_enabled', 'table tenant_configs', 'table tenant_configs is missing, which this script creates together with column third_party_enabled of table tenant_configs'),
          ('table tenant_configs', 'constraint tenant_configs.tenant_configs_pkey', 'table tenant_configs has no constraint tenant_configs_pkey, which this script creates together with table tenant_configs'),
          ('table tenant_configs', 'table user_last_active', 'table user_last_active is missing, which this script creates before table tenant_configs'),
          ('table tenant_configs', 'index user_last_active.user_last_active_app_id_index', 'table user_last_active has no index user_last_active_app_id_index, which this script creates before table tenant_configs'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers has no column app_id, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column app_id of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers has no column authorization_endpoint, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column authorization_endpoint of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers has no column authorization_endpoint_query_params, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column authorization_endpoint_query_params of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers has no column connection_uri_domain, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column connection_uri_domain of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers has no column jwks_uri, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column jwks_uri of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers has no column name, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column name of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers has no column oidc_discovery_endpoint, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column oidc_discovery_endpoint of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers has no column require_email, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column require_email of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers has no column tenant_id, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column tenant_id of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers has no column third_party_id, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column third_party_id of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers has no column token_endpoint, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column token_endpoint of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers has no column token_endpoint_body_params, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column token_endpoint_body_params of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers has no column user_info_endpoint, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column user_info_endpoint of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers has no column user_info_endpoint_headers, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column user_info_endpoint_headers of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers has no column user_info_endpoint_query_params, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column user_info_endpoint_query_params of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column user_info_map_from_id_token_payload_email of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email_verified, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column user_info_map_from_id_token_payload_email_verified of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_user_id, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column user_info_map_from_id_token_payload_user_id of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column user_info_map_from_user_info_endpoint_email of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email_verified, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column user_info_map_from_user_info_endpoint_email_verified of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_user_id, which this script creates together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates together with column user_info_map_from_user_info_endpoint_user_id of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'constraint tenant_thirdparty_providers.tenant_thirdparty_providers_pkey', 'table tenant_thirdparty_providers has no constraint tenant_thirdparty_providers_pkey, which this script creates together with table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'constraint tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_fkey', 'table tenant_thirdparty_providers has no constraint tenant_thirdparty_providers_tenant_id_fkey, which this script creates together with table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'table tenant_configs', 'table tenant_configs is missing, which this script creates before table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients has no column additional_config, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates together with column additional_config of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients has no column app_id, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates together with column app_id of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients has no column client_id, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates together with column client_id of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients has no column client_secret, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates together with column client_secret of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients has no column client_type, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates together with column client_type of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients has no column connection_uri_domain, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates together with column connection_uri_domain of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients has no column force_pkce, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates together with column force_pkce of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients has no column scope, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates together with column scope of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients has no column tenant_id, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates together with column tenant_id of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients has no column third_party_id, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates together with column third_party_id of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_pkey', 'table tenant_thirdparty_provider_clients has no constraint tenant_thirdparty_provider_clients_pkey, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_fkey', 'table tenant_thirdparty_provider_clients has no constraint tenant_thirdparty_provider_clients_third_party_id_fkey, which this script creates together with table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script creates before table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'index tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_index', 'table tenant_thirdparty_providers has no index tenant_thirdparty_providers_tenant_id_index, which this script creates before table tenant_thirdparty_provider_clients'),
          ('table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant has no column app_id, which this script creates together with table emailpassword_user_to_tenant'),
          ('column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script creates together with column app_id of table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no column email, which this script creates together with table emailpassword_user_to_tenant'),
          ('column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script creates together with column email of table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant has no column tenant_id, which this script creates together with table emailpassword_user_to_tenant'),
          ('column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script creates together with column tenant_id of table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant has no column user_id, which this script creates together with table emailpassword_user_to_tenant'),
          ('column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script creates together with column user_id of table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_email_key, which this script creates together with table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_pkey, which this script creates together with table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_user_id_fkey, which this script creates together with table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script creates before table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'index tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_index', 'table tenant_thirdparty_provider_clients has no index tenant_thirdparty_provider_clients_third_party_id_index, which this script creates before table emailpassword_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant has no column app_id, which this script creates together with table passwordless_user_to_tenant'),
          ('column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script creates together with column app_id of table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no column email, which this script creates together with table passwordless_user_to_tenant'),
          ('column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script creates together with column email of table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no column phone_number, which this script creates together with table passwordless_user_to_tenant'),
          ('column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script creates together with column phone_number of table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant has no column tenant_id, which this script creates together with table passwordless_user_to_tenant'),
          ('column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script creates together with column tenant_id of table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant has no column user_id, which this script creates together with table passwordless_user_to_tenant'),
          ('column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script creates together with column user_id of table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_email_key, which this script creates together with table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_phone_number_key, which this script creates together with table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_pkey, which this script creates together with table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_user_id_fkey, which this script creates together with table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script creates before table passwordless_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant has no column app_id, which this script creates together with table thirdparty_user_to_tenant'),
          ('column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script creates together with column app_id of table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant has no column tenant_id, which this script creates together with table thirdparty_user_to_tenant'),
          ('column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script creates together with column tenant_id of table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant has no column third_party_id, which this script creates together with table thirdparty_user_to_tenant'),
          ('column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script creates together with column third_party_id of table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no column third_party_user_id, which this script creates together with table thirdparty_user_to_tenant'),
          ('column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script creates together with column third_party_user_id of table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant has no column user_id, which this script creates together with table thirdparty_user_to_tenant'),
          ('column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script creates together with column user_id of table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_pkey', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_pkey, which this script creates together with table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_key', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_third_party_user_id_key, which this script creates together with table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_user_id_fkey', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_user_id_fkey, which this script creates together with table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script creates before table thirdparty_user_to_tenant')),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'constraint app_id_to_user_id.app_id_to_user_id_pkey', 'constraint apps.apps_pkey', 'constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'constraint dashboard_users.dashboard_users_app_id_fkey', 'constraint dashboard_users.dashboard_users_email_key', 'constraint dashboard_users.dashboard_users_pkey', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'constraint emailpassword_users.emailpassword_users_pkey', 'constraint emailpassword_users.emailpassword_users_user_id_fkey', 'constraint emailverification_tokens.emailverification_tokens_pkey', 'constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'constraint emailverification_tokens.emailverification_tokens_token_key', 'constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'constraint jwt_signing_keys.jwt_signing_keys_pkey', 'constraint key_value.key_value_pkey', 'constraint key_value.key_value_tenant_id_fkey', 'constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'constraint passwordless_codes.passwordless_codes_pkey', 'constraint passwordless_devices.passwordless_devices_pkey', 'constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'constraint passwordless_users.passwordless_users_pkey', 'constraint passwordless_users.passwordless_users_user_id_fkey', 'constraint role_permissions.role_permissions_pkey', 'constraint role_permissions.role_permissions_role_fkey', 'constraint roles.roles_app_id_fkey', 'constraint roles.roles_pkey', 'constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'constraint session_info.session_info_pkey', 'constraint session_info.session_info_tenant_id_fkey', 'constraint tenant_configs.tenant_configs_pkey', 'constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_pkey', 'constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_fkey', 'constraint tenant_thirdparty_providers.tenant_thirdparty_providers_pkey', 'constraint tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_fkey', 'constraint tenants.tenants_app_id_fkey', 'constraint tenants.tenants_pkey', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_pkey', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_key', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_user_id_fkey', 'constraint thirdparty_users.thirdparty_users_pkey', 'constraint thirdparty_users.thirdparty_users_user_id_fkey', 'constraint totp_used_codes.totp_used_codes_pkey', 'constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'constraint totp_used_codes.totp_used_codes_user_id_fkey', 'constraint totp_user_devices.totp_user_devices_pkey', 'constraint totp_user_devices.totp_user_devices_user_id_fkey', 'constraint totp_users.totp_users_app_id_fkey', 'constraint totp_users.totp_users_pkey', 'constraint user_last_active.user_last_active_app_id_fkey', 'constraint user_last_active.user_last_active_pkey', 'constraint user_metadata.user_metadata_app_id_fkey', 'constraint user_metadata.user_metadata_pkey', 'constraint user_roles.user_roles_pkey', 'constraint user_roles.user_roles_role_fkey', 'constraint user_roles.user_roles_tenant_id_fkey', 'constraint userid_mapping.userid_mapping_external_user_id_key', 'constraint userid_mapping.userid_mapping_pkey', 'constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'index all_auth_recipe_users.all_auth_recipe_user_id_index', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'index app_id_to_user_id.app_id_to_user_id_app_id_index', 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'index dashboard_users.dashboard_users_app_id_index', 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'index emailverification_tokens.emailverification_tokens_index', 'index emailverification_tokens.emailverification_tokens_tenant_id_index', 'index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'index jwt_signing_keys.jwt_signing_keys_app_id_index', 'index key_value.key_value_tenant_id_index', 'index passwordless_codes.passwordless_codes_created_at_index', 'index passwordless_codes.passwordless_codes_device_id_hash_index', 'index passwordless_devices.passwordless_devices_email_index', 'index passwordless_devices.passwordless_devices_phone_number_index', 'index passwordless_devices.passwordless_devices_tenant_id_index', 'index role_permissions.role_permissions_permission_index', 'index role_permissions.role_permissions_role_index', 'index roles.roles_app_id_index', 'index session_access_token_signing_keys.access_token_signing_keys_app_id_index', 'index session_info.session_expiry_index', 'index session_info.session_info_tenant_id_index', 'index tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_index', 'index tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_index', 'index tenants.tenants_app_id_index', 'index thirdparty_users.thirdparty_users_email_index', 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'index totp_used_codes.totp_used_codes_tenant_id_index', 'index totp_used_codes.totp_used_codes_user_id_index', 'index totp_user_devices.totp_user_devices_user_id_index', 'index totp_users.totp_users_app_id_index', 'index user_last_active.user_last_active_app_id_index', 'index user_metadata.user_metadata_app_id_index', 'index user_roles.user_roles_app_id_role_index', 'index user_roles.user_roles_role_index', 'index user_roles.user_roles_tenant_id_index', 'index userid_mapping.userid_mapping_supertokens_user_id_index') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)
    UNION ALL
    SELECT 4, i.m, 1 FROM implied i WHERE EXISTS (SELECT 1 FROM found f WHERE f.k = i.a) AND NOT EXISTS (SELECT 1 FROM found f WHERE f.k = i.b)) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database holds supertokens tables that are neither absent nor partway through this install of supertokens 6.0: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 6.0), or run this one on the supertokens empty database it was made for.';
  END IF;
  PERFORM set_config('plan.target_400f2649977e601e', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: supertokens 0 → 6.0: the database was at 6.0 already: nothing to do' END, false);
END
$plan$;
-- index names: the indexes this script creates (access_token_signing_keys_app_id_index, all_auth_recipe_tenant_id_index, all_auth_recipe_user_id_index, all_auth_recipe_users_pagination_index, app_id_to_user_id_app_id_index, dashboard_user_sessions_expiry_index, dashboard_user_sessions_user_id_index, dashboard_users_app_id_index, emailpassword_password_reset_token_expiry_index, emailpassword_pswd_reset_tokens_user_id_index, emailverification_tokens_index, emailverification_tokens_tenant_id_index, emailverification_verified_emails_app_id_index, jwt_signing_keys_app_id_index, key_value_tenant_id_index, passwordless_codes_created_at_index, passwordless_codes_device_id_hash_index, passwordless_devices_email_index, passwordless_devices_phone_number_index, passwordless_devices_tenant_id_index, role_permissions_permission_index, role_permissions_role_index, roles_app_id_index, session_expiry_index, session_info_tenant_id_index, tenant_thirdparty_provider_clients_third_party_id_index, tenant_thirdparty_providers_tenant_id_index, tenants_app_id_index, thirdparty_users_email_index, thirdparty_users_thirdparty_user_id_index, totp_used_codes_expiry_time_ms_index, totp_used_codes_tenant_id_index, totp_used_codes_user_id_index, totp_user_devices_user_id_index, totp_users_app_id_index, user_last_active_app_id_index, user_metadata_app_id_index, user_roles_app_id_role_index, user_roles_role_index, user_roles_tenant_id_index, userid_mapping_supertokens_user_id_index) take names unique across the schema: the script stops before any change when an object that is not an index of a supertokens table holds one
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
      ('dashboard_user_sessions_expiry_index', 'dashboard_user_sessions', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('dashboard_user_sessions_user_id_index', 'dashboard_user_sessions', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('dashboard_users_app_id_index', 'dashboard_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('emailpassword_password_reset_token_expiry_index', 'emailpassword_pswd_reset_tokens', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('emailpassword_pswd_reset_tokens_user_id_index', 'emailpassword_pswd_reset_tokens', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('emailverification_tokens_index', 'emailverification_tokens', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
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

-- ================================================================================================
-- supertokens 0 → 6.0: Fresh install of the 6.0 schema, derived from the written plans 0 → 3.3 → 3.4 → … → 6.0 (replayed in the model)
-- source: derived from the written plans 0 → 3.3 → 3.4 → 3.5 → 3.6 → 3.7 → 3.8 → 3.9 → 3.10 → 3.11 → 3.12 → 3.13 → 3.14 → 3.15 → 3.16 → 4.0 → 4.1 → 4.2 → 4.3 → 4.4 → 4.5 → 4.6 → 5.0 → 6.0 (plans/supertokens/0-3.3.yaml …), replayed in the model; plans/supertokens/product.yaml derived_installs
-- ================================================================================================
-- 0 → 6.0 · 1/76 · create table apps
-- locks: apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('apps') IS NULL THEN
    CREATE TABLE apps (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      created_at_time BIGINT,
      CONSTRAINT apps_pkey PRIMARY KEY (app_id)
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 2/76 · insert 1 row into apps
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

-- 0 → 6.0 · 3/76 · create table tenants
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
  END IF;
END
$plan$;

-- 0 → 6.0 · 4/76 · create index tenants_app_id_index on tenants
-- locks: tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenants') AND c.relname = 'tenants_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX tenants_app_id_index ON tenants USING btree (app_id)') THEN
    DROP INDEX IF EXISTS tenants_app_id_index;
    CREATE INDEX tenants_app_id_index ON tenants (app_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 5/76 · insert 1 row into tenants
-- locks: tenants: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('key_value') IS NULL THEN
    IF NOT EXISTS (SELECT 1 FROM tenants WHERE app_id = 'public' AND tenant_id = 'public') THEN
      INSERT INTO tenants (app_id, tenant_id, created_at_time) SELECT 'public', 'public', 0 WHERE NOT EXISTS (SELECT 1 FROM tenants WHERE app_id = 'public' AND tenant_id = 'public');
    END IF;
  END IF;
END
$plan$;

-- 0 → 6.0 · 6/76 · create table key_value
-- locks: key_value: new in this script | tenants: new in this script
DO $plan$
BEGIN
  IF to_regclass('key_value') IS NULL THEN
    CREATE TABLE key_value (
      name VARCHAR(128) NOT NULL,
      value TEXT,
      created_at_time BIGINT,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT key_value_pkey PRIMARY KEY (app_id, tenant_id, name),
      CONSTRAINT key_value_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 7/76 · create index key_value_tenant_id_index on key_value
-- locks: key_value: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('key_value') AND c.relname = 'key_value_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX key_value_tenant_id_index ON key_value USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS key_value_tenant_id_index;
    CREATE INDEX key_value_tenant_id_index ON key_value (app_id, tenant_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 8/76 · create table session_info
-- locks: session_info: new in this script | tenants: new in this script
DO $plan$
BEGIN
  IF to_regclass('session_info') IS NULL THEN
    CREATE TABLE session_info (
      session_handle VARCHAR(255) NOT NULL,
      user_id VARCHAR(128) NOT NULL,
      refresh_token_hash_2 VARCHAR(128) NOT NULL,
      session_data TEXT,
      expires_at BIGINT NOT NULL,
      created_at_time BIGINT NOT NULL,
      jwt_user_payload TEXT,
      use_static_key BOOLEAN NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT session_info_pkey PRIMARY KEY (app_id, tenant_id, session_handle),
      CONSTRAINT session_info_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 9/76 · create index session_expiry_index on session_info
-- locks: session_info: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_info') AND c.relname = 'session_expiry_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX session_expiry_index ON session_info USING btree (expires_at)') THEN
    DROP INDEX IF EXISTS session_expiry_index;
    CREATE INDEX session_expiry_index ON session_info (expires_at);
  END IF;
END
$plan$;

-- 0 → 6.0 · 10/76 · create index session_info_tenant_id_index on session_info
-- locks: session_info: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_info') AND c.relname = 'session_info_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX session_info_tenant_id_index ON session_info USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS session_info_tenant_id_index;
    CREATE INDEX session_info_tenant_id_index ON session_info (app_id, tenant_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 11/76 · create table app_id_to_user_id
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
  END IF;
END
$plan$;

-- 0 → 6.0 · 12/76 · create index app_id_to_user_id_app_id_index on app_id_to_user_id
-- locks: app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('app_id_to_user_id') AND c.relname = 'app_id_to_user_id_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX app_id_to_user_id_app_id_index ON app_id_to_user_id USING btree (app_id)') THEN
    DROP INDEX IF EXISTS app_id_to_user_id_app_id_index;
    CREATE INDEX app_id_to_user_id_app_id_index ON app_id_to_user_id (app_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 13/76 · create table emailpassword_users
-- locks: emailpassword_users: new in this script | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF to_regclass('emailpassword_users') IS NULL THEN
    CREATE TABLE emailpassword_users (
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      password_hash VARCHAR(256) NOT NULL,
      time_joined BIGINT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT emailpassword_users_pkey PRIMARY KEY (app_id, user_id),
      CONSTRAINT emailpassword_users_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 14/76 · create table emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: new in this script | emailpassword_users: new in this script
DO $plan$
BEGIN
  IF to_regclass('emailpassword_pswd_reset_tokens') IS NULL THEN
    CREATE TABLE emailpassword_pswd_reset_tokens (
      user_id CHAR(36) NOT NULL,
      token VARCHAR(128) NOT NULL,
      token_expiry BIGINT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT emailpassword_pswd_reset_tokens_pkey PRIMARY KEY (app_id, user_id, token),
      CONSTRAINT emailpassword_pswd_reset_tokens_token_key UNIQUE (token),
      CONSTRAINT emailpassword_pswd_reset_tokens_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES emailpassword_users (app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 15/76 · create index emailpassword_password_reset_token_expiry_index on emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_pswd_reset_tokens') AND c.relname = 'emailpassword_password_reset_token_expiry_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX emailpassword_password_reset_token_expiry_index ON emailpassword_pswd_reset_tokens USING btree (token_expiry)') THEN
    DROP INDEX IF EXISTS emailpassword_password_reset_token_expiry_index;
    CREATE INDEX emailpassword_password_reset_token_expiry_index ON emailpassword_pswd_reset_tokens (token_expiry);
  END IF;
END
$plan$;

-- 0 → 6.0 · 16/76 · create index emailpassword_pswd_reset_tokens_user_id_index on emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_pswd_reset_tokens') AND c.relname = 'emailpassword_pswd_reset_tokens_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX emailpassword_pswd_reset_tokens_user_id_index ON emailpassword_pswd_reset_tokens USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS emailpassword_pswd_reset_tokens_user_id_index;
    CREATE INDEX emailpassword_pswd_reset_tokens_user_id_index ON emailpassword_pswd_reset_tokens (app_id, user_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 17/76 · create table emailverification_tokens
-- locks: emailverification_tokens: new in this script | tenants: new in this script
DO $plan$
BEGIN
  IF to_regclass('emailverification_tokens') IS NULL THEN
    CREATE TABLE emailverification_tokens (
      user_id VARCHAR(128) NOT NULL,
      email VARCHAR(256) NOT NULL,
      token VARCHAR(128) NOT NULL,
      token_expiry BIGINT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT emailverification_tokens_pkey PRIMARY KEY (app_id, tenant_id, user_id, email, token),
      CONSTRAINT emailverification_tokens_token_key UNIQUE (token),
      CONSTRAINT emailverification_tokens_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 18/76 · create index emailverification_tokens_index on emailverification_tokens
-- locks: emailverification_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_tokens') AND c.relname = 'emailverification_tokens_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX emailverification_tokens_index ON emailverification_tokens USING btree (token_expiry)') THEN
    DROP INDEX IF EXISTS emailverification_tokens_index;
    CREATE INDEX emailverification_tokens_index ON emailverification_tokens (token_expiry);
  END IF;
END
$plan$;

-- 0 → 6.0 · 19/76 · create index emailverification_tokens_tenant_id_index on emailverification_tokens
-- locks: emailverification_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_tokens') AND c.relname = 'emailverification_tokens_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX emailverification_tokens_tenant_id_index ON emailverification_tokens USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS emailverification_tokens_tenant_id_index;
    CREATE INDEX emailverification_tokens_tenant_id_index ON emailverification_tokens (app_id, tenant_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 20/76 · create table emailverification_verified_emails
-- locks: emailverification_verified_emails: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('emailverification_verified_emails') IS NULL THEN
    CREATE TABLE emailverification_verified_emails (
      user_id VARCHAR(128) NOT NULL,
      email VARCHAR(256) NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT emailverification_verified_emails_pkey PRIMARY KEY (app_id, user_id, email),
      CONSTRAINT emailverification_verified_emails_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 21/76 · create index emailverification_verified_emails_app_id_index on emailverification_verified_emails
-- locks: emailverification_verified_emails: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_verified_emails') AND c.relname = 'emailverification_verified_emails_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX emailverification_verified_emails_app_id_index ON emailverification_verified_emails USING btree (app_id)') THEN
    DROP INDEX IF EXISTS emailverification_verified_emails_app_id_index;
    CREATE INDEX emailverification_verified_emails_app_id_index ON emailverification_verified_emails (app_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 22/76 · create table thirdparty_users
-- locks: thirdparty_users: new in this script | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF to_regclass('thirdparty_users') IS NULL THEN
    CREATE TABLE thirdparty_users (
      third_party_id VARCHAR(28) NOT NULL,
      third_party_user_id VARCHAR(256) NOT NULL,
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      time_joined BIGINT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT thirdparty_users_pkey PRIMARY KEY (app_id, user_id),
      CONSTRAINT thirdparty_users_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 23/76 · create index thirdparty_users_thirdparty_user_id_index on thirdparty_users
-- locks: thirdparty_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_thirdparty_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX thirdparty_users_thirdparty_user_id_index ON thirdparty_users USING btree (app_id, third_party_id, third_party_user_id)') THEN
    DROP INDEX IF EXISTS thirdparty_users_thirdparty_user_id_index;
    CREATE INDEX thirdparty_users_thirdparty_user_id_index ON thirdparty_users (app_id, third_party_id, third_party_user_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 24/76 · create index thirdparty_users_email_index on thirdparty_users
-- locks: thirdparty_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_email_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX thirdparty_users_email_index ON thirdparty_users USING btree (app_id, email)') THEN
    DROP INDEX IF EXISTS thirdparty_users_email_index;
    CREATE INDEX thirdparty_users_email_index ON thirdparty_users (app_id, email);
  END IF;
END
$plan$;

-- 0 → 6.0 · 25/76 · create table all_auth_recipe_users
-- locks: all_auth_recipe_users: new in this script | tenants: new in this script | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF to_regclass('all_auth_recipe_users') IS NULL THEN
    CREATE TABLE all_auth_recipe_users (
      user_id CHAR(36) NOT NULL,
      recipe_id VARCHAR(128) NOT NULL,
      time_joined BIGINT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT all_auth_recipe_users_pkey PRIMARY KEY (app_id, tenant_id, user_id),
      CONSTRAINT all_auth_recipe_users_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE,
      CONSTRAINT all_auth_recipe_users_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 26/76 · create index all_auth_recipe_users_pagination_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index;
    CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users (time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC);
  END IF;
END
$plan$;

-- 0 → 6.0 · 27/76 · create index all_auth_recipe_user_id_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_user_id_index;
    CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users (app_id, user_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 28/76 · create index all_auth_recipe_tenant_id_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX all_auth_recipe_tenant_id_index ON all_auth_recipe_users USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_tenant_id_index;
    CREATE INDEX all_auth_recipe_tenant_id_index ON all_auth_recipe_users (app_id, tenant_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 29/76 · create table jwt_signing_keys
-- locks: jwt_signing_keys: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('jwt_signing_keys') IS NULL THEN
    CREATE TABLE jwt_signing_keys (
      key_id VARCHAR(255) NOT NULL,
      key_string TEXT NOT NULL,
      algorithm VARCHAR(10) NOT NULL,
      created_at BIGINT,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT jwt_signing_keys_pkey PRIMARY KEY (app_id, key_id),
      CONSTRAINT jwt_signing_keys_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 30/76 · create index jwt_signing_keys_app_id_index on jwt_signing_keys
-- locks: jwt_signing_keys: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('jwt_signing_keys') AND c.relname = 'jwt_signing_keys_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX jwt_signing_keys_app_id_index ON jwt_signing_keys USING btree (app_id)') THEN
    DROP INDEX IF EXISTS jwt_signing_keys_app_id_index;
    CREATE INDEX jwt_signing_keys_app_id_index ON jwt_signing_keys (app_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 31/76 · create table session_access_token_signing_keys
-- locks: session_access_token_signing_keys: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('session_access_token_signing_keys') IS NULL THEN
    CREATE TABLE session_access_token_signing_keys (
      created_at_time BIGINT NOT NULL,
      value TEXT,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT session_access_token_signing_keys_pkey PRIMARY KEY (app_id, created_at_time),
      CONSTRAINT session_access_token_signing_keys_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 32/76 · create index access_token_signing_keys_app_id_index on session_access_token_signing_keys
-- locks: session_access_token_signing_keys: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_access_token_signing_keys') AND c.relname = 'access_token_signing_keys_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX access_token_signing_keys_app_id_index ON session_access_token_signing_keys USING btree (app_id)') THEN
    DROP INDEX IF EXISTS access_token_signing_keys_app_id_index;
    CREATE INDEX access_token_signing_keys_app_id_index ON session_access_token_signing_keys (app_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 33/76 · create table passwordless_users
-- locks: passwordless_users: new in this script | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF to_regclass('passwordless_users') IS NULL THEN
    CREATE TABLE passwordless_users (
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256),
      phone_number VARCHAR(256),
      time_joined BIGINT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT passwordless_users_pkey PRIMARY KEY (app_id, user_id),
      CONSTRAINT passwordless_users_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 34/76 · create table passwordless_devices
-- locks: passwordless_devices: new in this script | tenants: new in this script
DO $plan$
BEGIN
  IF to_regclass('passwordless_devices') IS NULL THEN
    CREATE TABLE passwordless_devices (
      device_id_hash CHAR(44) NOT NULL,
      email VARCHAR(256),
      phone_number VARCHAR(256),
      link_code_salt CHAR(44) NOT NULL,
      failed_attempts INTEGER NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT passwordless_devices_pkey PRIMARY KEY (app_id, tenant_id, device_id_hash),
      CONSTRAINT passwordless_devices_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 35/76 · create index passwordless_devices_email_index on passwordless_devices
-- locks: passwordless_devices: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_email_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (app_id, tenant_id, email)') THEN
    DROP INDEX IF EXISTS passwordless_devices_email_index;
    CREATE INDEX passwordless_devices_email_index ON passwordless_devices (app_id, tenant_id, email);
  END IF;
END
$plan$;

-- 0 → 6.0 · 36/76 · create index passwordless_devices_phone_number_index on passwordless_devices
-- locks: passwordless_devices: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_phone_number_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (app_id, tenant_id, phone_number)') THEN
    DROP INDEX IF EXISTS passwordless_devices_phone_number_index;
    CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices (app_id, tenant_id, phone_number);
  END IF;
END
$plan$;

-- 0 → 6.0 · 37/76 · create index passwordless_devices_tenant_id_index on passwordless_devices
-- locks: passwordless_devices: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_devices_tenant_id_index ON passwordless_devices USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS passwordless_devices_tenant_id_index;
    CREATE INDEX passwordless_devices_tenant_id_index ON passwordless_devices (app_id, tenant_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 38/76 · create table passwordless_codes
-- locks: passwordless_codes: new in this script | passwordless_devices: new in this script
DO $plan$
BEGIN
  IF to_regclass('passwordless_codes') IS NULL THEN
    CREATE TABLE passwordless_codes (
      code_id CHAR(36) NOT NULL,
      device_id_hash CHAR(44) NOT NULL,
      link_code_hash CHAR(44) NOT NULL,
      created_at BIGINT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT passwordless_codes_pkey PRIMARY KEY (app_id, tenant_id, code_id),
      CONSTRAINT passwordless_codes_link_code_hash_key UNIQUE (app_id, tenant_id, link_code_hash),
      CONSTRAINT passwordless_codes_device_id_hash_fkey FOREIGN KEY (app_id, tenant_id, device_id_hash) REFERENCES passwordless_devices (app_id, tenant_id, device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 39/76 · create index passwordless_codes_created_at_index on passwordless_codes
-- locks: passwordless_codes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_created_at_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (app_id, tenant_id, created_at)') THEN
    DROP INDEX IF EXISTS passwordless_codes_created_at_index;
    CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes (app_id, tenant_id, created_at);
  END IF;
END
$plan$;

-- 0 → 6.0 · 40/76 · create index passwordless_codes_device_id_hash_index on passwordless_codes
-- locks: passwordless_codes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_device_id_hash_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (app_id, tenant_id, device_id_hash)') THEN
    DROP INDEX IF EXISTS passwordless_codes_device_id_hash_index;
    CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes (app_id, tenant_id, device_id_hash);
  END IF;
END
$plan$;

-- 0 → 6.0 · 41/76 · create table user_metadata
-- locks: user_metadata: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('user_metadata') IS NULL THEN
    CREATE TABLE user_metadata (
      user_id VARCHAR(128) NOT NULL,
      user_metadata TEXT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT user_metadata_pkey PRIMARY KEY (app_id, user_id),
      CONSTRAINT user_metadata_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 42/76 · create index user_metadata_app_id_index on user_metadata
-- locks: user_metadata: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_metadata') AND c.relname = 'user_metadata_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_metadata_app_id_index ON user_metadata USING btree (app_id)') THEN
    DROP INDEX IF EXISTS user_metadata_app_id_index;
    CREATE INDEX user_metadata_app_id_index ON user_metadata (app_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 43/76 · create table roles
-- locks: roles: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('roles') IS NULL THEN
    CREATE TABLE roles (
      role VARCHAR(255) NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT roles_pkey PRIMARY KEY (app_id, role),
      CONSTRAINT roles_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 44/76 · create index roles_app_id_index on roles
-- locks: roles: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('roles') AND c.relname = 'roles_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX roles_app_id_index ON roles USING btree (app_id)') THEN
    DROP INDEX IF EXISTS roles_app_id_index;
    CREATE INDEX roles_app_id_index ON roles (app_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 45/76 · create table role_permissions
-- locks: role_permissions: new in this script | roles: new in this script
DO $plan$
BEGIN
  IF to_regclass('role_permissions') IS NULL THEN
    CREATE TABLE role_permissions (
      role VARCHAR(255) NOT NULL,
      permission VARCHAR(255) NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT role_permissions_pkey PRIMARY KEY (app_id, role, permission),
      CONSTRAINT role_permissions_role_fkey FOREIGN KEY (app_id, role) REFERENCES roles (app_id, role) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 46/76 · create index role_permissions_permission_index on role_permissions
-- locks: role_permissions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_permission_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (app_id, permission)') THEN
    DROP INDEX IF EXISTS role_permissions_permission_index;
    CREATE INDEX role_permissions_permission_index ON role_permissions (app_id, permission);
  END IF;
END
$plan$;

-- 0 → 6.0 · 47/76 · create index role_permissions_role_index on role_permissions
-- locks: role_permissions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_role_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX role_permissions_role_index ON role_permissions USING btree (app_id, role)') THEN
    DROP INDEX IF EXISTS role_permissions_role_index;
    CREATE INDEX role_permissions_role_index ON role_permissions (app_id, role);
  END IF;
END
$plan$;

-- 0 → 6.0 · 48/76 · create table user_roles
-- locks: user_roles: new in this script | roles: new in this script | tenants: new in this script
DO $plan$
BEGIN
  IF to_regclass('user_roles') IS NULL THEN
    CREATE TABLE user_roles (
      user_id VARCHAR(128) NOT NULL,
      role VARCHAR(255) NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT user_roles_pkey PRIMARY KEY (app_id, tenant_id, user_id, role),
      CONSTRAINT user_roles_role_fkey FOREIGN KEY (app_id, role) REFERENCES roles (app_id, role) ON DELETE CASCADE,
      CONSTRAINT user_roles_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 49/76 · create index user_roles_role_index on user_roles
-- locks: user_roles: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_role_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_roles_role_index ON user_roles USING btree (app_id, tenant_id, role)') THEN
    DROP INDEX IF EXISTS user_roles_role_index;
    CREATE INDEX user_roles_role_index ON user_roles (app_id, tenant_id, role);
  END IF;
END
$plan$;

-- 0 → 6.0 · 50/76 · create index user_roles_tenant_id_index on user_roles
-- locks: user_roles: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_roles_tenant_id_index ON user_roles USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS user_roles_tenant_id_index;
    CREATE INDEX user_roles_tenant_id_index ON user_roles (app_id, tenant_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 51/76 · create index user_roles_app_id_role_index on user_roles
-- locks: user_roles: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_app_id_role_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_roles_app_id_role_index ON user_roles USING btree (app_id, role)') THEN
    DROP INDEX IF EXISTS user_roles_app_id_role_index;
    CREATE INDEX user_roles_app_id_role_index ON user_roles (app_id, role);
  END IF;
END
$plan$;

-- 0 → 6.0 · 52/76 · create table userid_mapping
-- locks: userid_mapping: new in this script | app_id_to_user_id: new in this script
DO $plan$
BEGIN
  IF to_regclass('userid_mapping') IS NULL THEN
    CREATE TABLE userid_mapping (
      supertokens_user_id CHAR(36) NOT NULL,
      external_user_id VARCHAR(128) NOT NULL,
      external_user_id_info TEXT,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT userid_mapping_pkey PRIMARY KEY (app_id, supertokens_user_id, external_user_id),
      CONSTRAINT userid_mapping_supertokens_user_id_key UNIQUE (app_id, supertokens_user_id),
      CONSTRAINT userid_mapping_external_user_id_key UNIQUE (app_id, external_user_id),
      CONSTRAINT userid_mapping_supertokens_user_id_fkey FOREIGN KEY (app_id, supertokens_user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 53/76 · create index userid_mapping_supertokens_user_id_index on userid_mapping
-- locks: userid_mapping: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('userid_mapping') AND c.relname = 'userid_mapping_supertokens_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX userid_mapping_supertokens_user_id_index ON userid_mapping USING btree (app_id, supertokens_user_id)') THEN
    DROP INDEX IF EXISTS userid_mapping_supertokens_user_id_index;
    CREATE INDEX userid_mapping_supertokens_user_id_index ON userid_mapping (app_id, supertokens_user_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 54/76 · create table dashboard_users
-- locks: dashboard_users: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('dashboard_users') IS NULL THEN
    CREATE TABLE dashboard_users (
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      password_hash VARCHAR(256) NOT NULL,
      time_joined BIGINT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT dashboard_users_pkey PRIMARY KEY (app_id, user_id),
      CONSTRAINT dashboard_users_email_key UNIQUE (app_id, email),
      CONSTRAINT dashboard_users_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 55/76 · create index dashboard_users_app_id_index on dashboard_users
-- locks: dashboard_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_users') AND c.relname = 'dashboard_users_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX dashboard_users_app_id_index ON dashboard_users USING btree (app_id)') THEN
    DROP INDEX IF EXISTS dashboard_users_app_id_index;
    CREATE INDEX dashboard_users_app_id_index ON dashboard_users (app_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 56/76 · create table dashboard_user_sessions
-- locks: dashboard_user_sessions: new in this script | dashboard_users: new in this script
DO $plan$
BEGIN
  IF to_regclass('dashboard_user_sessions') IS NULL THEN
    CREATE TABLE dashboard_user_sessions (
      session_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      time_created BIGINT NOT NULL,
      expiry BIGINT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT dashboard_user_sessions_pkey PRIMARY KEY (app_id, session_id),
      CONSTRAINT dashboard_user_sessions_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users (app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 57/76 · create index dashboard_user_sessions_expiry_index on dashboard_user_sessions
-- locks: dashboard_user_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_user_sessions') AND c.relname = 'dashboard_user_sessions_expiry_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX dashboard_user_sessions_expiry_index ON dashboard_user_sessions USING btree (expiry)') THEN
    DROP INDEX IF EXISTS dashboard_user_sessions_expiry_index;
    CREATE INDEX dashboard_user_sessions_expiry_index ON dashboard_user_sessions (expiry);
  END IF;
END
$plan$;

-- 0 → 6.0 · 58/76 · create index dashboard_user_sessions_user_id_index on dashboard_user_sessions
-- locks: dashboard_user_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_user_sessions') AND c.relname = 'dashboard_user_sessions_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX dashboard_user_sessions_user_id_index ON dashboard_user_sessions USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS dashboard_user_sessions_user_id_index;
    CREATE INDEX dashboard_user_sessions_user_id_index ON dashboard_user_sessions (app_id, user_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 59/76 · create table totp_users
-- locks: totp_users: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('totp_users') IS NULL THEN
    CREATE TABLE totp_users (
      user_id VARCHAR(128) NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT totp_users_pkey PRIMARY KEY (app_id, user_id),
      CONSTRAINT totp_users_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 60/76 · create index totp_users_app_id_index on totp_users
-- locks: totp_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_users') AND c.relname = 'totp_users_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_users_app_id_index ON totp_users USING btree (app_id)') THEN
    DROP INDEX IF EXISTS totp_users_app_id_index;
    CREATE INDEX totp_users_app_id_index ON totp_users (app_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 61/76 · create table totp_user_devices
-- locks: totp_user_devices: new in this script | totp_users: new in this script
DO $plan$
BEGIN
  IF to_regclass('totp_user_devices') IS NULL THEN
    CREATE TABLE totp_user_devices (
      user_id VARCHAR(128) NOT NULL,
      device_name VARCHAR(256) NOT NULL,
      secret_key VARCHAR(256) NOT NULL,
      period INTEGER NOT NULL,
      skew INTEGER NOT NULL,
      verified BOOLEAN NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT totp_user_devices_pkey PRIMARY KEY (app_id, user_id, device_name),
      CONSTRAINT totp_user_devices_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES totp_users (app_id, user_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 62/76 · create index totp_user_devices_user_id_index on totp_user_devices
-- locks: totp_user_devices: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_user_devices') AND c.relname = 'totp_user_devices_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_user_devices_user_id_index ON totp_user_devices USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS totp_user_devices_user_id_index;
    CREATE INDEX totp_user_devices_user_id_index ON totp_user_devices (app_id, user_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 63/76 · create table totp_used_codes
-- locks: totp_used_codes: new in this script | totp_users: new in this script | tenants: new in this script
DO $plan$
BEGIN
  IF to_regclass('totp_used_codes') IS NULL THEN
    CREATE TABLE totp_used_codes (
      user_id VARCHAR(128) NOT NULL,
      code VARCHAR(8) NOT NULL,
      is_valid BOOLEAN NOT NULL,
      expiry_time_ms BIGINT NOT NULL,
      created_time_ms BIGINT NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT totp_used_codes_pkey PRIMARY KEY (app_id, tenant_id, user_id, created_time_ms),
      CONSTRAINT totp_used_codes_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES totp_users (app_id, user_id) ON DELETE CASCADE,
      CONSTRAINT totp_used_codes_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 64/76 · create index totp_used_codes_expiry_time_ms_index on totp_used_codes
-- locks: totp_used_codes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_expiry_time_ms_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes USING btree (app_id, tenant_id, expiry_time_ms)') THEN
    DROP INDEX IF EXISTS totp_used_codes_expiry_time_ms_index;
    CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes (app_id, tenant_id, expiry_time_ms);
  END IF;
END
$plan$;

-- 0 → 6.0 · 65/76 · create index totp_used_codes_user_id_index on totp_used_codes
-- locks: totp_used_codes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_used_codes_user_id_index ON totp_used_codes USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS totp_used_codes_user_id_index;
    CREATE INDEX totp_used_codes_user_id_index ON totp_used_codes (app_id, user_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 66/76 · create index totp_used_codes_tenant_id_index on totp_used_codes
-- locks: totp_used_codes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX totp_used_codes_tenant_id_index ON totp_used_codes USING btree (app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS totp_used_codes_tenant_id_index;
    CREATE INDEX totp_used_codes_tenant_id_index ON totp_used_codes (app_id, tenant_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 67/76 · create table user_last_active
-- locks: user_last_active: new in this script | apps: new in this script
DO $plan$
BEGIN
  IF to_regclass('user_last_active') IS NULL THEN
    CREATE TABLE user_last_active (
      user_id VARCHAR(128) NOT NULL,
      last_active_time BIGINT,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      CONSTRAINT user_last_active_pkey PRIMARY KEY (app_id, user_id),
      CONSTRAINT user_last_active_app_id_fkey FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 6.0 · 68/76 · create index user_last_active_app_id_index on user_last_active
-- locks: user_last_active: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_last_active') AND c.relname = 'user_last_active_app_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_last_active_app_id_index ON user_last_active USING btree (app_id)') THEN
    DROP INDEX IF EXISTS user_last_active_app_id_index;
    CREATE INDEX user_last_active_app_id_index ON user_last_active (app_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 69/76 · create table tenant_configs
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
  END IF;
END
$plan$;

-- 0 → 6.0 · 70/76 · create table tenant_thirdparty_providers
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
  END IF;
END
$plan$;

-- 0 → 6.0 · 71/76 · create index tenant_thirdparty_providers_tenant_id_index on tenant_thirdparty_providers
-- locks: tenant_thirdparty_providers: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenant_thirdparty_providers') AND c.relname = 'tenant_thirdparty_providers_tenant_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX tenant_thirdparty_providers_tenant_id_index ON tenant_thirdparty_providers USING btree (connection_uri_domain, app_id, tenant_id)') THEN
    DROP INDEX IF EXISTS tenant_thirdparty_providers_tenant_id_index;
    CREATE INDEX tenant_thirdparty_providers_tenant_id_index ON tenant_thirdparty_providers (connection_uri_domain, app_id, tenant_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 72/76 · create table tenant_thirdparty_provider_clients
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
  END IF;
END
$plan$;

-- 0 → 6.0 · 73/76 · create index tenant_thirdparty_provider_clients_third_party_id_index on tenant_thirdparty_provider_clients
-- locks: tenant_thirdparty_provider_clients: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenant_thirdparty_provider_clients') AND c.relname = 'tenant_thirdparty_provider_clients_third_party_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX tenant_thirdparty_provider_clients_third_party_id_index ON tenant_thirdparty_provider_clients USING btree (connection_uri_domain, app_id, tenant_id, third_party_id)') THEN
    DROP INDEX IF EXISTS tenant_thirdparty_provider_clients_third_party_id_index;
    CREATE INDEX tenant_thirdparty_provider_clients_third_party_id_index ON tenant_thirdparty_provider_clients (connection_uri_domain, app_id, tenant_id, third_party_id);
  END IF;
END
$plan$;

-- 0 → 6.0 · 74/76 · create table emailpassword_user_to_tenant
-- locks: emailpassword_user_to_tenant: new in this script | all_auth_recipe_users: new in this script
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
  END IF;
END
$plan$;

-- 0 → 6.0 · 75/76 · create table passwordless_user_to_tenant
-- locks: passwordless_user_to_tenant: new in this script | all_auth_recipe_users: new in this script
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
  END IF;
END
$plan$;

-- 0 → 6.0 · 76/76 · create table thirdparty_user_to_tenant
-- locks: thirdparty_user_to_tenant: new in this script | all_auth_recipe_users: new in this script
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
  END IF;
END
$plan$;

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
  PERFORM set_config('plan.at_target', 'plan: supertokens 0 → 6.0 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: supertokens 0 → 6.0: the database was at 6.0 already: nothing to do' THEN 'plan: supertokens 0 → 6.0: the database was at 6.0 already: nothing to do' ELSE 'plan: supertokens 0 → 6.0 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: supertokens 0 → 6.0 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
