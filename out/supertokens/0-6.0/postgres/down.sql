-- plan 0.1.0 · supertokens 6.0 → 0 · postgres · rollback
-- what:     this script rolls a supertokens database back from 6.0 to 0 on PostgreSQL (generated from the plans listed below)
-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF SUPERTOKENS AND ALL THE DATA IN THEM.
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: pg_dump --format=custom --file=supertokens-6.0-before.dump.partial DATABASE && mv supertokens-6.0-before.dump.partial supertokens-6.0-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE supertokens-6.0-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f down.sql
-- reverse:  npx plan compile supertokens 0 6.0 --dialect postgres -o up.sql
-- this rollback drops: 33 tables key_value, session_info, emailpassword_users, emailpassword_pswd_reset_tokens, emailverification_tokens, emailverification_verified_emails, thirdparty_users, all_auth_recipe_users, jwt_signing_keys, session_access_token_signing_keys, passwordless_users, passwordless_devices, passwordless_codes, user_metadata, roles, role_permissions, user_roles, userid_mapping, dashboard_users, dashboard_user_sessions, totp_users, totp_user_devices, totp_used_codes, user_last_active, apps, tenants, app_id_to_user_id, tenant_configs, tenant_thirdparty_providers, tenant_thirdparty_provider_clients, emailpassword_user_to_tenant, passwordless_user_to_tenant, thirdparty_user_to_tenant, and the data in them
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
-- derived:  the install 0 → 6.0 undone here is derived from the chain 0 → 3.3 → 3.4 → 3.5 → 3.6 → 3.7 → 3.8 → 3.9 → 3.10 → 3.11 → 3.12 → 3.13 → 3.14 → 3.15 → 3.16 → 4.0 → 4.1 → 4.2 → 4.3 → 4.4 → 4.5 → 4.6 → 5.0 → 6.0 (replayed in the model); its rollback drops what it creates
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- lock:     lock_timeout = '5s' (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.
-- statement: no statement_timeout (npx plan compile --statement-timeout <duration> sets one).
-- timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it starts again from where the database is.
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   thirdparty_user_to_tenant: ACCESS EXCLUSIVE from 6.0 → 0 · 1/74 · drop table thirdparty_user_to_tenant — blocks reads and writes
--   all_auth_recipe_users: ACCESS EXCLUSIVE from 6.0 → 0 · 1/74 · drop table thirdparty_user_to_tenant — blocks reads and writes
--   passwordless_user_to_tenant: ACCESS EXCLUSIVE from 6.0 → 0 · 2/74 · drop table passwordless_user_to_tenant — blocks reads and writes
--   emailpassword_user_to_tenant: ACCESS EXCLUSIVE from 6.0 → 0 · 3/74 · drop table emailpassword_user_to_tenant — blocks reads and writes
--   tenant_thirdparty_provider_clients: ACCESS EXCLUSIVE from 6.0 → 0 · 4/74 · drop index tenant_thirdparty_provider_clients_third_party_id_index on tenant_thirdparty_provider_clients — blocks reads and writes
--   tenant_thirdparty_providers: ACCESS EXCLUSIVE from 6.0 → 0 · 5/74 · drop table tenant_thirdparty_provider_clients — blocks reads and writes
--   tenant_configs: ACCESS EXCLUSIVE from 6.0 → 0 · 7/74 · drop table tenant_thirdparty_providers — blocks reads and writes
--   user_last_active: ACCESS EXCLUSIVE from 6.0 → 0 · 9/74 · drop index user_last_active_app_id_index on user_last_active — blocks reads and writes
--   apps: ACCESS EXCLUSIVE from 6.0 → 0 · 10/74 · drop table user_last_active — blocks reads and writes
--   totp_used_codes: ACCESS EXCLUSIVE from 6.0 → 0 · 11/74 · drop index totp_used_codes_tenant_id_index on totp_used_codes — blocks reads and writes
--   totp_users: ACCESS EXCLUSIVE from 6.0 → 0 · 14/74 · drop table totp_used_codes — blocks reads and writes
--   tenants: ACCESS EXCLUSIVE from 6.0 → 0 · 14/74 · drop table totp_used_codes — blocks reads and writes
--   totp_user_devices: ACCESS EXCLUSIVE from 6.0 → 0 · 15/74 · drop index totp_user_devices_user_id_index on totp_user_devices — blocks reads and writes
--   dashboard_user_sessions: ACCESS EXCLUSIVE from 6.0 → 0 · 19/74 · drop index dashboard_user_sessions_user_id_index on dashboard_user_sessions — blocks reads and writes
--   dashboard_users: ACCESS EXCLUSIVE from 6.0 → 0 · 21/74 · drop table dashboard_user_sessions — blocks reads and writes
--   userid_mapping: ACCESS EXCLUSIVE from 6.0 → 0 · 24/74 · drop index userid_mapping_supertokens_user_id_index on userid_mapping — blocks reads and writes
--   app_id_to_user_id: ACCESS EXCLUSIVE from 6.0 → 0 · 25/74 · drop table userid_mapping — blocks reads and writes
--   user_roles: ACCESS EXCLUSIVE from 6.0 → 0 · 26/74 · drop index user_roles_app_id_role_index on user_roles — blocks reads and writes
--   roles: ACCESS EXCLUSIVE from 6.0 → 0 · 29/74 · drop table user_roles — blocks reads and writes
--   role_permissions: ACCESS EXCLUSIVE from 6.0 → 0 · 30/74 · drop index role_permissions_role_index on role_permissions — blocks reads and writes
--   user_metadata: ACCESS EXCLUSIVE from 6.0 → 0 · 35/74 · drop index user_metadata_app_id_index on user_metadata — blocks reads and writes
--   passwordless_codes: ACCESS EXCLUSIVE from 6.0 → 0 · 37/74 · drop index passwordless_codes_device_id_hash_index on passwordless_codes — blocks reads and writes
--   passwordless_devices: ACCESS EXCLUSIVE from 6.0 → 0 · 39/74 · drop table passwordless_codes — blocks reads and writes
--   passwordless_users: ACCESS EXCLUSIVE from 6.0 → 0 · 44/74 · drop table passwordless_users — blocks reads and writes
--   session_access_token_signing_keys: ACCESS EXCLUSIVE from 6.0 → 0 · 45/74 · drop index access_token_signing_keys_app_id_index on session_access_token_signing_keys — blocks reads and writes
--   jwt_signing_keys: ACCESS EXCLUSIVE from 6.0 → 0 · 47/74 · drop index jwt_signing_keys_app_id_index on jwt_signing_keys — blocks reads and writes
--   thirdparty_users: ACCESS EXCLUSIVE from 6.0 → 0 · 53/74 · drop index thirdparty_users_email_index on thirdparty_users — blocks reads and writes
--   emailverification_verified_emails: ACCESS EXCLUSIVE from 6.0 → 0 · 56/74 · drop index emailverification_verified_emails_app_id_index on emailverification_verified_emails — blocks reads and writes
--   emailverification_tokens: ACCESS EXCLUSIVE from 6.0 → 0 · 58/74 · drop index emailverification_tokens_tenant_id_index on emailverification_tokens — blocks reads and writes
--   emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE from 6.0 → 0 · 61/74 · drop index emailpassword_pswd_reset_tokens_user_id_index on emailpassword_pswd_reset_tokens — blocks reads and writes
--   emailpassword_users: ACCESS EXCLUSIVE from 6.0 → 0 · 63/74 · drop table emailpassword_pswd_reset_tokens — blocks reads and writes
--   session_info: ACCESS EXCLUSIVE from 6.0 → 0 · 67/74 · drop index session_info_tenant_id_index on session_info — blocks reads and writes
--   key_value: ACCESS EXCLUSIVE from 6.0 → 0 · 70/74 · drop index key_value_tenant_id_index on key_value — blocks reads and writes
-- MANUAL STEPS (1), not done by this script:
--   1. [6.0 → 0] Only if this script stops at its check for foreign keys of tables outside supertokens onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).

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

