-- plan 0.1.0 · supertokens 10.0 → 10.1 · postgres · upgrade
-- what:     this script upgrades a supertokens database from 10.0 to 10.1 on PostgreSQL (generated from the plans listed below)
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: pg_dump --format=custom --file=supertokens-10.0-before.dump.partial DATABASE && mv supertokens-10.0-before.dump.partial supertokens-10.0-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE supertokens-10.0-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
-- start:    after applying: SuperTokens core 10.1
-- reverse:  npx plan compile supertokens 10.1 10.0 --dialect postgres -o down.sql
-- the rollback would drop: 5 tables webauthn_users, webauthn_user_to_tenant, webauthn_generated_options, webauthn_credentials, webauthn_account_recovery_tokens, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/supertokens/product.yaml plans/supertokens/10.0-10.1.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/supertokens/product.yaml a1ed9e3446298f2420dcb34e1778ef0cb12794e0addd102b1c3ba24cf9c1eb99
--   plans/supertokens/10.0-10.1.yaml 0c08e7aaffc12533ae244a0083cd71b5efa83c429a4eae32aefe1fab3adfbfe8
--   schema at 10.0 replayed from 30 plans (plans/supertokens/0-3.3.yaml …) 02a07491349bc46ced760fbbe7c3f232b52fcc2d11003b935f838df22ea6905e
--     (check: cat plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml plans/supertokens/5.0-6.0.yaml plans/supertokens/6.0-7.0.yaml plans/supertokens/7.0-8.0.yaml plans/supertokens/8.0-9.0.yaml plans/supertokens/9.0-9.1.yaml plans/supertokens/9.1-9.2.yaml plans/supertokens/9.2-9.3.yaml plans/supertokens/9.3-10.0.yaml > /dev/null && for f in plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml plans/supertokens/5.0-6.0.yaml plans/supertokens/6.0-7.0.yaml plans/supertokens/7.0-8.0.yaml plans/supertokens/8.0-9.0.yaml plans/supertokens/9.0-9.1.yaml plans/supertokens/9.1-9.2.yaml plans/supertokens/9.2-9.3.yaml plans/supertokens/9.3-10.0.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- lock:     lock_timeout = '5s' (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.
-- statement: no statement_timeout (npx plan compile --statement-timeout <duration> sets one).
-- timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it starts again from where the database is.
-- owner:    each table this script creates (its indexes with it) is given to the role that owns the product's existing tables, looked up as the script starts (several owners: the one owning most of them, a tie to the first name in byte order); the role running the script must be that role, a member of it or a superuser.
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   emailverification_verified_emails: SHARE from 10.0 → 10.1 · 1/13 · create index emailverification_verified_emails_app_id_email_index on emailverification_verified_emails — blocks writes
--   app_id_to_user_id: SHARE ROW EXCLUSIVE from 10.0 → 10.1 · 2/13 · create table webauthn_users — blocks writes
--   all_auth_recipe_users: SHARE ROW EXCLUSIVE from 10.0 → 10.1 · 3/13 · create table webauthn_user_to_tenant — blocks writes
--   tenants: SHARE ROW EXCLUSIVE from 10.0 → 10.1 · 5/13 · create table webauthn_generated_options — blocks writes
--   user_roles: SHARE from 10.0 → 10.1 · 13/13 · create index user_roles_app_id_user_id_index on user_roles — blocks writes

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

-- check that the database is at 10.0, at 10.1, or between them on this script's path (a resumed run)
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
          ('column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'bigint NOT NULL', 3),
          ('column all_auth_recipe_users.recipe_id', 'character varying(128) NOT NULL', 3),
          ('column all_auth_recipe_users.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column all_auth_recipe_users.time_joined', 'bigint NOT NULL', 3),
          ('column all_auth_recipe_users.user_id', 'character(36) NOT NULL', 3),
          ('column app_id_to_user_id.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column app_id_to_user_id.is_linked_or_is_a_primary_user', 'boolean NOT NULL DEFAULT false', 3),
          ('column app_id_to_user_id.primary_or_recipe_user_id', 'character(36) NOT NULL', 3),
          ('column app_id_to_user_id.recipe_id', 'character varying(128) NOT NULL', 3),
          ('column app_id_to_user_id.user_id', 'character(36) NOT NULL', 3),
          ('column apps.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column apps.created_at_time', 'bigint', 3),
          ('column bulk_import_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column bulk_import_users.created_at', 'bigint NOT NULL', 3),
          ('column bulk_import_users.error_msg', 'text', 3),
          ('column bulk_import_users.id', 'character(36) NOT NULL', 3),
          ('column bulk_import_users.primary_user_id', 'character varying(36)', 3),
          ('column bulk_import_users.raw_data', 'text NOT NULL', 3),
          ('column bulk_import_users.status', 'character varying(128) DEFAULT ''NEW''::character varying', 3),
          ('column bulk_import_users.updated_at', 'bigint NOT NULL', 3),
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
          ('column oauth_clients.app_id', 'character varying(64) NOT NULL', 3),
          ('column oauth_clients.client_id', 'character varying(255) NOT NULL', 3),
          ('column oauth_clients.client_secret', 'text', 3),
          ('column oauth_clients.enable_refresh_token_rotation', 'boolean NOT NULL', 3),
          ('column oauth_clients.is_client_credentials_only', 'boolean NOT NULL', 3),
          ('column oauth_logout_challenges.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column oauth_logout_challenges.challenge', 'character varying(128) NOT NULL', 3),
          ('column oauth_logout_challenges.client_id', 'character varying(255) NOT NULL', 3),
          ('column oauth_logout_challenges.post_logout_redirect_uri', 'character varying(1024)', 3),
          ('column oauth_logout_challenges.session_handle', 'character varying(128)', 3),
          ('column oauth_logout_challenges.state', 'character varying(128)', 3),
          ('column oauth_logout_challenges.time_created', 'bigint NOT NULL', 3),
          ('column oauth_m2m_tokens.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column oauth_m2m_tokens.client_id', 'character varying(255) NOT NULL', 3),
          ('column oauth_m2m_tokens.exp', 'bigint NOT NULL', 3),
          ('column oauth_m2m_tokens.iat', 'bigint NOT NULL', 3),
          ('column oauth_sessions.app_id', 'character varying(64) DEFAULT ''public''::character varying', 3),
          ('column oauth_sessions.client_id', 'character varying(255) NOT NULL', 3),
          ('column oauth_sessions.exp', 'bigint NOT NULL', 3),
          ('column oauth_sessions.external_refresh_token', 'character varying(255)', 3),
          ('column oauth_sessions.gid', 'character varying(255) NOT NULL', 3),
          ('column oauth_sessions.internal_refresh_token', 'character varying(255)', 3),
          ('column oauth_sessions.jti', 'text NOT NULL', 3),
          ('column oauth_sessions.session_handle', 'character varying(128)', 3),
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
          ('column tenant_configs.is_first_factors_null', 'boolean', 3),
          ('column tenant_configs.passwordless_enabled', 'boolean', 3),
          ('column tenant_configs.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenant_configs.third_party_enabled', 'boolean', 3),
          ('column tenant_first_factors.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenant_first_factors.connection_uri_domain', 'character varying(256) NOT NULL DEFAULT ''''::character varying', 3),
          ('column tenant_first_factors.factor_id', 'character varying(128) NOT NULL', 3),
          ('column tenant_first_factors.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenant_required_secondary_factors.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column tenant_required_secondary_factors.connection_uri_domain', 'character varying(256) NOT NULL DEFAULT ''''::character varying', 3),
          ('column tenant_required_secondary_factors.factor_id', 'character varying(128) NOT NULL', 3),
          ('column tenant_required_secondary_factors.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
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
          ('column totp_user_devices.created_at', 'bigint', 3),
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
          ('column webauthn_account_recovery_tokens.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column webauthn_account_recovery_tokens.email', 'character varying(256) NOT NULL', 3),
          ('column webauthn_account_recovery_tokens.expires_at', 'bigint NOT NULL', 3),
          ('column webauthn_account_recovery_tokens.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column webauthn_account_recovery_tokens.token', 'character varying(256) NOT NULL', 3),
          ('column webauthn_account_recovery_tokens.user_id', 'character(36) NOT NULL', 3),
          ('column webauthn_credentials.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column webauthn_credentials.counter', 'bigint NOT NULL', 3),
          ('column webauthn_credentials.created_at', 'bigint NOT NULL', 3),
          ('column webauthn_credentials.id', 'character varying(256) NOT NULL', 3),
          ('column webauthn_credentials.public_key', 'bytea NOT NULL', 3),
          ('column webauthn_credentials.rp_id', 'character varying(256) NOT NULL', 3),
          ('column webauthn_credentials.transports', 'text NOT NULL', 3),
          ('column webauthn_credentials.updated_at', 'bigint NOT NULL', 3),
          ('column webauthn_credentials.user_id', 'character(36)', 3),
          ('column webauthn_generated_options.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column webauthn_generated_options.challenge', 'character varying(256) NOT NULL', 3),
          ('column webauthn_generated_options.created_at', 'bigint NOT NULL', 3),
          ('column webauthn_generated_options.email', 'character varying(256)', 3),
          ('column webauthn_generated_options.expires_at', 'bigint NOT NULL', 3),
          ('column webauthn_generated_options.id', 'character(36) NOT NULL', 3),
          ('column webauthn_generated_options.origin', 'character varying(256) NOT NULL', 3),
          ('column webauthn_generated_options.rp_id', 'character varying(256) NOT NULL', 3),
          ('column webauthn_generated_options.rp_name', 'character varying(256) NOT NULL', 3),
          ('column webauthn_generated_options.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column webauthn_generated_options.user_presence_required', 'boolean NOT NULL DEFAULT false', 3),
          ('column webauthn_generated_options.user_verification', 'character varying(12) NOT NULL DEFAULT ''preferred''::character varying', 3),
          ('column webauthn_user_to_tenant.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column webauthn_user_to_tenant.email', 'character varying(256) NOT NULL', 3),
          ('column webauthn_user_to_tenant.tenant_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column webauthn_user_to_tenant.user_id', 'character(36) NOT NULL', 3),
          ('column webauthn_users.app_id', 'character varying(64) NOT NULL DEFAULT ''public''::character varying', 3),
          ('column webauthn_users.email', 'character varying(256) NOT NULL', 3),
          ('column webauthn_users.rp_id', 'character varying(256) NOT NULL', 3),
          ('column webauthn_users.time_joined', 'bigint NOT NULL', 3),
          ('column webauthn_users.user_id', 'character(36) NOT NULL', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_primary_or_recipe_user_id_fkey', 'FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_primary_or_recipe_user_id_fkey', 'FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint apps.apps_pkey', 'PRIMARY KEY (app_id)', 3),
          ('constraint bulk_import_users.bulk_import_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint bulk_import_users.bulk_import_users_pkey', 'PRIMARY KEY (app_id, id)', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'PRIMARY KEY (app_id, session_id)', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES dashboard_users(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
          ('constraint dashboard_users.dashboard_users_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint dashboard_users.dashboard_users_email_key', 'UNIQUE (app_id, email)', 3),
          ('constraint dashboard_users.dashboard_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'PRIMARY KEY (app_id, user_id, token)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'UNIQUE (token)', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON UPDATE CASCADE ON DELETE CASCADE', 3),
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
          ('constraint oauth_clients.oauth_clients_app_id_fkey', 'FOREIGN KEY (app_id) REFERENCES apps(app_id) ON DELETE CASCADE', 3),
          ('constraint oauth_clients.oauth_clients_pkey', 'PRIMARY KEY (app_id, client_id)', 3),
          ('constraint oauth_logout_challenges.oauth_logout_challenges_client_id_fkey', 'FOREIGN KEY (app_id, client_id) REFERENCES oauth_clients(app_id, client_id) ON DELETE CASCADE', 3),
          ('constraint oauth_logout_challenges.oauth_logout_challenges_pkey', 'PRIMARY KEY (app_id, challenge)', 3),
          ('constraint oauth_m2m_tokens.oauth_m2m_tokens_client_id_fkey', 'FOREIGN KEY (app_id, client_id) REFERENCES oauth_clients(app_id, client_id) ON DELETE CASCADE', 3),
          ('constraint oauth_m2m_tokens.oauth_m2m_tokens_pkey', 'PRIMARY KEY (app_id, client_id, iat)', 3),
          ('constraint oauth_sessions.oauth_sessions_client_id_fkey', 'FOREIGN KEY (app_id, client_id) REFERENCES oauth_clients(app_id, client_id) ON DELETE CASCADE', 3),
          ('constraint oauth_sessions.oauth_sessions_external_refresh_token_key', 'UNIQUE (external_refresh_token)', 3),
          ('constraint oauth_sessions.oauth_sessions_internal_refresh_token_key', 'UNIQUE (internal_refresh_token)', 3),
          ('constraint oauth_sessions.oauth_sessions_pkey', 'PRIMARY KEY (gid)', 3),
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
          ('constraint tenant_first_factors.tenant_first_factors_pkey', 'PRIMARY KEY (connection_uri_domain, app_id, tenant_id, factor_id)', 3),
          ('constraint tenant_first_factors.tenant_first_factors_tenant_id_fkey', 'FOREIGN KEY (connection_uri_domain, app_id, tenant_id) REFERENCES tenant_configs(connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint tenant_required_secondary_factors.tenant_required_secondary_factors_pkey', 'PRIMARY KEY (connection_uri_domain, app_id, tenant_id, factor_id)', 3),
          ('constraint tenant_required_secondary_factors.tenant_required_secondary_factors_tenant_id_fkey', 'FOREIGN KEY (connection_uri_domain, app_id, tenant_id) REFERENCES tenant_configs(connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE', 3),
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
          ('constraint user_roles.user_roles_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'UNIQUE (app_id, external_user_id)', 3),
          ('constraint userid_mapping.userid_mapping_pkey', 'PRIMARY KEY (app_id, supertokens_user_id, external_user_id)', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'FOREIGN KEY (app_id, supertokens_user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'UNIQUE (app_id, supertokens_user_id)', 3),
          ('constraint webauthn_account_recovery_tokens.webauthn_account_recovery_token_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id, token)', 3),
          ('constraint webauthn_account_recovery_tokens.webauthn_account_recovery_token_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 3),
          ('constraint webauthn_credentials.webauthn_credentials_pkey', 'PRIMARY KEY (app_id, rp_id, id)', 3),
          ('constraint webauthn_credentials.webauthn_credentials_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES webauthn_users(app_id, user_id) ON DELETE CASCADE', 3),
          ('constraint webauthn_generated_options.webauthn_generated_options_pkey', 'PRIMARY KEY (app_id, tenant_id, id)', 3),
          ('constraint webauthn_generated_options.webauthn_generated_options_tenant_id_fkey', 'FOREIGN KEY (app_id, tenant_id) REFERENCES tenants(app_id, tenant_id) ON DELETE CASCADE', 3),
          ('constraint webauthn_user_to_tenant.webauthn_user_to_tenant_email_key', 'UNIQUE (app_id, tenant_id, email)', 3),
          ('constraint webauthn_user_to_tenant.webauthn_user_to_tenant_pkey', 'PRIMARY KEY (app_id, tenant_id, user_id)', 3),
          ('constraint webauthn_user_to_tenant.webauthn_user_to_tenant_user_id_fkey', 'FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users(app_id, tenant_id, user_id) ON DELETE CASCADE', 3),
          ('constraint webauthn_users.webauthn_users_pkey', 'PRIMARY KEY (app_id, user_id)', 3),
          ('constraint webauthn_users.webauthn_users_user_id_fkey', 'FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id(app_id, user_id) ON DELETE CASCADE', 3),
          ('index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'CREATE INDEX all_auth_recipe_tenant_id_index ON all_auth_recipe_users USING btree (app_id, tenant_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_user_app_id_index', 'CREATE INDEX all_auth_recipe_user_app_id_index ON all_auth_recipe_users USING btree (app_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_app_id_index', 'CREATE INDEX all_auth_recipe_user_id_app_id_index ON all_auth_recipe_users USING btree (app_id, user_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_index', 'CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users USING btree (user_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index1', 'CREATE INDEX all_auth_recipe_users_pagination_index1 ON all_auth_recipe_users USING btree (app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index2', 'CREATE INDEX all_auth_recipe_users_pagination_index2 ON all_auth_recipe_users USING btree (app_id, tenant_id, primary_or_recipe_user_time_joined, primary_or_recipe_user_id DESC)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index3', 'CREATE INDEX all_auth_recipe_users_pagination_index3 ON all_auth_recipe_users USING btree (recipe_id, app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index4', 'CREATE INDEX all_auth_recipe_users_pagination_index4 ON all_auth_recipe_users USING btree (recipe_id, app_id, tenant_id, primary_or_recipe_user_time_joined, primary_or_recipe_user_id DESC)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_primary_user_id_index', 'CREATE INDEX all_auth_recipe_users_primary_user_id_index ON all_auth_recipe_users USING btree (primary_or_recipe_user_id, app_id)', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_recipe_id_index', 'CREATE INDEX all_auth_recipe_users_recipe_id_index ON all_auth_recipe_users USING btree (app_id, recipe_id, tenant_id)', 3),
          ('index app_id_to_user_id.app_id_to_user_id_app_id_index', 'CREATE INDEX app_id_to_user_id_app_id_index ON app_id_to_user_id USING btree (app_id)', 3),
          ('index app_id_to_user_id.app_id_to_user_id_primary_user_id_index', 'CREATE INDEX app_id_to_user_id_primary_user_id_index ON app_id_to_user_id USING btree (primary_or_recipe_user_id, app_id)', 3),
          ('index app_id_to_user_id.app_id_to_user_id_user_id_index', 'CREATE INDEX app_id_to_user_id_user_id_index ON app_id_to_user_id USING btree (user_id, app_id)', 3),
          ('index bulk_import_users.bulk_import_users_pagination_index1', 'CREATE INDEX bulk_import_users_pagination_index1 ON bulk_import_users USING btree (app_id, status, created_at DESC, id DESC)', 3),
          ('index bulk_import_users.bulk_import_users_pagination_index2', 'CREATE INDEX bulk_import_users_pagination_index2 ON bulk_import_users USING btree (app_id, created_at DESC, id DESC)', 3),
          ('index bulk_import_users.bulk_import_users_status_updated_at_index', 'CREATE INDEX bulk_import_users_status_updated_at_index ON bulk_import_users USING btree (app_id, status, updated_at)', 3),
          ('index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'CREATE INDEX dashboard_user_sessions_expiry_index ON dashboard_user_sessions USING btree (expiry)', 3),
          ('index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'CREATE INDEX dashboard_user_sessions_user_id_index ON dashboard_user_sessions USING btree (app_id, user_id)', 3),
          ('index dashboard_users.dashboard_users_app_id_index', 'CREATE INDEX dashboard_users_app_id_index ON dashboard_users USING btree (app_id)', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'CREATE INDEX emailpassword_password_reset_token_expiry_index ON emailpassword_pswd_reset_tokens USING btree (token_expiry)', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'CREATE INDEX emailpassword_pswd_reset_tokens_user_id_index ON emailpassword_pswd_reset_tokens USING btree (app_id, user_id)', 3),
          ('index emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_index', 'CREATE INDEX emailpassword_user_to_tenant_email_index ON emailpassword_user_to_tenant USING btree (app_id, tenant_id, email)', 3),
          ('index emailpassword_users.emailpassword_users_email_index', 'CREATE INDEX emailpassword_users_email_index ON emailpassword_users USING btree (app_id, email)', 3),
          ('index emailverification_tokens.emailverification_tokens_index', 'CREATE INDEX emailverification_tokens_index ON emailverification_tokens USING btree (token_expiry)', 3),
          ('index emailverification_tokens.emailverification_tokens_tenant_id_index', 'CREATE INDEX emailverification_tokens_tenant_id_index ON emailverification_tokens USING btree (app_id, tenant_id)', 3),
          ('index emailverification_verified_emails.emailverification_verified_emails_app_id_email_index', 'CREATE INDEX emailverification_verified_emails_app_id_email_index ON emailverification_verified_emails USING btree (app_id, email)', 3),
          ('index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'CREATE INDEX emailverification_verified_emails_app_id_index ON emailverification_verified_emails USING btree (app_id)', 3),
          ('index jwt_signing_keys.jwt_signing_keys_app_id_index', 'CREATE INDEX jwt_signing_keys_app_id_index ON jwt_signing_keys USING btree (app_id)', 3),
          ('index key_value.key_value_tenant_id_index', 'CREATE INDEX key_value_tenant_id_index ON key_value USING btree (app_id, tenant_id)', 3),
          ('index oauth_logout_challenges.oauth_logout_challenges_time_created_index', 'CREATE INDEX oauth_logout_challenges_time_created_index ON oauth_logout_challenges USING btree (time_created DESC)', 3),
          ('index oauth_m2m_tokens.oauth_m2m_token_exp_index', 'CREATE INDEX oauth_m2m_token_exp_index ON oauth_m2m_tokens USING btree (exp DESC)', 3),
          ('index oauth_m2m_tokens.oauth_m2m_token_iat_index', 'CREATE INDEX oauth_m2m_token_iat_index ON oauth_m2m_tokens USING btree (iat DESC, app_id DESC)', 3),
          ('index oauth_sessions.oauth_session_exp_index', 'CREATE INDEX oauth_session_exp_index ON oauth_sessions USING btree (exp DESC)', 3),
          ('index oauth_sessions.oauth_session_external_refresh_token_index', 'CREATE INDEX oauth_session_external_refresh_token_index ON oauth_sessions USING btree (app_id, external_refresh_token DESC)', 3),
          ('index passwordless_codes.passwordless_codes_created_at_index', 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (app_id, tenant_id, created_at)', 3),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (app_id, tenant_id, device_id_hash)', 3),
          ('index passwordless_devices.passwordless_devices_email_index', 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (app_id, tenant_id, email)', 3),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (app_id, tenant_id, phone_number)', 3),
          ('index passwordless_devices.passwordless_devices_tenant_id_index', 'CREATE INDEX passwordless_devices_tenant_id_index ON passwordless_devices USING btree (app_id, tenant_id)', 3),
          ('index passwordless_user_to_tenant.passwordless_user_to_tenant_email_index', 'CREATE INDEX passwordless_user_to_tenant_email_index ON passwordless_user_to_tenant USING btree (app_id, tenant_id, email)', 3),
          ('index passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_index', 'CREATE INDEX passwordless_user_to_tenant_phone_number_index ON passwordless_user_to_tenant USING btree (app_id, tenant_id, phone_number)', 3),
          ('index passwordless_users.passwordless_users_email_index', 'CREATE INDEX passwordless_users_email_index ON passwordless_users USING btree (app_id, email)', 3),
          ('index passwordless_users.passwordless_users_phone_number_index', 'CREATE INDEX passwordless_users_phone_number_index ON passwordless_users USING btree (app_id, phone_number)', 3),
          ('index role_permissions.role_permissions_permission_index', 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (app_id, permission)', 3),
          ('index role_permissions.role_permissions_role_index', 'CREATE INDEX role_permissions_role_index ON role_permissions USING btree (app_id, role)', 3),
          ('index roles.roles_app_id_index', 'CREATE INDEX roles_app_id_index ON roles USING btree (app_id)', 3),
          ('index session_access_token_signing_keys.access_token_signing_keys_app_id_index', 'CREATE INDEX access_token_signing_keys_app_id_index ON session_access_token_signing_keys USING btree (app_id)', 3),
          ('index session_info.session_expiry_index', 'CREATE INDEX session_expiry_index ON session_info USING btree (expires_at)', 3),
          ('index session_info.session_info_tenant_id_index', 'CREATE INDEX session_info_tenant_id_index ON session_info USING btree (app_id, tenant_id)', 3),
          ('index session_info.session_info_user_id_app_id_index', 'CREATE INDEX session_info_user_id_app_id_index ON session_info USING btree (user_id, app_id)', 3),
          ('index tenant_first_factors.tenant_first_factors_tenant_id_index', 'CREATE INDEX tenant_first_factors_tenant_id_index ON tenant_first_factors USING btree (connection_uri_domain, app_id, tenant_id)', 3),
          ('index tenant_required_secondary_factors.tenant_default_required_factor_ids_tenant_id_index', 'CREATE INDEX tenant_default_required_factor_ids_tenant_id_index ON tenant_required_secondary_factors USING btree (connection_uri_domain, app_id, tenant_id)', 3),
          ('index tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_index', 'CREATE INDEX tenant_thirdparty_provider_clients_third_party_id_index ON tenant_thirdparty_provider_clients USING btree (connection_uri_domain, app_id, tenant_id, third_party_id)', 3),
          ('index tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_index', 'CREATE INDEX tenant_thirdparty_providers_tenant_id_index ON tenant_thirdparty_providers USING btree (connection_uri_domain, app_id, tenant_id)', 3),
          ('index tenants.tenants_app_id_index', 'CREATE INDEX tenants_app_id_index ON tenants USING btree (app_id)', 3),
          ('index thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_index', 'CREATE INDEX thirdparty_user_to_tenant_third_party_user_id_index ON thirdparty_user_to_tenant USING btree (app_id, tenant_id, third_party_id, third_party_user_id)', 3),
          ('index thirdparty_users.thirdparty_users_email_index', 'CREATE INDEX thirdparty_users_email_index ON thirdparty_users USING btree (app_id, email)', 3),
          ('index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'CREATE INDEX thirdparty_users_thirdparty_user_id_index ON thirdparty_users USING btree (app_id, third_party_id, third_party_user_id)', 3),
          ('index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes USING btree (app_id, tenant_id, expiry_time_ms)', 3),
          ('index totp_used_codes.totp_used_codes_tenant_id_index', 'CREATE INDEX totp_used_codes_tenant_id_index ON totp_used_codes USING btree (app_id, tenant_id)', 3),
          ('index totp_used_codes.totp_used_codes_user_id_index', 'CREATE INDEX totp_used_codes_user_id_index ON totp_used_codes USING btree (app_id, user_id)', 3),
          ('index totp_user_devices.totp_user_devices_user_id_index', 'CREATE INDEX totp_user_devices_user_id_index ON totp_user_devices USING btree (app_id, user_id)', 3),
          ('index totp_users.totp_users_app_id_index', 'CREATE INDEX totp_users_app_id_index ON totp_users USING btree (app_id)', 3),
          ('index user_last_active.user_last_active_app_id_index', 'CREATE INDEX user_last_active_app_id_index ON user_last_active USING btree (app_id)', 3),
          ('index user_last_active.user_last_active_last_active_time_index', 'CREATE INDEX user_last_active_last_active_time_index ON user_last_active USING btree (last_active_time DESC, app_id DESC)', 3),
          ('index user_metadata.user_metadata_app_id_index', 'CREATE INDEX user_metadata_app_id_index ON user_metadata USING btree (app_id)', 3),
          ('index user_roles.user_roles_app_id_role_index', 'CREATE INDEX user_roles_app_id_role_index ON user_roles USING btree (app_id, role)', 3),
          ('index user_roles.user_roles_app_id_user_id_index', 'CREATE INDEX user_roles_app_id_user_id_index ON user_roles USING btree (app_id, user_id)', 3),
          ('index user_roles.user_roles_role_index', 'CREATE INDEX user_roles_role_index ON user_roles USING btree (app_id, tenant_id, role)', 3),
          ('index user_roles.user_roles_tenant_id_index', 'CREATE INDEX user_roles_tenant_id_index ON user_roles USING btree (app_id, tenant_id)', 3),
          ('index userid_mapping.userid_mapping_supertokens_user_id_index', 'CREATE INDEX userid_mapping_supertokens_user_id_index ON userid_mapping USING btree (app_id, supertokens_user_id)', 3),
          ('index webauthn_account_recovery_tokens.webauthn_account_recovery_token_email_index', 'CREATE INDEX webauthn_account_recovery_token_email_index ON webauthn_account_recovery_tokens USING btree (app_id, tenant_id, email)', 3),
          ('index webauthn_account_recovery_tokens.webauthn_account_recovery_token_expires_at_index', 'CREATE INDEX webauthn_account_recovery_token_expires_at_index ON webauthn_account_recovery_tokens USING btree (expires_at DESC)', 3),
          ('index webauthn_account_recovery_tokens.webauthn_account_recovery_token_token_index', 'CREATE INDEX webauthn_account_recovery_token_token_index ON webauthn_account_recovery_tokens USING btree (app_id, tenant_id, token)', 3),
          ('index webauthn_credentials.webauthn_credentials_user_id_index', 'CREATE INDEX webauthn_credentials_user_id_index ON webauthn_credentials USING btree (user_id)', 3),
          ('index webauthn_generated_options.webauthn_user_challenges_expires_at_index', 'CREATE INDEX webauthn_user_challenges_expires_at_index ON webauthn_generated_options USING btree (app_id, tenant_id, expires_at)', 3),
          ('index webauthn_user_to_tenant.webauthn_user_to_tenant_email_index', 'CREATE INDEX webauthn_user_to_tenant_email_index ON webauthn_user_to_tenant USING btree (app_id, email)', 3),
          ('table all_auth_recipe_users', 'present', 3),
          ('table app_id_to_user_id', 'present', 3),
          ('table apps', 'present', 3),
          ('table bulk_import_users', 'present', 3),
          ('table dashboard_user_sessions', 'present', 3),
          ('table dashboard_users', 'present', 3),
          ('table emailpassword_pswd_reset_tokens', 'present', 3),
          ('table emailpassword_user_to_tenant', 'present', 3),
          ('table emailpassword_users', 'present', 3),
          ('table emailverification_tokens', 'present', 3),
          ('table emailverification_verified_emails', 'present', 3),
          ('table jwt_signing_keys', 'present', 3),
          ('table key_value', 'present', 3),
          ('table oauth_clients', 'present', 3),
          ('table oauth_logout_challenges', 'present', 3),
          ('table oauth_m2m_tokens', 'present', 3),
          ('table oauth_sessions', 'present', 3),
          ('table passwordless_codes', 'present', 3),
          ('table passwordless_devices', 'present', 3),
          ('table passwordless_user_to_tenant', 'present', 3),
          ('table passwordless_users', 'present', 3),
          ('table role_permissions', 'present', 3),
          ('table roles', 'present', 3),
          ('table session_access_token_signing_keys', 'present', 3),
          ('table session_info', 'present', 3),
          ('table tenant_configs', 'present', 3),
          ('table tenant_first_factors', 'present', 3),
          ('table tenant_required_secondary_factors', 'present', 3),
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
          ('table userid_mapping', 'present', 3),
          ('table webauthn_account_recovery_tokens', 'present', 3),
          ('table webauthn_credentials', 'present', 3),
          ('table webauthn_generated_options', 'present', 3),
          ('table webauthn_user_to_tenant', 'present', 3),
          ('table webauthn_users', 'present', 3)),
      required(k, m, f) AS (VALUES ('column all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no column app_id', 3),
          ('column all_auth_recipe_users.is_linked_or_is_a_primary_user', 'table all_auth_recipe_users has no column is_linked_or_is_a_primary_user', 3),
          ('column all_auth_recipe_users.primary_or_recipe_user_id', 'table all_auth_recipe_users has no column primary_or_recipe_user_id', 3),
          ('column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'table all_auth_recipe_users has no column primary_or_recipe_user_time_joined', 3),
          ('column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id', 3),
          ('column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id', 3),
          ('column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined', 3),
          ('column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id', 3),
          ('column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id', 3),
          ('column app_id_to_user_id.is_linked_or_is_a_primary_user', 'table app_id_to_user_id has no column is_linked_or_is_a_primary_user', 3),
          ('column app_id_to_user_id.primary_or_recipe_user_id', 'table app_id_to_user_id has no column primary_or_recipe_user_id', 3),
          ('column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id', 3),
          ('column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id', 3),
          ('column apps.app_id', 'table apps has no column app_id', 3),
          ('column apps.created_at_time', 'table apps has no column created_at_time', 3),
          ('column bulk_import_users.app_id', 'table bulk_import_users has no column app_id', 3),
          ('column bulk_import_users.created_at', 'table bulk_import_users has no column created_at', 3),
          ('column bulk_import_users.error_msg', 'table bulk_import_users has no column error_msg', 3),
          ('column bulk_import_users.id', 'table bulk_import_users has no column id', 3),
          ('column bulk_import_users.primary_user_id', 'table bulk_import_users has no column primary_user_id', 3),
          ('column bulk_import_users.raw_data', 'table bulk_import_users has no column raw_data', 3),
          ('column bulk_import_users.status', 'table bulk_import_users has no column status', 3),
          ('column bulk_import_users.updated_at', 'table bulk_import_users has no column updated_at', 3),
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
          ('column emailpassword_pswd_reset_tokens.email', 'table emailpassword_pswd_reset_tokens has no column email', 3),
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
          ('column oauth_clients.app_id', 'table oauth_clients has no column app_id', 3),
          ('column oauth_clients.client_id', 'table oauth_clients has no column client_id', 3),
          ('column oauth_clients.client_secret', 'table oauth_clients has no column client_secret', 3),
          ('column oauth_clients.enable_refresh_token_rotation', 'table oauth_clients has no column enable_refresh_token_rotation', 3),
          ('column oauth_clients.is_client_credentials_only', 'table oauth_clients has no column is_client_credentials_only', 3),
          ('column oauth_logout_challenges.app_id', 'table oauth_logout_challenges has no column app_id', 3),
          ('column oauth_logout_challenges.challenge', 'table oauth_logout_challenges has no column challenge', 3),
          ('column oauth_logout_challenges.client_id', 'table oauth_logout_challenges has no column client_id', 3),
          ('column oauth_logout_challenges.post_logout_redirect_uri', 'table oauth_logout_challenges has no column post_logout_redirect_uri', 3),
          ('column oauth_logout_challenges.session_handle', 'table oauth_logout_challenges has no column session_handle', 3),
          ('column oauth_logout_challenges.state', 'table oauth_logout_challenges has no column state', 3),
          ('column oauth_logout_challenges.time_created', 'table oauth_logout_challenges has no column time_created', 3),
          ('column oauth_m2m_tokens.app_id', 'table oauth_m2m_tokens has no column app_id', 3),
          ('column oauth_m2m_tokens.client_id', 'table oauth_m2m_tokens has no column client_id', 3),
          ('column oauth_m2m_tokens.exp', 'table oauth_m2m_tokens has no column exp', 3),
          ('column oauth_m2m_tokens.iat', 'table oauth_m2m_tokens has no column iat', 3),
          ('column oauth_sessions.app_id', 'table oauth_sessions has no column app_id', 3),
          ('column oauth_sessions.client_id', 'table oauth_sessions has no column client_id', 3),
          ('column oauth_sessions.exp', 'table oauth_sessions has no column exp', 3),
          ('column oauth_sessions.external_refresh_token', 'table oauth_sessions has no column external_refresh_token', 3),
          ('column oauth_sessions.gid', 'table oauth_sessions has no column gid', 3),
          ('column oauth_sessions.internal_refresh_token', 'table oauth_sessions has no column internal_refresh_token', 3),
          ('column oauth_sessions.jti', 'table oauth_sessions has no column jti', 3),
          ('column oauth_sessions.session_handle', 'table oauth_sessions has no column session_handle', 3),
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
          ('column tenant_configs.is_first_factors_null', 'table tenant_configs has no column is_first_factors_null', 3),
          ('column tenant_configs.passwordless_enabled', 'table tenant_configs has no column passwordless_enabled', 3),
          ('column tenant_configs.tenant_id', 'table tenant_configs has no column tenant_id', 3),
          ('column tenant_configs.third_party_enabled', 'table tenant_configs has no column third_party_enabled', 3),
          ('column tenant_first_factors.app_id', 'table tenant_first_factors has no column app_id', 3),
          ('column tenant_first_factors.connection_uri_domain', 'table tenant_first_factors has no column connection_uri_domain', 3),
          ('column tenant_first_factors.factor_id', 'table tenant_first_factors has no column factor_id', 3),
          ('column tenant_first_factors.tenant_id', 'table tenant_first_factors has no column tenant_id', 3),
          ('column tenant_required_secondary_factors.app_id', 'table tenant_required_secondary_factors has no column app_id', 3),
          ('column tenant_required_secondary_factors.connection_uri_domain', 'table tenant_required_secondary_factors has no column connection_uri_domain', 3),
          ('column tenant_required_secondary_factors.factor_id', 'table tenant_required_secondary_factors has no column factor_id', 3),
          ('column tenant_required_secondary_factors.tenant_id', 'table tenant_required_secondary_factors has no column tenant_id', 3),
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
          ('column totp_user_devices.created_at', 'table totp_user_devices has no column created_at', 3),
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
          ('column webauthn_account_recovery_tokens.app_id', 'table webauthn_account_recovery_tokens has no column app_id', 2),
          ('column webauthn_account_recovery_tokens.email', 'table webauthn_account_recovery_tokens has no column email', 2),
          ('column webauthn_account_recovery_tokens.expires_at', 'table webauthn_account_recovery_tokens has no column expires_at', 2),
          ('column webauthn_account_recovery_tokens.tenant_id', 'table webauthn_account_recovery_tokens has no column tenant_id', 2),
          ('column webauthn_account_recovery_tokens.token', 'table webauthn_account_recovery_tokens has no column token', 2),
          ('column webauthn_account_recovery_tokens.user_id', 'table webauthn_account_recovery_tokens has no column user_id', 2),
          ('column webauthn_credentials.app_id', 'table webauthn_credentials has no column app_id', 2),
          ('column webauthn_credentials.counter', 'table webauthn_credentials has no column counter', 2),
          ('column webauthn_credentials.created_at', 'table webauthn_credentials has no column created_at', 2),
          ('column webauthn_credentials.id', 'table webauthn_credentials has no column id', 2),
          ('column webauthn_credentials.public_key', 'table webauthn_credentials has no column public_key', 2),
          ('column webauthn_credentials.rp_id', 'table webauthn_credentials has no column rp_id', 2),
          ('column webauthn_credentials.transports', 'table webauthn_credentials has no column transports', 2),
          ('column webauthn_credentials.updated_at', 'table webauthn_credentials has no column updated_at', 2),
          ('column webauthn_credentials.user_id', 'table webauthn_credentials has no column user_id', 2),
          ('column webauthn_generated_options.app_id', 'table webauthn_generated_options has no column app_id', 2),
          ('column webauthn_generated_options.challenge', 'table webauthn_generated_options has no column challenge', 2),
          ('column webauthn_generated_options.created_at', 'table webauthn_generated_options has no column created_at', 2),
          ('column webauthn_generated_options.email', 'table webauthn_generated_options has no column email', 2),
          ('column webauthn_generated_options.expires_at', 'table webauthn_generated_options has no column expires_at', 2),
          ('column webauthn_generated_options.id', 'table webauthn_generated_options has no column id', 2),
          ('column webauthn_generated_options.origin', 'table webauthn_generated_options has no column origin', 2),
          ('column webauthn_generated_options.rp_id', 'table webauthn_generated_options has no column rp_id', 2),
          ('column webauthn_generated_options.rp_name', 'table webauthn_generated_options has no column rp_name', 2),
          ('column webauthn_generated_options.tenant_id', 'table webauthn_generated_options has no column tenant_id', 2),
          ('column webauthn_generated_options.user_presence_required', 'table webauthn_generated_options has no column user_presence_required', 2),
          ('column webauthn_generated_options.user_verification', 'table webauthn_generated_options has no column user_verification', 2),
          ('column webauthn_user_to_tenant.app_id', 'table webauthn_user_to_tenant has no column app_id', 2),
          ('column webauthn_user_to_tenant.email', 'table webauthn_user_to_tenant has no column email', 2),
          ('column webauthn_user_to_tenant.tenant_id', 'table webauthn_user_to_tenant has no column tenant_id', 2),
          ('column webauthn_user_to_tenant.user_id', 'table webauthn_user_to_tenant has no column user_id', 2),
          ('column webauthn_users.app_id', 'table webauthn_users has no column app_id', 2),
          ('column webauthn_users.email', 'table webauthn_users has no column email', 2),
          ('column webauthn_users.rp_id', 'table webauthn_users has no column rp_id', 2),
          ('column webauthn_users.time_joined', 'table webauthn_users has no column time_joined', 2),
          ('column webauthn_users.user_id', 'table webauthn_users has no column user_id', 2),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_pkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_pkey', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_primary_or_recipe_user_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_primary_or_recipe_user_id_fkey', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_tenant_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_tenant_id_fkey', 3),
          ('constraint all_auth_recipe_users.all_auth_recipe_users_user_id_fkey', 'table all_auth_recipe_users has no constraint all_auth_recipe_users_user_id_fkey', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_app_id_fkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_app_id_fkey', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_pkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_pkey', 3),
          ('constraint app_id_to_user_id.app_id_to_user_id_primary_or_recipe_user_id_fkey', 'table app_id_to_user_id has no constraint app_id_to_user_id_primary_or_recipe_user_id_fkey', 3),
          ('constraint apps.apps_pkey', 'table apps has no constraint apps_pkey', 3),
          ('constraint bulk_import_users.bulk_import_users_app_id_fkey', 'table bulk_import_users has no constraint bulk_import_users_app_id_fkey', 3),
          ('constraint bulk_import_users.bulk_import_users_pkey', 'table bulk_import_users has no constraint bulk_import_users_pkey', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_pkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_pkey', 3),
          ('constraint dashboard_user_sessions.dashboard_user_sessions_user_id_fkey', 'table dashboard_user_sessions has no constraint dashboard_user_sessions_user_id_fkey', 3),
          ('constraint dashboard_users.dashboard_users_app_id_fkey', 'table dashboard_users has no constraint dashboard_users_app_id_fkey', 3),
          ('constraint dashboard_users.dashboard_users_email_key', 'table dashboard_users has no constraint dashboard_users_email_key', 3),
          ('constraint dashboard_users.dashboard_users_pkey', 'table dashboard_users has no constraint dashboard_users_pkey', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_pkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_pkey', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_token_key', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_token_key', 3),
          ('constraint emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_fkey', 'table emailpassword_pswd_reset_tokens has no constraint emailpassword_pswd_reset_tokens_user_id_fkey', 3),
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
          ('constraint oauth_clients.oauth_clients_app_id_fkey', 'table oauth_clients has no constraint oauth_clients_app_id_fkey', 3),
          ('constraint oauth_clients.oauth_clients_pkey', 'table oauth_clients has no constraint oauth_clients_pkey', 3),
          ('constraint oauth_logout_challenges.oauth_logout_challenges_client_id_fkey', 'table oauth_logout_challenges has no constraint oauth_logout_challenges_client_id_fkey', 3),
          ('constraint oauth_logout_challenges.oauth_logout_challenges_pkey', 'table oauth_logout_challenges has no constraint oauth_logout_challenges_pkey', 3),
          ('constraint oauth_m2m_tokens.oauth_m2m_tokens_client_id_fkey', 'table oauth_m2m_tokens has no constraint oauth_m2m_tokens_client_id_fkey', 3),
          ('constraint oauth_m2m_tokens.oauth_m2m_tokens_pkey', 'table oauth_m2m_tokens has no constraint oauth_m2m_tokens_pkey', 3),
          ('constraint oauth_sessions.oauth_sessions_client_id_fkey', 'table oauth_sessions has no constraint oauth_sessions_client_id_fkey', 3),
          ('constraint oauth_sessions.oauth_sessions_external_refresh_token_key', 'table oauth_sessions has no constraint oauth_sessions_external_refresh_token_key', 3),
          ('constraint oauth_sessions.oauth_sessions_internal_refresh_token_key', 'table oauth_sessions has no constraint oauth_sessions_internal_refresh_token_key', 3),
          ('constraint oauth_sessions.oauth_sessions_pkey', 'table oauth_sessions has no constraint oauth_sessions_pkey', 3),
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
          ('constraint tenant_first_factors.tenant_first_factors_pkey', 'table tenant_first_factors has no constraint tenant_first_factors_pkey', 3),
          ('constraint tenant_first_factors.tenant_first_factors_tenant_id_fkey', 'table tenant_first_factors has no constraint tenant_first_factors_tenant_id_fkey', 3),
          ('constraint tenant_required_secondary_factors.tenant_required_secondary_factors_pkey', 'table tenant_required_secondary_factors has no constraint tenant_required_secondary_factors_pkey', 3),
          ('constraint tenant_required_secondary_factors.tenant_required_secondary_factors_tenant_id_fkey', 'table tenant_required_secondary_factors has no constraint tenant_required_secondary_factors_tenant_id_fkey', 3),
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
          ('constraint user_roles.user_roles_tenant_id_fkey', 'table user_roles has no constraint user_roles_tenant_id_fkey', 3),
          ('constraint userid_mapping.userid_mapping_external_user_id_key', 'table userid_mapping has no constraint userid_mapping_external_user_id_key', 3),
          ('constraint userid_mapping.userid_mapping_pkey', 'table userid_mapping has no constraint userid_mapping_pkey', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_fkey', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_fkey', 3),
          ('constraint userid_mapping.userid_mapping_supertokens_user_id_key', 'table userid_mapping has no constraint userid_mapping_supertokens_user_id_key', 3),
          ('constraint webauthn_account_recovery_tokens.webauthn_account_recovery_token_pkey', 'table webauthn_account_recovery_tokens has no constraint webauthn_account_recovery_token_pkey', 2),
          ('constraint webauthn_account_recovery_tokens.webauthn_account_recovery_token_user_id_fkey', 'table webauthn_account_recovery_tokens has no constraint webauthn_account_recovery_token_user_id_fkey', 2),
          ('constraint webauthn_credentials.webauthn_credentials_pkey', 'table webauthn_credentials has no constraint webauthn_credentials_pkey', 2),
          ('constraint webauthn_credentials.webauthn_credentials_user_id_fkey', 'table webauthn_credentials has no constraint webauthn_credentials_user_id_fkey', 2),
          ('constraint webauthn_generated_options.webauthn_generated_options_pkey', 'table webauthn_generated_options has no constraint webauthn_generated_options_pkey', 2),
          ('constraint webauthn_generated_options.webauthn_generated_options_tenant_id_fkey', 'table webauthn_generated_options has no constraint webauthn_generated_options_tenant_id_fkey', 2),
          ('constraint webauthn_user_to_tenant.webauthn_user_to_tenant_email_key', 'table webauthn_user_to_tenant has no constraint webauthn_user_to_tenant_email_key', 2),
          ('constraint webauthn_user_to_tenant.webauthn_user_to_tenant_pkey', 'table webauthn_user_to_tenant has no constraint webauthn_user_to_tenant_pkey', 2),
          ('constraint webauthn_user_to_tenant.webauthn_user_to_tenant_user_id_fkey', 'table webauthn_user_to_tenant has no constraint webauthn_user_to_tenant_user_id_fkey', 2),
          ('constraint webauthn_users.webauthn_users_pkey', 'table webauthn_users has no constraint webauthn_users_pkey', 2),
          ('constraint webauthn_users.webauthn_users_user_id_fkey', 'table webauthn_users has no constraint webauthn_users_user_id_fkey', 2),
          ('index all_auth_recipe_users.all_auth_recipe_tenant_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_tenant_id_index', 3),
          ('index all_auth_recipe_users.all_auth_recipe_user_app_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_user_app_id_index', 3),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_app_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_user_id_app_id_index', 3),
          ('index all_auth_recipe_users.all_auth_recipe_user_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_user_id_index', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index1', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index1', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index2', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index2', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index3', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index3', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_pagination_index4', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index4', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_primary_user_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_primary_user_id_index', 3),
          ('index all_auth_recipe_users.all_auth_recipe_users_recipe_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_recipe_id_index', 3),
          ('index app_id_to_user_id.app_id_to_user_id_app_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_app_id_index', 3),
          ('index app_id_to_user_id.app_id_to_user_id_primary_user_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_primary_user_id_index', 3),
          ('index app_id_to_user_id.app_id_to_user_id_user_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_user_id_index', 3),
          ('index bulk_import_users.bulk_import_users_pagination_index1', 'table bulk_import_users has no index bulk_import_users_pagination_index1', 3),
          ('index bulk_import_users.bulk_import_users_pagination_index2', 'table bulk_import_users has no index bulk_import_users_pagination_index2', 3),
          ('index bulk_import_users.bulk_import_users_status_updated_at_index', 'table bulk_import_users has no index bulk_import_users_status_updated_at_index', 3),
          ('index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index', 3),
          ('index dashboard_user_sessions.dashboard_user_sessions_user_id_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_user_id_index', 3),
          ('index dashboard_users.dashboard_users_app_id_index', 'table dashboard_users has no index dashboard_users_app_id_index', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index', 3),
          ('index emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_user_id_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_pswd_reset_tokens_user_id_index', 3),
          ('index emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_index', 'table emailpassword_user_to_tenant has no index emailpassword_user_to_tenant_email_index', 3),
          ('index emailpassword_users.emailpassword_users_email_index', 'table emailpassword_users has no index emailpassword_users_email_index', 3),
          ('index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index', 3),
          ('index emailverification_tokens.emailverification_tokens_tenant_id_index', 'table emailverification_tokens has no index emailverification_tokens_tenant_id_index', 3),
          ('index emailverification_verified_emails.emailverification_verified_emails_app_id_email_index', 'table emailverification_verified_emails has no index emailverification_verified_emails_app_id_email_index', 2),
          ('index emailverification_verified_emails.emailverification_verified_emails_app_id_index', 'table emailverification_verified_emails has no index emailverification_verified_emails_app_id_index', 3),
          ('index jwt_signing_keys.jwt_signing_keys_app_id_index', 'table jwt_signing_keys has no index jwt_signing_keys_app_id_index', 3),
          ('index key_value.key_value_tenant_id_index', 'table key_value has no index key_value_tenant_id_index', 3),
          ('index oauth_logout_challenges.oauth_logout_challenges_time_created_index', 'table oauth_logout_challenges has no index oauth_logout_challenges_time_created_index', 3),
          ('index oauth_m2m_tokens.oauth_m2m_token_exp_index', 'table oauth_m2m_tokens has no index oauth_m2m_token_exp_index', 3),
          ('index oauth_m2m_tokens.oauth_m2m_token_iat_index', 'table oauth_m2m_tokens has no index oauth_m2m_token_iat_index', 3),
          ('index oauth_sessions.oauth_session_exp_index', 'table oauth_sessions has no index oauth_session_exp_index', 3),
          ('index oauth_sessions.oauth_session_external_refresh_token_index', 'table oauth_sessions has no index oauth_session_external_refresh_token_index', 3),
          ('index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index', 3),
          ('index passwordless_codes.passwordless_codes_device_id_hash_index', 'table passwordless_codes has no index passwordless_codes_device_id_hash_index', 3),
          ('index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index', 3),
          ('index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index', 3),
          ('index passwordless_devices.passwordless_devices_tenant_id_index', 'table passwordless_devices has no index passwordless_devices_tenant_id_index', 3),
          ('index passwordless_user_to_tenant.passwordless_user_to_tenant_email_index', 'table passwordless_user_to_tenant has no index passwordless_user_to_tenant_email_index', 3),
          ('index passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_index', 'table passwordless_user_to_tenant has no index passwordless_user_to_tenant_phone_number_index', 3),
          ('index passwordless_users.passwordless_users_email_index', 'table passwordless_users has no index passwordless_users_email_index', 3),
          ('index passwordless_users.passwordless_users_phone_number_index', 'table passwordless_users has no index passwordless_users_phone_number_index', 3),
          ('index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index', 3),
          ('index role_permissions.role_permissions_role_index', 'table role_permissions has no index role_permissions_role_index', 3),
          ('index roles.roles_app_id_index', 'table roles has no index roles_app_id_index', 3),
          ('index session_access_token_signing_keys.access_token_signing_keys_app_id_index', 'table session_access_token_signing_keys has no index access_token_signing_keys_app_id_index', 3),
          ('index session_info.session_expiry_index', 'table session_info has no index session_expiry_index', 3),
          ('index session_info.session_info_tenant_id_index', 'table session_info has no index session_info_tenant_id_index', 3),
          ('index session_info.session_info_user_id_app_id_index', 'table session_info has no index session_info_user_id_app_id_index', 3),
          ('index tenant_first_factors.tenant_first_factors_tenant_id_index', 'table tenant_first_factors has no index tenant_first_factors_tenant_id_index', 3),
          ('index tenant_required_secondary_factors.tenant_default_required_factor_ids_tenant_id_index', 'table tenant_required_secondary_factors has no index tenant_default_required_factor_ids_tenant_id_index', 3),
          ('index tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_third_party_id_index', 'table tenant_thirdparty_provider_clients has no index tenant_thirdparty_provider_clients_third_party_id_index', 3),
          ('index tenant_thirdparty_providers.tenant_thirdparty_providers_tenant_id_index', 'table tenant_thirdparty_providers has no index tenant_thirdparty_providers_tenant_id_index', 3),
          ('index tenants.tenants_app_id_index', 'table tenants has no index tenants_app_id_index', 3),
          ('index thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_index', 'table thirdparty_user_to_tenant has no index thirdparty_user_to_tenant_third_party_user_id_index', 3),
          ('index thirdparty_users.thirdparty_users_email_index', 'table thirdparty_users has no index thirdparty_users_email_index', 3),
          ('index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'table thirdparty_users has no index thirdparty_users_thirdparty_user_id_index', 3),
          ('index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index', 3),
          ('index totp_used_codes.totp_used_codes_tenant_id_index', 'table totp_used_codes has no index totp_used_codes_tenant_id_index', 3),
          ('index totp_used_codes.totp_used_codes_user_id_index', 'table totp_used_codes has no index totp_used_codes_user_id_index', 3),
          ('index totp_user_devices.totp_user_devices_user_id_index', 'table totp_user_devices has no index totp_user_devices_user_id_index', 3),
          ('index totp_users.totp_users_app_id_index', 'table totp_users has no index totp_users_app_id_index', 3),
          ('index user_last_active.user_last_active_app_id_index', 'table user_last_active has no index user_last_active_app_id_index', 3),
          ('index user_last_active.user_last_active_last_active_time_index', 'table user_last_active has no index user_last_active_last_active_time_index', 3),
          ('index user_metadata.user_metadata_app_id_index', 'table user_metadata has no index user_metadata_app_id_index', 3),
          ('index user_roles.user_roles_app_id_role_index', 'table user_roles has no index user_roles_app_id_role_index', 3),
          ('index user_roles.user_roles_app_id_user_id_index', 'table user_roles has no index user_roles_app_id_user_id_index', 2),
          ('index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index', 3),
          ('index user_roles.user_roles_tenant_id_index', 'table user_roles has no index user_roles_tenant_id_index', 3),
          ('index userid_mapping.userid_mapping_supertokens_user_id_index', 'table userid_mapping has no index userid_mapping_supertokens_user_id_index', 3),
          ('index webauthn_account_recovery_tokens.webauthn_account_recovery_token_email_index', 'table webauthn_account_recovery_tokens has no index webauthn_account_recovery_token_email_index', 2),
          ('index webauthn_account_recovery_tokens.webauthn_account_recovery_token_expires_at_index', 'table webauthn_account_recovery_tokens has no index webauthn_account_recovery_token_expires_at_index', 2),
          ('index webauthn_account_recovery_tokens.webauthn_account_recovery_token_token_index', 'table webauthn_account_recovery_tokens has no index webauthn_account_recovery_token_token_index', 2),
          ('index webauthn_credentials.webauthn_credentials_user_id_index', 'table webauthn_credentials has no index webauthn_credentials_user_id_index', 2),
          ('index webauthn_generated_options.webauthn_user_challenges_expires_at_index', 'table webauthn_generated_options has no index webauthn_user_challenges_expires_at_index', 2),
          ('index webauthn_user_to_tenant.webauthn_user_to_tenant_email_index', 'table webauthn_user_to_tenant has no index webauthn_user_to_tenant_email_index', 2),
          ('table all_auth_recipe_users', 'table all_auth_recipe_users is missing', 3),
          ('table app_id_to_user_id', 'table app_id_to_user_id is missing', 3),
          ('table apps', 'table apps is missing', 3),
          ('table bulk_import_users', 'table bulk_import_users is missing', 3),
          ('table dashboard_user_sessions', 'table dashboard_user_sessions is missing', 3),
          ('table dashboard_users', 'table dashboard_users is missing', 3),
          ('table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing', 3),
          ('table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing', 3),
          ('table emailpassword_users', 'table emailpassword_users is missing', 3),
          ('table emailverification_tokens', 'table emailverification_tokens is missing', 3),
          ('table emailverification_verified_emails', 'table emailverification_verified_emails is missing', 3),
          ('table jwt_signing_keys', 'table jwt_signing_keys is missing', 3),
          ('table key_value', 'table key_value is missing', 3),
          ('table oauth_clients', 'table oauth_clients is missing', 3),
          ('table oauth_logout_challenges', 'table oauth_logout_challenges is missing', 3),
          ('table oauth_m2m_tokens', 'table oauth_m2m_tokens is missing', 3),
          ('table oauth_sessions', 'table oauth_sessions is missing', 3),
          ('table passwordless_codes', 'table passwordless_codes is missing', 3),
          ('table passwordless_devices', 'table passwordless_devices is missing', 3),
          ('table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing', 3),
          ('table passwordless_users', 'table passwordless_users is missing', 3),
          ('table role_permissions', 'table role_permissions is missing', 3),
          ('table roles', 'table roles is missing', 3),
          ('table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing', 3),
          ('table session_info', 'table session_info is missing', 3),
          ('table tenant_configs', 'table tenant_configs is missing', 3),
          ('table tenant_first_factors', 'table tenant_first_factors is missing', 3),
          ('table tenant_required_secondary_factors', 'table tenant_required_secondary_factors is missing', 3),
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
          ('table userid_mapping', 'table userid_mapping is missing', 3),
          ('table webauthn_account_recovery_tokens', 'table webauthn_account_recovery_tokens is missing', 2),
          ('table webauthn_credentials', 'table webauthn_credentials is missing', 2),
          ('table webauthn_generated_options', 'table webauthn_generated_options is missing', 2),
          ('table webauthn_user_to_tenant', 'table webauthn_user_to_tenant is missing', 2),
          ('table webauthn_users', 'table webauthn_users is missing', 2)),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint webauthn_account_recovery_tokens.webauthn_account_recovery_token_pkey', 'constraint webauthn_account_recovery_tokens.webauthn_account_recovery_token_user_id_fkey', 'constraint webauthn_credentials.webauthn_credentials_pkey', 'constraint webauthn_credentials.webauthn_credentials_user_id_fkey', 'constraint webauthn_generated_options.webauthn_generated_options_pkey', 'constraint webauthn_generated_options.webauthn_generated_options_tenant_id_fkey', 'constraint webauthn_user_to_tenant.webauthn_user_to_tenant_email_key', 'constraint webauthn_user_to_tenant.webauthn_user_to_tenant_pkey', 'constraint webauthn_user_to_tenant.webauthn_user_to_tenant_user_id_fkey', 'constraint webauthn_users.webauthn_users_pkey', 'constraint webauthn_users.webauthn_users_user_id_fkey', 'index emailverification_verified_emails.emailverification_verified_emails_app_id_email_index', 'index user_roles.user_roles_app_id_user_id_index', 'index webauthn_account_recovery_tokens.webauthn_account_recovery_token_email_index', 'index webauthn_account_recovery_tokens.webauthn_account_recovery_token_expires_at_index', 'index webauthn_account_recovery_tokens.webauthn_account_recovery_token_token_index', 'index webauthn_credentials.webauthn_credentials_user_id_index', 'index webauthn_generated_options.webauthn_user_challenges_expires_at_index', 'index webauthn_user_to_tenant.webauthn_user_to_tenant_email_index') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at supertokens 10.0, at 10.1, nor between them on this script''s path: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 10.1), or run this one on the supertokens 10.0 database it was made for.';
  END IF;
  PERFORM set_config('plan.target_116f63460c8ad199', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: supertokens 10.0 → 10.1: the database was at 10.1 already: nothing to do' END, false);
END
$plan$;
-- index names: the indexes this script creates (emailverification_verified_emails_app_id_email_index, user_roles_app_id_user_id_index, webauthn_account_recovery_token_email_index, webauthn_account_recovery_token_expires_at_index, webauthn_account_recovery_token_token_index, webauthn_credentials_user_id_index, webauthn_user_challenges_expires_at_index, webauthn_user_to_tenant_email_index) take names unique across the schema: the script stops before any change when an object that is not an index of a supertokens table holds one
DO $plan$
DECLARE
  m text;
BEGIN
  SELECT CASE c.relkind WHEN 'i' THEN 'an index' WHEN 'I' THEN 'an index' WHEN 'r' THEN 'a table' WHEN 'p' THEN 'a table' WHEN 'v' THEN 'a view' WHEN 'm' THEN 'a materialized view' WHEN 'S' THEN 'a sequence' WHEN 'f' THEN 'a foreign table' ELSE 'a relation' END || ' ' || c.relname || COALESCE(' on table ' || t.relname, '') || ' exists; supertokens''s index ' || v.name || ' on ' || v.tbl || ' needs that name (PostgreSQL''s index names are unique across the schema, and the script drops nothing it does not own): rename or drop it, then run this script again. Nothing was changed.'
    INTO m
    FROM (VALUES ('emailverification_verified_emails_app_id_email_index', 'emailverification_verified_emails', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('user_roles_app_id_user_id_index', 'user_roles', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('webauthn_account_recovery_token_email_index', 'webauthn_account_recovery_tokens', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('webauthn_account_recovery_token_expires_at_index', 'webauthn_account_recovery_tokens', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('webauthn_account_recovery_token_token_index', 'webauthn_account_recovery_tokens', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('webauthn_credentials_user_id_index', 'webauthn_credentials', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('webauthn_user_challenges_expires_at_index', 'webauthn_generated_options', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('webauthn_user_to_tenant_email_index', 'webauthn_user_to_tenant', (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))) v(name, tbl, nsp)
    JOIN pg_class c ON c.relname = v.name AND c.relnamespace = v.nsp
    LEFT JOIN pg_index x ON x.indexrelid = c.oid
    LEFT JOIN pg_class t ON t.oid = x.indrelid
    WHERE NOT (c.relkind IN ('i', 'I') AND t.relname IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users'))
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
    WHERE c.oid IN (to_regclass('key_value'), to_regclass('session_info'), to_regclass('emailpassword_users'), to_regclass('emailpassword_pswd_reset_tokens'), to_regclass('emailverification_tokens'), to_regclass('emailverification_verified_emails'), to_regclass('thirdparty_users'), to_regclass('all_auth_recipe_users'), to_regclass('jwt_signing_keys'), to_regclass('session_access_token_signing_keys'), to_regclass('passwordless_users'), to_regclass('passwordless_devices'), to_regclass('passwordless_codes'), to_regclass('user_metadata'), to_regclass('roles'), to_regclass('role_permissions'), to_regclass('user_roles'), to_regclass('userid_mapping'), to_regclass('dashboard_users'), to_regclass('dashboard_user_sessions'), to_regclass('totp_users'), to_regclass('totp_user_devices'), to_regclass('totp_used_codes'), to_regclass('user_last_active'), to_regclass('apps'), to_regclass('tenants'), to_regclass('app_id_to_user_id'), to_regclass('tenant_configs'), to_regclass('tenant_thirdparty_providers'), to_regclass('tenant_thirdparty_provider_clients'), to_regclass('emailpassword_user_to_tenant'), to_regclass('passwordless_user_to_tenant'), to_regclass('thirdparty_user_to_tenant'), to_regclass('tenant_first_factors'), to_regclass('tenant_required_secondary_factors'), to_regclass('oauth_clients'), to_regclass('oauth_sessions'), to_regclass('oauth_m2m_tokens'), to_regclass('oauth_logout_challenges'), to_regclass('bulk_import_users'))
    GROUP BY r.rolname ORDER BY count(*) DESC, r.rolname LIMIT 1), ''), true);
END
$plan$;

-- ================================================================================================
-- supertokens 10.0 → 10.1: WebAuthn (plugin 8.1.0): webauthn_users, webauthn_user_to_tenant, webauthn_generated_options, webauthn_credentials and webauthn_account_recovery_tokens, and an (app_id, email) index on emailverification_verified_emails; the user_roles (app_id, user_id) index of plugin 8.1.2 (core 10.1.2)
-- source: plans/supertokens/10.0-10.1.yaml
-- ================================================================================================
-- 10.0 → 10.1 · 1/13 · create index emailverification_verified_emails_app_id_email_index on emailverification_verified_emails
-- why: MySQL's plugin names it emailverification_verified_emails_verified_appid_emails_index (its CHANGELOG says emailverification_verified_emails_app_id_email_index, a name the core never creates there).
-- locks: emailverification_verified_emails: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_verified_emails') AND c.relname = 'emailverification_verified_emails_app_id_email_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX emailverification_verified_emails_app_id_email_index ON emailverification_verified_emails USING btree (app_id, email)') THEN
    DROP INDEX IF EXISTS emailverification_verified_emails_app_id_email_index;
    CREATE INDEX emailverification_verified_emails_app_id_email_index ON emailverification_verified_emails (app_id, email);
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 2/13 · create table webauthn_users
-- why: Created before webauthn_credentials, which references it. MySQL names the foreign keys of the webauthn tables (but that of webauthn_account_recovery_tokens) <table>_ibfk_1, as the plugin's unnamed DDL leaves them.
-- locks: webauthn_users: new in this script | app_id_to_user_id: SHARE ROW EXCLUSIVE, catalog-only; blocks writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('webauthn_users') IS NULL THEN
    CREATE TABLE webauthn_users (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      rp_id VARCHAR(256) NOT NULL,
      time_joined BIGINT NOT NULL,
      CONSTRAINT webauthn_users_pkey PRIMARY KEY (app_id, user_id),
      CONSTRAINT webauthn_users_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('webauthn_users'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 3/13 · create table webauthn_user_to_tenant
-- why: The MySQL plugin's unique key is unnamed, so MySQL names it after its first column (app_id).
-- locks: webauthn_user_to_tenant: new in this script | all_auth_recipe_users: SHARE ROW EXCLUSIVE, catalog-only; blocks writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('webauthn_user_to_tenant') IS NULL THEN
    CREATE TABLE webauthn_user_to_tenant (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      CONSTRAINT webauthn_user_to_tenant_pkey PRIMARY KEY (app_id, tenant_id, user_id),
      CONSTRAINT webauthn_user_to_tenant_email_key UNIQUE (app_id, tenant_id, email),
      CONSTRAINT webauthn_user_to_tenant_user_id_fkey FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('webauthn_user_to_tenant'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 4/13 · create index webauthn_user_to_tenant_email_index on webauthn_user_to_tenant
-- locks: webauthn_user_to_tenant: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('webauthn_user_to_tenant') AND c.relname = 'webauthn_user_to_tenant_email_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX webauthn_user_to_tenant_email_index ON webauthn_user_to_tenant USING btree (app_id, email)') THEN
    DROP INDEX IF EXISTS webauthn_user_to_tenant_email_index;
    CREATE INDEX webauthn_user_to_tenant_email_index ON webauthn_user_to_tenant (app_id, email);
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 5/13 · create table webauthn_generated_options
-- locks: webauthn_generated_options: new in this script | tenants: SHARE ROW EXCLUSIVE, catalog-only; blocks writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('webauthn_generated_options') IS NULL THEN
    CREATE TABLE webauthn_generated_options (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      id CHAR(36) NOT NULL,
      challenge VARCHAR(256) NOT NULL,
      email VARCHAR(256),
      rp_id VARCHAR(256) NOT NULL,
      rp_name VARCHAR(256) NOT NULL,
      origin VARCHAR(256) NOT NULL,
      expires_at BIGINT NOT NULL,
      created_at BIGINT NOT NULL,
      user_presence_required BOOLEAN NOT NULL DEFAULT FALSE,
      user_verification VARCHAR(12) NOT NULL DEFAULT 'preferred',
      CONSTRAINT webauthn_generated_options_pkey PRIMARY KEY (app_id, tenant_id, id),
      CONSTRAINT webauthn_generated_options_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('webauthn_generated_options'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 6/13 · create index webauthn_user_challenges_expires_at_index on webauthn_generated_options
-- locks: webauthn_generated_options: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('webauthn_generated_options') AND c.relname = 'webauthn_user_challenges_expires_at_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX webauthn_user_challenges_expires_at_index ON webauthn_generated_options USING btree (app_id, tenant_id, expires_at)') THEN
    DROP INDEX IF EXISTS webauthn_user_challenges_expires_at_index;
    CREATE INDEX webauthn_user_challenges_expires_at_index ON webauthn_generated_options (app_id, tenant_id, expires_at);
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 7/13 · create table webauthn_credentials
-- locks: webauthn_credentials: new in this script | webauthn_users: new in this script
DO $plan$
BEGIN
  IF to_regclass('webauthn_credentials') IS NULL THEN
    CREATE TABLE webauthn_credentials (
      id VARCHAR(256) NOT NULL,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      rp_id VARCHAR(256) NOT NULL,
      user_id CHAR(36),
      counter BIGINT NOT NULL,
      public_key BYTEA NOT NULL,
      transports TEXT NOT NULL,
      created_at BIGINT NOT NULL,
      updated_at BIGINT NOT NULL,
      CONSTRAINT webauthn_credentials_pkey PRIMARY KEY (app_id, rp_id, id),
      CONSTRAINT webauthn_credentials_user_id_fkey FOREIGN KEY (app_id, user_id) REFERENCES webauthn_users (app_id, user_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('webauthn_credentials'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 8/13 · create index webauthn_credentials_user_id_index on webauthn_credentials
-- locks: webauthn_credentials: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('webauthn_credentials') AND c.relname = 'webauthn_credentials_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX webauthn_credentials_user_id_index ON webauthn_credentials USING btree (user_id)') THEN
    DROP INDEX IF EXISTS webauthn_credentials_user_id_index;
    CREATE INDEX webauthn_credentials_user_id_index ON webauthn_credentials (user_id);
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 9/13 · create table webauthn_account_recovery_tokens
-- locks: webauthn_account_recovery_tokens: new in this script | all_auth_recipe_users: SHARE ROW EXCLUSIVE, catalog-only; blocks writes until COMMIT
DO $plan$
BEGIN
  IF to_regclass('webauthn_account_recovery_tokens') IS NULL THEN
    CREATE TABLE webauthn_account_recovery_tokens (
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      tenant_id VARCHAR(64) NOT NULL DEFAULT 'public',
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      token VARCHAR(256) NOT NULL,
      expires_at BIGINT NOT NULL,
      CONSTRAINT webauthn_account_recovery_token_pkey PRIMARY KEY (app_id, tenant_id, user_id, token),
      CONSTRAINT webauthn_account_recovery_token_user_id_fkey FOREIGN KEY (app_id, tenant_id, user_id) REFERENCES all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE
    );
    IF COALESCE(current_setting('plan.owner', true), '') NOT IN ('', current_user) THEN
      EXECUTE format('ALTER TABLE %s OWNER TO %I', to_regclass('webauthn_account_recovery_tokens'), current_setting('plan.owner', true));
    END IF;
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 10/13 · create index webauthn_account_recovery_token_token_index on webauthn_account_recovery_tokens
-- locks: webauthn_account_recovery_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('webauthn_account_recovery_tokens') AND c.relname = 'webauthn_account_recovery_token_token_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX webauthn_account_recovery_token_token_index ON webauthn_account_recovery_tokens USING btree (app_id, tenant_id, token)') THEN
    DROP INDEX IF EXISTS webauthn_account_recovery_token_token_index;
    CREATE INDEX webauthn_account_recovery_token_token_index ON webauthn_account_recovery_tokens (app_id, tenant_id, token);
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 11/13 · create index webauthn_account_recovery_token_expires_at_index on webauthn_account_recovery_tokens
-- locks: webauthn_account_recovery_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('webauthn_account_recovery_tokens') AND c.relname = 'webauthn_account_recovery_token_expires_at_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX webauthn_account_recovery_token_expires_at_index ON webauthn_account_recovery_tokens USING btree (expires_at DESC)') THEN
    DROP INDEX IF EXISTS webauthn_account_recovery_token_expires_at_index;
    CREATE INDEX webauthn_account_recovery_token_expires_at_index ON webauthn_account_recovery_tokens (expires_at DESC);
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 12/13 · create index webauthn_account_recovery_token_email_index on webauthn_account_recovery_tokens
-- locks: webauthn_account_recovery_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('webauthn_account_recovery_tokens') AND c.relname = 'webauthn_account_recovery_token_email_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX webauthn_account_recovery_token_email_index ON webauthn_account_recovery_tokens USING btree (app_id, tenant_id, email)') THEN
    DROP INDEX IF EXISTS webauthn_account_recovery_token_email_index;
    CREATE INDEX webauthn_account_recovery_token_email_index ON webauthn_account_recovery_tokens (app_id, tenant_id, email);
  END IF;
END
$plan$;

-- 10.0 → 10.1 · 13/13 · create index user_roles_app_id_user_id_index on user_roles
-- locks: user_roles: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_app_id_user_id_index' AND i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = 'CREATE INDEX user_roles_app_id_user_id_index ON user_roles USING btree (app_id, user_id)') THEN
    DROP INDEX IF EXISTS user_roles_app_id_user_id_index;
    CREATE INDEX user_roles_app_id_user_id_index ON user_roles (app_id, user_id);
  END IF;
END
$plan$;

-- the end: the database is at 10.1, or the script stops here and everything this run did is rolled back
DO $plan$
DECLARE
  problem text;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind = 'table' THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END AS def FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND c.relname IN ('activity_log', 'activity_log_default', 'all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_token_stats', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'primary_user_tenants', 'recipe_user_account_infos', 'recipe_user_tenants', 'role_permissions', 'roles', 'saml_claims', 'saml_clients', 'saml_relay_state', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))) r),
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_116f63460c8ad199', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_116f63460c8ad199', true), '')::json -> 'r') e),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('') AND a.k IS NULL THEN 1 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, 1 FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)) q WHERE c <> 0)
    SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1
  INTO problem;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at supertokens 10.1 at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect supertokens names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: supertokens 10.0 → 10.1 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: supertokens 10.0 → 10.1: the database was at 10.1 already: nothing to do' THEN 'plan: supertokens 10.0 → 10.1: the database was at 10.1 already: nothing to do' ELSE 'plan: supertokens 10.0 → 10.1 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: supertokens 10.0 → 10.1 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