-- check that the database is at 6.0, at 0, or between them on this script's path (a resumed run)
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
          ('column all_auth_recipe_users.recipe_id', 'character varying(128) NOT NULL', 1),
          ('column all_auth_recipe_users.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column all_auth_recipe_users.time_joined', 'bigint NOT NULL', 1),
          ('column all_auth_recipe_users.user_id', 'character(36) NOT NULL', 1),
          ('column app_id_to_user_id.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column app_id_to_user_id.recipe_id', 'character varying(128) NOT NULL', 1),
          ('column app_id_to_user_id.user_id', 'character(36) NOT NULL', 1),
          ('column apps.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column apps.created_at_time', 'bigint', 1),
          ('column dashboard_user_sessions.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column dashboard_user_sessions.expiry', 'bigint NOT NULL', 1),
          ('column dashboard_user_sessions.session_id', 'character(36) NOT NULL', 1),
          ('column dashboard_user_sessions.time_created', 'bigint NOT NULL', 1),
          ('column dashboard_user_sessions.user_id', 'character(36) NOT NULL', 1),
          ('column dashboard_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column dashboard_users.email', 'character varying(256) NOT NULL', 1),
          ('column dashboard_users.password_hash', 'character varying(256) NOT NULL', 1),
          ('column dashboard_users.time_joined', 'bigint NOT NULL', 1),
          ('column dashboard_users.user_id', 'character(36) NOT NULL', 1),
          ('column emailpassword_pswd_reset_tokens.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailpassword_pswd_reset_tokens.token', 'character varying(128) NOT NULL', 1),
          ('column emailpassword_pswd_reset_tokens.token_expiry', 'bigint NOT NULL', 1),
          ('column emailpassword_pswd_reset_tokens.user_id', 'character(36) NOT NULL', 1),
          ('column emailpassword_user_to_tenant.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailpassword_user_to_tenant.email', 'character varying(256) NOT NULL', 1),
          ('column emailpassword_user_to_tenant.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailpassword_user_to_tenant.user_id', 'character(36) NOT NULL', 1),
          ('column emailpassword_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailpassword_users.email', 'character varying(256) NOT NULL', 1),
          ('column emailpassword_users.password_hash', 'character varying(256) NOT NULL', 1),
          ('column emailpassword_users.time_joined', 'bigint NOT NULL', 1),
          ('column emailpassword_users.user_id', 'character(36) NOT NULL', 1),
          ('column emailverification_tokens.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailverification_tokens.email', 'character varying(256) NOT NULL', 1),
          ('column emailverification_tokens.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailverification_tokens.token', 'character varying(128) NOT NULL', 1),
          ('column emailverification_tokens.token_expiry', 'bigint NOT NULL', 1),
          ('column emailverification_tokens.user_id', 'character varying(128) NOT NULL', 1),
          ('column emailverification_verified_emails.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column emailverification_verified_emails.email', 'character varying(256) NOT NULL', 1),
          ('column emailverification_verified_emails.user_id', 'character varying(128) NOT NULL', 1),
          ('column jwt_signing_keys.algorithm', 'character varying(10) NOT NULL', 1),
          ('column jwt_signing_keys.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column jwt_signing_keys.created_at', 'bigint', 1),
          ('column jwt_signing_keys.key_id', 'character varying(255) NOT NULL', 1),
          ('column jwt_signing_keys.key_string', 'text NOT NULL', 1),
          ('column key_value.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column key_value.created_at_time', 'bigint', 1),
          ('column key_value.name', 'character varying(128) NOT NULL', 1),
          ('column key_value.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column key_value.value', 'text', 1),
          ('column passwordless_codes.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_codes.code_id', 'character(36) NOT NULL', 1),
          ('column passwordless_codes.created_at', 'bigint NOT NULL', 1),
          ('column passwordless_codes.device_id_hash', 'character(44) NOT NULL', 1),
          ('column passwordless_codes.link_code_hash', 'character(44) NOT NULL', 1),
          ('column passwordless_codes.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_devices.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_devices.device_id_hash', 'character(44) NOT NULL', 1),
          ('column passwordless_devices.email', 'character varying(256)', 1),
          ('column passwordless_devices.failed_attempts', 'integer NOT NULL', 1),
          ('column passwordless_devices.link_code_salt', 'character(44) NOT NULL', 1),
          ('column passwordless_devices.phone_number', 'character varying(256)', 1),
          ('column passwordless_devices.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_user_to_tenant.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_user_to_tenant.email', 'character varying(256)', 1),
          ('column passwordless_user_to_tenant.phone_number', 'character varying(256)', 1),
          ('column passwordless_user_to_tenant.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_user_to_tenant.user_id', 'character(36) NOT NULL', 1),
          ('column passwordless_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column passwordless_users.email', 'character varying(256)', 1),
          ('column passwordless_users.phone_number', 'character varying(256)', 1),
          ('column passwordless_users.time_joined', 'bigint NOT NULL', 1),
          ('column passwordless_users.user_id', 'character(36) NOT NULL', 1),
          ('column role_permissions.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column role_permissions.permission', 'character varying(255) NOT NULL', 1),
          ('column role_permissions.role', 'character varying(255) NOT NULL', 1),
          ('column roles.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column roles.role', 'character varying(255) NOT NULL', 1),
          ('column session_access_token_signing_keys.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column session_access_token_signing_keys.created_at_time', 'bigint NOT NULL', 1),
          ('column session_access_token_signing_keys.value', 'text', 1),
          ('column session_info.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column session_info.created_at_time', 'bigint NOT NULL', 1),
          ('column session_info.expires_at', 'bigint NOT NULL', 1),
          ('column session_info.jwt_user_payload', 'text', 1),
          ('column session_info.refresh_token_hash_2', 'character varying(128) NOT NULL', 1),
          ('column session_info.session_data', 'text', 1),
          ('column session_info.session_handle', 'character varying(255) NOT NULL', 1),
          ('column session_info.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column session_info.use_static_key', 'boolean NOT NULL', 1),
          ('column session_info.user_id', 'character varying(128) NOT NULL', 1),
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
          ('column thirdparty_users.email', 'character varying(256) NOT NULL', 1),
          ('column thirdparty_users.third_party_id', 'character varying(28) NOT NULL', 1),
          ('column thirdparty_users.third_party_user_id', 'character varying(256) NOT NULL', 1),
          ('column thirdparty_users.time_joined', 'bigint NOT NULL', 1),
          ('column thirdparty_users.user_id', 'character(36) NOT NULL', 1),
          ('column totp_used_codes.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column totp_used_codes.code', 'character varying(8) NOT NULL', 1),
          ('column totp_used_codes.created_time_ms', 'bigint NOT NULL', 1),
          ('column totp_used_codes.expiry_time_ms', 'bigint NOT NULL', 1),
          ('column totp_used_codes.is_valid', 'boolean NOT NULL', 1),
          ('column totp_used_codes.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column totp_used_codes.user_id', 'character varying(128) NOT NULL', 1),
          ('column totp_user_devices.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column totp_user_devices.device_name', 'character varying(256) NOT NULL', 1),
          ('column totp_user_devices.period', 'integer NOT NULL', 1),
          ('column totp_user_devices.secret_key', 'character varying(256) NOT NULL', 1),
          ('column totp_user_devices.skew', 'integer NOT NULL', 1),
          ('column totp_user_devices.user_id', 'character varying(128) NOT NULL', 1),
          ('column totp_user_devices.verified', 'boolean NOT NULL', 1),
          ('column totp_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column totp_users.user_id', 'character varying(128) NOT NULL', 1),
          ('column user_last_active.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column user_last_active.last_active_time', 'bigint', 1),
          ('column user_last_active.user_id', 'character varying(128) NOT NULL', 1),
          ('column user_metadata.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column user_metadata.user_id', 'character varying(128) NOT NULL', 1),
          ('column user_metadata.user_metadata', 'text NOT NULL', 1),
          ('column user_roles.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column user_roles.role', 'character varying(255) NOT NULL', 1),
          ('column user_roles.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column user_roles.user_id', 'character varying(128) NOT NULL', 1),
          ('column userid_mapping.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 1),
          ('column userid_mapping.external_user_id', 'character varying(128) NOT NULL', 1),
          ('column userid_mapping.external_user_id_info', 'text', 1),
          ('column userid_mapping.supertokens_user_id', 'character(36) NOT NULL', 1),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 1),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint app_id_to_user_id.app_id_to_user_id_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint apps.apps_pkey', 'PRIMARY KEY (app_id)', 1),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'PRIMARY KEY (app_id, session_id)', 1),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint dashboard_users.dashboard_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint dashboard_users.dashboard_users_email_key', 'UNIQUE (app_id, email)', 1),
          ('constraint dashboard_users.dashboard_users_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'PRIMARY KEY (app_id, user_id, token)', 1),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'UNIQUE (token)', 1),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES emailpassword_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'UNIQUE (app_id, tenant_id, email)', 1),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 1),
          ('constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 1),
          ('constraint emailpassword_users.emailpassword_users_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint emailpassword_users.emailpassword_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint emailverification_tokens.emailverification_tokens_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, email, token)', 1),
          ('constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint emailverification_tokens.emailverification_tokens_token_key', 'UNIQUE (token)', 1),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'PRIMARY KEY (app_id, user_id, email)', 1),
          ('constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint jwt_signing_keys.jwt_signing_keys_pkey', 'PRIMARY KEY (app_id, key_id)', 1),
          ('constraint key_value.key_value_pkey', 'PRIMARY KEY (app_id, tenant_id, name)', 1),
          ('constraint key_value.key_value_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'FOREIGN KEY (app_id, tenant_id, device_id_hash) REFERENCES passwordless_devices(app_id, tenant_id, device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE', 1),
          ('constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'UNIQUE (app_id, tenant_id, link_code_hash)', 1),
          ('constraint passwordless_codes.passwordless_codes_pkey', 'PRIMARY KEY (app_id, tenant_id, code_id)', 1),
          ('constraint passwordless_devices.passwordless_devices_pkey', 'PRIMARY KEY (app_id, tenant_id, device_id_hash)', 1),
          ('constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'UNIQUE (app_id, tenant_id, email)', 1),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'UNIQUE (app_id, tenant_id, phone_number)', 1),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 1),
          ('constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 1),
          ('constraint passwordless_users.passwordless_users_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint passwordless_users.passwordless_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint role_permissions.role_permissions_pkey', 'PRIMARY KEY (app_id, role, permission)', 1),
          ('constraint role_permissions.role_permissions_role_fkey', 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE', 1),
          ('constraint roles.roles_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint roles.roles_pkey', 'PRIMARY KEY (app_id, role)', 1),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'PRIMARY KEY (app_id, created_at_time)', 1),
          ('constraint session_info.session_info_pkey', 'PRIMARY KEY (app_id, tenant_id, session_handle)', 1),
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
          ('constraint thirdparty_users.thirdparty_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint totp_used_codes.totp_used_codes_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, created_time_ms)', 1),
          ('constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint totp_used_codes.totp_used_codes_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint totp_user_devices.totp_user_devices_pkey', 'PRIMARY KEY (app_id, user_id, device_name)', 1),
          ('constraint totp_user_devices.totp_user_devices_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES totp_users(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint totp_users.totp_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint totp_users.totp_users_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint user_last_active.user_last_active_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint user_last_active.user_last_active_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint user_metadata.user_metadata_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 1),
          ('constraint user_metadata.user_metadata_pkey', 'PRIMARY KEY (app_id, user_id)', 1),
          ('constraint user_roles.user_roles_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, role)', 1),
          ('constraint user_roles.user_roles_role_fkey', 'FOREIGN KEY (app_id, role) REFERENCES roles(app_id, role) ON DELETE CASCADE', 1),
          ('constraint user_roles.user_roles_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 1),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'UNIQUE (app_id, external_user_id)', 1),
          ('constraint userid_mapping.userid_mapping_pkey', 'PRIMARY KEY (app_id, supertokens_user_id, external_user_id)', 1),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'FOREIGN KEY (app_id, supertokens_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 1),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'UNIQUE (app_id, supertokens_user_id)', 1),
          ('index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'CREATE INDEX all_auth_recipe_tenant_id_index ON all_auth_recipe_users USING btree (app_id, tenant_id)', 1),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_index', 'CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users USING btree (app_id, user_id)', 1),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC)', 1),
          ('index app_id_to_user_id.app_id_to_user_id_app_id_index', 'CREATE INDEX app_id_to_user_id_app_id_index ON app_id_to_user_id USING btree (app_id)', 1),
          ('index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'CREATE INDEX dashboard_user_sessions_expiry_index ON dashboard_user_sessions USING btree (expiry)', 1),
          ('index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'CREATE INDEX dashboard_user_sessions_user_id_index ON dashboard_user_sessions USING btree (app_id, user_id)', 1),
          ('index dashboard_users.dashboard_users_app_id_index', 'CREATE INDEX dashboard_users_app_id_index ON dashboard_users USING btree (app_id)', 1),
          ('index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'CREATE INDEX emailpassword_password_reset_token_expiry_index ON emailpassword_pswd_reset_tokens USING btree (token_expiry)', 1),
          ('index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'CREATE INDEX emailpassword_pswd_reset_tokens_user_id_index ON emailpassword_pswd_reset_tokens USING btree (app_id, user_id)', 1),
          ('index emailverification_tokens.emailverification_tokens_index', 'CREATE INDEX emailverification_tokens_index ON emailverification_tokens USING btree (token_expiry)', 1),
          ('index emailverification_tokens.emailverification_tokens_tenant_id_index', 'CREATE INDEX emailverification_tokens_tenant_id_index ON emailverification_tokens USING btree (app_id, tenant_id)', 1),
          ('index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'CREATE INDEX emailverification_verified_emails_app_id_index ON emailverification_verified_emails USING btree (app_id)', 1),
          ('index jwt_signing_keys.jwt_signing_keys_app_id_index', 'CREATE INDEX jwt_signing_keys_app_id_index ON jwt_signing_keys USING btree (app_id)', 1),
          ('index key_value.key_value_tenant_id_index', 'CREATE INDEX key_value_tenant_id_index ON key_value USING btree (app_id, tenant_id)', 1),
          ('index passwordless_codes.passwordless_codes_created_at_index', 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (app_id, tenant_id, created_at)', 1),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (app_id, tenant_id, device_id_hash)', 1),
          ('index passwordless_devices.passwordless_devices_email_index', 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (app_id, tenant_id, email)', 1),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (app_id, tenant_id, phone_number)', 1),
          ('index passwordless_devices.passwordless_devices_tenant_id_index', 'CREATE INDEX passwordless_devices_tenant_id_index ON passwordless_devices USING btree (app_id, tenant_id)', 1),
          ('index role_permissions.role_permissions_permission_index', 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (app_id, permission)', 1),
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
          ('index totp_used_codes.totp_used_codes_tenant_id_index', 'CREATE INDEX totp_used_codes_tenant_id_index ON totp_used_codes USING btree (app_id, tenant_id)', 1),
          ('index totp_used_codes.totp_used_codes_user_id_index', 'CREATE INDEX totp_used_codes_user_id_index ON totp_used_codes USING btree (app_id, user_id)', 1),
          ('index totp_user_devices.totp_user_devices_user_id_index', 'CREATE INDEX totp_user_devices_user_id_index ON totp_user_devices USING btree (app_id, user_id)', 1),
          ('index totp_users.totp_users_app_id_index', 'CREATE INDEX totp_users_app_id_index ON totp_users USING btree (app_id)', 1),
          ('index user_last_active.user_last_active_app_id_index', 'CREATE INDEX user_last_active_app_id_index ON user_last_active USING btree (app_id)', 1),
          ('index user_metadata.user_metadata_app_id_index', 'CREATE INDEX user_metadata_app_id_index ON user_metadata USING btree (app_id)', 1),
          ('index user_roles.user_roles_app_id_role_index', 'CREATE INDEX user_roles_app_id_role_index ON user_roles USING btree (app_id, role)', 1),
          ('index user_roles.user_roles_role_index', 'CREATE INDEX user_roles_role_index ON user_roles USING btree (app_id, tenant_id, role)', 1),
          ('index user_roles.user_roles_tenant_id_index', 'CREATE INDEX user_roles_tenant_id_index ON user_roles USING btree (app_id, tenant_id)', 1),
          ('index userid_mapping.userid_mapping_supertokens_user_id_index', 'CREATE INDEX userid_mapping_supertokens_user_id_index ON userid_mapping USING btree (app_id, supertokens_user_id)', 1),
          ('table all_auth_recipe_users', 'present', 1),
          ('table app_id_to_user_id', 'present', 1),
          ('table apps', 'present', 1),
          ('table dashboard_user_sessions', 'present', 1),
          ('table dashboard_users', 'present', 1),
          ('table emailpassword_pswd_reset_tokens', 'present', 1),
          ('table emailpassword_user_to_tenant', 'present', 1),
          ('table emailpassword_users', 'present', 1),
          ('table emailverification_tokens', 'present', 1),
          ('table emailverification_verified_emails', 'present', 1),
          ('table jwt_signing_keys', 'present', 1),
          ('table key_value', 'present', 1),
          ('table passwordless_codes', 'present', 1),
          ('table passwordless_devices', 'present', 1),
          ('table passwordless_user_to_tenant', 'present', 1),
          ('table passwordless_users', 'present', 1),
          ('table role_permissions', 'present', 1),
          ('table roles', 'present', 1),
          ('table session_access_token_signing_keys', 'present', 1),
          ('table session_info', 'present', 1),
          ('table tenant_configs', 'present', 1),
          ('table tenant_thirdparty_provider_clients', 'present', 1),
          ('table tenant_thirdparty_providers', 'present', 1),
          ('table tenants', 'present', 1),
          ('table thirdparty_user_to_tenant', 'present', 1),
          ('table thirdparty_users', 'present', 1),
          ('table totp_used_codes', 'present', 1),
          ('table totp_user_devices', 'present', 1),
          ('table totp_users', 'present', 1),
          ('table user_last_active', 'present', 1),
          ('table user_metadata', 'present', 1),
          ('table user_roles', 'present', 1),
          ('table userid_mapping', 'present', 1)),
      required(k, m, f) AS (SELECT NULL::text, NULL::text, 0 WHERE FALSE),
      implied(a, b, m) AS (VALUES ('table apps', 'column apps.app_id', 'table apps has no column app_id, which this script drops together with table apps'),
          ('column apps.app_id', 'table apps', 'table apps is missing, which this script drops together with column app_id of table apps'),
          ('table apps', 'column apps.created_at_time', 'table apps has no column created_at_time, which this script drops together with table apps'),
          ('column apps.created_at_time', 'table apps', 'table apps is missing, which this script drops together with column created_at_time of table apps'),
          ('table apps', 'constraint apps.apps_pkey', 'table apps has no constraint apps_pkey, which this script drops together with table apps'),
          ('table tenants', 'column tenants.app_id', 'table tenants has no column app_id, which this script drops together with table tenants'),
          ('column tenants.app_id', 'table tenants', 'table tenants is missing, which this script drops together with column app_id of table tenants'),
          ('table tenants', 'column tenants.created_at_time', 'table tenants has no column created_at_time, which this script drops together with table tenants'),
          ('column tenants.created_at_time', 'table tenants', 'table tenants is missing, which this script drops together with column created_at_time of table tenants'),
          ('table tenants', 'column tenants.tenant_id', 'table tenants has no column tenant_id, which this script drops together with table tenants'),
          ('column tenants.tenant_id', 'table tenants', 'table tenants is missing, which this script drops together with column tenant_id of table tenants'),
          ('table tenants', 'constraint tenants.tenants_app_id_fkey', 'table tenants has no constraint tenants_app_id_fkey, which this script drops together with table tenants'),
          ('table tenants', 'constraint tenants.tenants_pkey', 'table tenants has no constraint tenants_pkey, which this script drops together with table tenants'),
          ('table tenants', 'table apps', 'table apps is missing, which this script drops only after table tenants (still there)'),
          ('table key_value', 'column key_value.app_id', 'table key_value has no column app_id, which this script drops together with table key_value'),
          ('column key_value.app_id', 'table key_value', 'table key_value is missing, which this script drops together with column app_id of table key_value'),
          ('table key_value', 'column key_value.created_at_time', 'table key_value has no column created_at_time, which this script drops together with table key_value'),
          ('column key_value.created_at_time', 'table key_value', 'table key_value is missing, which this script drops together with column created_at_time of table key_value'),
          ('table key_value', 'column key_value.name', 'table key_value has no column name, which this script drops together with table key_value'),
          ('column key_value.name', 'table key_value', 'table key_value is missing, which this script drops together with column name of table key_value'),
          ('table key_value', 'column key_value.tenant_id', 'table key_value has no column tenant_id, which this script drops together with table key_value'),
          ('column key_value.tenant_id', 'table key_value', 'table key_value is missing, which this script drops together with column tenant_id of table key_value'),
          ('table key_value', 'column key_value.value', 'table key_value has no column value, which this script drops together with table key_value'),
          ('column key_value.value', 'table key_value', 'table key_value is missing, which this script drops together with column value of table key_value'),
          ('table key_value', 'constraint key_value.key_value_pkey', 'table key_value has no constraint key_value_pkey, which this script drops together with table key_value'),
          ('table key_value', 'constraint key_value.key_value_tenant_id_fkey', 'table key_value has no constraint key_value_tenant_id_fkey, which this script drops together with table key_value'),
          ('table key_value', 'table tenants', 'table tenants is missing, which this script drops only after table key_value (still there)'),
          ('table key_value', 'index tenants.tenants_app_id_index', 'table tenants has no index tenants_app_id_index, which this script drops only after table key_value (still there)'),
          ('table session_info', 'column session_info.app_id', 'table session_info has no column app_id, which this script drops together with table session_info'),
          ('column session_info.app_id', 'table session_info', 'table session_info is missing, which this script drops together with column app_id of table session_info'),
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
          ('table session_info', 'column session_info.tenant_id', 'table session_info has no column tenant_id, which this script drops together with table session_info'),
          ('column session_info.tenant_id', 'table session_info', 'table session_info is missing, which this script drops together with column tenant_id of table session_info'),
          ('table session_info', 'column session_info.use_static_key', 'table session_info has no column use_static_key, which this script drops together with table session_info'),
          ('column session_info.use_static_key', 'table session_info', 'table session_info is missing, which this script drops together with column use_static_key of table session_info'),
          ('table session_info', 'column session_info.user_id', 'table session_info has no column user_id, which this script drops together with table session_info'),
          ('column session_info.user_id', 'table session_info', 'table session_info is missing, which this script drops together with column user_id of table session_info'),
          ('table session_info', 'constraint session_info.session_info_pkey', 'table session_info has no constraint session_info_pkey, which this script drops together with table session_info'),
          ('table session_info', 'constraint session_info.session_info_tenant_id_fkey', 'table session_info has no constraint session_info_tenant_id_fkey, which this script drops together with table session_info'),
          ('table session_info', 'table key_value', 'table key_value is missing, which this script drops only after table session_info (still there)'),
          ('table session_info', 'index key_value.key_value_tenant_id_index', 'table key_value has no index key_value_tenant_id_index, which this script drops only after table session_info (still there)'),
          ('table app_id_to_user_id', 'column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id, which this script drops together with table app_id_to_user_id'),
          ('column app_id_to_user_id.app_id', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script drops together with column app_id of table app_id_to_user_id'),
          ('table app_id_to_user_id', 'column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id, which this script drops together with table app_id_to_user_id'),
          ('column app_id_to_user_id.recipe_id', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script drops together with column recipe_id of table app_id_to_user_id'),
          ('table app_id_to_user_id', 'column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id, which this script drops together with table app_id_to_user_id'),
          ('column app_id_to_user_id.user_id', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script drops together with column user_id of table app_id_to_user_id'),
          ('table app_id_to_user_id', 'constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_app_id_fkey, which this script drops together with table app_id_to_user_id'),
          ('table app_id_to_user_id', 'constraint app_id_to_user_id.app_id_to_user_id_pkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_pkey, which this script drops together with table app_id_to_user_id'),
          ('table app_id_to_user_id', 'table session_info', 'table session_info is missing, which this script drops only after table app_id_to_user_id (still there)'),
          ('table app_id_to_user_id', 'index session_info.session_expiry_index', 'table session_info has no index session_expiry_index, which this script drops only after table app_id_to_user_id (still there)'),
          ('table app_id_to_user_id', 'index session_info.session_info_tenant_id_index', 'table session_info has no index session_info_tenant_id_index, which this script drops only after table app_id_to_user_id (still there)'),
          ('table emailpassword_users', 'column emailpassword_users.app_id', 'table emailpassword_users has no column app_id, which this script drops together with table emailpassword_users'),
          ('column emailpassword_users.app_id', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column app_id of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.email', 'table emailpassword_users has no column email, which this script drops together with table emailpassword_users'),
          ('column emailpassword_users.email', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column email of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash, which this script drops together with table emailpassword_users'),
          ('column emailpassword_users.password_hash', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column password_hash of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined, which this script drops together with table emailpassword_users'),
          ('column emailpassword_users.time_joined', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column time_joined of table emailpassword_users'),
          ('table emailpassword_users', 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id, which this script drops together with table emailpassword_users'),
          ('column emailpassword_users.user_id', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column user_id of table emailpassword_users'),
          ('table emailpassword_users', 'constraint emailpassword_users.emailpassword_users_pkey', 'table emailpassword_users has no constraint emailpassword_users_pkey, which this script drops together with table emailpassword_users'),
          ('table emailpassword_users', 'constraint emailpassword_users.emailpassword_users_user_id_fkey', 'table emailpassword_users has no constraint emailpassword_users_user_id_fkey, which this script drops together with table emailpassword_users'),
          ('table emailpassword_users', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script drops only after table emailpassword_users (still there)'),
          ('table emailpassword_users', 'index app_id_to_user_id.app_id_to_user_id_app_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_app_id_index, which this script drops only after table emailpassword_users (still there)'),
          ('table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens has no column app_id, which this script drops together with table emailpassword_pswd_reset_tokens'),
          ('column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops together with column app_id of table emailpassword_pswd_reset_tokens'),
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
          ('table emailverification_tokens', 'column emailverification_tokens.app_id', 'table emailverification_tokens has no column app_id, which this script drops together with table emailverification_tokens'),
          ('column emailverification_tokens.app_id', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column app_id of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.email', 'table emailverification_tokens has no column email, which this script drops together with table emailverification_tokens'),
          ('column emailverification_tokens.email', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column email of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.tenant_id', 'table emailverification_tokens has no column tenant_id, which this script drops together with table emailverification_tokens'),
          ('column emailverification_tokens.tenant_id', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column tenant_id of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.token', 'table emailverification_tokens has no column token, which this script drops together with table emailverification_tokens'),
          ('column emailverification_tokens.token', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column token of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry, which this script drops together with table emailverification_tokens'),
          ('column emailverification_tokens.token_expiry', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column token_expiry of table emailverification_tokens'),
          ('table emailverification_tokens', 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id, which this script drops together with table emailverification_tokens'),
          ('column emailverification_tokens.user_id', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column user_id of table emailverification_tokens'),
          ('table emailverification_tokens', 'constraint emailverification_tokens.emailverification_tokens_pkey', 'table emailverification_tokens has no constraint emailverification_tokens_pkey, which this script drops together with table emailverification_tokens'),
          ('table emailverification_tokens', 'constraint emailverification_tokens.emailverification_tokens_tenant_id_fkey', 'table emailverification_tokens has no constraint emailverification_tokens_tenant_id_fkey, which this script drops together with table emailverification_tokens'),
          ('table emailverification_tokens', 'constraint emailverification_tokens.emailverification_tokens_token_key', 'table emailverification_tokens has no constraint emailverification_tokens_token_key, which this script drops together with table emailverification_tokens'),
          ('table emailverification_tokens', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops only after table emailverification_tokens (still there)'),
          ('table emailverification_tokens', 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index, which this script drops only after table emailverification_tokens (still there)'),
          ('table emailverification_tokens', 'index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_pswd_reset_tokens_user_id_index, which this script drops only after table emailverification_tokens (still there)'),
          ('table emailverification_verified_emails', 'column emailverification_verified_emails.app_id', 'table emailverification_verified_emails has no column app_id, which this script drops together with table emailverification_verified_emails'),
          ('column emailverification_verified_emails.app_id', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops together with column app_id of table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email, which this script drops together with table emailverification_verified_emails'),
          ('column emailverification_verified_emails.email', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops together with column email of table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id, which this script drops together with table emailverification_verified_emails'),
          ('column emailverification_verified_emails.user_id', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops together with column user_id of table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'constraint emailverification_verified_emails.emailverification_verified_emails_app_id_fkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_app_id_fkey, which this script drops together with table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'constraint emailverification_verified_emails.emailverification_verified_emails_pkey', 'table emailverification_verified_emails has no constraint emailverification_verified_emails_pkey, which this script drops together with table emailverification_verified_emails'),
          ('table emailverification_verified_emails', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops only after table emailverification_verified_emails (still there)'),
          ('table emailverification_verified_emails', 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index, which this script drops only after table emailverification_verified_emails (still there)'),
          ('table emailverification_verified_emails', 'index emailverification_tokens.emailverification_tokens_tenant_id_index', 'table emailverification_tokens has no index emailverification_tokens_tenant_id_index, which this script drops only after table emailverification_verified_emails (still there)'),
          ('table thirdparty_users', 'column thirdparty_users.app_id', 'table thirdparty_users has no column app_id, which this script drops together with table thirdparty_users'),
          ('column thirdparty_users.app_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column app_id of table thirdparty_users'),
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
          ('table thirdparty_users', 'constraint thirdparty_users.thirdparty_users_user_id_fkey', 'table thirdparty_users has no constraint thirdparty_users_user_id_fkey, which this script drops together with table thirdparty_users'),
          ('table thirdparty_users', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops only after table thirdparty_users (still there)'),
          ('table thirdparty_users', 'index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'table emailverification_verified_emails has no index emailverification_verified_emails_app_id_index, which this script drops only after table thirdparty_users (still there)'),
          ('table all_auth_recipe_users', 'column all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no column app_id, which this script drops together with table all_auth_recipe_users'),
          ('column all_auth_recipe_users.app_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops together with column app_id of table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id, which this script drops together with table all_auth_recipe_users'),
          ('column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops together with column recipe_id of table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id, which this script drops together with table all_auth_recipe_users'),
          ('column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops together with column tenant_id of table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined, which this script drops together with table all_auth_recipe_users'),
          ('column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops together with column time_joined of table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id, which this script drops together with table all_auth_recipe_users'),
          ('column all_auth_recipe_users.user_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops together with column user_id of table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_pkey, which this script drops together with table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_tenant_id_fkey, which this script drops together with table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_user_id_fkey, which this script drops together with table all_auth_recipe_users'),
          ('table all_auth_recipe_users', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops only after table all_auth_recipe_users (still there)'),
          ('table all_auth_recipe_users', 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'table thirdparty_users has no index thirdparty_users_thirdparty_user_id_index, which this script drops only after table all_auth_recipe_users (still there)'),
          ('table all_auth_recipe_users', 'index thirdparty_users.thirdparty_users_email_index', 'table thirdparty_users has no index thirdparty_users_email_index, which this script drops only after table all_auth_recipe_users (still there)'),
          ('table jwt_signing_keys', 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm, which this script drops together with table jwt_signing_keys'),
          ('column jwt_signing_keys.algorithm', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops together with column algorithm of table jwt_signing_keys'),
          ('table jwt_signing_keys', 'column jwt_signing_keys.app_id', 'table jwt_signing_keys has no column app_id, which this script drops together with table jwt_signing_keys'),
          ('column jwt_signing_keys.app_id', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops together with column app_id of table jwt_signing_keys'),
          ('table jwt_signing_keys', 'column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at, which this script drops together with table jwt_signing_keys'),
          ('column jwt_signing_keys.created_at', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops together with column created_at of table jwt_signing_keys'),
          ('table jwt_signing_keys', 'column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id, which this script drops together with table jwt_signing_keys'),
          ('column jwt_signing_keys.key_id', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops together with column key_id of table jwt_signing_keys'),
          ('table jwt_signing_keys', 'column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string, which this script drops together with table jwt_signing_keys'),
          ('column jwt_signing_keys.key_string', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops together with column key_string of table jwt_signing_keys'),
          ('table jwt_signing_keys', 'constraint jwt_signing_keys.jwt_signing_keys_app_id_fkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_app_id_fkey, which this script drops together with table jwt_signing_keys'),
          ('table jwt_signing_keys', 'constraint jwt_signing_keys.jwt_signing_keys_pkey', 'table jwt_signing_keys has no constraint jwt_signing_keys_pkey, which this script drops together with table jwt_signing_keys'),
          ('table jwt_signing_keys', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops only after table jwt_signing_keys (still there)'),
          ('table jwt_signing_keys', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index, which this script drops only after table jwt_signing_keys (still there)'),
          ('table jwt_signing_keys', 'index all_auth_recipe_users.all_auth_recipe_user_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_user_id_index, which this script drops only after table jwt_signing_keys (still there)'),
          ('table jwt_signing_keys', 'index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_tenant_id_index, which this script drops only after table jwt_signing_keys (still there)'),
          ('table session_access_token_signing_keys', 'column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys has no column app_id, which this script drops together with table session_access_token_signing_keys'),
          ('column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script drops together with column app_id of table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time, which this script drops together with table session_access_token_signing_keys'),
          ('column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script drops together with column created_at_time of table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value, which this script drops together with table session_access_token_signing_keys'),
          ('column session_access_token_signing_keys.value', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script drops together with column value of table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'constraint session_access_token_signing_keys.session_access_token_signing_keys_app_id_fkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_app_id_fkey, which this script drops together with table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'constraint session_access_token_signing_keys.session_access_token_signing_keys_pkey', 'table session_access_token_signing_keys has no constraint session_access_token_signing_keys_pkey, which this script drops together with table session_access_token_signing_keys'),
          ('table session_access_token_signing_keys', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops only after table session_access_token_signing_keys (still there)'),
          ('table session_access_token_signing_keys', 'index jwt_signing_keys.jwt_signing_keys_app_id_index', 'table jwt_signing_keys has no index jwt_signing_keys_app_id_index, which this script drops only after table session_access_token_signing_keys (still there)'),
          ('table passwordless_users', 'column passwordless_users.app_id', 'table passwordless_users has no column app_id, which this script drops together with table passwordless_users'),
          ('column passwordless_users.app_id', 'table passwordless_users', 'table passwordless_users is missing, which this script drops together with column app_id of table passwordless_users'),
          ('table passwordless_users', 'column passwordless_users.email', 'table passwordless_users has no column email, which this script drops together with table passwordless_users'),
          ('column passwordless_users.email', 'table passwordless_users', 'table passwordless_users is missing, which this script drops together with column email of table passwordless_users'),
          ('table passwordless_users', 'column passwordless_users.phone_number', 'table passwordless_users has no column phone_number, which this script drops together with table passwordless_users'),
          ('column passwordless_users.phone_number', 'table passwordless_users', 'table passwordless_users is missing, which this script drops together with column phone_number of table passwordless_users'),
          ('table passwordless_users', 'column passwordless_users.time_joined', 'table passwordless_users has no column time_joined, which this script drops together with table passwordless_users'),
          ('column passwordless_users.time_joined', 'table passwordless_users', 'table passwordless_users is missing, which this script drops together with column time_joined of table passwordless_users'),
          ('table passwordless_users', 'column passwordless_users.user_id', 'table passwordless_users has no column user_id, which this script drops together with table passwordless_users'),
          ('column passwordless_users.user_id', 'table passwordless_users', 'table passwordless_users is missing, which this script drops together with column user_id of table passwordless_users'),
          ('table passwordless_users', 'constraint passwordless_users.passwordless_users_pkey', 'table passwordless_users has no constraint passwordless_users_pkey, which this script drops together with table passwordless_users'),
          ('table passwordless_users', 'constraint passwordless_users.passwordless_users_user_id_fkey', 'table passwordless_users has no constraint passwordless_users_user_id_fkey, which this script drops together with table passwordless_users'),
          ('table passwordless_users', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script drops only after table passwordless_users (still there)'),
          ('table passwordless_users', 'index session_access_token_signing_keys.access_token_signing_keys_app_id_index', 'table session_access_token_signing_keys has no index access_token_signing_keys_app_id_index, which this script drops only after table passwordless_users (still there)'),
          ('table passwordless_devices', 'column passwordless_devices.app_id', 'table passwordless_devices has no column app_id, which this script drops together with table passwordless_devices'),
          ('column passwordless_devices.app_id', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column app_id of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash, which this script drops together with table passwordless_devices'),
          ('column passwordless_devices.device_id_hash', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column device_id_hash of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.email', 'table passwordless_devices has no column email, which this script drops together with table passwordless_devices'),
          ('column passwordless_devices.email', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column email of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts, which this script drops together with table passwordless_devices'),
          ('column passwordless_devices.failed_attempts', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column failed_attempts of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt, which this script drops together with table passwordless_devices'),
          ('column passwordless_devices.link_code_salt', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column link_code_salt of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number, which this script drops together with table passwordless_devices'),
          ('column passwordless_devices.phone_number', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column phone_number of table passwordless_devices'),
          ('table passwordless_devices', 'column passwordless_devices.tenant_id', 'table passwordless_devices has no column tenant_id, which this script drops together with table passwordless_devices'),
          ('column passwordless_devices.tenant_id', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column tenant_id of table passwordless_devices'),
          ('table passwordless_devices', 'constraint passwordless_devices.passwordless_devices_pkey', 'table passwordless_devices has no constraint passwordless_devices_pkey, which this script drops together with table passwordless_devices'),
          ('table passwordless_devices', 'constraint passwordless_devices.passwordless_devices_tenant_id_fkey', 'table passwordless_devices has no constraint passwordless_devices_tenant_id_fkey, which this script drops together with table passwordless_devices'),
          ('table passwordless_devices', 'table passwordless_users', 'table passwordless_users is missing, which this script drops only after table passwordless_devices (still there)'),
          ('table passwordless_codes', 'column passwordless_codes.app_id', 'table passwordless_codes has no column app_id, which this script drops together with table passwordless_codes'),
          ('column passwordless_codes.app_id', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column app_id of table passwordless_codes'),
          ('table passwordless_codes', 'column passwordless_codes.code_id', 'table passwordless_codes has no column code_id, which this script drops together with table passwordless_codes'),
          ('column passwordless_codes.code_id', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column code_id of table passwordless_codes'),
          ('table passwordless_codes', 'column passwordless_codes.created_at', 'table passwordless_codes has no column created_at, which this script drops together with table passwordless_codes'),
          ('column passwordless_codes.created_at', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column created_at of table passwordless_codes'),
          ('table passwordless_codes', 'column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash, which this script drops together with table passwordless_codes'),
          ('column passwordless_codes.device_id_hash', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column device_id_hash of table passwordless_codes'),
          ('table passwordless_codes', 'column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash, which this script drops together with table passwordless_codes'),
          ('column passwordless_codes.link_code_hash', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column link_code_hash of table passwordless_codes'),
          ('table passwordless_codes', 'column passwordless_codes.tenant_id', 'table passwordless_codes has no column tenant_id, which this script drops together with table passwordless_codes'),
          ('column passwordless_codes.tenant_id', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column tenant_id of table passwordless_codes'),
          ('table passwordless_codes', 'constraint passwordless_codes.passwordless_codes_device_id_hash_fkey', 'table passwordless_codes has no constraint passwordless_codes_device_id_hash_fkey, which this script drops together with table passwordless_codes'),
          ('table passwordless_codes', 'constraint passwordless_codes.passwordless_codes_link_code_hash_key', 'table passwordless_codes has no constraint passwordless_codes_link_code_hash_key, which this script drops together with table passwordless_codes'),
          ('table passwordless_codes', 'constraint passwordless_codes.passwordless_codes_pkey', 'table passwordless_codes has no constraint passwordless_codes_pkey, which this script drops together with table passwordless_codes'),
          ('table passwordless_codes', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops only after table passwordless_codes (still there)'),
          ('table passwordless_codes', 'index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index, which this script drops only after table passwordless_codes (still there)'),
          ('table passwordless_codes', 'index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index, which this script drops only after table passwordless_codes (still there)'),
          ('table passwordless_codes', 'index passwordless_devices.passwordless_devices_tenant_id_index', 'table passwordless_devices has no index passwordless_devices_tenant_id_index, which this script drops only after table passwordless_codes (still there)'),
          ('table user_metadata', 'column user_metadata.app_id', 'table user_metadata has no column app_id, which this script drops together with table user_metadata'),
          ('column user_metadata.app_id', 'table user_metadata', 'table user_metadata is missing, which this script drops together with column app_id of table user_metadata'),
          ('table user_metadata', 'column user_metadata.user_id', 'table user_metadata has no column user_id, which this script drops together with table user_metadata'),
          ('column user_metadata.user_id', 'table user_metadata', 'table user_metadata is missing, which this script drops together with column user_id of table user_metadata'),
          ('table user_metadata', 'column user_metadata.user_metadata', 'table user_metadata has no column user_metadata, which this script drops together with table user_metadata'),
          ('column user_metadata.user_metadata', 'table user_metadata', 'table user_metadata is missing, which this script drops together with column user_metadata of table user_metadata'),
          ('table user_metadata', 'constraint user_metadata.user_metadata_app_id_fkey', 'table user_metadata has no constraint user_metadata_app_id_fkey, which this script drops together with table user_metadata'),
          ('table user_metadata', 'constraint user_metadata.user_metadata_pkey', 'table user_metadata has no constraint user_metadata_pkey, which this script drops together with table user_metadata'),
          ('table user_metadata', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops only after table user_metadata (still there)'),
          ('table user_metadata', 'index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index, which this script drops only after table user_metadata (still there)'),
          ('table user_metadata', 'index passwordless_codes.passwordless_codes_device_id_hash_index', 'table passwordless_codes has no index passwordless_codes_device_id_hash_index, which this script drops only after table user_metadata (still there)'),
          ('table roles', 'column roles.app_id', 'table roles has no column app_id, which this script drops together with table roles'),
          ('column roles.app_id', 'table roles', 'table roles is missing, which this script drops together with column app_id of table roles'),
          ('table roles', 'column roles.role', 'table roles has no column role, which this script drops together with table roles'),
          ('column roles.role', 'table roles', 'table roles is missing, which this script drops together with column role of table roles'),
          ('table roles', 'constraint roles.roles_app_id_fkey', 'table roles has no constraint roles_app_id_fkey, which this script drops together with table roles'),
          ('table roles', 'constraint roles.roles_pkey', 'table roles has no constraint roles_pkey, which this script drops together with table roles'),
          ('table roles', 'table user_metadata', 'table user_metadata is missing, which this script drops only after table roles (still there)'),
          ('table roles', 'index user_metadata.user_metadata_app_id_index', 'table user_metadata has no index user_metadata_app_id_index, which this script drops only after table roles (still there)'),
          ('table role_permissions', 'column role_permissions.app_id', 'table role_permissions has no column app_id, which this script drops together with table role_permissions'),
          ('column role_permissions.app_id', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column app_id of table role_permissions'),
          ('table role_permissions', 'column role_permissions.permission', 'table role_permissions has no column permission, which this script drops together with table role_permissions'),
          ('column role_permissions.permission', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column permission of table role_permissions'),
          ('table role_permissions', 'column role_permissions.role', 'table role_permissions has no column role, which this script drops together with table role_permissions'),
          ('column role_permissions.role', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column role of table role_permissions'),
          ('table role_permissions', 'constraint role_permissions.role_permissions_pkey', 'table role_permissions has no constraint role_permissions_pkey, which this script drops together with table role_permissions'),
          ('table role_permissions', 'constraint role_permissions.role_permissions_role_fkey', 'table role_permissions has no constraint role_permissions_role_fkey, which this script drops together with table role_permissions'),
          ('table role_permissions', 'table roles', 'table roles is missing, which this script drops only after table role_permissions (still there)'),
          ('table role_permissions', 'index roles.roles_app_id_index', 'table roles has no index roles_app_id_index, which this script drops only after table role_permissions (still there)'),
          ('table user_roles', 'column user_roles.app_id', 'table user_roles has no column app_id, which this script drops together with table user_roles'),
          ('column user_roles.app_id', 'table user_roles', 'table user_roles is missing, which this script drops together with column app_id of table user_roles'),
          ('table user_roles', 'column user_roles.role', 'table user_roles has no column role, which this script drops together with table user_roles'),
          ('column user_roles.role', 'table user_roles', 'table user_roles is missing, which this script drops together with column role of table user_roles'),
          ('table user_roles', 'column user_roles.tenant_id', 'table user_roles has no column tenant_id, which this script drops together with table user_roles'),
          ('column user_roles.tenant_id', 'table user_roles', 'table user_roles is missing, which this script drops together with column tenant_id of table user_roles'),
          ('table user_roles', 'column user_roles.user_id', 'table user_roles has no column user_id, which this script drops together with table user_roles'),
          ('column user_roles.user_id', 'table user_roles', 'table user_roles is missing, which this script drops together with column user_id of table user_roles'),
          ('table user_roles', 'constraint user_roles.user_roles_pkey', 'table user_roles has no constraint user_roles_pkey, which this script drops together with table user_roles'),
          ('table user_roles', 'constraint user_roles.user_roles_role_fkey', 'table user_roles has no constraint user_roles_role_fkey, which this script drops together with table user_roles'),
          ('table user_roles', 'constraint user_roles.user_roles_tenant_id_fkey', 'table user_roles has no constraint user_roles_tenant_id_fkey, which this script drops together with table user_roles'),
          ('table user_roles', 'table role_permissions', 'table role_permissions is missing, which this script drops only after table user_roles (still there)'),
          ('table user_roles', 'index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index, which this script drops only after table user_roles (still there)'),
          ('table user_roles', 'index role_permissions.role_permissions_role_index', 'table role_permissions has no index role_permissions_role_index, which this script drops only after table user_roles (still there)'),
          ('table userid_mapping', 'column userid_mapping.app_id', 'table userid_mapping has no column app_id, which this script drops together with table userid_mapping'),
          ('column userid_mapping.app_id', 'table userid_mapping', 'table userid_mapping is missing, which this script drops together with column app_id of table userid_mapping'),
          ('table userid_mapping', 'column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id, which this script drops together with table userid_mapping'),
          ('column userid_mapping.external_user_id', 'table userid_mapping', 'table userid_mapping is missing, which this script drops together with column external_user_id of table userid_mapping'),
          ('table userid_mapping', 'column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info, which this script drops together with table userid_mapping'),
          ('column userid_mapping.external_user_id_info', 'table userid_mapping', 'table userid_mapping is missing, which this script drops together with column external_user_id_info of table userid_mapping'),
          ('table userid_mapping', 'column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id, which this script drops together with table userid_mapping'),
          ('column userid_mapping.supertokens_user_id', 'table userid_mapping', 'table userid_mapping is missing, which this script drops together with column supertokens_user_id of table userid_mapping'),
          ('table userid_mapping', 'constraint userid_mapping.userid_mapping_external_user_id_key', 'table userid_mapping has no constraint userid_mapping_external_user_id_key, which this script drops together with table userid_mapping'),
          ('table userid_mapping', 'constraint userid_mapping.userid_mapping_pkey', 'table userid_mapping has no constraint userid_mapping_pkey, which this script drops together with table userid_mapping'),
          ('table userid_mapping', 'constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_fkey, which this script drops together with table userid_mapping'),
          ('table userid_mapping', 'constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_key, which this script drops together with table userid_mapping'),
          ('table userid_mapping', 'table user_roles', 'table user_roles is missing, which this script drops only after table userid_mapping (still there)'),
          ('table userid_mapping', 'index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index, which this script drops only after table userid_mapping (still there)'),
          ('table userid_mapping', 'index user_roles.user_roles_tenant_id_index', 'table user_roles has no index user_roles_tenant_id_index, which this script drops only after table userid_mapping (still there)'),
          ('table userid_mapping', 'index user_roles.user_roles_app_id_role_index', 'table user_roles has no index user_roles_app_id_role_index, which this script drops only after table userid_mapping (still there)'),
          ('table dashboard_users', 'column dashboard_users.app_id', 'table dashboard_users has no column app_id, which this script drops together with table dashboard_users'),
          ('column dashboard_users.app_id', 'table dashboard_users', 'table dashboard_users is missing, which this script drops together with column app_id of table dashboard_users'),
          ('table dashboard_users', 'column dashboard_users.email', 'table dashboard_users has no column email, which this script drops together with table dashboard_users'),
          ('column dashboard_users.email', 'table dashboard_users', 'table dashboard_users is missing, which this script drops together with column email of table dashboard_users'),
          ('table dashboard_users', 'column dashboard_users.password_hash', 'table dashboard_users has no column password_hash, which this script drops together with table dashboard_users'),
          ('column dashboard_users.password_hash', 'table dashboard_users', 'table dashboard_users is missing, which this script drops together with column password_hash of table dashboard_users'),
          ('table dashboard_users', 'column dashboard_users.time_joined', 'table dashboard_users has no column time_joined, which this script drops together with table dashboard_users'),
          ('column dashboard_users.time_joined', 'table dashboard_users', 'table dashboard_users is missing, which this script drops together with column time_joined of table dashboard_users'),
          ('table dashboard_users', 'column dashboard_users.user_id', 'table dashboard_users has no column user_id, which this script drops together with table dashboard_users'),
          ('column dashboard_users.user_id', 'table dashboard_users', 'table dashboard_users is missing, which this script drops together with column user_id of table dashboard_users'),
          ('table dashboard_users', 'constraint dashboard_users.dashboard_users_app_id_fkey', 'table dashboard_users has no constraint dashboard_users_app_id_fkey, which this script drops together with table dashboard_users'),
          ('table dashboard_users', 'constraint dashboard_users.dashboard_users_email_key', 'table dashboard_users has no constraint dashboard_users_email_key, which this script drops together with table dashboard_users'),
          ('table dashboard_users', 'constraint dashboard_users.dashboard_users_pkey', 'table dashboard_users has no constraint dashboard_users_pkey, which this script drops together with table dashboard_users'),
          ('table dashboard_users', 'table userid_mapping', 'table userid_mapping is missing, which this script drops only after table dashboard_users (still there)'),
          ('table dashboard_users', 'index userid_mapping.userid_mapping_supertokens_user_id_index', 'table userid_mapping has no index userid_mapping_supertokens_user_id_index, which this script drops only after table dashboard_users (still there)'),
          ('table dashboard_user_sessions', 'column dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no column app_id, which this script drops together with table dashboard_user_sessions'),
          ('column dashboard_user_sessions.app_id', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops together with column app_id of table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry, which this script drops together with table dashboard_user_sessions'),
          ('column dashboard_user_sessions.expiry', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops together with column expiry of table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id, which this script drops together with table dashboard_user_sessions'),
          ('column dashboard_user_sessions.session_id', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops together with column session_id of table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created, which this script drops together with table dashboard_user_sessions'),
          ('column dashboard_user_sessions.time_created', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops together with column time_created of table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id, which this script drops together with table dashboard_user_sessions'),
          ('column dashboard_user_sessions.user_id', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops together with column user_id of table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_pkey, which this script drops together with table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_user_id_fkey, which this script drops together with table dashboard_user_sessions'),
          ('table dashboard_user_sessions', 'table dashboard_users', 'table dashboard_users is missing, which this script drops only after table dashboard_user_sessions (still there)'),
          ('table dashboard_user_sessions', 'index dashboard_users.dashboard_users_app_id_index', 'table dashboard_users has no index dashboard_users_app_id_index, which this script drops only after table dashboard_user_sessions (still there)'),
          ('table totp_users', 'column totp_users.app_id', 'table totp_users has no column app_id, which this script drops together with table totp_users'),
          ('column totp_users.app_id', 'table totp_users', 'table totp_users is missing, which this script drops together with column app_id of table totp_users'),
          ('table totp_users', 'column totp_users.user_id', 'table totp_users has no column user_id, which this script drops together with table totp_users'),
          ('column totp_users.user_id', 'table totp_users', 'table totp_users is missing, which this script drops together with column user_id of table totp_users'),
          ('table totp_users', 'constraint totp_users.totp_users_app_id_fkey', 'table totp_users has no constraint totp_users_app_id_fkey, which this script drops together with table totp_users'),
          ('table totp_users', 'constraint totp_users.totp_users_pkey', 'table totp_users has no constraint totp_users_pkey, which this script drops together with table totp_users'),
          ('table totp_users', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops only after table totp_users (still there)'),
          ('table totp_users', 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index, which this script drops only after table totp_users (still there)'),
          ('table totp_users', 'index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_user_id_index, which this script drops only after table totp_users (still there)'),
          ('table totp_user_devices', 'column totp_user_devices.app_id', 'table totp_user_devices has no column app_id, which this script drops together with table totp_user_devices'),
          ('column totp_user_devices.app_id', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column app_id of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.device_name', 'table totp_user_devices has no column device_name, which this script drops together with table totp_user_devices'),
          ('column totp_user_devices.device_name', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column device_name of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.period', 'table totp_user_devices has no column period, which this script drops together with table totp_user_devices'),
          ('column totp_user_devices.period', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column period of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key, which this script drops together with table totp_user_devices'),
          ('column totp_user_devices.secret_key', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column secret_key of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.skew', 'table totp_user_devices has no column skew, which this script drops together with table totp_user_devices'),
          ('column totp_user_devices.skew', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column skew of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.user_id', 'table totp_user_devices has no column user_id, which this script drops together with table totp_user_devices'),
          ('column totp_user_devices.user_id', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column user_id of table totp_user_devices'),
          ('table totp_user_devices', 'column totp_user_devices.verified', 'table totp_user_devices has no column verified, which this script drops together with table totp_user_devices'),
          ('column totp_user_devices.verified', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column verified of table totp_user_devices'),
          ('table totp_user_devices', 'constraint totp_user_devices.totp_user_devices_pkey', 'table totp_user_devices has no constraint totp_user_devices_pkey, which this script drops together with table totp_user_devices'),
          ('table totp_user_devices', 'constraint totp_user_devices.totp_user_devices_user_id_fkey', 'table totp_user_devices has no constraint totp_user_devices_user_id_fkey, which this script drops together with table totp_user_devices'),
          ('table totp_user_devices', 'table totp_users', 'table totp_users is missing, which this script drops only after table totp_user_devices (still there)'),
          ('table totp_user_devices', 'index totp_users.totp_users_app_id_index', 'table totp_users has no index totp_users_app_id_index, which this script drops only after table totp_user_devices (still there)'),
          ('table totp_used_codes', 'column totp_used_codes.app_id', 'table totp_used_codes has no column app_id, which this script drops together with table totp_used_codes'),
          ('column totp_used_codes.app_id', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column app_id of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.code', 'table totp_used_codes has no column code, which this script drops together with table totp_used_codes'),
          ('column totp_used_codes.code', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column code of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms, which this script drops together with table totp_used_codes'),
          ('column totp_used_codes.created_time_ms', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column created_time_ms of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms, which this script drops together with table totp_used_codes'),
          ('column totp_used_codes.expiry_time_ms', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column expiry_time_ms of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid, which this script drops together with table totp_used_codes'),
          ('column totp_used_codes.is_valid', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column is_valid of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.tenant_id', 'table totp_used_codes has no column tenant_id, which this script drops together with table totp_used_codes'),
          ('column totp_used_codes.tenant_id', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column tenant_id of table totp_used_codes'),
          ('table totp_used_codes', 'column totp_used_codes.user_id', 'table totp_used_codes has no column user_id, which this script drops together with table totp_used_codes'),
          ('column totp_used_codes.user_id', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column user_id of table totp_used_codes'),
          ('table totp_used_codes', 'constraint totp_used_codes.totp_used_codes_pkey', 'table totp_used_codes has no constraint totp_used_codes_pkey, which this script drops together with table totp_used_codes'),
          ('table totp_used_codes', 'constraint totp_used_codes.totp_used_codes_tenant_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_tenant_id_fkey, which this script drops together with table totp_used_codes'),
          ('table totp_used_codes', 'constraint totp_used_codes.totp_used_codes_user_id_fkey', 'table totp_used_codes has no constraint totp_used_codes_user_id_fkey, which this script drops together with table totp_used_codes'),
          ('table totp_used_codes', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops only after table totp_used_codes (still there)'),
          ('table totp_used_codes', 'index totp_user_devices.totp_user_devices_user_id_index', 'table totp_user_devices has no index totp_user_devices_user_id_index, which this script drops only after table totp_used_codes (still there)'),
          ('table user_last_active', 'column user_last_active.app_id', 'table user_last_active has no column app_id, which this script drops together with table user_last_active'),
          ('column user_last_active.app_id', 'table user_last_active', 'table user_last_active is missing, which this script drops together with column app_id of table user_last_active'),
          ('table user_last_active', 'column user_last_active.last_active_time', 'table user_last_active has no column last_active_time, which this script drops together with table user_last_active'),
          ('column user_last_active.last_active_time', 'table user_last_active', 'table user_last_active is missing, which this script drops together with column last_active_time of table user_last_active'),
          ('table user_last_active', 'column user_last_active.user_id', 'table user_last_active has no column user_id, which this script drops together with table user_last_active'),
          ('column user_last_active.user_id', 'table user_last_active', 'table user_last_active is missing, which this script drops together with column user_id of table user_last_active'),
          ('table user_last_active', 'constraint user_last_active.user_last_active_app_id_fkey', 'table user_last_active has no constraint user_last_active_app_id_fkey, which this script drops together with table user_last_active'),
          ('table user_last_active', 'constraint user_last_active.user_last_active_pkey', 'table user_last_active has no constraint user_last_active_pkey, which this script drops together with table user_last_active'),
          ('table user_last_active', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops only after table user_last_active (still there)'),
          ('table user_last_active', 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index, which this script drops only after table user_last_active (still there)'),
          ('table user_last_active', 'index totp_used_codes.totp_used_codes_user_id_index', 'table totp_used_codes has no index totp_used_codes_user_id_index, which this script drops only after table user_last_active (still there)'),
          ('table user_last_active', 'index totp_used_codes.totp_used_codes_tenant_id_index', 'table totp_used_codes has no index totp_used_codes_tenant_id_index, which this script drops only after table user_last_active (still there)'),
          ('table tenant_configs', 'column tenant_configs.app_id', 'table tenant_configs has no column app_id, which this script drops together with table tenant_configs'),
          ('column tenant_configs.app_id', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column app_id of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.connection_uri_domain', 'table tenant_configs has no column connection_uri_domain, which this script drops together with table tenant_configs'),
          ('column tenant_configs.connection_uri_domain', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column connection_uri_domain of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.core_config', 'table tenant_configs has no column core_config, which this script drops together with table tenant_configs'),
          ('column tenant_configs.core_config', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column core_config of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.email_password_enabled', 'table tenant_configs has no column email_password_enabled, which this script drops together with table tenant_configs'),
          ('column tenant_configs.email_password_enabled', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column email_password_enabled of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.passwordless_enabled', 'table tenant_configs has no column passwordless_enabled, which this script drops together with table tenant_configs'),
          ('column tenant_configs.passwordless_enabled', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column passwordless_enabled of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.tenant_id', 'table tenant_configs has no column tenant_id, which this script drops together with table tenant_configs'),
          ('column tenant_configs.tenant_id', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column tenant_id of table tenant_configs'),
          ('table tenant_configs', 'column tenant_configs.third_party_enabled', 'table tenant_configs has no column third_party_enabled, which this script drops together with table tenant_configs'),
          ('column tenant_configs.third_party_enabled', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column third_party_enabled of table tenant_configs'),
          ('table tenant_configs', 'constraint tenant_configs.tenant_configs_pkey', 'table tenant_configs has no constraint tenant_configs_pkey, which this script drops together with table tenant_configs'),
          ('table tenant_configs', 'table user_last_active', 'table user_last_active is missing, which this script drops only after table tenant_configs (still there)'),
          ('table tenant_configs', 'index user_last_active.user_last_active_app_id_index', 'table user_last_active has no index user_last_active_app_id_index, which this script drops only after table tenant_configs (still there)'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers has no column app_id, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column app_id of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers has no column authorization_endpoint, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column authorization_endpoint of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers has no column authorization_endpoint_query_params, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column authorization_endpoint_query_params of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers has no column connection_uri_domain, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column connection_uri_domain of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers has no column jwks_uri, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column jwks_uri of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers has no column name, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column name of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers has no column oidc_discovery_endpoint, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column oidc_discovery_endpoint of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers has no column require_email, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column require_email of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers has no column tenant_id, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column tenant_id of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers has no column third_party_id, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column third_party_id of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers has no column token_endpoint, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column token_endpoint of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers has no column token_endpoint_body_params, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column token_endpoint_body_params of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers has no column user_info_endpoint, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_endpoint of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers has no column user_info_endpoint_headers, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_endpoint_headers of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers has no column user_info_endpoint_query_params, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_endpoint_query_params of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_id_token_payload_email of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email_verified, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_id_token_payload_email_verified of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_user_id, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_id_token_payload_user_id of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_user_info_endpoint_email of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email_verified, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_user_info_endpoint_email_verified of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_user_id, which this script drops together with table tenant_thirdparty_providers'),
          ('column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_user_info_endpoint_user_id of table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'constraint tenant_thirdparty_providers.tenant_thirdparty_providers_pkey', 'table tenant_thirdparty_providers has no constraint tenant_thirdparty_providers_pkey, which this script drops together with table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'constraint tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_fkey', 'table tenant_thirdparty_providers has no constraint tenant_thirdparty_providers_tenant_id_fkey, which this script drops together with table tenant_thirdparty_providers'),
          ('table tenant_thirdparty_providers', 'table tenant_configs', 'table tenant_configs is missing, which this script drops only after table tenant_thirdparty_providers (still there)'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients has no column additional_config, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column additional_config of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients has no column app_id, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column app_id of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients has no column client_id, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column client_id of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients has no column client_secret, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column client_secret of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients has no column client_type, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column client_type of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients has no column connection_uri_domain, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column connection_uri_domain of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients has no column force_pkce, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column force_pkce of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients has no column scope, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column scope of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients has no column tenant_id, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column tenant_id of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients has no column third_party_id, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column third_party_id of table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_pkey', 'table tenant_thirdparty_provider_clients has no constraint tenant_thirdparty_provider_clients_pkey, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'constraint tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_fkey', 'table tenant_thirdparty_provider_clients has no constraint tenant_thirdparty_provider_clients_third_party_id_fkey, which this script drops together with table tenant_thirdparty_provider_clients'),
          ('table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops only after table tenant_thirdparty_provider_clients (still there)'),
          ('table tenant_thirdparty_provider_clients', 'index tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_index', 'table tenant_thirdparty_providers has no index tenant_thirdparty_providers_tenant_id_index, which this script drops only after table tenant_thirdparty_provider_clients (still there)'),
          ('table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant has no column app_id, which this script drops together with table emailpassword_user_to_tenant'),
          ('column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script drops together with column app_id of table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no column email, which this script drops together with table emailpassword_user_to_tenant'),
          ('column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script drops together with column email of table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant has no column tenant_id, which this script drops together with table emailpassword_user_to_tenant'),
          ('column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script drops together with column tenant_id of table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant has no column user_id, which this script drops together with table emailpassword_user_to_tenant'),
          ('column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script drops together with column user_id of table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_key', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_email_key, which this script drops together with table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_pkey', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_pkey, which this script drops together with table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'constraint emailpassword_user_to_tenant.emailpassword_user_to_tenant_user_id_fkey', 'table emailpassword_user_to_tenant has no constraint emailpassword_user_to_tenant_user_id_fkey, which this script drops together with table emailpassword_user_to_tenant'),
          ('table emailpassword_user_to_tenant', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops only after table emailpassword_user_to_tenant (still there)'),
          ('table emailpassword_user_to_tenant', 'index tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_index', 'table tenant_thirdparty_provider_clients has no index tenant_thirdparty_provider_clients_third_party_id_index, which this script drops only after table emailpassword_user_to_tenant (still there)'),
          ('table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant has no column app_id, which this script drops together with table passwordless_user_to_tenant'),
          ('column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops together with column app_id of table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no column email, which this script drops together with table passwordless_user_to_tenant'),
          ('column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops together with column email of table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no column phone_number, which this script drops together with table passwordless_user_to_tenant'),
          ('column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops together with column phone_number of table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant has no column tenant_id, which this script drops together with table passwordless_user_to_tenant'),
          ('column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops together with column tenant_id of table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant has no column user_id, which this script drops together with table passwordless_user_to_tenant'),
          ('column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops together with column user_id of table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_email_key', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_email_key, which this script drops together with table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_key', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_phone_number_key, which this script drops together with table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_pkey', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_pkey, which this script drops together with table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'constraint passwordless_user_to_tenant.passwordless_user_to_tenant_user_id_fkey', 'table passwordless_user_to_tenant has no constraint passwordless_user_to_tenant_user_id_fkey, which this script drops together with table passwordless_user_to_tenant'),
          ('table passwordless_user_to_tenant', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script drops only after table passwordless_user_to_tenant (still there)'),
          ('table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant has no column app_id, which this script drops together with table thirdparty_user_to_tenant'),
          ('column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script drops together with column app_id of table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant has no column tenant_id, which this script drops together with table thirdparty_user_to_tenant'),
          ('column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script drops together with column tenant_id of table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant has no column third_party_id, which this script drops together with table thirdparty_user_to_tenant'),
          ('column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script drops together with column third_party_id of table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no column third_party_user_id, which this script drops together with table thirdparty_user_to_tenant'),
          ('column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script drops together with column third_party_user_id of table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant has no column user_id, which this script drops together with table thirdparty_user_to_tenant'),
          ('column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script drops together with column user_id of table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_pkey', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_pkey, which this script drops together with table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_key', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_third_party_user_id_key, which this script drops together with table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'constraint thirdparty_user_to_tenant.thirdparty_user_to_tenant_user_id_fkey', 'table thirdparty_user_to_tenant has no constraint thirdparty_user_to_tenant_user_id_fkey, which this script drops together with table thirdparty_user_to_tenant'),
          ('table thirdparty_user_to_tenant', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops only after table thirdparty_user_to_tenant (still there)')),
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
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at supertokens 6.0 nor partway through this teardown: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 0), or run this one on the supertokens 6.0 database it was made for.';
  END IF;
  PERFORM set_config('plan.target_5ae1625b488b3935', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: supertokens 6.0 → 0: the database was at the empty state already: nothing to do' END, false);
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
        WHEN k.confrelid = to_regclass('apps')
          AND to_regclass('apps') IS NOT NULL
        THEN 'after this script there is no table apps: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('tenants')
          AND to_regclass('tenants') IS NOT NULL
        THEN 'after this script there is no table tenants: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('key_value')
          AND to_regclass('key_value') IS NOT NULL
        THEN 'after this script there is no table key_value: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('session_info')
          AND to_regclass('session_info') IS NOT NULL
        THEN 'after this script there is no table session_info: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('app_id_to_user_id')
          AND to_regclass('app_id_to_user_id') IS NOT NULL
        THEN 'after this script there is no table app_id_to_user_id: drop the foreign key for good, or point it at another table'
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
        WHEN k.confrelid = to_regclass('all_auth_recipe_users')
          AND to_regclass('all_auth_recipe_users') IS NOT NULL
        THEN 'after this script there is no table all_auth_recipe_users: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('jwt_signing_keys')
          AND to_regclass('jwt_signing_keys') IS NOT NULL
        THEN 'after this script there is no table jwt_signing_keys: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('session_access_token_signing_keys')
          AND to_regclass('session_access_token_signing_keys') IS NOT NULL
        THEN 'after this script there is no table session_access_token_signing_keys: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('passwordless_users')
          AND to_regclass('passwordless_users') IS NOT NULL
        THEN 'after this script there is no table passwordless_users: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('passwordless_devices')
          AND to_regclass('passwordless_devices') IS NOT NULL
        THEN 'after this script there is no table passwordless_devices: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('passwordless_codes')
          AND to_regclass('passwordless_codes') IS NOT NULL
        THEN 'after this script there is no table passwordless_codes: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('user_metadata')
          AND to_regclass('user_metadata') IS NOT NULL
        THEN 'after this script there is no table user_metadata: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('roles')
          AND to_regclass('roles') IS NOT NULL
        THEN 'after this script there is no table roles: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('role_permissions')
          AND to_regclass('role_permissions') IS NOT NULL
        THEN 'after this script there is no table role_permissions: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('user_roles')
          AND to_regclass('user_roles') IS NOT NULL
        THEN 'after this script there is no table user_roles: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('userid_mapping')
          AND to_regclass('userid_mapping') IS NOT NULL
        THEN 'after this script there is no table userid_mapping: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('dashboard_users')
          AND to_regclass('dashboard_users') IS NOT NULL
        THEN 'after this script there is no table dashboard_users: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('dashboard_user_sessions')
          AND to_regclass('dashboard_user_sessions') IS NOT NULL
        THEN 'after this script there is no table dashboard_user_sessions: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('totp_users')
          AND to_regclass('totp_users') IS NOT NULL
        THEN 'after this script there is no table totp_users: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('totp_user_devices')
          AND to_regclass('totp_user_devices') IS NOT NULL
        THEN 'after this script there is no table totp_user_devices: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('totp_used_codes')
          AND to_regclass('totp_used_codes') IS NOT NULL
        THEN 'after this script there is no table totp_used_codes: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = to_regclass('user_last_active')
          AND to_regclass('user_last_active') IS NOT NULL
        THEN 'after this script there is no table user_last_active: drop the foreign key for good, or point it at another table'
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
        WHERE c.contype = 'f' AND c.confrelid IN (to_regclass('apps'), to_regclass('tenants'), to_regclass('key_value'), to_regclass('session_info'), to_regclass('app_id_to_user_id'), to_regclass('emailpassword_users'), to_regclass('emailpassword_pswd_reset_tokens'), to_regclass('emailverification_tokens'), to_regclass('emailverification_verified_emails'), to_regclass('thirdparty_users'), to_regclass('all_auth_recipe_users'), to_regclass('jwt_signing_keys'), to_regclass('session_access_token_signing_keys'), to_regclass('passwordless_users'), to_regclass('passwordless_devices'), to_regclass('passwordless_codes'), to_regclass('user_metadata'), to_regclass('roles'), to_regclass('role_permissions'), to_regclass('user_roles'), to_regclass('userid_mapping'), to_regclass('dashboard_users'), to_regclass('dashboard_user_sessions'), to_regclass('totp_users'), to_regclass('totp_user_devices'), to_regclass('totp_used_codes'), to_regclass('user_last_active'), to_regclass('tenant_configs'), to_regclass('tenant_thirdparty_providers'), to_regclass('tenant_thirdparty_provider_clients'), to_regclass('emailpassword_user_to_tenant'), to_regclass('passwordless_user_to_tenant'), to_regclass('thirdparty_user_to_tenant'))
      ) k
      WHERE TRUE AND NOT EXISTS (SELECT 1 FROM (VALUES (to_regclass('all_auth_recipe_users'), 'all_auth_recipe_users_tenant_id_fkey'), (to_regclass('all_auth_recipe_users'), 'all_auth_recipe_users_user_id_fkey'), (to_regclass('app_id_to_user_id'), 'app_id_to_user_id_app_id_fkey'), (to_regclass('dashboard_user_sessions'), 'dashboard_user_sessions_user_id_fkey'), (to_regclass('dashboard_users'), 'dashboard_users_app_id_fkey'), (to_regclass('emailpassword_pswd_reset_tokens'), 'emailpassword_pswd_reset_tokens_user_id_fkey'), (to_regclass('emailpassword_user_to_tenant'), 'emailpassword_user_to_tenant_user_id_fkey'), (to_regclass('emailpassword_users'), 'emailpassword_users_user_id_fkey'), (to_regclass('emailverification_tokens'), 'emailverification_tokens_tenant_id_fkey'), (to_regclass('emailverification_verified_emails'), 'emailverification_verified_emails_app_id_fkey'), (to_regclass('jwt_signing_keys'), 'jwt_signing_keys_app_id_fkey'), (to_regclass('key_value'), 'key_value_tenant_id_fkey'), (to_regclass('passwordless_codes'), 'passwordless_codes_device_id_hash_fkey'), (to_regclass('passwordless_devices'), 'passwordless_devices_tenant_id_fkey'), (to_regclass('passwordless_user_to_tenant'), 'passwordless_user_to_tenant_user_id_fkey'), (to_regclass('passwordless_users'), 'passwordless_users_user_id_fkey'), (to_regclass('role_permissions'), 'role_permissions_role_fkey'), (to_regclass('roles'), 'roles_app_id_fkey'), (to_regclass('session_access_token_signing_keys'), 'session_access_token_signing_keys_app_id_fkey'), (to_regclass('session_info'), 'session_info_tenant_id_fkey'), (to_regclass('tenant_thirdparty_provider_clients'), 'tenant_thirdparty_provider_clients_third_party_id_fkey'), (to_regclass('tenant_thirdparty_providers'), 'tenant_thirdparty_providers_tenant_id_fkey'), (to_regclass('tenants'), 'tenants_app_id_fkey'), (to_regclass('thirdparty_user_to_tenant'), 'thirdparty_user_to_tenant_user_id_fkey'), (to_regclass('thirdparty_users'), 'thirdparty_users_user_id_fkey'), (to_regclass('totp_used_codes'), 'totp_used_codes_tenant_id_fkey'), (to_regclass('totp_used_codes'), 'totp_used_codes_user_id_fkey'), (to_regclass('totp_user_devices'), 'totp_user_devices_user_id_fkey'), (to_regclass('totp_users'), 'totp_users_app_id_fkey'), (to_regclass('user_last_active'), 'user_last_active_app_id_fkey'), (to_regclass('user_metadata'), 'user_metadata_app_id_fkey'), (to_regclass('user_roles'), 'user_roles_role_fkey'), (to_regclass('user_roles'), 'user_roles_tenant_id_fkey'), (to_regclass('userid_mapping'), 'userid_mapping_supertokens_user_id_fkey')) kn(r, n) WHERE kn.r = k.conrelid AND kn.n = k.conname)
    ) f
    WHERE f.note IS NOT NULL;
  IF refs IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'foreign keys of tables outside supertokens reference keys that supertokens 6.0 → 0 drops or replaces, and PostgreSQL refuses to drop a key while a foreign key depends on it: ' || refs || '. Nothing was changed.'
      USING DETAIL = 'Drop them before running this script:' || chr(10) || drops || chr(10) || 'and re-create them once it has run:' || chr(10) || creates || chr(10) || notes,
            HINT = 'Run the DROP commands, then this script, then the re-create commands (changed as the notes say where a key changed its columns).';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 6.0 → 0 (rollback): Fresh install of the 6.0 schema, derived from the written plans 0 → 3.3 → 3.4 → … → 6.0 (replayed in the model)
-- source: derived from the written plans 0 → 3.3 → 3.4 → 3.5 → 3.6 → 3.7 → 3.8 → 3.9 → 3.10 → 3.11 → 3.12 → 3.13 → 3.14 → 3.15 → 3.16 → 4.0 → 4.1 → 4.2 → 4.3 → 4.4 → 4.5 → 4.6 → 5.0 → 6.0 (plans/supertokens/0-3.3.yaml …), replayed in the model; plans/supertokens/product.yaml derived_installs
-- ================================================================================================
-- 6.0 → 0 · 1/74 · drop table thirdparty_user_to_tenant
-- locks: thirdparty_user_to_tenant: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('thirdparty_user_to_tenant') IS NOT NULL THEN
    DROP TABLE thirdparty_user_to_tenant;
  END IF;
END
$plan$;

-- 6.0 → 0 · 2/74 · drop table passwordless_user_to_tenant
-- locks: passwordless_user_to_tenant: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('passwordless_user_to_tenant') IS NOT NULL THEN
    DROP TABLE passwordless_user_to_tenant;
  END IF;
END
$plan$;

-- 6.0 → 0 · 3/74 · drop table emailpassword_user_to_tenant
-- locks: emailpassword_user_to_tenant: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailpassword_user_to_tenant') IS NOT NULL THEN
    DROP TABLE emailpassword_user_to_tenant;
  END IF;
END
$plan$;

-- 6.0 → 0 · 4/74 · drop index tenant_thirdparty_provider_clients_third_party_id_index on tenant_thirdparty_provider_clients
-- locks: tenant_thirdparty_provider_clients: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenant_thirdparty_provider_clients') AND c.relname = 'tenant_thirdparty_provider_clients_third_party_id_index') THEN
    DROP INDEX IF EXISTS tenant_thirdparty_provider_clients_third_party_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 5/74 · drop table tenant_thirdparty_provider_clients
-- locks: tenant_thirdparty_provider_clients: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | tenant_thirdparty_providers: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('tenant_thirdparty_provider_clients') IS NOT NULL THEN
    DROP TABLE tenant_thirdparty_provider_clients;
  END IF;
END
$plan$;

-- 6.0 → 0 · 6/74 · drop index tenant_thirdparty_providers_tenant_id_index on tenant_thirdparty_providers
-- locks: tenant_thirdparty_providers: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenant_thirdparty_providers') AND c.relname = 'tenant_thirdparty_providers_tenant_id_index') THEN
    DROP INDEX IF EXISTS tenant_thirdparty_providers_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 7/74 · drop table tenant_thirdparty_providers
-- locks: tenant_thirdparty_providers: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | tenant_configs: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('tenant_thirdparty_providers') IS NOT NULL THEN
    DROP TABLE tenant_thirdparty_providers;
  END IF;
END
$plan$;

-- 6.0 → 0 · 8/74 · drop table tenant_configs
-- locks: tenant_configs: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('tenant_configs') IS NOT NULL THEN
    DROP TABLE tenant_configs;
  END IF;
END
$plan$;

-- 6.0 → 0 · 9/74 · drop index user_last_active_app_id_index on user_last_active
-- locks: user_last_active: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_last_active') AND c.relname = 'user_last_active_app_id_index') THEN
    DROP INDEX IF EXISTS user_last_active_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 10/74 · drop table user_last_active
-- locks: user_last_active: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('user_last_active') IS NOT NULL THEN
    DROP TABLE user_last_active;
  END IF;
END
$plan$;

-- 6.0 → 0 · 11/74 · drop index totp_used_codes_tenant_id_index on totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_tenant_id_index') THEN
    DROP INDEX IF EXISTS totp_used_codes_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 12/74 · drop index totp_used_codes_user_id_index on totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_user_id_index') THEN
    DROP INDEX IF EXISTS totp_used_codes_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 13/74 · drop index totp_used_codes_expiry_time_ms_index on totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_expiry_time_ms_index') THEN
    DROP INDEX IF EXISTS totp_used_codes_expiry_time_ms_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 14/74 · drop table totp_used_codes
-- locks: totp_used_codes: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('totp_used_codes') IS NOT NULL THEN
    DROP TABLE totp_used_codes;
  END IF;
END
$plan$;

-- 6.0 → 0 · 15/74 · drop index totp_user_devices_user_id_index on totp_user_devices
-- locks: totp_user_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_user_devices') AND c.relname = 'totp_user_devices_user_id_index') THEN
    DROP INDEX IF EXISTS totp_user_devices_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 16/74 · drop table totp_user_devices
-- locks: totp_user_devices: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('totp_user_devices') IS NOT NULL THEN
    DROP TABLE totp_user_devices;
  END IF;
END
$plan$;

-- 6.0 → 0 · 17/74 · drop index totp_users_app_id_index on totp_users
-- locks: totp_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_users') AND c.relname = 'totp_users_app_id_index') THEN
    DROP INDEX IF EXISTS totp_users_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 18/74 · drop table totp_users
-- locks: totp_users: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('totp_users') IS NOT NULL THEN
    DROP TABLE totp_users;
  END IF;
END
$plan$;

-- 6.0 → 0 · 19/74 · drop index dashboard_user_sessions_user_id_index on dashboard_user_sessions
-- locks: dashboard_user_sessions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_user_sessions') AND c.relname = 'dashboard_user_sessions_user_id_index') THEN
    DROP INDEX IF EXISTS dashboard_user_sessions_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 20/74 · drop index dashboard_user_sessions_expiry_index on dashboard_user_sessions
-- locks: dashboard_user_sessions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_user_sessions') AND c.relname = 'dashboard_user_sessions_expiry_index') THEN
    DROP INDEX IF EXISTS dashboard_user_sessions_expiry_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 21/74 · drop table dashboard_user_sessions
-- locks: dashboard_user_sessions: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('dashboard_user_sessions') IS NOT NULL THEN
    DROP TABLE dashboard_user_sessions;
  END IF;
END
$plan$;

-- 6.0 → 0 · 22/74 · drop index dashboard_users_app_id_index on dashboard_users
-- locks: dashboard_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_users') AND c.relname = 'dashboard_users_app_id_index') THEN
    DROP INDEX IF EXISTS dashboard_users_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 23/74 · drop table dashboard_users
-- locks: dashboard_users: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('dashboard_users') IS NOT NULL THEN
    DROP TABLE dashboard_users;
  END IF;
END
$plan$;

-- 6.0 → 0 · 24/74 · drop index userid_mapping_supertokens_user_id_index on userid_mapping
-- locks: userid_mapping: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('userid_mapping') AND c.relname = 'userid_mapping_supertokens_user_id_index') THEN
    DROP INDEX IF EXISTS userid_mapping_supertokens_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 25/74 · drop table userid_mapping
-- locks: userid_mapping: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('userid_mapping') IS NOT NULL THEN
    DROP TABLE userid_mapping;
  END IF;
END
$plan$;

-- 6.0 → 0 · 26/74 · drop index user_roles_app_id_role_index on user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_app_id_role_index') THEN
    DROP INDEX IF EXISTS user_roles_app_id_role_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 27/74 · drop index user_roles_tenant_id_index on user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_tenant_id_index') THEN
    DROP INDEX IF EXISTS user_roles_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 28/74 · drop index user_roles_role_index on user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_role_index') THEN
    DROP INDEX IF EXISTS user_roles_role_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 29/74 · drop table user_roles
-- locks: user_roles: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('user_roles') IS NOT NULL THEN
    DROP TABLE user_roles;
  END IF;
END
$plan$;

-- 6.0 → 0 · 30/74 · drop index role_permissions_role_index on role_permissions
-- locks: role_permissions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_role_index') THEN
    DROP INDEX IF EXISTS role_permissions_role_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 31/74 · drop index role_permissions_permission_index on role_permissions
-- locks: role_permissions: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_permission_index') THEN
    DROP INDEX IF EXISTS role_permissions_permission_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 32/74 · drop table role_permissions
-- locks: role_permissions: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('role_permissions') IS NOT NULL THEN
    DROP TABLE role_permissions;
  END IF;
END
$plan$;

-- 6.0 → 0 · 33/74 · drop index roles_app_id_index on roles
-- locks: roles: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('roles') AND c.relname = 'roles_app_id_index') THEN
    DROP INDEX IF EXISTS roles_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 34/74 · drop table roles
-- locks: roles: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('roles') IS NOT NULL THEN
    DROP TABLE roles;
  END IF;
END
$plan$;

-- 6.0 → 0 · 35/74 · drop index user_metadata_app_id_index on user_metadata
-- locks: user_metadata: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_metadata') AND c.relname = 'user_metadata_app_id_index') THEN
    DROP INDEX IF EXISTS user_metadata_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 36/74 · drop table user_metadata
-- locks: user_metadata: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('user_metadata') IS NOT NULL THEN
    DROP TABLE user_metadata;
  END IF;
END
$plan$;

-- 6.0 → 0 · 37/74 · drop index passwordless_codes_device_id_hash_index on passwordless_codes
-- locks: passwordless_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_device_id_hash_index') THEN
    DROP INDEX IF EXISTS passwordless_codes_device_id_hash_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 38/74 · drop index passwordless_codes_created_at_index on passwordless_codes
-- locks: passwordless_codes: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_created_at_index') THEN
    DROP INDEX IF EXISTS passwordless_codes_created_at_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 39/74 · drop table passwordless_codes
-- locks: passwordless_codes: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('passwordless_codes') IS NOT NULL THEN
    DROP TABLE passwordless_codes;
  END IF;
END
$plan$;

-- 6.0 → 0 · 40/74 · drop index passwordless_devices_tenant_id_index on passwordless_devices
-- locks: passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_tenant_id_index') THEN
    DROP INDEX IF EXISTS passwordless_devices_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 41/74 · drop index passwordless_devices_phone_number_index on passwordless_devices
-- locks: passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_phone_number_index') THEN
    DROP INDEX IF EXISTS passwordless_devices_phone_number_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 42/74 · drop index passwordless_devices_email_index on passwordless_devices
-- locks: passwordless_devices: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_email_index') THEN
    DROP INDEX IF EXISTS passwordless_devices_email_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 43/74 · drop table passwordless_devices
-- locks: passwordless_devices: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('passwordless_devices') IS NOT NULL THEN
    DROP TABLE passwordless_devices;
  END IF;
END
$plan$;

-- 6.0 → 0 · 44/74 · drop table passwordless_users
-- locks: passwordless_users: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('passwordless_users') IS NOT NULL THEN
    DROP TABLE passwordless_users;
  END IF;
END
$plan$;

-- 6.0 → 0 · 45/74 · drop index access_token_signing_keys_app_id_index on session_access_token_signing_keys
-- locks: session_access_token_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_access_token_signing_keys') AND c.relname = 'access_token_signing_keys_app_id_index') THEN
    DROP INDEX IF EXISTS access_token_signing_keys_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 46/74 · drop table session_access_token_signing_keys
-- locks: session_access_token_signing_keys: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('session_access_token_signing_keys') IS NOT NULL THEN
    DROP TABLE session_access_token_signing_keys;
  END IF;
END
$plan$;

-- 6.0 → 0 · 47/74 · drop index jwt_signing_keys_app_id_index on jwt_signing_keys
-- locks: jwt_signing_keys: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('jwt_signing_keys') AND c.relname = 'jwt_signing_keys_app_id_index') THEN
    DROP INDEX IF EXISTS jwt_signing_keys_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 48/74 · drop table jwt_signing_keys
-- locks: jwt_signing_keys: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('jwt_signing_keys') IS NOT NULL THEN
    DROP TABLE jwt_signing_keys;
  END IF;
END
$plan$;

-- 6.0 → 0 · 49/74 · drop index all_auth_recipe_tenant_id_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_tenant_id_index') THEN
    DROP INDEX IF EXISTS all_auth_recipe_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 50/74 · drop index all_auth_recipe_user_id_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_user_id_index') THEN
    DROP INDEX IF EXISTS all_auth_recipe_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 51/74 · drop index all_auth_recipe_users_pagination_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 52/74 · drop table all_auth_recipe_users
-- locks: all_auth_recipe_users: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('all_auth_recipe_users') IS NOT NULL THEN
    DROP TABLE all_auth_recipe_users;
  END IF;
END
$plan$;

-- 6.0 → 0 · 53/74 · drop index thirdparty_users_email_index on thirdparty_users
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_email_index') THEN
    DROP INDEX IF EXISTS thirdparty_users_email_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 54/74 · drop index thirdparty_users_thirdparty_user_id_index on thirdparty_users
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_thirdparty_user_id_index') THEN
    DROP INDEX IF EXISTS thirdparty_users_thirdparty_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 55/74 · drop table thirdparty_users
-- locks: thirdparty_users: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('thirdparty_users') IS NOT NULL THEN
    DROP TABLE thirdparty_users;
  END IF;
END
$plan$;

-- 6.0 → 0 · 56/74 · drop index emailverification_verified_emails_app_id_index on emailverification_verified_emails
-- locks: emailverification_verified_emails: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_verified_emails') AND c.relname = 'emailverification_verified_emails_app_id_index') THEN
    DROP INDEX IF EXISTS emailverification_verified_emails_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 57/74 · drop table emailverification_verified_emails
-- locks: emailverification_verified_emails: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailverification_verified_emails') IS NOT NULL THEN
    DROP TABLE emailverification_verified_emails;
  END IF;
END
$plan$;

-- 6.0 → 0 · 58/74 · drop index emailverification_tokens_tenant_id_index on emailverification_tokens
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_tokens') AND c.relname = 'emailverification_tokens_tenant_id_index') THEN
    DROP INDEX IF EXISTS emailverification_tokens_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 59/74 · drop index emailverification_tokens_index on emailverification_tokens
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_tokens') AND c.relname = 'emailverification_tokens_index') THEN
    DROP INDEX IF EXISTS emailverification_tokens_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 60/74 · drop table emailverification_tokens
-- locks: emailverification_tokens: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailverification_tokens') IS NOT NULL THEN
    DROP TABLE emailverification_tokens;
  END IF;
END
$plan$;

-- 6.0 → 0 · 61/74 · drop index emailpassword_pswd_reset_tokens_user_id_index on emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_pswd_reset_tokens') AND c.relname = 'emailpassword_pswd_reset_tokens_user_id_index') THEN
    DROP INDEX IF EXISTS emailpassword_pswd_reset_tokens_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 62/74 · drop index emailpassword_password_reset_token_expiry_index on emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_pswd_reset_tokens') AND c.relname = 'emailpassword_password_reset_token_expiry_index') THEN
    DROP INDEX IF EXISTS emailpassword_password_reset_token_expiry_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 63/74 · drop table emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | emailpassword_users: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailpassword_pswd_reset_tokens') IS NOT NULL THEN
    DROP TABLE emailpassword_pswd_reset_tokens;
  END IF;
END
$plan$;

-- 6.0 → 0 · 64/74 · drop table emailpassword_users
-- locks: emailpassword_users: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('emailpassword_users') IS NOT NULL THEN
    DROP TABLE emailpassword_users;
  END IF;
END
$plan$;

-- 6.0 → 0 · 65/74 · drop index app_id_to_user_id_app_id_index on app_id_to_user_id
-- locks: app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('app_id_to_user_id') AND c.relname = 'app_id_to_user_id_app_id_index') THEN
    DROP INDEX IF EXISTS app_id_to_user_id_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 66/74 · drop table app_id_to_user_id
-- locks: app_id_to_user_id: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('app_id_to_user_id') IS NOT NULL THEN
    DROP TABLE app_id_to_user_id;
  END IF;
END
$plan$;

-- 6.0 → 0 · 67/74 · drop index session_info_tenant_id_index on session_info
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_info') AND c.relname = 'session_info_tenant_id_index') THEN
    DROP INDEX IF EXISTS session_info_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 68/74 · drop index session_expiry_index on session_info
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_info') AND c.relname = 'session_expiry_index') THEN
    DROP INDEX IF EXISTS session_expiry_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 69/74 · drop table session_info
-- locks: session_info: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('session_info') IS NOT NULL THEN
    DROP TABLE session_info;
  END IF;
END
$plan$;

-- 6.0 → 0 · 70/74 · drop index key_value_tenant_id_index on key_value
-- locks: key_value: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('key_value') AND c.relname = 'key_value_tenant_id_index') THEN
    DROP INDEX IF EXISTS key_value_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 71/74 · drop table key_value
-- locks: key_value: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('key_value') IS NOT NULL THEN
    DROP TABLE key_value;
  END IF;
END
$plan$;

-- 6.0 → 0 · 72/74 · drop index tenants_app_id_index on tenants
-- locks: tenants: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenants') AND c.relname = 'tenants_app_id_index') THEN
    DROP INDEX IF EXISTS tenants_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 0 · 73/74 · drop table tenants
-- locks: tenants: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | apps: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('tenants') IS NOT NULL THEN
    DROP TABLE tenants;
  END IF;
END
$plan$;

-- 6.0 → 0 · 74/74 · drop table apps
-- locks: apps: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('apps') IS NOT NULL THEN
    DROP TABLE apps;
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
  PERFORM set_config('plan.at_target', 'plan: supertokens 6.0 → 0 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: supertokens 6.0 → 0: the database was at the empty state already: nothing to do' THEN 'plan: supertokens 6.0 → 0: the database was at the empty state already: nothing to do' ELSE 'plan: supertokens 6.0 → 0 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: supertokens 6.0 → 0 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
