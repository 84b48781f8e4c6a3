-- plan 0.1.0 · fief 0 → 0.27 · postgres · fresh install
-- what:     this script creates the fief schema at 0.27 in an empty PostgreSQL database (generated from the plans listed below)
-- also:     creates the schema "08e952f1-8a79-4672-99f8-ea6919cd4692" (location workspace: --param workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692) when it is missing, and objects in it, outside the schema it runs in: the role that runs it needs CREATE on this database (CREATE SCHEMA) and on that schema
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
-- start:    after applying: Fief 0.27 (it runs its own Alembic upgrade to head on start)
-- reverse:  npx plan compile fief 0.27 0 --dialect postgres --param workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692 -o down.sql
-- the rollback would drop: 33 tables alembic_version, admin_session_tokens, workspaces, admin_api_key, workspace_users, fief_alembic_version, fief_audit_logs, fief_email_domains, fief_email_templates, fief_oauth_providers, fief_permissions, fief_roles, fief_themes, fief_user_fields, fief_webhooks, fief_roles_permissions, fief_tenants, fief_webhook_logs, fief_clients, fief_tenants_oauth_providers, fief_users, fief_authorization_codes, fief_email_verifications, fief_grants, fief_login_sessions, fief_oauth_accounts, fief_refresh_tokens, fief_session_tokens, fief_user_field_values, fief_user_permissions, fief_user_roles, fief_oauth_sessions, fief_registration_sessions, and the data in them
-- parameters: workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692 (workspace_id: an example value, not a database's: compile with its own before applying)
-- sources (sha256 of each file; check: sha256sum plans/fief/product.yaml plans/fief/0-0.27.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/fief/product.yaml 9ed9f74bbf660848d1152c8ba893dd1fae31f45511883942d3cb777414f3642c
--   plans/fief/0-0.27.yaml 3aae53b852d54ffb9ee8586523e6a412613327c97a33ca8daf14eeeebddc8353
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

-- check that the database is at 0, at 0.27, or between them on this script's path (a resumed run)
DO $plan$
DECLARE
  problem text;
  kept text;
  off_target boolean;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind IN ('table', 'enum_type') THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END || CASE c.relnamespace WHEN (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') THEN ' in workspace' ELSE '' END AS def FROM pg_class c WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND c.relkind IN ('r', 'p') AND c.relname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, (SELECT CASE WHEN ty.typtype = 'e' THEN quote_ident(ty.typname::text) ELSE format_type(a.atttypid, a.atttypmod) END FROM pg_type ty WHERE ty.oid = a.atttypid) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || replace(pg_get_expr(d.adbin, d.adrelid), '::"08e952f1-8a79-4672-99f8-ea6919cd4692".', '::'), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND c.relkind IN ('r', 'p') AND c.relname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, replace(pg_get_constraintdef(k.oid), ' REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' REFERENCES ') FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND c.relkind IN ('r', 'p') AND c.relname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND c.relkind IN ('r', 'p') AND c.relname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))
        UNION ALL SELECT 'enum_type', t.typname::text, '', (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) || CASE t.typnamespace WHEN (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') THEN ' in workspace' ELSE '' END FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND t.typname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) r),
      allowed(k, def, f) AS (VALUES ('column admin_api_key.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column admin_api_key.id', 'uuid NOT NULL', 3),
          ('column admin_api_key.name', 'character varying(255) NOT NULL', 3),
          ('column admin_api_key.token', 'character varying(255) NOT NULL', 3),
          ('column admin_api_key.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column admin_api_key.workspace_id', 'uuid NOT NULL', 3),
          ('column admin_session_tokens.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column admin_session_tokens.id', 'uuid NOT NULL', 3),
          ('column admin_session_tokens.raw_tokens', 'text NOT NULL', 3),
          ('column admin_session_tokens.raw_userinfo', 'text NOT NULL', 3),
          ('column admin_session_tokens.token', 'character varying(255) NOT NULL', 3),
          ('column admin_session_tokens.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column alembic_version.version_num', 'character varying(32) NOT NULL', 3),
          ('column fief_alembic_version.version_num', 'character varying(32) NOT NULL', 3),
          ('column fief_audit_logs.admin_api_key_id', 'uuid', 3),
          ('column fief_audit_logs.admin_user_id', 'uuid', 3),
          ('column fief_audit_logs.extra', 'json', 3),
          ('column fief_audit_logs.id', 'uuid NOT NULL', 3),
          ('column fief_audit_logs.level', 'character varying(255) NOT NULL', 3),
          ('column fief_audit_logs.message', 'text NOT NULL', 3),
          ('column fief_audit_logs.object_class', 'character varying(255)', 3),
          ('column fief_audit_logs.object_id', 'uuid', 3),
          ('column fief_audit_logs.subject_user_id', 'uuid', 3),
          ('column fief_audit_logs.timestamp', 'timestamp with time zone NOT NULL', 3),
          ('column fief_authorization_codes.acr', 'fief_acr NOT NULL', 3),
          ('column fief_authorization_codes.authenticated_at', 'timestamp with time zone NOT NULL', 3),
          ('column fief_authorization_codes.c_hash', 'character varying(255) NOT NULL', 3),
          ('column fief_authorization_codes.client_id', 'uuid NOT NULL', 3),
          ('column fief_authorization_codes.code', 'character varying(255) NOT NULL', 3),
          ('column fief_authorization_codes.code_challenge', 'character varying(255)', 3),
          ('column fief_authorization_codes.code_challenge_method', 'character varying(255)', 3),
          ('column fief_authorization_codes.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_authorization_codes.expires_at', 'timestamp with time zone NOT NULL', 3),
          ('column fief_authorization_codes.id', 'uuid NOT NULL', 3),
          ('column fief_authorization_codes.nonce', 'character varying(255)', 3),
          ('column fief_authorization_codes.redirect_uri', 'character varying(2048) NOT NULL', 3),
          ('column fief_authorization_codes.scope', 'json NOT NULL', 3),
          ('column fief_authorization_codes.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_authorization_codes.user_id', 'uuid NOT NULL', 3),
          ('column fief_clients.access_id_token_lifetime_seconds', 'integer NOT NULL', 3),
          ('column fief_clients.authorization_code_lifetime_seconds', 'integer NOT NULL', 3),
          ('column fief_clients.client_id', 'character varying(255) NOT NULL', 3),
          ('column fief_clients.client_secret', 'character varying(255) NOT NULL', 3),
          ('column fief_clients.client_type', 'fief_clienttype NOT NULL DEFAULT ''confidential''::fief_clienttype', 3),
          ('column fief_clients.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_clients.encrypt_jwk', 'text', 3),
          ('column fief_clients.first_party', 'boolean NOT NULL', 3),
          ('column fief_clients.id', 'uuid NOT NULL', 3),
          ('column fief_clients.name', 'character varying(255) NOT NULL', 3),
          ('column fief_clients.redirect_uris', 'json NOT NULL', 3),
          ('column fief_clients.refresh_token_lifetime_seconds', 'integer NOT NULL', 3),
          ('column fief_clients.tenant_id', 'uuid NOT NULL', 3),
          ('column fief_clients.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_email_domains.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_email_domains.domain', 'character varying(255) NOT NULL', 3),
          ('column fief_email_domains.domain_id', 'character varying(255) NOT NULL', 3),
          ('column fief_email_domains.email_provider', 'character varying(255) NOT NULL', 3),
          ('column fief_email_domains.id', 'uuid NOT NULL', 3),
          ('column fief_email_domains.records', 'json NOT NULL', 3),
          ('column fief_email_domains.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_email_templates.content', 'text NOT NULL', 3),
          ('column fief_email_templates.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_email_templates.id', 'uuid NOT NULL', 3),
          ('column fief_email_templates.subject', 'text NOT NULL', 3),
          ('column fief_email_templates.type', 'character varying(255) NOT NULL', 3),
          ('column fief_email_templates.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_email_verifications.code', 'character varying(255) NOT NULL', 3),
          ('column fief_email_verifications.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_email_verifications.email', 'character varying(320) NOT NULL', 3),
          ('column fief_email_verifications.expires_at', 'timestamp with time zone NOT NULL', 3),
          ('column fief_email_verifications.id', 'uuid NOT NULL', 3),
          ('column fief_email_verifications.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_email_verifications.user_id', 'uuid NOT NULL', 3),
          ('column fief_grants.client_id', 'uuid NOT NULL', 3),
          ('column fief_grants.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_grants.id', 'uuid NOT NULL', 3),
          ('column fief_grants.scope', 'json NOT NULL', 3),
          ('column fief_grants.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_grants.user_id', 'uuid NOT NULL', 3),
          ('column fief_login_sessions.acr', 'fief_acr NOT NULL', 3),
          ('column fief_login_sessions.client_id', 'uuid NOT NULL', 3),
          ('column fief_login_sessions.code_challenge', 'character varying(255)', 3),
          ('column fief_login_sessions.code_challenge_method', 'character varying(255)', 3),
          ('column fief_login_sessions.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_login_sessions.expires_at', 'timestamp with time zone NOT NULL', 3),
          ('column fief_login_sessions.id', 'uuid NOT NULL', 3),
          ('column fief_login_sessions.nonce', 'character varying(255)', 3),
          ('column fief_login_sessions.prompt', 'character varying(255)', 3),
          ('column fief_login_sessions.redirect_uri', 'character varying(2048) NOT NULL', 3),
          ('column fief_login_sessions.response_mode', 'character varying(255) NOT NULL', 3),
          ('column fief_login_sessions.response_type', 'character varying(255) NOT NULL', 3),
          ('column fief_login_sessions.scope', 'json NOT NULL', 3),
          ('column fief_login_sessions.state', 'character varying(2048)', 3),
          ('column fief_login_sessions.token', 'character varying(255) NOT NULL', 3),
          ('column fief_login_sessions.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_oauth_accounts.access_token', 'text NOT NULL', 3),
          ('column fief_oauth_accounts.account_email', 'character varying(512)', 3),
          ('column fief_oauth_accounts.account_id', 'character varying(512) NOT NULL', 3),
          ('column fief_oauth_accounts.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_oauth_accounts.expires_at', 'timestamp with time zone', 3),
          ('column fief_oauth_accounts.id', 'uuid NOT NULL', 3),
          ('column fief_oauth_accounts.oauth_provider_id', 'uuid NOT NULL', 3),
          ('column fief_oauth_accounts.refresh_token', 'text', 3),
          ('column fief_oauth_accounts.tenant_id', 'uuid NOT NULL', 3),
          ('column fief_oauth_accounts.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_oauth_accounts.user_id', 'uuid', 3),
          ('column fief_oauth_providers.client_id', 'text NOT NULL', 3),
          ('column fief_oauth_providers.client_secret', 'text NOT NULL', 3),
          ('column fief_oauth_providers.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_oauth_providers.id', 'uuid NOT NULL', 3),
          ('column fief_oauth_providers.name', 'character varying(255)', 3),
          ('column fief_oauth_providers.openid_configuration_endpoint', 'text', 3),
          ('column fief_oauth_providers.provider', 'character varying(255) NOT NULL', 3),
          ('column fief_oauth_providers.scopes', 'json NOT NULL', 3),
          ('column fief_oauth_providers.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_oauth_sessions.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_oauth_sessions.expires_at', 'timestamp with time zone NOT NULL', 3),
          ('column fief_oauth_sessions.id', 'uuid NOT NULL', 3),
          ('column fief_oauth_sessions.oauth_account_id', 'uuid', 3),
          ('column fief_oauth_sessions.oauth_provider_id', 'uuid NOT NULL', 3),
          ('column fief_oauth_sessions.redirect_uri', 'text NOT NULL', 3),
          ('column fief_oauth_sessions.tenant_id', 'uuid NOT NULL', 3),
          ('column fief_oauth_sessions.token', 'character varying(255) NOT NULL', 3),
          ('column fief_oauth_sessions.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_permissions.codename', 'character varying(255) NOT NULL', 3),
          ('column fief_permissions.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_permissions.id', 'uuid NOT NULL', 3),
          ('column fief_permissions.name', 'character varying(255) NOT NULL', 3),
          ('column fief_permissions.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_refresh_tokens.authenticated_at', 'timestamp with time zone NOT NULL', 3),
          ('column fief_refresh_tokens.client_id', 'uuid NOT NULL', 3),
          ('column fief_refresh_tokens.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_refresh_tokens.expires_at', 'timestamp with time zone NOT NULL', 3),
          ('column fief_refresh_tokens.id', 'uuid NOT NULL', 3),
          ('column fief_refresh_tokens.scope', 'json NOT NULL', 3),
          ('column fief_refresh_tokens.token', 'character varying(255) NOT NULL', 3),
          ('column fief_refresh_tokens.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_refresh_tokens.user_id', 'uuid NOT NULL', 3),
          ('column fief_registration_sessions.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_registration_sessions.email', 'character varying(320)', 3),
          ('column fief_registration_sessions.expires_at', 'timestamp with time zone NOT NULL', 3),
          ('column fief_registration_sessions.flow', 'character varying(255) NOT NULL', 3),
          ('column fief_registration_sessions.id', 'uuid NOT NULL', 3),
          ('column fief_registration_sessions.oauth_account_id', 'uuid', 3),
          ('column fief_registration_sessions.tenant_id', 'uuid NOT NULL', 3),
          ('column fief_registration_sessions.token', 'character varying(255) NOT NULL', 3),
          ('column fief_registration_sessions.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_roles.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_roles.granted_by_default', 'boolean NOT NULL', 3),
          ('column fief_roles.id', 'uuid NOT NULL', 3),
          ('column fief_roles.name', 'character varying(255) NOT NULL', 3),
          ('column fief_roles.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_roles_permissions.permission_id', 'uuid NOT NULL', 3),
          ('column fief_roles_permissions.role_id', 'uuid NOT NULL', 3),
          ('column fief_session_tokens.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_session_tokens.expires_at', 'timestamp with time zone NOT NULL', 3),
          ('column fief_session_tokens.id', 'uuid NOT NULL', 3),
          ('column fief_session_tokens.token', 'character varying(255) NOT NULL', 3),
          ('column fief_session_tokens.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_session_tokens.user_id', 'uuid NOT NULL', 3),
          ('column fief_tenants.application_url', 'character varying(512)', 3),
          ('column fief_tenants.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_tenants.default', 'boolean NOT NULL', 3),
          ('column fief_tenants.email_domain_id', 'uuid', 3),
          ('column fief_tenants.email_from_email', 'character varying(255)', 3),
          ('column fief_tenants.email_from_name', 'character varying(255)', 3),
          ('column fief_tenants.id', 'uuid NOT NULL', 3),
          ('column fief_tenants.logo_url', 'character varying(512)', 3),
          ('column fief_tenants.name', 'character varying(255) NOT NULL', 3),
          ('column fief_tenants.registration_allowed', 'boolean NOT NULL', 3),
          ('column fief_tenants.sign_jwk', 'text NOT NULL', 3),
          ('column fief_tenants.slug', 'character varying(255) NOT NULL', 3),
          ('column fief_tenants.theme_id', 'uuid', 3),
          ('column fief_tenants.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_tenants_oauth_providers.oauth_provider_id', 'uuid NOT NULL', 3),
          ('column fief_tenants_oauth_providers.tenant_id', 'uuid NOT NULL', 3),
          ('column fief_themes.accent_color', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.background_color', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_themes.default', 'boolean NOT NULL', 3),
          ('column fief_themes.font_css_url', 'character varying(512)', 3),
          ('column fief_themes.font_family', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.font_size', 'integer NOT NULL', 3),
          ('column fief_themes.id', 'uuid NOT NULL', 3),
          ('column fief_themes.input_color', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.input_color_background', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.light_color', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.light_color_hover', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.name', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.primary_color', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.primary_color_hover', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.primary_color_light', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.text_color', 'character varying(255) NOT NULL', 3),
          ('column fief_themes.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_user_field_values.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_user_field_values.id', 'uuid NOT NULL', 3),
          ('column fief_user_field_values.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_user_field_values.user_field_id', 'uuid NOT NULL', 3),
          ('column fief_user_field_values.user_id', 'uuid NOT NULL', 3),
          ('column fief_user_field_values.value_boolean', 'boolean', 3),
          ('column fief_user_field_values.value_date', 'date', 3),
          ('column fief_user_field_values.value_datetime', 'timestamp with time zone', 3),
          ('column fief_user_field_values.value_integer', 'integer', 3),
          ('column fief_user_field_values.value_json', 'json', 3),
          ('column fief_user_field_values.value_string', 'text', 3),
          ('column fief_user_fields.configuration', 'json NOT NULL', 3),
          ('column fief_user_fields.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_user_fields.id', 'uuid NOT NULL', 3),
          ('column fief_user_fields.name', 'character varying(320) NOT NULL', 3),
          ('column fief_user_fields.slug', 'character varying(320) NOT NULL', 3),
          ('column fief_user_fields.type', 'fief_userfieldtype', 3),
          ('column fief_user_fields.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_user_permissions.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_user_permissions.from_role_id', 'uuid', 3),
          ('column fief_user_permissions.id', 'uuid NOT NULL', 3),
          ('column fief_user_permissions.permission_id', 'uuid NOT NULL', 3),
          ('column fief_user_permissions.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_user_permissions.user_id', 'uuid NOT NULL', 3),
          ('column fief_user_roles.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_user_roles.id', 'uuid NOT NULL', 3),
          ('column fief_user_roles.role_id', 'uuid NOT NULL', 3),
          ('column fief_user_roles.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_user_roles.user_id', 'uuid NOT NULL', 3),
          ('column fief_users.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_users.email', 'character varying(320) NOT NULL', 3),
          ('column fief_users.email_lower', 'character varying(320) NOT NULL', 3),
          ('column fief_users.email_verified', 'boolean NOT NULL', 3),
          ('column fief_users.hashed_password', 'character varying(255) NOT NULL', 3),
          ('column fief_users.id', 'uuid NOT NULL', 3),
          ('column fief_users.is_active', 'boolean NOT NULL', 3),
          ('column fief_users.tenant_id', 'uuid NOT NULL', 3),
          ('column fief_users.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_webhook_logs.attempt', 'integer NOT NULL', 3),
          ('column fief_webhook_logs.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_webhook_logs.error_message', 'text', 3),
          ('column fief_webhook_logs.error_type', 'character varying(255)', 3),
          ('column fief_webhook_logs.event', 'character varying(255) NOT NULL', 3),
          ('column fief_webhook_logs.id', 'uuid NOT NULL', 3),
          ('column fief_webhook_logs.payload', 'text NOT NULL', 3),
          ('column fief_webhook_logs.response', 'text', 3),
          ('column fief_webhook_logs.success', 'boolean NOT NULL', 3),
          ('column fief_webhook_logs.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_webhook_logs.webhook_id', 'uuid NOT NULL', 3),
          ('column fief_webhooks.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_webhooks.events', 'json NOT NULL', 3),
          ('column fief_webhooks.id', 'uuid NOT NULL', 3),
          ('column fief_webhooks.secret', 'character varying(255) NOT NULL', 3),
          ('column fief_webhooks.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column fief_webhooks.url', 'character varying(255) NOT NULL', 3),
          ('column workspace_users.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column workspace_users.id', 'uuid NOT NULL', 3),
          ('column workspace_users.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column workspace_users.user_id', 'uuid NOT NULL', 3),
          ('column workspace_users.workspace_id', 'uuid NOT NULL', 3),
          ('column workspaces.alembic_revision', 'character varying(255)', 3),
          ('column workspaces.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column workspaces.database_host', 'text', 3),
          ('column workspaces.database_name', 'text', 3),
          ('column workspaces.database_password', 'text', 3),
          ('column workspaces.database_port', 'text', 3),
          ('column workspaces.database_ssl_mode', 'text', 3),
          ('column workspaces.database_table_prefix', 'character varying(255) NOT NULL', 3),
          ('column workspaces.database_type', 'databasetype', 3),
          ('column workspaces.database_use_schema', 'boolean NOT NULL', 3),
          ('column workspaces.database_username', 'text', 3),
          ('column workspaces.domain', 'character varying(255) NOT NULL', 3),
          ('column workspaces.id', 'uuid NOT NULL', 3),
          ('column workspaces.name', 'character varying(255) NOT NULL', 3),
          ('column workspaces.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 3),
          ('column workspaces.users_count', 'integer NOT NULL DEFAULT 0', 3),
          ('constraint admin_api_key.admin_api_key_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint admin_api_key.admin_api_key_token_key', 'UNIQUE (token)', 3),
          ('constraint admin_api_key.admin_api_key_workspace_id_fkey', 'FOREIGN KEY (workspace_id) REFERENCES workspaces(id) ON DELETE CASCADE', 3),
          ('constraint admin_session_tokens.admin_session_tokens_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint admin_session_tokens.admin_session_tokens_token_key', 'UNIQUE (token)', 3),
          ('constraint alembic_version.alembic_version_pkc', 'PRIMARY KEY (version_num)', 3),
          ('constraint fief_alembic_version.fief_alembic_version_pkc', 'PRIMARY KEY (version_num)', 3),
          ('constraint fief_audit_logs.fief_audit_logs_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_authorization_codes.fief_authorization_codes_client_id_fkey', 'FOREIGN KEY (client_id) REFERENCES fief_clients(id) ON DELETE CASCADE', 3),
          ('constraint fief_authorization_codes.fief_authorization_codes_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_authorization_codes.fief_authorization_codes_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES fief_users(id) ON DELETE CASCADE', 3),
          ('constraint fief_clients.fief_clients_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_clients.fief_clients_tenant_id_fkey', 'FOREIGN KEY (tenant_id) REFERENCES fief_tenants(id) ON DELETE CASCADE', 3),
          ('constraint fief_email_domains.fief_email_domains_domain_key', 'UNIQUE (domain)', 3),
          ('constraint fief_email_domains.fief_email_domains_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_email_templates.fief_email_templates_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_email_templates.fief_email_templates_type_key', 'UNIQUE (type)', 3),
          ('constraint fief_email_verifications.fief_email_verifications_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_email_verifications.fief_email_verifications_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES fief_users(id) ON DELETE CASCADE', 3),
          ('constraint fief_grants.fief_grants_client_id_fkey', 'FOREIGN KEY (client_id) REFERENCES fief_clients(id) ON DELETE CASCADE', 3),
          ('constraint fief_grants.fief_grants_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_grants.fief_grants_user_id_client_id_key', 'UNIQUE (user_id, client_id)', 3),
          ('constraint fief_grants.fief_grants_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES fief_users(id) ON DELETE CASCADE', 3),
          ('constraint fief_login_sessions.fief_login_sessions_client_id_fkey', 'FOREIGN KEY (client_id) REFERENCES fief_clients(id) ON DELETE CASCADE', 3),
          ('constraint fief_login_sessions.fief_login_sessions_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_oauth_provider_id_fkey', 'FOREIGN KEY (oauth_provider_id) REFERENCES fief_oauth_providers(id) ON DELETE CASCADE', 3),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_oauth_provider_id_user_id_key', 'UNIQUE (oauth_provider_id, user_id)', 3),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_tenant_id_fkey', 'FOREIGN KEY (tenant_id) REFERENCES fief_tenants(id) ON DELETE CASCADE', 3),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES fief_users(id) ON DELETE CASCADE', 3),
          ('constraint fief_oauth_providers.fief_oauth_providers_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_oauth_account_id_fkey', 'FOREIGN KEY (oauth_account_id) REFERENCES fief_oauth_accounts(id) ON DELETE CASCADE', 3),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_oauth_provider_id_fkey', 'FOREIGN KEY (oauth_provider_id) REFERENCES fief_oauth_providers(id) ON DELETE CASCADE', 3),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_tenant_id_fkey', 'FOREIGN KEY (tenant_id) REFERENCES fief_tenants(id) ON DELETE CASCADE', 3),
          ('constraint fief_permissions.fief_permissions_codename_key', 'UNIQUE (codename)', 3),
          ('constraint fief_permissions.fief_permissions_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_refresh_tokens.fief_refresh_tokens_client_id_fkey', 'FOREIGN KEY (client_id) REFERENCES fief_clients(id) ON DELETE CASCADE', 3),
          ('constraint fief_refresh_tokens.fief_refresh_tokens_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_refresh_tokens.fief_refresh_tokens_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES fief_users(id) ON DELETE CASCADE', 3),
          ('constraint fief_registration_sessions.fief_registration_sessions_oauth_account_id_fkey', 'FOREIGN KEY (oauth_account_id) REFERENCES fief_oauth_accounts(id) ON DELETE CASCADE', 3),
          ('constraint fief_registration_sessions.fief_registration_sessions_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_registration_sessions.fief_registration_sessions_tenant_id_fkey', 'FOREIGN KEY (tenant_id) REFERENCES fief_tenants(id) ON DELETE CASCADE', 3),
          ('constraint fief_roles.fief_roles_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_roles_permissions.fief_roles_permissions_permission_id_fkey', 'FOREIGN KEY (permission_id) REFERENCES fief_permissions(id) ON DELETE CASCADE', 3),
          ('constraint fief_roles_permissions.fief_roles_permissions_pkey', 'PRIMARY KEY (role_id, permission_id)', 3),
          ('constraint fief_roles_permissions.fief_roles_permissions_role_id_fkey', 'FOREIGN KEY (role_id) REFERENCES fief_roles(id) ON DELETE CASCADE', 3),
          ('constraint fief_session_tokens.fief_session_tokens_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_session_tokens.fief_session_tokens_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES fief_users(id) ON DELETE CASCADE', 3),
          ('constraint fief_tenants.fief_tenants_email_domain_id_fkey', 'FOREIGN KEY (email_domain_id) REFERENCES fief_email_domains(id) ON DELETE SET NULL', 3),
          ('constraint fief_tenants.fief_tenants_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_tenants.fief_tenants_slug_key', 'UNIQUE (slug)', 3),
          ('constraint fief_tenants.fief_tenants_theme_id_fkey', 'FOREIGN KEY (theme_id) REFERENCES fief_themes(id) ON DELETE SET NULL', 3),
          ('constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_oauth_provider_id_fkey', 'FOREIGN KEY (oauth_provider_id) REFERENCES fief_oauth_providers(id) ON DELETE CASCADE', 3),
          ('constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_pkey', 'PRIMARY KEY (tenant_id, oauth_provider_id)', 3),
          ('constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_tenant_id_fkey', 'FOREIGN KEY (tenant_id) REFERENCES fief_tenants(id) ON DELETE CASCADE', 3),
          ('constraint fief_themes.fief_themes_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_user_field_values.fief_user_field_values_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_user_field_values.fief_user_field_values_user_field_id_fkey', 'FOREIGN KEY (user_field_id) REFERENCES fief_user_fields(id) ON DELETE CASCADE', 3),
          ('constraint fief_user_field_values.fief_user_field_values_user_field_id_user_id_key', 'UNIQUE (user_field_id, user_id)', 3),
          ('constraint fief_user_field_values.fief_user_field_values_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES fief_users(id) ON DELETE CASCADE', 3),
          ('constraint fief_user_fields.fief_user_fields_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_user_permissions.fief_user_permissions_from_role_id_fkey', 'FOREIGN KEY (from_role_id) REFERENCES fief_roles(id) ON DELETE CASCADE', 3),
          ('constraint fief_user_permissions.fief_user_permissions_permission_id_fkey', 'FOREIGN KEY (permission_id) REFERENCES fief_permissions(id) ON DELETE CASCADE', 3),
          ('constraint fief_user_permissions.fief_user_permissions_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_user_permissions.fief_user_permissions_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES fief_users(id) ON DELETE CASCADE', 3),
          ('constraint fief_user_permissions.fief_user_permissions_user_id_permission_id_from_role_id_key', 'UNIQUE (user_id, permission_id, from_role_id)', 3),
          ('constraint fief_user_roles.fief_user_roles_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_user_roles.fief_user_roles_role_id_fkey', 'FOREIGN KEY (role_id) REFERENCES fief_roles(id) ON DELETE CASCADE', 3),
          ('constraint fief_user_roles.fief_user_roles_user_id_fkey', 'FOREIGN KEY (user_id) REFERENCES fief_users(id) ON DELETE CASCADE', 3),
          ('constraint fief_user_roles.fief_user_roles_user_id_role_id_key', 'UNIQUE (user_id, role_id)', 3),
          ('constraint fief_users.fief_users_email_tenant_id_key', 'UNIQUE (email, tenant_id)', 3),
          ('constraint fief_users.fief_users_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_users.fief_users_tenant_id_fkey', 'FOREIGN KEY (tenant_id) REFERENCES fief_tenants(id) ON DELETE CASCADE', 3),
          ('constraint fief_webhook_logs.fief_webhook_logs_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint fief_webhook_logs.fief_webhook_logs_webhook_id_fkey', 'FOREIGN KEY (webhook_id) REFERENCES fief_webhooks(id) ON DELETE CASCADE', 3),
          ('constraint fief_webhooks.fief_webhooks_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint workspace_users.workspace_users_pkey', 'PRIMARY KEY (id)', 3),
          ('constraint workspace_users.workspace_users_workspace_id_fkey', 'FOREIGN KEY (workspace_id) REFERENCES workspaces(id) ON DELETE CASCADE', 3),
          ('constraint workspaces.workspaces_pkey', 'PRIMARY KEY (id)', 3),
          ('enum_type databasetype', 'ENUM (''POSTGRESQL'', ''MYSQL'', ''SQLITE'')', 3),
          ('enum_type fief_acr', 'ENUM (''0'', ''1'') in workspace', 3),
          ('enum_type fief_clienttype', 'ENUM (''public'', ''confidential'') in workspace', 3),
          ('enum_type fief_userfieldtype', 'ENUM (''STRING'', ''INTEGER'', ''BOOLEAN'', ''DATE'', ''DATETIME'', ''CHOICE'', ''PHONE_NUMBER'', ''ADDRESS'', ''TIMEZONE'') in workspace', 3),
          ('index admin_api_key.ix_admin_api_key_created_at', 'CREATE INDEX ix_admin_api_key_created_at ON admin_api_key USING btree (created_at)', 3),
          ('index admin_api_key.ix_admin_api_key_updated_at', 'CREATE INDEX ix_admin_api_key_updated_at ON admin_api_key USING btree (updated_at)', 3),
          ('index admin_session_tokens.ix_admin_session_tokens_created_at', 'CREATE INDEX ix_admin_session_tokens_created_at ON admin_session_tokens USING btree (created_at)', 3),
          ('index admin_session_tokens.ix_admin_session_tokens_updated_at', 'CREATE INDEX ix_admin_session_tokens_updated_at ON admin_session_tokens USING btree (updated_at)', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'CREATE INDEX ix_fief_audit_logs_admin_api_key_id ON fief_audit_logs USING btree (admin_api_key_id)', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'CREATE INDEX ix_fief_audit_logs_admin_user_id ON fief_audit_logs USING btree (admin_user_id)', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_level', 'CREATE INDEX ix_fief_audit_logs_level ON fief_audit_logs USING btree (level)', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_object_class', 'CREATE INDEX ix_fief_audit_logs_object_class ON fief_audit_logs USING btree (object_class)', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_object_id', 'CREATE INDEX ix_fief_audit_logs_object_id ON fief_audit_logs USING btree (object_id)', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'CREATE INDEX ix_fief_audit_logs_subject_user_id ON fief_audit_logs USING btree (subject_user_id)', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_timestamp', 'CREATE INDEX ix_fief_audit_logs_timestamp ON fief_audit_logs USING btree ("timestamp")', 3),
          ('index fief_authorization_codes.ix_fief_authorization_codes_code', 'CREATE UNIQUE INDEX ix_fief_authorization_codes_code ON fief_authorization_codes USING btree (code)', 3),
          ('index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'CREATE INDEX ix_fief_authorization_codes_created_at ON fief_authorization_codes USING btree (created_at)', 3),
          ('index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'CREATE INDEX ix_fief_authorization_codes_expires_at ON fief_authorization_codes USING btree (expires_at)', 3),
          ('index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'CREATE INDEX ix_fief_authorization_codes_updated_at ON fief_authorization_codes USING btree (updated_at)', 3),
          ('index fief_clients.ix_fief_clients_client_id', 'CREATE INDEX ix_fief_clients_client_id ON fief_clients USING btree (client_id)', 3),
          ('index fief_clients.ix_fief_clients_client_secret', 'CREATE INDEX ix_fief_clients_client_secret ON fief_clients USING btree (client_secret)', 3),
          ('index fief_clients.ix_fief_clients_created_at', 'CREATE INDEX ix_fief_clients_created_at ON fief_clients USING btree (created_at)', 3),
          ('index fief_clients.ix_fief_clients_updated_at', 'CREATE INDEX ix_fief_clients_updated_at ON fief_clients USING btree (updated_at)', 3),
          ('index fief_email_domains.ix_fief_email_domains_created_at', 'CREATE INDEX ix_fief_email_domains_created_at ON fief_email_domains USING btree (created_at)', 3),
          ('index fief_email_domains.ix_fief_email_domains_updated_at', 'CREATE INDEX ix_fief_email_domains_updated_at ON fief_email_domains USING btree (updated_at)', 3),
          ('index fief_email_templates.ix_fief_email_templates_created_at', 'CREATE INDEX ix_fief_email_templates_created_at ON fief_email_templates USING btree (created_at)', 3),
          ('index fief_email_templates.ix_fief_email_templates_updated_at', 'CREATE INDEX ix_fief_email_templates_updated_at ON fief_email_templates USING btree (updated_at)', 3),
          ('index fief_email_verifications.ix_fief_email_verifications_code', 'CREATE UNIQUE INDEX ix_fief_email_verifications_code ON fief_email_verifications USING btree (code)', 3),
          ('index fief_email_verifications.ix_fief_email_verifications_created_at', 'CREATE INDEX ix_fief_email_verifications_created_at ON fief_email_verifications USING btree (created_at)', 3),
          ('index fief_email_verifications.ix_fief_email_verifications_email', 'CREATE INDEX ix_fief_email_verifications_email ON fief_email_verifications USING btree (email)', 3),
          ('index fief_email_verifications.ix_fief_email_verifications_expires_at', 'CREATE INDEX ix_fief_email_verifications_expires_at ON fief_email_verifications USING btree (expires_at)', 3),
          ('index fief_email_verifications.ix_fief_email_verifications_updated_at', 'CREATE INDEX ix_fief_email_verifications_updated_at ON fief_email_verifications USING btree (updated_at)', 3),
          ('index fief_grants.ix_fief_grants_created_at', 'CREATE INDEX ix_fief_grants_created_at ON fief_grants USING btree (created_at)', 3),
          ('index fief_grants.ix_fief_grants_updated_at', 'CREATE INDEX ix_fief_grants_updated_at ON fief_grants USING btree (updated_at)', 3),
          ('index fief_login_sessions.ix_fief_login_sessions_created_at', 'CREATE INDEX ix_fief_login_sessions_created_at ON fief_login_sessions USING btree (created_at)', 3),
          ('index fief_login_sessions.ix_fief_login_sessions_expires_at', 'CREATE INDEX ix_fief_login_sessions_expires_at ON fief_login_sessions USING btree (expires_at)', 3),
          ('index fief_login_sessions.ix_fief_login_sessions_token', 'CREATE UNIQUE INDEX ix_fief_login_sessions_token ON fief_login_sessions USING btree (token)', 3),
          ('index fief_login_sessions.ix_fief_login_sessions_updated_at', 'CREATE INDEX ix_fief_login_sessions_updated_at ON fief_login_sessions USING btree (updated_at)', 3),
          ('index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'CREATE INDEX ix_fief_oauth_accounts_account_id ON fief_oauth_accounts USING btree (account_id)', 3),
          ('index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'CREATE INDEX ix_fief_oauth_accounts_created_at ON fief_oauth_accounts USING btree (created_at)', 3),
          ('index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'CREATE INDEX ix_fief_oauth_accounts_updated_at ON fief_oauth_accounts USING btree (updated_at)', 3),
          ('index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'CREATE INDEX ix_fief_oauth_providers_created_at ON fief_oauth_providers USING btree (created_at)', 3),
          ('index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'CREATE INDEX ix_fief_oauth_providers_updated_at ON fief_oauth_providers USING btree (updated_at)', 3),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'CREATE INDEX ix_fief_oauth_sessions_created_at ON fief_oauth_sessions USING btree (created_at)', 3),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'CREATE INDEX ix_fief_oauth_sessions_expires_at ON fief_oauth_sessions USING btree (expires_at)', 3),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'CREATE UNIQUE INDEX ix_fief_oauth_sessions_token ON fief_oauth_sessions USING btree (token)', 3),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'CREATE INDEX ix_fief_oauth_sessions_updated_at ON fief_oauth_sessions USING btree (updated_at)', 3),
          ('index fief_permissions.ix_fief_permissions_created_at', 'CREATE INDEX ix_fief_permissions_created_at ON fief_permissions USING btree (created_at)', 3),
          ('index fief_permissions.ix_fief_permissions_updated_at', 'CREATE INDEX ix_fief_permissions_updated_at ON fief_permissions USING btree (updated_at)', 3),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'CREATE INDEX ix_fief_refresh_tokens_created_at ON fief_refresh_tokens USING btree (created_at)', 3),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'CREATE INDEX ix_fief_refresh_tokens_expires_at ON fief_refresh_tokens USING btree (expires_at)', 3),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'CREATE UNIQUE INDEX ix_fief_refresh_tokens_token ON fief_refresh_tokens USING btree (token)', 3),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'CREATE INDEX ix_fief_refresh_tokens_updated_at ON fief_refresh_tokens USING btree (updated_at)', 3),
          ('index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'CREATE INDEX ix_fief_registration_sessions_created_at ON fief_registration_sessions USING btree (created_at)', 3),
          ('index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'CREATE INDEX ix_fief_registration_sessions_expires_at ON fief_registration_sessions USING btree (expires_at)', 3),
          ('index fief_registration_sessions.ix_fief_registration_sessions_token', 'CREATE UNIQUE INDEX ix_fief_registration_sessions_token ON fief_registration_sessions USING btree (token)', 3),
          ('index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'CREATE INDEX ix_fief_registration_sessions_updated_at ON fief_registration_sessions USING btree (updated_at)', 3),
          ('index fief_roles.ix_fief_roles_created_at', 'CREATE INDEX ix_fief_roles_created_at ON fief_roles USING btree (created_at)', 3),
          ('index fief_roles.ix_fief_roles_updated_at', 'CREATE INDEX ix_fief_roles_updated_at ON fief_roles USING btree (updated_at)', 3),
          ('index fief_session_tokens.ix_fief_session_tokens_created_at', 'CREATE INDEX ix_fief_session_tokens_created_at ON fief_session_tokens USING btree (created_at)', 3),
          ('index fief_session_tokens.ix_fief_session_tokens_expires_at', 'CREATE INDEX ix_fief_session_tokens_expires_at ON fief_session_tokens USING btree (expires_at)', 3),
          ('index fief_session_tokens.ix_fief_session_tokens_token', 'CREATE UNIQUE INDEX ix_fief_session_tokens_token ON fief_session_tokens USING btree (token)', 3),
          ('index fief_session_tokens.ix_fief_session_tokens_updated_at', 'CREATE INDEX ix_fief_session_tokens_updated_at ON fief_session_tokens USING btree (updated_at)', 3),
          ('index fief_tenants.ix_fief_tenants_created_at', 'CREATE INDEX ix_fief_tenants_created_at ON fief_tenants USING btree (created_at)', 3),
          ('index fief_tenants.ix_fief_tenants_updated_at', 'CREATE INDEX ix_fief_tenants_updated_at ON fief_tenants USING btree (updated_at)', 3),
          ('index fief_themes.ix_fief_themes_created_at', 'CREATE INDEX ix_fief_themes_created_at ON fief_themes USING btree (created_at)', 3),
          ('index fief_themes.ix_fief_themes_updated_at', 'CREATE INDEX ix_fief_themes_updated_at ON fief_themes USING btree (updated_at)', 3),
          ('index fief_user_field_values.ix_fief_user_field_values_created_at', 'CREATE INDEX ix_fief_user_field_values_created_at ON fief_user_field_values USING btree (created_at)', 3),
          ('index fief_user_field_values.ix_fief_user_field_values_updated_at', 'CREATE INDEX ix_fief_user_field_values_updated_at ON fief_user_field_values USING btree (updated_at)', 3),
          ('index fief_user_fields.ix_fief_user_fields_created_at', 'CREATE INDEX ix_fief_user_fields_created_at ON fief_user_fields USING btree (created_at)', 3),
          ('index fief_user_fields.ix_fief_user_fields_slug', 'CREATE UNIQUE INDEX ix_fief_user_fields_slug ON fief_user_fields USING btree (slug)', 3),
          ('index fief_user_fields.ix_fief_user_fields_type', 'CREATE INDEX ix_fief_user_fields_type ON fief_user_fields USING btree (type)', 3),
          ('index fief_user_fields.ix_fief_user_fields_updated_at', 'CREATE INDEX ix_fief_user_fields_updated_at ON fief_user_fields USING btree (updated_at)', 3),
          ('index fief_user_permissions.ix_fief_user_permissions_created_at', 'CREATE INDEX ix_fief_user_permissions_created_at ON fief_user_permissions USING btree (created_at)', 3),
          ('index fief_user_permissions.ix_fief_user_permissions_updated_at', 'CREATE INDEX ix_fief_user_permissions_updated_at ON fief_user_permissions USING btree (updated_at)', 3),
          ('index fief_user_roles.ix_fief_user_roles_created_at', 'CREATE INDEX ix_fief_user_roles_created_at ON fief_user_roles USING btree (created_at)', 3),
          ('index fief_user_roles.ix_fief_user_roles_updated_at', 'CREATE INDEX ix_fief_user_roles_updated_at ON fief_user_roles USING btree (updated_at)', 3),
          ('index fief_users.ix_fief_users_created_at', 'CREATE INDEX ix_fief_users_created_at ON fief_users USING btree (created_at)', 3),
          ('index fief_users.ix_fief_users_email', 'CREATE INDEX ix_fief_users_email ON fief_users USING btree (email)', 3),
          ('index fief_users.ix_fief_users_email_lower', 'CREATE INDEX ix_fief_users_email_lower ON fief_users USING btree (email_lower)', 3),
          ('index fief_users.ix_fief_users_email_verified', 'CREATE INDEX ix_fief_users_email_verified ON fief_users USING btree (email_verified)', 3),
          ('index fief_users.ix_fief_users_updated_at', 'CREATE INDEX ix_fief_users_updated_at ON fief_users USING btree (updated_at)', 3),
          ('index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'CREATE INDEX ix_fief_webhook_logs_created_at ON fief_webhook_logs USING btree (created_at)', 3),
          ('index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'CREATE INDEX ix_fief_webhook_logs_updated_at ON fief_webhook_logs USING btree (updated_at)', 3),
          ('index fief_webhooks.ix_fief_webhooks_created_at', 'CREATE INDEX ix_fief_webhooks_created_at ON fief_webhooks USING btree (created_at)', 3),
          ('index fief_webhooks.ix_fief_webhooks_updated_at', 'CREATE INDEX ix_fief_webhooks_updated_at ON fief_webhooks USING btree (updated_at)', 3),
          ('index workspace_users.ix_workspace_users_created_at', 'CREATE INDEX ix_workspace_users_created_at ON workspace_users USING btree (created_at)', 3),
          ('index workspace_users.ix_workspace_users_updated_at', 'CREATE INDEX ix_workspace_users_updated_at ON workspace_users USING btree (updated_at)', 3),
          ('index workspaces.ix_workspaces_alembic_revision', 'CREATE INDEX ix_workspaces_alembic_revision ON workspaces USING btree (alembic_revision)', 3),
          ('index workspaces.ix_workspaces_created_at', 'CREATE INDEX ix_workspaces_created_at ON workspaces USING btree (created_at)', 3),
          ('index workspaces.ix_workspaces_updated_at', 'CREATE INDEX ix_workspaces_updated_at ON workspaces USING btree (updated_at)', 3),
          ('table admin_api_key', 'present', 3),
          ('table admin_session_tokens', 'present', 3),
          ('table alembic_version', 'present', 3),
          ('table fief_alembic_version', 'present in workspace', 3),
          ('table fief_audit_logs', 'present in workspace', 3),
          ('table fief_authorization_codes', 'present in workspace', 3),
          ('table fief_clients', 'present in workspace', 3),
          ('table fief_email_domains', 'present in workspace', 3),
          ('table fief_email_templates', 'present in workspace', 3),
          ('table fief_email_verifications', 'present in workspace', 3),
          ('table fief_grants', 'present in workspace', 3),
          ('table fief_login_sessions', 'present in workspace', 3),
          ('table fief_oauth_accounts', 'present in workspace', 3),
          ('table fief_oauth_providers', 'present in workspace', 3),
          ('table fief_oauth_sessions', 'present in workspace', 3),
          ('table fief_permissions', 'present in workspace', 3),
          ('table fief_refresh_tokens', 'present in workspace', 3),
          ('table fief_registration_sessions', 'present in workspace', 3),
          ('table fief_roles', 'present in workspace', 3),
          ('table fief_roles_permissions', 'present in workspace', 3),
          ('table fief_session_tokens', 'present in workspace', 3),
          ('table fief_tenants', 'present in workspace', 3),
          ('table fief_tenants_oauth_providers', 'present in workspace', 3),
          ('table fief_themes', 'present in workspace', 3),
          ('table fief_user_field_values', 'present in workspace', 3),
          ('table fief_user_fields', 'present in workspace', 3),
          ('table fief_user_permissions', 'present in workspace', 3),
          ('table fief_user_roles', 'present in workspace', 3),
          ('table fief_users', 'present in workspace', 3),
          ('table fief_webhook_logs', 'present in workspace', 3),
          ('table fief_webhooks', 'present in workspace', 3),
          ('table workspace_users', 'present', 3),
          ('table workspaces', 'present', 3)),
      required(k, m, f) AS (VALUES ('column admin_api_key.created_at', 'table admin_api_key has no column created_at', 2),
          ('column admin_api_key.id', 'table admin_api_key has no column id', 2),
          ('column admin_api_key.name', 'table admin_api_key has no column name', 2),
          ('column admin_api_key.token', 'table admin_api_key has no column token', 2),
          ('column admin_api_key.updated_at', 'table admin_api_key has no column updated_at', 2),
          ('column admin_api_key.workspace_id', 'table admin_api_key has no column workspace_id', 2),
          ('column admin_session_tokens.created_at', 'table admin_session_tokens has no column created_at', 2),
          ('column admin_session_tokens.id', 'table admin_session_tokens has no column id', 2),
          ('column admin_session_tokens.raw_tokens', 'table admin_session_tokens has no column raw_tokens', 2),
          ('column admin_session_tokens.raw_userinfo', 'table admin_session_tokens has no column raw_userinfo', 2),
          ('column admin_session_tokens.token', 'table admin_session_tokens has no column token', 2),
          ('column admin_session_tokens.updated_at', 'table admin_session_tokens has no column updated_at', 2),
          ('column alembic_version.version_num', 'table alembic_version has no column version_num', 2),
          ('column fief_alembic_version.version_num', 'table fief_alembic_version has no column version_num', 2),
          ('column fief_audit_logs.admin_api_key_id', 'table fief_audit_logs has no column admin_api_key_id', 2),
          ('column fief_audit_logs.admin_user_id', 'table fief_audit_logs has no column admin_user_id', 2),
          ('column fief_audit_logs.extra', 'table fief_audit_logs has no column extra', 2),
          ('column fief_audit_logs.id', 'table fief_audit_logs has no column id', 2),
          ('column fief_audit_logs.level', 'table fief_audit_logs has no column level', 2),
          ('column fief_audit_logs.message', 'table fief_audit_logs has no column message', 2),
          ('column fief_audit_logs.object_class', 'table fief_audit_logs has no column object_class', 2),
          ('column fief_audit_logs.object_id', 'table fief_audit_logs has no column object_id', 2),
          ('column fief_audit_logs.subject_user_id', 'table fief_audit_logs has no column subject_user_id', 2),
          ('column fief_audit_logs.timestamp', 'table fief_audit_logs has no column timestamp', 2),
          ('column fief_authorization_codes.acr', 'table fief_authorization_codes has no column acr', 2),
          ('column fief_authorization_codes.authenticated_at', 'table fief_authorization_codes has no column authenticated_at', 2),
          ('column fief_authorization_codes.c_hash', 'table fief_authorization_codes has no column c_hash', 2),
          ('column fief_authorization_codes.client_id', 'table fief_authorization_codes has no column client_id', 2),
          ('column fief_authorization_codes.code', 'table fief_authorization_codes has no column code', 2),
          ('column fief_authorization_codes.code_challenge', 'table fief_authorization_codes has no column code_challenge', 2),
          ('column fief_authorization_codes.code_challenge_method', 'table fief_authorization_codes has no column code_challenge_method', 2),
          ('column fief_authorization_codes.created_at', 'table fief_authorization_codes has no column created_at', 2),
          ('column fief_authorization_codes.expires_at', 'table fief_authorization_codes has no column expires_at', 2),
          ('column fief_authorization_codes.id', 'table fief_authorization_codes has no column id', 2),
          ('column fief_authorization_codes.nonce', 'table fief_authorization_codes has no column nonce', 2),
          ('column fief_authorization_codes.redirect_uri', 'table fief_authorization_codes has no column redirect_uri', 2),
          ('column fief_authorization_codes.scope', 'table fief_authorization_codes has no column scope', 2),
          ('column fief_authorization_codes.updated_at', 'table fief_authorization_codes has no column updated_at', 2),
          ('column fief_authorization_codes.user_id', 'table fief_authorization_codes has no column user_id', 2),
          ('column fief_clients.access_id_token_lifetime_seconds', 'table fief_clients has no column access_id_token_lifetime_seconds', 2),
          ('column fief_clients.authorization_code_lifetime_seconds', 'table fief_clients has no column authorization_code_lifetime_seconds', 2),
          ('column fief_clients.client_id', 'table fief_clients has no column client_id', 2),
          ('column fief_clients.client_secret', 'table fief_clients has no column client_secret', 2),
          ('column fief_clients.client_type', 'table fief_clients has no column client_type', 2),
          ('column fief_clients.created_at', 'table fief_clients has no column created_at', 2),
          ('column fief_clients.encrypt_jwk', 'table fief_clients has no column encrypt_jwk', 2),
          ('column fief_clients.first_party', 'table fief_clients has no column first_party', 2),
          ('column fief_clients.id', 'table fief_clients has no column id', 2),
          ('column fief_clients.name', 'table fief_clients has no column name', 2),
          ('column fief_clients.redirect_uris', 'table fief_clients has no column redirect_uris', 2),
          ('column fief_clients.refresh_token_lifetime_seconds', 'table fief_clients has no column refresh_token_lifetime_seconds', 2),
          ('column fief_clients.tenant_id', 'table fief_clients has no column tenant_id', 2),
          ('column fief_clients.updated_at', 'table fief_clients has no column updated_at', 2),
          ('column fief_email_domains.created_at', 'table fief_email_domains has no column created_at', 2),
          ('column fief_email_domains.domain', 'table fief_email_domains has no column domain', 2),
          ('column fief_email_domains.domain_id', 'table fief_email_domains has no column domain_id', 2),
          ('column fief_email_domains.email_provider', 'table fief_email_domains has no column email_provider', 2),
          ('column fief_email_domains.id', 'table fief_email_domains has no column id', 2),
          ('column fief_email_domains.records', 'table fief_email_domains has no column records', 2),
          ('column fief_email_domains.updated_at', 'table fief_email_domains has no column updated_at', 2),
          ('column fief_email_templates.content', 'table fief_email_templates has no column content', 2),
          ('column fief_email_templates.created_at', 'table fief_email_templates has no column created_at', 2),
          ('column fief_email_templates.id', 'table fief_email_templates has no column id', 2),
          ('column fief_email_templates.subject', 'table fief_email_templates has no column subject', 2),
          ('column fief_email_templates.type', 'table fief_email_templates has no column type', 2),
          ('column fief_email_templates.updated_at', 'table fief_email_templates has no column updated_at', 2),
          ('column fief_email_verifications.code', 'table fief_email_verifications has no column code', 2),
          ('column fief_email_verifications.created_at', 'table fief_email_verifications has no column created_at', 2),
          ('column fief_email_verifications.email', 'table fief_email_verifications has no column email', 2),
          ('column fief_email_verifications.expires_at', 'table fief_email_verifications has no column expires_at', 2),
          ('column fief_email_verifications.id', 'table fief_email_verifications has no column id', 2),
          ('column fief_email_verifications.updated_at', 'table fief_email_verifications has no column updated_at', 2),
          ('column fief_email_verifications.user_id', 'table fief_email_verifications has no column user_id', 2),
          ('column fief_grants.client_id', 'table fief_grants has no column client_id', 2),
          ('column fief_grants.created_at', 'table fief_grants has no column created_at', 2),
          ('column fief_grants.id', 'table fief_grants has no column id', 2),
          ('column fief_grants.scope', 'table fief_grants has no column scope', 2),
          ('column fief_grants.updated_at', 'table fief_grants has no column updated_at', 2),
          ('column fief_grants.user_id', 'table fief_grants has no column user_id', 2),
          ('column fief_login_sessions.acr', 'table fief_login_sessions has no column acr', 2),
          ('column fief_login_sessions.client_id', 'table fief_login_sessions has no column client_id', 2),
          ('column fief_login_sessions.code_challenge', 'table fief_login_sessions has no column code_challenge', 2),
          ('column fief_login_sessions.code_challenge_method', 'table fief_login_sessions has no column code_challenge_method', 2),
          ('column fief_login_sessions.created_at', 'table fief_login_sessions has no column created_at', 2),
          ('column fief_login_sessions.expires_at', 'table fief_login_sessions has no column expires_at', 2),
          ('column fief_login_sessions.id', 'table fief_login_sessions has no column id', 2),
          ('column fief_login_sessions.nonce', 'table fief_login_sessions has no column nonce', 2),
          ('column fief_login_sessions.prompt', 'table fief_login_sessions has no column prompt', 2),
          ('column fief_login_sessions.redirect_uri', 'table fief_login_sessions has no column redirect_uri', 2),
          ('column fief_login_sessions.response_mode', 'table fief_login_sessions has no column response_mode', 2),
          ('column fief_login_sessions.response_type', 'table fief_login_sessions has no column response_type', 2),
          ('column fief_login_sessions.scope', 'table fief_login_sessions has no column scope', 2),
          ('column fief_login_sessions.state', 'table fief_login_sessions has no column state', 2),
          ('column fief_login_sessions.token', 'table fief_login_sessions has no column token', 2),
          ('column fief_login_sessions.updated_at', 'table fief_login_sessions has no column updated_at', 2),
          ('column fief_oauth_accounts.access_token', 'table fief_oauth_accounts has no column access_token', 2),
          ('column fief_oauth_accounts.account_email', 'table fief_oauth_accounts has no column account_email', 2),
          ('column fief_oauth_accounts.account_id', 'table fief_oauth_accounts has no column account_id', 2),
          ('column fief_oauth_accounts.created_at', 'table fief_oauth_accounts has no column created_at', 2),
          ('column fief_oauth_accounts.expires_at', 'table fief_oauth_accounts has no column expires_at', 2),
          ('column fief_oauth_accounts.id', 'table fief_oauth_accounts has no column id', 2),
          ('column fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts has no column oauth_provider_id', 2),
          ('column fief_oauth_accounts.refresh_token', 'table fief_oauth_accounts has no column refresh_token', 2),
          ('column fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts has no column tenant_id', 2),
          ('column fief_oauth_accounts.updated_at', 'table fief_oauth_accounts has no column updated_at', 2),
          ('column fief_oauth_accounts.user_id', 'table fief_oauth_accounts has no column user_id', 2),
          ('column fief_oauth_providers.client_id', 'table fief_oauth_providers has no column client_id', 2),
          ('column fief_oauth_providers.client_secret', 'table fief_oauth_providers has no column client_secret', 2),
          ('column fief_oauth_providers.created_at', 'table fief_oauth_providers has no column created_at', 2),
          ('column fief_oauth_providers.id', 'table fief_oauth_providers has no column id', 2),
          ('column fief_oauth_providers.name', 'table fief_oauth_providers has no column name', 2),
          ('column fief_oauth_providers.openid_configuration_endpoint', 'table fief_oauth_providers has no column openid_configuration_endpoint', 2),
          ('column fief_oauth_providers.provider', 'table fief_oauth_providers has no column provider', 2),
          ('column fief_oauth_providers.scopes', 'table fief_oauth_providers has no column scopes', 2),
          ('column fief_oauth_providers.updated_at', 'table fief_oauth_providers has no column updated_at', 2),
          ('column fief_oauth_sessions.created_at', 'table fief_oauth_sessions has no column created_at', 2),
          ('column fief_oauth_sessions.expires_at', 'table fief_oauth_sessions has no column expires_at', 2),
          ('column fief_oauth_sessions.id', 'table fief_oauth_sessions has no column id', 2),
          ('column fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions has no column oauth_account_id', 2),
          ('column fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions has no column oauth_provider_id', 2),
          ('column fief_oauth_sessions.redirect_uri', 'table fief_oauth_sessions has no column redirect_uri', 2),
          ('column fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions has no column tenant_id', 2),
          ('column fief_oauth_sessions.token', 'table fief_oauth_sessions has no column token', 2),
          ('column fief_oauth_sessions.updated_at', 'table fief_oauth_sessions has no column updated_at', 2),
          ('column fief_permissions.codename', 'table fief_permissions has no column codename', 2),
          ('column fief_permissions.created_at', 'table fief_permissions has no column created_at', 2),
          ('column fief_permissions.id', 'table fief_permissions has no column id', 2),
          ('column fief_permissions.name', 'table fief_permissions has no column name', 2),
          ('column fief_permissions.updated_at', 'table fief_permissions has no column updated_at', 2),
          ('column fief_refresh_tokens.authenticated_at', 'table fief_refresh_tokens has no column authenticated_at', 2),
          ('column fief_refresh_tokens.client_id', 'table fief_refresh_tokens has no column client_id', 2),
          ('column fief_refresh_tokens.created_at', 'table fief_refresh_tokens has no column created_at', 2),
          ('column fief_refresh_tokens.expires_at', 'table fief_refresh_tokens has no column expires_at', 2),
          ('column fief_refresh_tokens.id', 'table fief_refresh_tokens has no column id', 2),
          ('column fief_refresh_tokens.scope', 'table fief_refresh_tokens has no column scope', 2),
          ('column fief_refresh_tokens.token', 'table fief_refresh_tokens has no column token', 2),
          ('column fief_refresh_tokens.updated_at', 'table fief_refresh_tokens has no column updated_at', 2),
          ('column fief_refresh_tokens.user_id', 'table fief_refresh_tokens has no column user_id', 2),
          ('column fief_registration_sessions.created_at', 'table fief_registration_sessions has no column created_at', 2),
          ('column fief_registration_sessions.email', 'table fief_registration_sessions has no column email', 2),
          ('column fief_registration_sessions.expires_at', 'table fief_registration_sessions has no column expires_at', 2),
          ('column fief_registration_sessions.flow', 'table fief_registration_sessions has no column flow', 2),
          ('column fief_registration_sessions.id', 'table fief_registration_sessions has no column id', 2),
          ('column fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions has no column oauth_account_id', 2),
          ('column fief_registration_sessions.tenant_id', 'table fief_registration_sessions has no column tenant_id', 2),
          ('column fief_registration_sessions.token', 'table fief_registration_sessions has no column token', 2),
          ('column fief_registration_sessions.updated_at', 'table fief_registration_sessions has no column updated_at', 2),
          ('column fief_roles.created_at', 'table fief_roles has no column created_at', 2),
          ('column fief_roles.granted_by_default', 'table fief_roles has no column granted_by_default', 2),
          ('column fief_roles.id', 'table fief_roles has no column id', 2),
          ('column fief_roles.name', 'table fief_roles has no column name', 2),
          ('column fief_roles.updated_at', 'table fief_roles has no column updated_at', 2),
          ('column fief_roles_permissions.permission_id', 'table fief_roles_permissions has no column permission_id', 2),
          ('column fief_roles_permissions.role_id', 'table fief_roles_permissions has no column role_id', 2),
          ('column fief_session_tokens.created_at', 'table fief_session_tokens has no column created_at', 2),
          ('column fief_session_tokens.expires_at', 'table fief_session_tokens has no column expires_at', 2),
          ('column fief_session_tokens.id', 'table fief_session_tokens has no column id', 2),
          ('column fief_session_tokens.token', 'table fief_session_tokens has no column token', 2),
          ('column fief_session_tokens.updated_at', 'table fief_session_tokens has no column updated_at', 2),
          ('column fief_session_tokens.user_id', 'table fief_session_tokens has no column user_id', 2),
          ('column fief_tenants.application_url', 'table fief_tenants has no column application_url', 2),
          ('column fief_tenants.created_at', 'table fief_tenants has no column created_at', 2),
          ('column fief_tenants.default', 'table fief_tenants has no column default', 2),
          ('column fief_tenants.email_domain_id', 'table fief_tenants has no column email_domain_id', 2),
          ('column fief_tenants.email_from_email', 'table fief_tenants has no column email_from_email', 2),
          ('column fief_tenants.email_from_name', 'table fief_tenants has no column email_from_name', 2),
          ('column fief_tenants.id', 'table fief_tenants has no column id', 2),
          ('column fief_tenants.logo_url', 'table fief_tenants has no column logo_url', 2),
          ('column fief_tenants.name', 'table fief_tenants has no column name', 2),
          ('column fief_tenants.registration_allowed', 'table fief_tenants has no column registration_allowed', 2),
          ('column fief_tenants.sign_jwk', 'table fief_tenants has no column sign_jwk', 2),
          ('column fief_tenants.slug', 'table fief_tenants has no column slug', 2),
          ('column fief_tenants.theme_id', 'table fief_tenants has no column theme_id', 2),
          ('column fief_tenants.updated_at', 'table fief_tenants has no column updated_at', 2),
          ('column fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers has no column oauth_provider_id', 2),
          ('column fief_tenants_oauth_providers.tenant_id', 'table fief_tenants_oauth_providers has no column tenant_id', 2),
          ('column fief_themes.accent_color', 'table fief_themes has no column accent_color', 2),
          ('column fief_themes.background_color', 'table fief_themes has no column background_color', 2),
          ('column fief_themes.created_at', 'table fief_themes has no column created_at', 2),
          ('column fief_themes.default', 'table fief_themes has no column default', 2),
          ('column fief_themes.font_css_url', 'table fief_themes has no column font_css_url', 2),
          ('column fief_themes.font_family', 'table fief_themes has no column font_family', 2),
          ('column fief_themes.font_size', 'table fief_themes has no column font_size', 2),
          ('column fief_themes.id', 'table fief_themes has no column id', 2),
          ('column fief_themes.input_color', 'table fief_themes has no column input_color', 2),
          ('column fief_themes.input_color_background', 'table fief_themes has no column input_color_background', 2),
          ('column fief_themes.light_color', 'table fief_themes has no column light_color', 2),
          ('column fief_themes.light_color_hover', 'table fief_themes has no column light_color_hover', 2),
          ('column fief_themes.name', 'table fief_themes has no column name', 2),
          ('column fief_themes.primary_color', 'table fief_themes has no column primary_color', 2),
          ('column fief_themes.primary_color_hover', 'table fief_themes has no column primary_color_hover', 2),
          ('column fief_themes.primary_color_light', 'table fief_themes has no column primary_color_light', 2),
          ('column fief_themes.text_color', 'table fief_themes has no column text_color', 2),
          ('column fief_themes.updated_at', 'table fief_themes has no column updated_at', 2),
          ('column fief_user_field_values.created_at', 'table fief_user_field_values has no column created_at', 2),
          ('column fief_user_field_values.id', 'table fief_user_field_values has no column id', 2),
          ('column fief_user_field_values.updated_at', 'table fief_user_field_values has no column updated_at', 2),
          ('column fief_user_field_values.user_field_id', 'table fief_user_field_values has no column user_field_id', 2),
          ('column fief_user_field_values.user_id', 'table fief_user_field_values has no column user_id', 2),
          ('column fief_user_field_values.value_boolean', 'table fief_user_field_values has no column value_boolean', 2),
          ('column fief_user_field_values.value_date', 'table fief_user_field_values has no column value_date', 2),
          ('column fief_user_field_values.value_datetime', 'table fief_user_field_values has no column value_datetime', 2),
          ('column fief_user_field_values.value_integer', 'table fief_user_field_values has no column value_integer', 2),
          ('column fief_user_field_values.value_json', 'table fief_user_field_values has no column value_json', 2),
          ('column fief_user_field_values.value_string', 'table fief_user_field_values has no column value_string', 2),
          ('column fief_user_fields.configuration', 'table fief_user_fields has no column configuration', 2),
          ('column fief_user_fields.created_at', 'table fief_user_fields has no column created_at', 2),
          ('column fief_user_fields.id', 'table fief_user_fields has no column id', 2),
          ('column fief_user_fields.name', 'table fief_user_fields has no column name', 2),
          ('column fief_user_fields.slug', 'table fief_user_fields has no column slug', 2),
          ('column fief_user_fields.type', 'table fief_user_fields has no column type', 2),
          ('column fief_user_fields.updated_at', 'table fief_user_fields has no column updated_at', 2),
          ('column fief_user_permissions.created_at', 'table fief_user_permissions has no column created_at', 2),
          ('column fief_user_permissions.from_role_id', 'table fief_user_permissions has no column from_role_id', 2),
          ('column fief_user_permissions.id', 'table fief_user_permissions has no column id', 2),
          ('column fief_user_permissions.permission_id', 'table fief_user_permissions has no column permission_id', 2),
          ('column fief_user_permissions.updated_at', 'table fief_user_permissions has no column updated_at', 2),
          ('column fief_user_permissions.user_id', 'table fief_user_permissions has no column user_id', 2),
          ('column fief_user_roles.created_at', 'table fief_user_roles has no column created_at', 2),
          ('column fief_user_roles.id', 'table fief_user_roles has no column id', 2),
          ('column fief_user_roles.role_id', 'table fief_user_roles has no column role_id', 2),
          ('column fief_user_roles.updated_at', 'table fief_user_roles has no column updated_at', 2),
          ('column fief_user_roles.user_id', 'table fief_user_roles has no column user_id', 2),
          ('column fief_users.created_at', 'table fief_users has no column created_at', 2),
          ('column fief_users.email', 'table fief_users has no column email', 2),
          ('column fief_users.email_lower', 'table fief_users has no column email_lower', 2),
          ('column fief_users.email_verified', 'table fief_users has no column email_verified', 2),
          ('column fief_users.hashed_password', 'table fief_users has no column hashed_password', 2),
          ('column fief_users.id', 'table fief_users has no column id', 2),
          ('column fief_users.is_active', 'table fief_users has no column is_active', 2),
          ('column fief_users.tenant_id', 'table fief_users has no column tenant_id', 2),
          ('column fief_users.updated_at', 'table fief_users has no column updated_at', 2),
          ('column fief_webhook_logs.attempt', 'table fief_webhook_logs has no column attempt', 2),
          ('column fief_webhook_logs.created_at', 'table fief_webhook_logs has no column created_at', 2),
          ('column fief_webhook_logs.error_message', 'table fief_webhook_logs has no column error_message', 2),
          ('column fief_webhook_logs.error_type', 'table fief_webhook_logs has no column error_type', 2),
          ('column fief_webhook_logs.event', 'table fief_webhook_logs has no column event', 2),
          ('column fief_webhook_logs.id', 'table fief_webhook_logs has no column id', 2),
          ('column fief_webhook_logs.payload', 'table fief_webhook_logs has no column payload', 2),
          ('column fief_webhook_logs.response', 'table fief_webhook_logs has no column response', 2),
          ('column fief_webhook_logs.success', 'table fief_webhook_logs has no column success', 2),
          ('column fief_webhook_logs.updated_at', 'table fief_webhook_logs has no column updated_at', 2),
          ('column fief_webhook_logs.webhook_id', 'table fief_webhook_logs has no column webhook_id', 2),
          ('column fief_webhooks.created_at', 'table fief_webhooks has no column created_at', 2),
          ('column fief_webhooks.events', 'table fief_webhooks has no column events', 2),
          ('column fief_webhooks.id', 'table fief_webhooks has no column id', 2),
          ('column fief_webhooks.secret', 'table fief_webhooks has no column secret', 2),
          ('column fief_webhooks.updated_at', 'table fief_webhooks has no column updated_at', 2),
          ('column fief_webhooks.url', 'table fief_webhooks has no column url', 2),
          ('column workspace_users.created_at', 'table workspace_users has no column created_at', 2),
          ('column workspace_users.id', 'table workspace_users has no column id', 2),
          ('column workspace_users.updated_at', 'table workspace_users has no column updated_at', 2),
          ('column workspace_users.user_id', 'table workspace_users has no column user_id', 2),
          ('column workspace_users.workspace_id', 'table workspace_users has no column workspace_id', 2),
          ('column workspaces.alembic_revision', 'table workspaces has no column alembic_revision', 2),
          ('column workspaces.created_at', 'table workspaces has no column created_at', 2),
          ('column workspaces.database_host', 'table workspaces has no column database_host', 2),
          ('column workspaces.database_name', 'table workspaces has no column database_name', 2),
          ('column workspaces.database_password', 'table workspaces has no column database_password', 2),
          ('column workspaces.database_port', 'table workspaces has no column database_port', 2),
          ('column workspaces.database_ssl_mode', 'table workspaces has no column database_ssl_mode', 2),
          ('column workspaces.database_table_prefix', 'table workspaces has no column database_table_prefix', 2),
          ('column workspaces.database_type', 'table workspaces has no column database_type', 2),
          ('column workspaces.database_use_schema', 'table workspaces has no column database_use_schema', 2),
          ('column workspaces.database_username', 'table workspaces has no column database_username', 2),
          ('column workspaces.domain', 'table workspaces has no column domain', 2),
          ('column workspaces.id', 'table workspaces has no column id', 2),
          ('column workspaces.name', 'table workspaces has no column name', 2),
          ('column workspaces.updated_at', 'table workspaces has no column updated_at', 2),
          ('column workspaces.users_count', 'table workspaces has no column users_count', 2),
          ('constraint admin_api_key.admin_api_key_pkey', 'table admin_api_key has no constraint admin_api_key_pkey', 2),
          ('constraint admin_api_key.admin_api_key_token_key', 'table admin_api_key has no constraint admin_api_key_token_key', 2),
          ('constraint admin_api_key.admin_api_key_workspace_id_fkey', 'table admin_api_key has no constraint admin_api_key_workspace_id_fkey', 2),
          ('constraint admin_session_tokens.admin_session_tokens_pkey', 'table admin_session_tokens has no constraint admin_session_tokens_pkey', 2),
          ('constraint admin_session_tokens.admin_session_tokens_token_key', 'table admin_session_tokens has no constraint admin_session_tokens_token_key', 2),
          ('constraint alembic_version.alembic_version_pkc', 'table alembic_version has no constraint alembic_version_pkc', 2),
          ('constraint fief_alembic_version.fief_alembic_version_pkc', 'table fief_alembic_version has no constraint fief_alembic_version_pkc', 2),
          ('constraint fief_audit_logs.fief_audit_logs_pkey', 'table fief_audit_logs has no constraint fief_audit_logs_pkey', 2),
          ('constraint fief_authorization_codes.fief_authorization_codes_client_id_fkey', 'table fief_authorization_codes has no constraint fief_authorization_codes_client_id_fkey', 2),
          ('constraint fief_authorization_codes.fief_authorization_codes_pkey', 'table fief_authorization_codes has no constraint fief_authorization_codes_pkey', 2),
          ('constraint fief_authorization_codes.fief_authorization_codes_user_id_fkey', 'table fief_authorization_codes has no constraint fief_authorization_codes_user_id_fkey', 2),
          ('constraint fief_clients.fief_clients_pkey', 'table fief_clients has no constraint fief_clients_pkey', 2),
          ('constraint fief_clients.fief_clients_tenant_id_fkey', 'table fief_clients has no constraint fief_clients_tenant_id_fkey', 2),
          ('constraint fief_email_domains.fief_email_domains_domain_key', 'table fief_email_domains has no constraint fief_email_domains_domain_key', 2),
          ('constraint fief_email_domains.fief_email_domains_pkey', 'table fief_email_domains has no constraint fief_email_domains_pkey', 2),
          ('constraint fief_email_templates.fief_email_templates_pkey', 'table fief_email_templates has no constraint fief_email_templates_pkey', 2),
          ('constraint fief_email_templates.fief_email_templates_type_key', 'table fief_email_templates has no constraint fief_email_templates_type_key', 2),
          ('constraint fief_email_verifications.fief_email_verifications_pkey', 'table fief_email_verifications has no constraint fief_email_verifications_pkey', 2),
          ('constraint fief_email_verifications.fief_email_verifications_user_id_fkey', 'table fief_email_verifications has no constraint fief_email_verifications_user_id_fkey', 2),
          ('constraint fief_grants.fief_grants_client_id_fkey', 'table fief_grants has no constraint fief_grants_client_id_fkey', 2),
          ('constraint fief_grants.fief_grants_pkey', 'table fief_grants has no constraint fief_grants_pkey', 2),
          ('constraint fief_grants.fief_grants_user_id_client_id_key', 'table fief_grants has no constraint fief_grants_user_id_client_id_key', 2),
          ('constraint fief_grants.fief_grants_user_id_fkey', 'table fief_grants has no constraint fief_grants_user_id_fkey', 2),
          ('constraint fief_login_sessions.fief_login_sessions_client_id_fkey', 'table fief_login_sessions has no constraint fief_login_sessions_client_id_fkey', 2),
          ('constraint fief_login_sessions.fief_login_sessions_pkey', 'table fief_login_sessions has no constraint fief_login_sessions_pkey', 2),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_oauth_provider_id_fkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_oauth_provider_id_fkey', 2),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_oauth_provider_id_user_id_key', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_oauth_provider_id_user_id_key', 2),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_pkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_pkey', 2),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_tenant_id_fkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_tenant_id_fkey', 2),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_user_id_fkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_user_id_fkey', 2),
          ('constraint fief_oauth_providers.fief_oauth_providers_pkey', 'table fief_oauth_providers has no constraint fief_oauth_providers_pkey', 2),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_oauth_account_id_fkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_oauth_account_id_fkey', 2),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_oauth_provider_id_fkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_oauth_provider_id_fkey', 2),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_pkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_pkey', 2),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_tenant_id_fkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_tenant_id_fkey', 2),
          ('constraint fief_permissions.fief_permissions_codename_key', 'table fief_permissions has no constraint fief_permissions_codename_key', 2),
          ('constraint fief_permissions.fief_permissions_pkey', 'table fief_permissions has no constraint fief_permissions_pkey', 2),
          ('constraint fief_refresh_tokens.fief_refresh_tokens_client_id_fkey', 'table fief_refresh_tokens has no constraint fief_refresh_tokens_client_id_fkey', 2),
          ('constraint fief_refresh_tokens.fief_refresh_tokens_pkey', 'table fief_refresh_tokens has no constraint fief_refresh_tokens_pkey', 2),
          ('constraint fief_refresh_tokens.fief_refresh_tokens_user_id_fkey', 'table fief_refresh_tokens has no constraint fief_refresh_tokens_user_id_fkey', 2),
          ('constraint fief_registration_sessions.fief_registration_sessions_oauth_account_id_fkey', 'table fief_registration_sessions has no constraint fief_registration_sessions_oauth_account_id_fkey', 2),
          ('constraint fief_registration_sessions.fief_registration_sessions_pkey', 'table fief_registration_sessions has no constraint fief_registration_sessions_pkey', 2),
          ('constraint fief_registration_sessions.fief_registration_sessions_tenant_id_fkey', 'table fief_registration_sessions has no constraint fief_registration_sessions_tenant_id_fkey', 2),
          ('constraint fief_roles.fief_roles_pkey', 'table fief_roles has no constraint fief_roles_pkey', 2),
          ('constraint fief_roles_permissions.fief_roles_permissions_permission_id_fkey', 'table fief_roles_permissions has no constraint fief_roles_permissions_permission_id_fkey', 2),
          ('constraint fief_roles_permissions.fief_roles_permissions_pkey', 'table fief_roles_permissions has no constraint fief_roles_permissions_pkey', 2),
          ('constraint fief_roles_permissions.fief_roles_permissions_role_id_fkey', 'table fief_roles_permissions has no constraint fief_roles_permissions_role_id_fkey', 2),
          ('constraint fief_session_tokens.fief_session_tokens_pkey', 'table fief_session_tokens has no constraint fief_session_tokens_pkey', 2),
          ('constraint fief_session_tokens.fief_session_tokens_user_id_fkey', 'table fief_session_tokens has no constraint fief_session_tokens_user_id_fkey', 2),
          ('constraint fief_tenants.fief_tenants_email_domain_id_fkey', 'table fief_tenants has no constraint fief_tenants_email_domain_id_fkey', 2),
          ('constraint fief_tenants.fief_tenants_pkey', 'table fief_tenants has no constraint fief_tenants_pkey', 2),
          ('constraint fief_tenants.fief_tenants_slug_key', 'table fief_tenants has no constraint fief_tenants_slug_key', 2),
          ('constraint fief_tenants.fief_tenants_theme_id_fkey', 'table fief_tenants has no constraint fief_tenants_theme_id_fkey', 2),
          ('constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_oauth_provider_id_fkey', 'table fief_tenants_oauth_providers has no constraint fief_tenants_oauth_providers_oauth_provider_id_fkey', 2),
          ('constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_pkey', 'table fief_tenants_oauth_providers has no constraint fief_tenants_oauth_providers_pkey', 2),
          ('constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_tenant_id_fkey', 'table fief_tenants_oauth_providers has no constraint fief_tenants_oauth_providers_tenant_id_fkey', 2),
          ('constraint fief_themes.fief_themes_pkey', 'table fief_themes has no constraint fief_themes_pkey', 2),
          ('constraint fief_user_field_values.fief_user_field_values_pkey', 'table fief_user_field_values has no constraint fief_user_field_values_pkey', 2),
          ('constraint fief_user_field_values.fief_user_field_values_user_field_id_fkey', 'table fief_user_field_values has no constraint fief_user_field_values_user_field_id_fkey', 2),
          ('constraint fief_user_field_values.fief_user_field_values_user_field_id_user_id_key', 'table fief_user_field_values has no constraint fief_user_field_values_user_field_id_user_id_key', 2),
          ('constraint fief_user_field_values.fief_user_field_values_user_id_fkey', 'table fief_user_field_values has no constraint fief_user_field_values_user_id_fkey', 2),
          ('constraint fief_user_fields.fief_user_fields_pkey', 'table fief_user_fields has no constraint fief_user_fields_pkey', 2),
          ('constraint fief_user_permissions.fief_user_permissions_from_role_id_fkey', 'table fief_user_permissions has no constraint fief_user_permissions_from_role_id_fkey', 2),
          ('constraint fief_user_permissions.fief_user_permissions_permission_id_fkey', 'table fief_user_permissions has no constraint fief_user_permissions_permission_id_fkey', 2),
          ('constraint fief_user_permissions.fief_user_permissions_pkey', 'table fief_user_permissions has no constraint fief_user_permissions_pkey', 2),
          ('constraint fief_user_permissions.fief_user_permissions_user_id_fkey', 'table fief_user_permissions has no constraint fief_user_permissions_user_id_fkey', 2),
          ('constraint fief_user_permissions.fief_user_permissions_user_id_permission_id_from_role_id_key', 'table fief_user_permissions has no constraint fief_user_permissions_user_id_permission_id_from_role_id_key', 2),
          ('constraint fief_user_roles.fief_user_roles_pkey', 'table fief_user_roles has no constraint fief_user_roles_pkey', 2),
          ('constraint fief_user_roles.fief_user_roles_role_id_fkey', 'table fief_user_roles has no constraint fief_user_roles_role_id_fkey', 2),
          ('constraint fief_user_roles.fief_user_roles_user_id_fkey', 'table fief_user_roles has no constraint fief_user_roles_user_id_fkey', 2),
          ('constraint fief_user_roles.fief_user_roles_user_id_role_id_key', 'table fief_user_roles has no constraint fief_user_roles_user_id_role_id_key', 2),
          ('constraint fief_users.fief_users_email_tenant_id_key', 'table fief_users has no constraint fief_users_email_tenant_id_key', 2),
          ('constraint fief_users.fief_users_pkey', 'table fief_users has no constraint fief_users_pkey', 2),
          ('constraint fief_users.fief_users_tenant_id_fkey', 'table fief_users has no constraint fief_users_tenant_id_fkey', 2),
          ('constraint fief_webhook_logs.fief_webhook_logs_pkey', 'table fief_webhook_logs has no constraint fief_webhook_logs_pkey', 2),
          ('constraint fief_webhook_logs.fief_webhook_logs_webhook_id_fkey', 'table fief_webhook_logs has no constraint fief_webhook_logs_webhook_id_fkey', 2),
          ('constraint fief_webhooks.fief_webhooks_pkey', 'table fief_webhooks has no constraint fief_webhooks_pkey', 2),
          ('constraint workspace_users.workspace_users_pkey', 'table workspace_users has no constraint workspace_users_pkey', 2),
          ('constraint workspace_users.workspace_users_workspace_id_fkey', 'table workspace_users has no constraint workspace_users_workspace_id_fkey', 2),
          ('constraint workspaces.workspaces_pkey', 'table workspaces has no constraint workspaces_pkey', 2),
          ('enum_type databasetype', 'enum type databasetype is missing', 2),
          ('enum_type fief_acr', 'enum type fief_acr is missing', 2),
          ('enum_type fief_clienttype', 'enum type fief_clienttype is missing', 2),
          ('enum_type fief_userfieldtype', 'enum type fief_userfieldtype is missing', 2),
          ('index admin_api_key.ix_admin_api_key_created_at', 'table admin_api_key has no index ix_admin_api_key_created_at', 2),
          ('index admin_api_key.ix_admin_api_key_updated_at', 'table admin_api_key has no index ix_admin_api_key_updated_at', 2),
          ('index admin_session_tokens.ix_admin_session_tokens_created_at', 'table admin_session_tokens has no index ix_admin_session_tokens_created_at', 2),
          ('index admin_session_tokens.ix_admin_session_tokens_updated_at', 'table admin_session_tokens has no index ix_admin_session_tokens_updated_at', 2),
          ('index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_api_key_id', 2),
          ('index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_user_id', 2),
          ('index fief_audit_logs.ix_fief_audit_logs_level', 'table fief_audit_logs has no index ix_fief_audit_logs_level', 2),
          ('index fief_audit_logs.ix_fief_audit_logs_object_class', 'table fief_audit_logs has no index ix_fief_audit_logs_object_class', 2),
          ('index fief_audit_logs.ix_fief_audit_logs_object_id', 'table fief_audit_logs has no index ix_fief_audit_logs_object_id', 2),
          ('index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_subject_user_id', 2),
          ('index fief_audit_logs.ix_fief_audit_logs_timestamp', 'table fief_audit_logs has no index ix_fief_audit_logs_timestamp', 2),
          ('index fief_authorization_codes.ix_fief_authorization_codes_code', 'table fief_authorization_codes has no index ix_fief_authorization_codes_code', 2),
          ('index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_created_at', 2),
          ('index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_expires_at', 2),
          ('index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_updated_at', 2),
          ('index fief_clients.ix_fief_clients_client_id', 'table fief_clients has no index ix_fief_clients_client_id', 2),
          ('index fief_clients.ix_fief_clients_client_secret', 'table fief_clients has no index ix_fief_clients_client_secret', 2),
          ('index fief_clients.ix_fief_clients_created_at', 'table fief_clients has no index ix_fief_clients_created_at', 2),
          ('index fief_clients.ix_fief_clients_updated_at', 'table fief_clients has no index ix_fief_clients_updated_at', 2),
          ('index fief_email_domains.ix_fief_email_domains_created_at', 'table fief_email_domains has no index ix_fief_email_domains_created_at', 2),
          ('index fief_email_domains.ix_fief_email_domains_updated_at', 'table fief_email_domains has no index ix_fief_email_domains_updated_at', 2),
          ('index fief_email_templates.ix_fief_email_templates_created_at', 'table fief_email_templates has no index ix_fief_email_templates_created_at', 2),
          ('index fief_email_templates.ix_fief_email_templates_updated_at', 'table fief_email_templates has no index ix_fief_email_templates_updated_at', 2),
          ('index fief_email_verifications.ix_fief_email_verifications_code', 'table fief_email_verifications has no index ix_fief_email_verifications_code', 2),
          ('index fief_email_verifications.ix_fief_email_verifications_created_at', 'table fief_email_verifications has no index ix_fief_email_verifications_created_at', 2),
          ('index fief_email_verifications.ix_fief_email_verifications_email', 'table fief_email_verifications has no index ix_fief_email_verifications_email', 2),
          ('index fief_email_verifications.ix_fief_email_verifications_expires_at', 'table fief_email_verifications has no index ix_fief_email_verifications_expires_at', 2),
          ('index fief_email_verifications.ix_fief_email_verifications_updated_at', 'table fief_email_verifications has no index ix_fief_email_verifications_updated_at', 2),
          ('index fief_grants.ix_fief_grants_created_at', 'table fief_grants has no index ix_fief_grants_created_at', 2),
          ('index fief_grants.ix_fief_grants_updated_at', 'table fief_grants has no index ix_fief_grants_updated_at', 2),
          ('index fief_login_sessions.ix_fief_login_sessions_created_at', 'table fief_login_sessions has no index ix_fief_login_sessions_created_at', 2),
          ('index fief_login_sessions.ix_fief_login_sessions_expires_at', 'table fief_login_sessions has no index ix_fief_login_sessions_expires_at', 2),
          ('index fief_login_sessions.ix_fief_login_sessions_token', 'table fief_login_sessions has no index ix_fief_login_sessions_token', 2),
          ('index fief_login_sessions.ix_fief_login_sessions_updated_at', 'table fief_login_sessions has no index ix_fief_login_sessions_updated_at', 2),
          ('index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_account_id', 2),
          ('index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_created_at', 2),
          ('index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_updated_at', 2),
          ('index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_created_at', 2),
          ('index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_updated_at', 2),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_created_at', 2),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_expires_at', 2),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_token', 2),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_updated_at', 2),
          ('index fief_permissions.ix_fief_permissions_created_at', 'table fief_permissions has no index ix_fief_permissions_created_at', 2),
          ('index fief_permissions.ix_fief_permissions_updated_at', 'table fief_permissions has no index ix_fief_permissions_updated_at', 2),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_created_at', 2),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_expires_at', 2),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_token', 2),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_updated_at', 2),
          ('index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_created_at', 2),
          ('index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_expires_at', 2),
          ('index fief_registration_sessions.ix_fief_registration_sessions_token', 'table fief_registration_sessions has no index ix_fief_registration_sessions_token', 2),
          ('index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_updated_at', 2),
          ('index fief_roles.ix_fief_roles_created_at', 'table fief_roles has no index ix_fief_roles_created_at', 2),
          ('index fief_roles.ix_fief_roles_updated_at', 'table fief_roles has no index ix_fief_roles_updated_at', 2),
          ('index fief_session_tokens.ix_fief_session_tokens_created_at', 'table fief_session_tokens has no index ix_fief_session_tokens_created_at', 2),
          ('index fief_session_tokens.ix_fief_session_tokens_expires_at', 'table fief_session_tokens has no index ix_fief_session_tokens_expires_at', 2),
          ('index fief_session_tokens.ix_fief_session_tokens_token', 'table fief_session_tokens has no index ix_fief_session_tokens_token', 2),
          ('index fief_session_tokens.ix_fief_session_tokens_updated_at', 'table fief_session_tokens has no index ix_fief_session_tokens_updated_at', 2),
          ('index fief_tenants.ix_fief_tenants_created_at', 'table fief_tenants has no index ix_fief_tenants_created_at', 2),
          ('index fief_tenants.ix_fief_tenants_updated_at', 'table fief_tenants has no index ix_fief_tenants_updated_at', 2),
          ('index fief_themes.ix_fief_themes_created_at', 'table fief_themes has no index ix_fief_themes_created_at', 2),
          ('index fief_themes.ix_fief_themes_updated_at', 'table fief_themes has no index ix_fief_themes_updated_at', 2),
          ('index fief_user_field_values.ix_fief_user_field_values_created_at', 'table fief_user_field_values has no index ix_fief_user_field_values_created_at', 2),
          ('index fief_user_field_values.ix_fief_user_field_values_updated_at', 'table fief_user_field_values has no index ix_fief_user_field_values_updated_at', 2),
          ('index fief_user_fields.ix_fief_user_fields_created_at', 'table fief_user_fields has no index ix_fief_user_fields_created_at', 2),
          ('index fief_user_fields.ix_fief_user_fields_slug', 'table fief_user_fields has no index ix_fief_user_fields_slug', 2),
          ('index fief_user_fields.ix_fief_user_fields_type', 'table fief_user_fields has no index ix_fief_user_fields_type', 2),
          ('index fief_user_fields.ix_fief_user_fields_updated_at', 'table fief_user_fields has no index ix_fief_user_fields_updated_at', 2),
          ('index fief_user_permissions.ix_fief_user_permissions_created_at', 'table fief_user_permissions has no index ix_fief_user_permissions_created_at', 2),
          ('index fief_user_permissions.ix_fief_user_permissions_updated_at', 'table fief_user_permissions has no index ix_fief_user_permissions_updated_at', 2),
          ('index fief_user_roles.ix_fief_user_roles_created_at', 'table fief_user_roles has no index ix_fief_user_roles_created_at', 2),
          ('index fief_user_roles.ix_fief_user_roles_updated_at', 'table fief_user_roles has no index ix_fief_user_roles_updated_at', 2),
          ('index fief_users.ix_fief_users_created_at', 'table fief_users has no index ix_fief_users_created_at', 2),
          ('index fief_users.ix_fief_users_email', 'table fief_users has no index ix_fief_users_email', 2),
          ('index fief_users.ix_fief_users_email_lower', 'table fief_users has no index ix_fief_users_email_lower', 2),
          ('index fief_users.ix_fief_users_email_verified', 'table fief_users has no index ix_fief_users_email_verified', 2),
          ('index fief_users.ix_fief_users_updated_at', 'table fief_users has no index ix_fief_users_updated_at', 2),
          ('index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_created_at', 2),
          ('index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_updated_at', 2),
          ('index fief_webhooks.ix_fief_webhooks_created_at', 'table fief_webhooks has no index ix_fief_webhooks_created_at', 2),
          ('index fief_webhooks.ix_fief_webhooks_updated_at', 'table fief_webhooks has no index ix_fief_webhooks_updated_at', 2),
          ('index workspace_users.ix_workspace_users_created_at', 'table workspace_users has no index ix_workspace_users_created_at', 2),
          ('index workspace_users.ix_workspace_users_updated_at', 'table workspace_users has no index ix_workspace_users_updated_at', 2),
          ('index workspaces.ix_workspaces_alembic_revision', 'table workspaces has no index ix_workspaces_alembic_revision', 2),
          ('index workspaces.ix_workspaces_created_at', 'table workspaces has no index ix_workspaces_created_at', 2),
          ('index workspaces.ix_workspaces_updated_at', 'table workspaces has no index ix_workspaces_updated_at', 2),
          ('table admin_api_key', 'table admin_api_key is missing', 2),
          ('table admin_session_tokens', 'table admin_session_tokens is missing', 2),
          ('table alembic_version', 'table alembic_version is missing', 2),
          ('table fief_alembic_version', 'table fief_alembic_version is missing', 2),
          ('table fief_audit_logs', 'table fief_audit_logs is missing', 2),
          ('table fief_authorization_codes', 'table fief_authorization_codes is missing', 2),
          ('table fief_clients', 'table fief_clients is missing', 2),
          ('table fief_email_domains', 'table fief_email_domains is missing', 2),
          ('table fief_email_templates', 'table fief_email_templates is missing', 2),
          ('table fief_email_verifications', 'table fief_email_verifications is missing', 2),
          ('table fief_grants', 'table fief_grants is missing', 2),
          ('table fief_login_sessions', 'table fief_login_sessions is missing', 2),
          ('table fief_oauth_accounts', 'table fief_oauth_accounts is missing', 2),
          ('table fief_oauth_providers', 'table fief_oauth_providers is missing', 2),
          ('table fief_oauth_sessions', 'table fief_oauth_sessions is missing', 2),
          ('table fief_permissions', 'table fief_permissions is missing', 2),
          ('table fief_refresh_tokens', 'table fief_refresh_tokens is missing', 2),
          ('table fief_registration_sessions', 'table fief_registration_sessions is missing', 2),
          ('table fief_roles', 'table fief_roles is missing', 2),
          ('table fief_roles_permissions', 'table fief_roles_permissions is missing', 2),
          ('table fief_session_tokens', 'table fief_session_tokens is missing', 2),
          ('table fief_tenants', 'table fief_tenants is missing', 2),
          ('table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing', 2),
          ('table fief_themes', 'table fief_themes is missing', 2),
          ('table fief_user_field_values', 'table fief_user_field_values is missing', 2),
          ('table fief_user_fields', 'table fief_user_fields is missing', 2),
          ('table fief_user_permissions', 'table fief_user_permissions is missing', 2),
          ('table fief_user_roles', 'table fief_user_roles is missing', 2),
          ('table fief_users', 'table fief_users is missing', 2),
          ('table fief_webhook_logs', 'table fief_webhook_logs is missing', 2),
          ('table fief_webhooks', 'table fief_webhooks is missing', 2),
          ('table workspace_users', 'table workspace_users is missing', 2),
          ('table workspaces', 'table workspaces is missing', 2)),
      implied(a, b, m) AS (VALUES ('table alembic_version', 'column alembic_version.version_num', 'table alembic_version has no column version_num, which this script creates together with table alembic_version'),
          ('column alembic_version.version_num', 'table alembic_version', 'table alembic_version is missing, which this script creates together with column version_num of table alembic_version'),
          ('table alembic_version', 'constraint alembic_version.alembic_version_pkc', 'table alembic_version has no constraint alembic_version_pkc, which this script creates together with table alembic_version'),
          ('table admin_session_tokens', 'column admin_session_tokens.created_at', 'table admin_session_tokens has no column created_at, which this script creates together with table admin_session_tokens'),
          ('column admin_session_tokens.created_at', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script creates together with column created_at of table admin_session_tokens'),
          ('table admin_session_tokens', 'column admin_session_tokens.id', 'table admin_session_tokens has no column id, which this script creates together with table admin_session_tokens'),
          ('column admin_session_tokens.id', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script creates together with column id of table admin_session_tokens'),
          ('table admin_session_tokens', 'column admin_session_tokens.raw_tokens', 'table admin_session_tokens has no column raw_tokens, which this script creates together with table admin_session_tokens'),
          ('column admin_session_tokens.raw_tokens', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script creates together with column raw_tokens of table admin_session_tokens'),
          ('table admin_session_tokens', 'column admin_session_tokens.raw_userinfo', 'table admin_session_tokens has no column raw_userinfo, which this script creates together with table admin_session_tokens'),
          ('column admin_session_tokens.raw_userinfo', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script creates together with column raw_userinfo of table admin_session_tokens'),
          ('table admin_session_tokens', 'column admin_session_tokens.token', 'table admin_session_tokens has no column token, which this script creates together with table admin_session_tokens'),
          ('column admin_session_tokens.token', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script creates together with column token of table admin_session_tokens'),
          ('table admin_session_tokens', 'column admin_session_tokens.updated_at', 'table admin_session_tokens has no column updated_at, which this script creates together with table admin_session_tokens'),
          ('column admin_session_tokens.updated_at', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script creates together with column updated_at of table admin_session_tokens'),
          ('table admin_session_tokens', 'constraint admin_session_tokens.admin_session_tokens_pkey', 'table admin_session_tokens has no constraint admin_session_tokens_pkey, which this script creates together with table admin_session_tokens'),
          ('table admin_session_tokens', 'constraint admin_session_tokens.admin_session_tokens_token_key', 'table admin_session_tokens has no constraint admin_session_tokens_token_key, which this script creates together with table admin_session_tokens'),
          ('table admin_session_tokens', 'table alembic_version', 'table alembic_version is missing, which this script creates before table admin_session_tokens'),
          ('table admin_session_tokens', 'enum_type databasetype', 'enum type databasetype is missing, which this script creates before table admin_session_tokens'),
          ('table workspaces', 'column workspaces.alembic_revision', 'table workspaces has no column alembic_revision, which this script creates together with table workspaces'),
          ('column workspaces.alembic_revision', 'table workspaces', 'table workspaces is missing, which this script creates together with column alembic_revision of table workspaces'),
          ('table workspaces', 'column workspaces.created_at', 'table workspaces has no column created_at, which this script creates together with table workspaces'),
          ('column workspaces.created_at', 'table workspaces', 'table workspaces is missing, which this script creates together with column created_at of table workspaces'),
          ('table workspaces', 'column workspaces.database_host', 'table workspaces has no column database_host, which this script creates together with table workspaces'),
          ('column workspaces.database_host', 'table workspaces', 'table workspaces is missing, which this script creates together with column database_host of table workspaces'),
          ('table workspaces', 'column workspaces.database_name', 'table workspaces has no column database_name, which this script creates together with table workspaces'),
          ('column workspaces.database_name', 'table workspaces', 'table workspaces is missing, which this script creates together with column database_name of table workspaces'),
          ('table workspaces', 'column workspaces.database_password', 'table workspaces has no column database_password, which this script creates together with table workspaces'),
          ('column workspaces.database_password', 'table workspaces', 'table workspaces is missing, which this script creates together with column database_password of table workspaces'),
          ('table workspaces', 'column workspaces.database_port', 'table workspaces has no column database_port, which this script creates together with table workspaces'),
          ('column workspaces.database_port', 'table workspaces', 'table workspaces is missing, which this script creates together with column database_port of table workspaces'),
          ('table workspaces', 'column workspaces.database_ssl_mode', 'table workspaces has no column database_ssl_mode, which this script creates together with table workspaces'),
          ('column workspaces.database_ssl_mode', 'table workspaces', 'table workspaces is missing, which this script creates together with column database_ssl_mode of table workspaces'),
          ('table workspaces', 'column workspaces.database_table_prefix', 'table workspaces has no column database_table_prefix, which this script creates together with table workspaces'),
          ('column workspaces.database_table_prefix', 'table workspaces', 'table workspaces is missing, which this script creates together with column database_table_prefix of table workspaces'),
          ('table workspaces', 'column workspaces.database_type', 'table workspaces has no column database_type, which this script creates together with table workspaces'),
          ('column workspaces.database_type', 'table workspaces', 'table workspaces is missing, which this script creates together with column database_type of table workspaces'),
          ('table workspaces', 'column workspaces.database_use_schema', 'table workspaces has no column database_use_schema, which this script creates together with table workspaces'),
          ('column workspaces.database_use_schema', 'table workspaces', 'table workspaces is missing, which this script creates together with column database_use_schema of table workspaces'),
          ('table workspaces', 'column workspaces.database_username', 'table workspaces has no column database_username, which this script creates together with table workspaces'),
          ('column workspaces.database_username', 'table workspaces', 'table workspaces is missing, which this script creates together with column database_username of table workspaces'),
          ('table workspaces', 'column workspaces.domain', 'table workspaces has no column domain, which this script creates together with table workspaces'),
          ('column workspaces.domain', 'table workspaces', 'table workspaces is missing, which this script creates together with column domain of table workspaces'),
          ('table workspaces', 'column workspaces.id', 'table workspaces has no column id, which this script creates together with table workspaces'),
          ('column workspaces.id', 'table workspaces', 'table workspaces is missing, which this script creates together with column id of table workspaces'),
          ('table workspaces', 'column workspaces.name', 'table workspaces has no column name, which this script creates together with table workspaces'),
          ('column workspaces.name', 'table workspaces', 'table workspaces is missing, which this script creates together with column name of table workspaces'),
          ('table workspaces', 'column workspaces.updated_at', 'table workspaces has no column updated_at, which this script creates together with table workspaces'),
          ('column workspaces.updated_at', 'table workspaces', 'table workspaces is missing, which this script creates together with column updated_at of table workspaces'),
          ('table workspaces', 'column workspaces.users_count', 'table workspaces has no column users_count, which this script creates together with table workspaces'),
          ('column workspaces.users_count', 'table workspaces', 'table workspaces is missing, which this script creates together with column users_count of table workspaces'),
          ('table workspaces', 'constraint workspaces.workspaces_pkey', 'table workspaces has no constraint workspaces_pkey, which this script creates together with table workspaces'),
          ('table workspaces', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script creates before table workspaces'),
          ('table workspaces', 'index admin_session_tokens.ix_admin_session_tokens_created_at', 'table admin_session_tokens has no index ix_admin_session_tokens_created_at, which this script creates before table workspaces'),
          ('table workspaces', 'index admin_session_tokens.ix_admin_session_tokens_updated_at', 'table admin_session_tokens has no index ix_admin_session_tokens_updated_at, which this script creates before table workspaces'),
          ('table admin_api_key', 'column admin_api_key.created_at', 'table admin_api_key has no column created_at, which this script creates together with table admin_api_key'),
          ('column admin_api_key.created_at', 'table admin_api_key', 'table admin_api_key is missing, which this script creates together with column created_at of table admin_api_key'),
          ('table admin_api_key', 'column admin_api_key.id', 'table admin_api_key has no column id, which this script creates together with table admin_api_key'),
          ('column admin_api_key.id', 'table admin_api_key', 'table admin_api_key is missing, which this script creates together with column id of table admin_api_key'),
          ('table admin_api_key', 'column admin_api_key.name', 'table admin_api_key has no column name, which this script creates together with table admin_api_key'),
          ('column admin_api_key.name', 'table admin_api_key', 'table admin_api_key is missing, which this script creates together with column name of table admin_api_key'),
          ('table admin_api_key', 'column admin_api_key.token', 'table admin_api_key has no column token, which this script creates together with table admin_api_key'),
          ('column admin_api_key.token', 'table admin_api_key', 'table admin_api_key is missing, which this script creates together with column token of table admin_api_key'),
          ('table admin_api_key', 'column admin_api_key.updated_at', 'table admin_api_key has no column updated_at, which this script creates together with table admin_api_key'),
          ('column admin_api_key.updated_at', 'table admin_api_key', 'table admin_api_key is missing, which this script creates together with column updated_at of table admin_api_key'),
          ('table admin_api_key', 'column admin_api_key.workspace_id', 'table admin_api_key has no column workspace_id, which this script creates together with table admin_api_key'),
          ('column admin_api_key.workspace_id', 'table admin_api_key', 'table admin_api_key is missing, which this script creates together with column workspace_id of table admin_api_key'),
          ('table admin_api_key', 'constraint admin_api_key.admin_api_key_pkey', 'table admin_api_key has no constraint admin_api_key_pkey, which this script creates together with table admin_api_key'),
          ('table admin_api_key', 'constraint admin_api_key.admin_api_key_token_key', 'table admin_api_key has no constraint admin_api_key_token_key, which this script creates together with table admin_api_key'),
          ('table admin_api_key', 'constraint admin_api_key.admin_api_key_workspace_id_fkey', 'table admin_api_key has no constraint admin_api_key_workspace_id_fkey, which this script creates together with table admin_api_key'),
          ('table admin_api_key', 'table workspaces', 'table workspaces is missing, which this script creates before table admin_api_key'),
          ('table admin_api_key', 'index workspaces.ix_workspaces_created_at', 'table workspaces has no index ix_workspaces_created_at, which this script creates before table admin_api_key'),
          ('table admin_api_key', 'index workspaces.ix_workspaces_updated_at', 'table workspaces has no index ix_workspaces_updated_at, which this script creates before table admin_api_key'),
          ('table admin_api_key', 'index workspaces.ix_workspaces_alembic_revision', 'table workspaces has no index ix_workspaces_alembic_revision, which this script creates before table admin_api_key'),
          ('table workspace_users', 'column workspace_users.created_at', 'table workspace_users has no column created_at, which this script creates together with table workspace_users'),
          ('column workspace_users.created_at', 'table workspace_users', 'table workspace_users is missing, which this script creates together with column created_at of table workspace_users'),
          ('table workspace_users', 'column workspace_users.id', 'table workspace_users has no column id, which this script creates together with table workspace_users'),
          ('column workspace_users.id', 'table workspace_users', 'table workspace_users is missing, which this script creates together with column id of table workspace_users'),
          ('table workspace_users', 'column workspace_users.updated_at', 'table workspace_users has no column updated_at, which this script creates together with table workspace_users'),
          ('column workspace_users.updated_at', 'table workspace_users', 'table workspace_users is missing, which this script creates together with column updated_at of table workspace_users'),
          ('table workspace_users', 'column workspace_users.user_id', 'table workspace_users has no column user_id, which this script creates together with table workspace_users'),
          ('column workspace_users.user_id', 'table workspace_users', 'table workspace_users is missing, which this script creates together with column user_id of table workspace_users'),
          ('table workspace_users', 'column workspace_users.workspace_id', 'table workspace_users has no column workspace_id, which this script creates together with table workspace_users'),
          ('column workspace_users.workspace_id', 'table workspace_users', 'table workspace_users is missing, which this script creates together with column workspace_id of table workspace_users'),
          ('table workspace_users', 'constraint workspace_users.workspace_users_pkey', 'table workspace_users has no constraint workspace_users_pkey, which this script creates together with table workspace_users'),
          ('table workspace_users', 'constraint workspace_users.workspace_users_workspace_id_fkey', 'table workspace_users has no constraint workspace_users_workspace_id_fkey, which this script creates together with table workspace_users'),
          ('table workspace_users', 'table admin_api_key', 'table admin_api_key is missing, which this script creates before table workspace_users'),
          ('table workspace_users', 'index admin_api_key.ix_admin_api_key_created_at', 'table admin_api_key has no index ix_admin_api_key_created_at, which this script creates before table workspace_users'),
          ('table workspace_users', 'index admin_api_key.ix_admin_api_key_updated_at', 'table admin_api_key has no index ix_admin_api_key_updated_at, which this script creates before table workspace_users'),
          ('table fief_alembic_version', 'column fief_alembic_version.version_num', 'table fief_alembic_version has no column version_num, which this script creates together with table fief_alembic_version'),
          ('column fief_alembic_version.version_num', 'table fief_alembic_version', 'table fief_alembic_version is missing, which this script creates together with column version_num of table fief_alembic_version'),
          ('table fief_alembic_version', 'constraint fief_alembic_version.fief_alembic_version_pkc', 'table fief_alembic_version has no constraint fief_alembic_version_pkc, which this script creates together with table fief_alembic_version'),
          ('table fief_alembic_version', 'table workspace_users', 'table workspace_users is missing, which this script creates before table fief_alembic_version'),
          ('table fief_alembic_version', 'index workspace_users.ix_workspace_users_created_at', 'table workspace_users has no index ix_workspace_users_created_at, which this script creates before table fief_alembic_version'),
          ('table fief_alembic_version', 'index workspace_users.ix_workspace_users_updated_at', 'table workspace_users has no index ix_workspace_users_updated_at, which this script creates before table fief_alembic_version'),
          ('table fief_audit_logs', 'column fief_audit_logs.admin_api_key_id', 'table fief_audit_logs has no column admin_api_key_id, which this script creates together with table fief_audit_logs'),
          ('column fief_audit_logs.admin_api_key_id', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates together with column admin_api_key_id of table fief_audit_logs'),
          ('table fief_audit_logs', 'column fief_audit_logs.admin_user_id', 'table fief_audit_logs has no column admin_user_id, which this script creates together with table fief_audit_logs'),
          ('column fief_audit_logs.admin_user_id', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates together with column admin_user_id of table fief_audit_logs'),
          ('table fief_audit_logs', 'column fief_audit_logs.extra', 'table fief_audit_logs has no column extra, which this script creates together with table fief_audit_logs'),
          ('column fief_audit_logs.extra', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates together with column extra of table fief_audit_logs'),
          ('table fief_audit_logs', 'column fief_audit_logs.id', 'table fief_audit_logs has no column id, which this script creates together with table fief_audit_logs'),
          ('column fief_audit_logs.id', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates together with column id of table fief_audit_logs'),
          ('table fief_audit_logs', 'column fief_audit_logs.level', 'table fief_audit_logs has no column level, which this script creates together with table fief_audit_logs'),
          ('column fief_audit_logs.level', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates together with column level of table fief_audit_logs'),
          ('table fief_audit_logs', 'column fief_audit_logs.message', 'table fief_audit_logs has no column message, which this script creates together with table fief_audit_logs'),
          ('column fief_audit_logs.message', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates together with column message of table fief_audit_logs'),
          ('table fief_audit_logs', 'column fief_audit_logs.object_class', 'table fief_audit_logs has no column object_class, which this script creates together with table fief_audit_logs'),
          ('column fief_audit_logs.object_class', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates together with column object_class of table fief_audit_logs'),
          ('table fief_audit_logs', 'column fief_audit_logs.object_id', 'table fief_audit_logs has no column object_id, which this script creates together with table fief_audit_logs'),
          ('column fief_audit_logs.object_id', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates together with column object_id of table fief_audit_logs'),
          ('table fief_audit_logs', 'column fief_audit_logs.subject_user_id', 'table fief_audit_logs has no column subject_user_id, which this script creates together with table fief_audit_logs'),
          ('column fief_audit_logs.subject_user_id', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates together with column subject_user_id of table fief_audit_logs'),
          ('table fief_audit_logs', 'column fief_audit_logs.timestamp', 'table fief_audit_logs has no column timestamp, which this script creates together with table fief_audit_logs'),
          ('column fief_audit_logs.timestamp', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates together with column timestamp of table fief_audit_logs'),
          ('table fief_audit_logs', 'constraint fief_audit_logs.fief_audit_logs_pkey', 'table fief_audit_logs has no constraint fief_audit_logs_pkey, which this script creates together with table fief_audit_logs'),
          ('table fief_audit_logs', 'table fief_alembic_version', 'table fief_alembic_version is missing, which this script creates before table fief_audit_logs'),
          ('table fief_email_domains', 'column fief_email_domains.created_at', 'table fief_email_domains has no column created_at, which this script creates together with table fief_email_domains'),
          ('column fief_email_domains.created_at', 'table fief_email_domains', 'table fief_email_domains is missing, which this script creates together with column created_at of table fief_email_domains'),
          ('table fief_email_domains', 'column fief_email_domains.domain', 'table fief_email_domains has no column domain, which this script creates together with table fief_email_domains'),
          ('column fief_email_domains.domain', 'table fief_email_domains', 'table fief_email_domains is missing, which this script creates together with column domain of table fief_email_domains'),
          ('table fief_email_domains', 'column fief_email_domains.domain_id', 'table fief_email_domains has no column domain_id, which this script creates together with table fief_email_domains'),
          ('column fief_email_domains.domain_id', 'table fief_email_domains', 'table fief_email_domains is missing, which this script creates together with column domain_id of table fief_email_domains'),
          ('table fief_email_domains', 'column fief_email_domains.email_provider', 'table fief_email_domains has no column email_provider, which this script creates together with table fief_email_domains'),
          ('column fief_email_domains.email_provider', 'table fief_email_domains', 'table fief_email_domains is missing, which this script creates together with column email_provider of table fief_email_domains'),
          ('table fief_email_domains', 'column fief_email_domains.id', 'table fief_email_domains has no column id, which this script creates together with table fief_email_domains'),
          ('column fief_email_domains.id', 'table fief_email_domains', 'table fief_email_domains is missing, which this script creates together with column id of table fief_email_domains'),
          ('table fief_email_domains', 'column fief_email_domains.records', 'table fief_email_domains has no column records, which this script creates together with table fief_email_domains'),
          ('column fief_email_domains.records', 'table fief_email_domains', 'table fief_email_domains is missing, which this script creates together with column records of table fief_email_domains'),
          ('table fief_email_domains', 'column fief_email_domains.updated_at', 'table fief_email_domains has no column updated_at, which this script creates together with table fief_email_domains'),
          ('column fief_email_domains.updated_at', 'table fief_email_domains', 'table fief_email_domains is missing, which this script creates together with column updated_at of table fief_email_domains'),
          ('table fief_email_domains', 'constraint fief_email_domains.fief_email_domains_domain_key', 'table fief_email_domains has no constraint fief_email_domains_domain_key, which this script creates together with table fief_email_domains'),
          ('table fief_email_domains', 'constraint fief_email_domains.fief_email_domains_pkey', 'table fief_email_domains has no constraint fief_email_domains_pkey, which this script creates together with table fief_email_domains'),
          ('table fief_email_domains', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script creates before table fief_email_domains'),
          ('table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_api_key_id, which this script creates before table fief_email_domains'),
          ('table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_user_id, which this script creates before table fief_email_domains'),
          ('table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_level', 'table fief_audit_logs has no index ix_fief_audit_logs_level, which this script creates before table fief_email_domains'),
          ('table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_object_class', 'table fief_audit_logs has no index ix_fief_audit_logs_object_class, which this script creates before table fief_email_domains'),
          ('table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_object_id', 'table fief_audit_logs has no index ix_fief_audit_logs_object_id, which this script creates before table fief_email_domains'),
          ('table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_subject_user_id, which this script creates before table fief_email_domains'),
          ('table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_timestamp', 'table fief_audit_logs has no index ix_fief_audit_logs_timestamp, which this script creates before table fief_email_domains'),
          ('table fief_email_templates', 'column fief_email_templates.content', 'table fief_email_templates has no column content, which this script creates together with table fief_email_templates'),
          ('column fief_email_templates.content', 'table fief_email_templates', 'table fief_email_templates is missing, which this script creates together with column content of table fief_email_templates'),
          ('table fief_email_templates', 'column fief_email_templates.created_at', 'table fief_email_templates has no column created_at, which this script creates together with table fief_email_templates'),
          ('column fief_email_templates.created_at', 'table fief_email_templates', 'table fief_email_templates is missing, which this script creates together with column created_at of table fief_email_templates'),
          ('table fief_email_templates', 'column fief_email_templates.id', 'table fief_email_templates has no column id, which this script creates together with table fief_email_templates'),
          ('column fief_email_templates.id', 'table fief_email_templates', 'table fief_email_templates is missing, which this script creates together with column id of table fief_email_templates'),
          ('table fief_email_templates', 'column fief_email_templates.subject', 'table fief_email_templates has no column subject, which this script creates together with table fief_email_templates'),
          ('column fief_email_templates.subject', 'table fief_email_templates', 'table fief_email_templates is missing, which this script creates together with column subject of table fief_email_templates'),
          ('table fief_email_templates', 'column fief_email_templates.type', 'table fief_email_templates has no column type, which this script creates together with table fief_email_templates'),
          ('column fief_email_templates.type', 'table fief_email_templates', 'table fief_email_templates is missing, which this script creates together with column type of table fief_email_templates'),
          ('table fief_email_templates', 'column fief_email_templates.updated_at', 'table fief_email_templates has no column updated_at, which this script creates together with table fief_email_templates'),
          ('column fief_email_templates.updated_at', 'table fief_email_templates', 'table fief_email_templates is missing, which this script creates together with column updated_at of table fief_email_templates'),
          ('table fief_email_templates', 'constraint fief_email_templates.fief_email_templates_pkey', 'table fief_email_templates has no constraint fief_email_templates_pkey, which this script creates together with table fief_email_templates'),
          ('table fief_email_templates', 'constraint fief_email_templates.fief_email_templates_type_key', 'table fief_email_templates has no constraint fief_email_templates_type_key, which this script creates together with table fief_email_templates'),
          ('table fief_email_templates', 'table fief_email_domains', 'table fief_email_domains is missing, which this script creates before table fief_email_templates'),
          ('table fief_email_templates', 'index fief_email_domains.ix_fief_email_domains_created_at', 'table fief_email_domains has no index ix_fief_email_domains_created_at, which this script creates before table fief_email_templates'),
          ('table fief_email_templates', 'index fief_email_domains.ix_fief_email_domains_updated_at', 'table fief_email_domains has no index ix_fief_email_domains_updated_at, which this script creates before table fief_email_templates'),
          ('table fief_oauth_providers', 'column fief_oauth_providers.client_id', 'table fief_oauth_providers has no column client_id, which this script creates together with table fief_oauth_providers'),
          ('column fief_oauth_providers.client_id', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script creates together with column client_id of table fief_oauth_providers'),
          ('table fief_oauth_providers', 'column fief_oauth_providers.client_secret', 'table fief_oauth_providers has no column client_secret, which this script creates together with table fief_oauth_providers'),
          ('column fief_oauth_providers.client_secret', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script creates together with column client_secret of table fief_oauth_providers'),
          ('table fief_oauth_providers', 'column fief_oauth_providers.created_at', 'table fief_oauth_providers has no column created_at, which this script creates together with table fief_oauth_providers'),
          ('column fief_oauth_providers.created_at', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script creates together with column created_at of table fief_oauth_providers'),
          ('table fief_oauth_providers', 'column fief_oauth_providers.id', 'table fief_oauth_providers has no column id, which this script creates together with table fief_oauth_providers'),
          ('column fief_oauth_providers.id', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script creates together with column id of table fief_oauth_providers'),
          ('table fief_oauth_providers', 'column fief_oauth_providers.name', 'table fief_oauth_providers has no column name, which this script creates together with table fief_oauth_providers'),
          ('column fief_oauth_providers.name', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script creates together with column name of table fief_oauth_providers'),
          ('table fief_oauth_providers', 'column fief_oauth_providers.openid_configuration_endpoint', 'table fief_oauth_providers has no column openid_configuration_endpoint, which this script creates together with table fief_oauth_providers'),
          ('column fief_oauth_providers.openid_configuration_endpoint', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script creates together with column openid_configuration_endpoint of table fief_oauth_providers'),
          ('table fief_oauth_providers', 'column fief_oauth_providers.provider', 'table fief_oauth_providers has no column provider, which this script creates together with table fief_oauth_providers'),
          ('column fief_oauth_providers.provider', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script creates together with column provider of table fief_oauth_providers'),
          ('table fief_oauth_providers', 'column fief_oauth_providers.scopes', 'table fief_oauth_providers has no column scopes, which this script creates together with table fief_oauth_providers'),
          ('column fief_oauth_providers.scopes', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script creates together with column scopes of table fief_oauth_providers'),
          ('table fief_oauth_providers', 'column fief_oauth_providers.updated_at', 'table fief_oauth_providers has no column updated_at, which this script creates together with table fief_oauth_providers'),
          ('column fief_oauth_providers.updated_at', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script creates together with column updated_at of table fief_oauth_providers'),
          ('table fief_oauth_providers', 'constraint fief_oauth_providers.fief_oauth_providers_pkey', 'table fief_oauth_providers has no constraint fief_oauth_providers_pkey, which this script creates together with table fief_oauth_providers'),
          ('table fief_oauth_providers', 'table fief_email_templates', 'table fief_email_templates is missing, which this script creates before table fief_oauth_providers'),
          ('table fief_oauth_providers', 'index fief_email_templates.ix_fief_email_templates_created_at', 'table fief_email_templates has no index ix_fief_email_templates_created_at, which this script creates before table fief_oauth_providers'),
          ('table fief_oauth_providers', 'index fief_email_templates.ix_fief_email_templates_updated_at', 'table fief_email_templates has no index ix_fief_email_templates_updated_at, which this script creates before table fief_oauth_providers'),
          ('table fief_permissions', 'column fief_permissions.codename', 'table fief_permissions has no column codename, which this script creates together with table fief_permissions'),
          ('column fief_permissions.codename', 'table fief_permissions', 'table fief_permissions is missing, which this script creates together with column codename of table fief_permissions'),
          ('table fief_permissions', 'column fief_permissions.created_at', 'table fief_permissions has no column created_at, which this script creates together with table fief_permissions'),
          ('column fief_permissions.created_at', 'table fief_permissions', 'table fief_permissions is missing, which this script creates together with column created_at of table fief_permissions'),
          ('table fief_permissions', 'column fief_permissions.id', 'table fief_permissions has no column id, which this script creates together with table fief_permissions'),
          ('column fief_permissions.id', 'table fief_permissions', 'table fief_permissions is missing, which this script creates together with column id of table fief_permissions'),
          ('table fief_permissions', 'column fief_permissions.name', 'table fief_permissions has no column name, which this script creates together with table fief_permissions'),
          ('column fief_permissions.name', 'table fief_permissions', 'table fief_permissions is missing, which this script creates together with column name of table fief_permissions'),
          ('table fief_permissions', 'column fief_permissions.updated_at', 'table fief_permissions has no column updated_at, which this script creates together with table fief_permissions'),
          ('column fief_permissions.updated_at', 'table fief_permissions', 'table fief_permissions is missing, which this script creates together with column updated_at of table fief_permissions'),
          ('table fief_permissions', 'constraint fief_permissions.fief_permissions_codename_key', 'table fief_permissions has no constraint fief_permissions_codename_key, which this script creates together with table fief_permissions'),
          ('table fief_permissions', 'constraint fief_permissions.fief_permissions_pkey', 'table fief_permissions has no constraint fief_permissions_pkey, which this script creates together with table fief_permissions'),
          ('table fief_permissions', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script creates before table fief_permissions'),
          ('table fief_permissions', 'index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_created_at, which this script creates before table fief_permissions'),
          ('table fief_permissions', 'index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_updated_at, which this script creates before table fief_permissions'),
          ('table fief_roles', 'column fief_roles.created_at', 'table fief_roles has no column created_at, which this script creates together with table fief_roles'),
          ('column fief_roles.created_at', 'table fief_roles', 'table fief_roles is missing, which this script creates together with column created_at of table fief_roles'),
          ('table fief_roles', 'column fief_roles.granted_by_default', 'table fief_roles has no column granted_by_default, which this script creates together with table fief_roles'),
          ('column fief_roles.granted_by_default', 'table fief_roles', 'table fief_roles is missing, which this script creates together with column granted_by_default of table fief_roles'),
          ('table fief_roles', 'column fief_roles.id', 'table fief_roles has no column id, which this script creates together with table fief_roles'),
          ('column fief_roles.id', 'table fief_roles', 'table fief_roles is missing, which this script creates together with column id of table fief_roles'),
          ('table fief_roles', 'column fief_roles.name', 'table fief_roles has no column name, which this script creates together with table fief_roles'),
          ('column fief_roles.name', 'table fief_roles', 'table fief_roles is missing, which this script creates together with column name of table fief_roles'),
          ('table fief_roles', 'column fief_roles.updated_at', 'table fief_roles has no column updated_at, which this script creates together with table fief_roles'),
          ('column fief_roles.updated_at', 'table fief_roles', 'table fief_roles is missing, which this script creates together with column updated_at of table fief_roles'),
          ('table fief_roles', 'constraint fief_roles.fief_roles_pkey', 'table fief_roles has no constraint fief_roles_pkey, which this script creates together with table fief_roles'),
          ('table fief_roles', 'table fief_permissions', 'table fief_permissions is missing, which this script creates before table fief_roles'),
          ('table fief_roles', 'index fief_permissions.ix_fief_permissions_created_at', 'table fief_permissions has no index ix_fief_permissions_created_at, which this script creates before table fief_roles'),
          ('table fief_roles', 'index fief_permissions.ix_fief_permissions_updated_at', 'table fief_permissions has no index ix_fief_permissions_updated_at, which this script creates before table fief_roles'),
          ('table fief_themes', 'column fief_themes.accent_color', 'table fief_themes has no column accent_color, which this script creates together with table fief_themes'),
          ('column fief_themes.accent_color', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column accent_color of table fief_themes'),
          ('table fief_themes', 'column fief_themes.background_color', 'table fief_themes has no column background_color, which this script creates together with table fief_themes'),
          ('column fief_themes.background_color', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column background_color of table fief_themes'),
          ('table fief_themes', 'column fief_themes.created_at', 'table fief_themes has no column created_at, which this script creates together with table fief_themes'),
          ('column fief_themes.created_at', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column created_at of table fief_themes'),
          ('table fief_themes', 'column fief_themes.default', 'table fief_themes has no column default, which this script creates together with table fief_themes'),
          ('column fief_themes.default', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column default of table fief_themes'),
          ('table fief_themes', 'column fief_themes.font_css_url', 'table fief_themes has no column font_css_url, which this script creates together with table fief_themes'),
          ('column fief_themes.font_css_url', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column font_css_url of table fief_themes'),
          ('table fief_themes', 'column fief_themes.font_family', 'table fief_themes has no column font_family, which this script creates together with table fief_themes'),
          ('column fief_themes.font_family', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column font_family of table fief_themes'),
          ('table fief_themes', 'column fief_themes.font_size', 'table fief_themes has no column font_size, which this script creates together with table fief_themes'),
          ('column fief_themes.font_size', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column font_size of table fief_themes'),
          ('table fief_themes', 'column fief_themes.id', 'table fief_themes has no column id, which this script creates together with table fief_themes'),
          ('column fief_themes.id', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column id of table fief_themes'),
          ('table fief_themes', 'column fief_themes.input_color', 'table fief_themes has no column input_color, which this script creates together with table fief_themes'),
          ('column fief_themes.input_color', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column input_color of table fief_themes'),
          ('table fief_themes', 'column fief_themes.input_color_background', 'table fief_themes has no column input_color_background, which this script creates together with table fief_themes'),
          ('column fief_themes.input_color_background', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column input_color_background of table fief_themes'),
          ('table fief_themes', 'column fief_themes.light_color', 'table fief_themes has no column light_color, which this script creates together with table fief_themes'),
          ('column fief_themes.light_color', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column light_color of table fief_themes'),
          ('table fief_themes', 'column fief_themes.light_color_hover', 'table fief_themes has no column light_color_hover, which this script creates together with table fief_themes'),
          ('column fief_themes.light_color_hover', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column light_color_hover of table fief_themes'),
          ('table fief_themes', 'column fief_themes.name', 'table fief_themes has no column name, which this script creates together with table fief_themes'),
          ('column fief_themes.name', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column name of table fief_themes'),
          ('table fief_themes', 'column fief_themes.primary_color', 'table fief_themes has no column primary_color, which this script creates together with table fief_themes'),
          ('column fief_themes.primary_color', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column primary_color of table fief_themes'),
          ('table fief_themes', 'column fief_themes.primary_color_hover', 'table fief_themes has no column primary_color_hover, which this script creates together with table fief_themes'),
          ('column fief_themes.primary_color_hover', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column primary_color_hover of table fief_themes'),
          ('table fief_themes', 'column fief_themes.primary_color_light', 'table fief_themes has no column primary_color_light, which this script creates together with table fief_themes'),
          ('column fief_themes.primary_color_light', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column primary_color_light of table fief_themes'),
          ('table fief_themes', 'column fief_themes.text_color', 'table fief_themes has no column text_color, which this script creates together with table fief_themes'),
          ('column fief_themes.text_color', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column text_color of table fief_themes'),
          ('table fief_themes', 'column fief_themes.updated_at', 'table fief_themes has no column updated_at, which this script creates together with table fief_themes'),
          ('column fief_themes.updated_at', 'table fief_themes', 'table fief_themes is missing, which this script creates together with column updated_at of table fief_themes'),
          ('table fief_themes', 'constraint fief_themes.fief_themes_pkey', 'table fief_themes has no constraint fief_themes_pkey, which this script creates together with table fief_themes'),
          ('table fief_themes', 'table fief_roles', 'table fief_roles is missing, which this script creates before table fief_themes'),
          ('table fief_themes', 'index fief_roles.ix_fief_roles_created_at', 'table fief_roles has no index ix_fief_roles_created_at, which this script creates before table fief_themes'),
          ('table fief_themes', 'index fief_roles.ix_fief_roles_updated_at', 'table fief_roles has no index ix_fief_roles_updated_at, which this script creates before table fief_themes'),
          ('table fief_user_fields', 'column fief_user_fields.configuration', 'table fief_user_fields has no column configuration, which this script creates together with table fief_user_fields'),
          ('column fief_user_fields.configuration', 'table fief_user_fields', 'table fief_user_fields is missing, which this script creates together with column configuration of table fief_user_fields'),
          ('table fief_user_fields', 'column fief_user_fields.created_at', 'table fief_user_fields has no column created_at, which this script creates together with table fief_user_fields'),
          ('column fief_user_fields.created_at', 'table fief_user_fields', 'table fief_user_fields is missing, which this script creates together with column created_at of table fief_user_fields'),
          ('table fief_user_fields', 'column fief_user_fields.id', 'table fief_user_fields has no column id, which this script creates together with table fief_user_fields'),
          ('column fief_user_fields.id', 'table fief_user_fields', 'table fief_user_fields is missing, which this script creates together with column id of table fief_user_fields'),
          ('table fief_user_fields', 'column fief_user_fields.name', 'table fief_user_fields has no column name, which this script creates together with table fief_user_fields'),
          ('column fief_user_fields.name', 'table fief_user_fields', 'table fief_user_fields is missing, which this script creates together with column name of table fief_user_fields'),
          ('table fief_user_fields', 'column fief_user_fields.slug', 'table fief_user_fields has no column slug, which this script creates together with table fief_user_fields'),
          ('column fief_user_fields.slug', 'table fief_user_fields', 'table fief_user_fields is missing, which this script creates together with column slug of table fief_user_fields'),
          ('table fief_user_fields', 'column fief_user_fields.type', 'table fief_user_fields has no column type, which this script creates together with table fief_user_fields'),
          ('column fief_user_fields.type', 'table fief_user_fields', 'table fief_user_fields is missing, which this script creates together with column type of table fief_user_fields'),
          ('table fief_user_fields', 'column fief_user_fields.updated_at', 'table fief_user_fields has no column updated_at, which this script creates together with table fief_user_fields'),
          ('column fief_user_fields.updated_at', 'table fief_user_fields', 'table fief_user_fields is missing, which this script creates together with column updated_at of table fief_user_fields'),
          ('table fief_user_fields', 'constraint fief_user_fields.fief_user_fields_pkey', 'table fief_user_fields has no constraint fief_user_fields_pkey, which this script creates together with table fief_user_fields'),
          ('table fief_user_fields', 'table fief_themes', 'table fief_themes is missing, which this script creates before table fief_user_fields'),
          ('table fief_user_fields', 'index fief_themes.ix_fief_themes_created_at', 'table fief_themes has no index ix_fief_themes_created_at, which this script creates before table fief_user_fields'),
          ('table fief_user_fields', 'index fief_themes.ix_fief_themes_updated_at', 'table fief_themes has no index ix_fief_themes_updated_at, which this script creates before table fief_user_fields'),
          ('table fief_user_fields', 'enum_type fief_userfieldtype', 'enum type fief_userfieldtype is missing, which this script creates before table fief_user_fields'),
          ('table fief_webhooks', 'column fief_webhooks.created_at', 'table fief_webhooks has no column created_at, which this script creates together with table fief_webhooks'),
          ('column fief_webhooks.created_at', 'table fief_webhooks', 'table fief_webhooks is missing, which this script creates together with column created_at of table fief_webhooks'),
          ('table fief_webhooks', 'column fief_webhooks.events', 'table fief_webhooks has no column events, which this script creates together with table fief_webhooks'),
          ('column fief_webhooks.events', 'table fief_webhooks', 'table fief_webhooks is missing, which this script creates together with column events of table fief_webhooks'),
          ('table fief_webhooks', 'column fief_webhooks.id', 'table fief_webhooks has no column id, which this script creates together with table fief_webhooks'),
          ('column fief_webhooks.id', 'table fief_webhooks', 'table fief_webhooks is missing, which this script creates together with column id of table fief_webhooks'),
          ('table fief_webhooks', 'column fief_webhooks.secret', 'table fief_webhooks has no column secret, which this script creates together with table fief_webhooks'),
          ('column fief_webhooks.secret', 'table fief_webhooks', 'table fief_webhooks is missing, which this script creates together with column secret of table fief_webhooks'),
          ('table fief_webhooks', 'column fief_webhooks.updated_at', 'table fief_webhooks has no column updated_at, which this script creates together with table fief_webhooks'),
          ('column fief_webhooks.updated_at', 'table fief_webhooks', 'table fief_webhooks is missing, which this script creates together with column updated_at of table fief_webhooks'),
          ('table fief_webhooks', 'column fief_webhooks.url', 'table fief_webhooks has no column url, which this script creates together with table fief_webhooks'),
          ('column fief_webhooks.url', 'table fief_webhooks', 'table fief_webhooks is missing, which this script creates together with column url of table fief_webhooks'),
          ('table fief_webhooks', 'constraint fief_webhooks.fief_webhooks_pkey', 'table fief_webhooks has no constraint fief_webhooks_pkey, which this script creates together with table fief_webhooks'),
          ('table fief_webhooks', 'table fief_user_fields', 'table fief_user_fields is missing, which this script creates before table fief_webhooks'),
          ('table fief_webhooks', 'index fief_user_fields.ix_fief_user_fields_created_at', 'table fief_user_fields has no index ix_fief_user_fields_created_at, which this script creates before table fief_webhooks'),
          ('table fief_webhooks', 'index fief_user_fields.ix_fief_user_fields_slug', 'table fief_user_fields has no index ix_fief_user_fields_slug, which this script creates before table fief_webhooks'),
          ('table fief_webhooks', 'index fief_user_fields.ix_fief_user_fields_type', 'table fief_user_fields has no index ix_fief_user_fields_type, which this script creates before table fief_webhooks'),
          ('table fief_webhooks', 'index fief_user_fields.ix_fief_user_fields_updated_at', 'table fief_user_fields has no index ix_fief_user_fields_updated_at, which this script creates before table fief_webhooks'),
          ('table fief_roles_permissions', 'column fief_roles_permissions.permission_id', 'table fief_roles_permissions has no column permission_id, which this script creates together with table fief_roles_permissions'),
          ('column fief_roles_permissions.permission_id', 'table fief_roles_permissions', 'table fief_roles_permissions is missing, which this script creates together with column permission_id of table fief_roles_permissions'),
          ('table fief_roles_permissions', 'column fief_roles_permissions.role_id', 'table fief_roles_permissions has no column role_id, which this script creates together with table fief_roles_permissions'),
          ('column fief_roles_permissions.role_id', 'table fief_roles_permissions', 'table fief_roles_permissions is missing, which this script creates together with column role_id of table fief_roles_permissions'),
          ('table fief_roles_permissions', 'constraint fief_roles_permissions.fief_roles_permissions_permission_id_fkey', 'table fief_roles_permissions has no constraint fief_roles_permissions_permission_id_fkey, which this script creates together with table fief_roles_permissions'),
          ('table fief_roles_permissions', 'constraint fief_roles_permissions.fief_roles_permissions_pkey', 'table fief_roles_permissions has no constraint fief_roles_permissions_pkey, which this script creates together with table fief_roles_permissions'),
          ('table fief_roles_permissions', 'constraint fief_roles_permissions.fief_roles_permissions_role_id_fkey', 'table fief_roles_permissions has no constraint fief_roles_permissions_role_id_fkey, which this script creates together with table fief_roles_permissions'),
          ('table fief_roles_permissions', 'table fief_webhooks', 'table fief_webhooks is missing, which this script creates before table fief_roles_permissions'),
          ('table fief_roles_permissions', 'index fief_webhooks.ix_fief_webhooks_created_at', 'table fief_webhooks has no index ix_fief_webhooks_created_at, which this script creates before table fief_roles_permissions'),
          ('table fief_roles_permissions', 'index fief_webhooks.ix_fief_webhooks_updated_at', 'table fief_webhooks has no index ix_fief_webhooks_updated_at, which this script creates before table fief_roles_permissions'),
          ('table fief_tenants', 'column fief_tenants.application_url', 'table fief_tenants has no column application_url, which this script creates together with table fief_tenants'),
          ('column fief_tenants.application_url', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column application_url of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.created_at', 'table fief_tenants has no column created_at, which this script creates together with table fief_tenants'),
          ('column fief_tenants.created_at', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column created_at of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.default', 'table fief_tenants has no column default, which this script creates together with table fief_tenants'),
          ('column fief_tenants.default', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column default of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.email_domain_id', 'table fief_tenants has no column email_domain_id, which this script creates together with table fief_tenants'),
          ('column fief_tenants.email_domain_id', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column email_domain_id of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.email_from_email', 'table fief_tenants has no column email_from_email, which this script creates together with table fief_tenants'),
          ('column fief_tenants.email_from_email', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column email_from_email of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.email_from_name', 'table fief_tenants has no column email_from_name, which this script creates together with table fief_tenants'),
          ('column fief_tenants.email_from_name', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column email_from_name of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.id', 'table fief_tenants has no column id, which this script creates together with table fief_tenants'),
          ('column fief_tenants.id', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column id of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.logo_url', 'table fief_tenants has no column logo_url, which this script creates together with table fief_tenants'),
          ('column fief_tenants.logo_url', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column logo_url of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.name', 'table fief_tenants has no column name, which this script creates together with table fief_tenants'),
          ('column fief_tenants.name', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column name of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.registration_allowed', 'table fief_tenants has no column registration_allowed, which this script creates together with table fief_tenants'),
          ('column fief_tenants.registration_allowed', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column registration_allowed of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.sign_jwk', 'table fief_tenants has no column sign_jwk, which this script creates together with table fief_tenants'),
          ('column fief_tenants.sign_jwk', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column sign_jwk of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.slug', 'table fief_tenants has no column slug, which this script creates together with table fief_tenants'),
          ('column fief_tenants.slug', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column slug of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.theme_id', 'table fief_tenants has no column theme_id, which this script creates together with table fief_tenants'),
          ('column fief_tenants.theme_id', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column theme_id of table fief_tenants'),
          ('table fief_tenants', 'column fief_tenants.updated_at', 'table fief_tenants has no column updated_at, which this script creates together with table fief_tenants'),
          ('column fief_tenants.updated_at', 'table fief_tenants', 'table fief_tenants is missing, which this script creates together with column updated_at of table fief_tenants'),
          ('table fief_tenants', 'constraint fief_tenants.fief_tenants_email_domain_id_fkey', 'table fief_tenants has no constraint fief_tenants_email_domain_id_fkey, which this script creates together with table fief_tenants'),
          ('table fief_tenants', 'constraint fief_tenants.fief_tenants_pkey', 'table fief_tenants has no constraint fief_tenants_pkey, which this script creates together with table fief_tenants'),
          ('table fief_tenants', 'constraint fief_tenants.fief_tenants_slug_key', 'table fief_tenants has no constraint fief_tenants_slug_key, which this script creates together with table fief_tenants'),
          ('table fief_tenants', 'constraint fief_tenants.fief_tenants_theme_id_fkey', 'table fief_tenants has no constraint fief_tenants_theme_id_fkey, which this script creates together with table fief_tenants'),
          ('table fief_tenants', 'table fief_roles_permissions', 'table fief_roles_permissions is missing, which this script creates before table fief_tenants'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.attempt', 'table fief_webhook_logs has no column attempt, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.attempt', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column attempt of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.created_at', 'table fief_webhook_logs has no column created_at, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.created_at', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column created_at of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.error_message', 'table fief_webhook_logs has no column error_message, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.error_message', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column error_message of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.error_type', 'table fief_webhook_logs has no column error_type, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.error_type', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column error_type of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.event', 'table fief_webhook_logs has no column event, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.event', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column event of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.id', 'table fief_webhook_logs has no column id, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.id', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column id of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.payload', 'table fief_webhook_logs has no column payload, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.payload', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column payload of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.response', 'table fief_webhook_logs has no column response, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.response', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column response of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.success', 'table fief_webhook_logs has no column success, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.success', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column success of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.updated_at', 'table fief_webhook_logs has no column updated_at, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.updated_at', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column updated_at of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'column fief_webhook_logs.webhook_id', 'table fief_webhook_logs has no column webhook_id, which this script creates together with table fief_webhook_logs'),
          ('column fief_webhook_logs.webhook_id', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates together with column webhook_id of table fief_webhook_logs'),
          ('table fief_webhook_logs', 'constraint fief_webhook_logs.fief_webhook_logs_pkey', 'table fief_webhook_logs has no constraint fief_webhook_logs_pkey, which this script creates together with table fief_webhook_logs'),
          ('table fief_webhook_logs', 'constraint fief_webhook_logs.fief_webhook_logs_webhook_id_fkey', 'table fief_webhook_logs has no constraint fief_webhook_logs_webhook_id_fkey, which this script creates together with table fief_webhook_logs'),
          ('table fief_webhook_logs', 'table fief_tenants', 'table fief_tenants is missing, which this script creates before table fief_webhook_logs'),
          ('table fief_webhook_logs', 'index fief_tenants.ix_fief_tenants_created_at', 'table fief_tenants has no index ix_fief_tenants_created_at, which this script creates before table fief_webhook_logs'),
          ('table fief_webhook_logs', 'index fief_tenants.ix_fief_tenants_updated_at', 'table fief_tenants has no index ix_fief_tenants_updated_at, which this script creates before table fief_webhook_logs'),
          ('table fief_clients', 'column fief_clients.access_id_token_lifetime_seconds', 'table fief_clients has no column access_id_token_lifetime_seconds, which this script creates together with table fief_clients'),
          ('column fief_clients.access_id_token_lifetime_seconds', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column access_id_token_lifetime_seconds of table fief_clients'),
          ('table fief_clients', 'column fief_clients.authorization_code_lifetime_seconds', 'table fief_clients has no column authorization_code_lifetime_seconds, which this script creates together with table fief_clients'),
          ('column fief_clients.authorization_code_lifetime_seconds', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column authorization_code_lifetime_seconds of table fief_clients'),
          ('table fief_clients', 'column fief_clients.client_id', 'table fief_clients has no column client_id, which this script creates together with table fief_clients'),
          ('column fief_clients.client_id', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column client_id of table fief_clients'),
          ('table fief_clients', 'column fief_clients.client_secret', 'table fief_clients has no column client_secret, which this script creates together with table fief_clients'),
          ('column fief_clients.client_secret', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column client_secret of table fief_clients'),
          ('table fief_clients', 'column fief_clients.client_type', 'table fief_clients has no column client_type, which this script creates together with table fief_clients'),
          ('column fief_clients.client_type', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column client_type of table fief_clients'),
          ('table fief_clients', 'column fief_clients.created_at', 'table fief_clients has no column created_at, which this script creates together with table fief_clients'),
          ('column fief_clients.created_at', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column created_at of table fief_clients'),
          ('table fief_clients', 'column fief_clients.encrypt_jwk', 'table fief_clients has no column encrypt_jwk, which this script creates together with table fief_clients'),
          ('column fief_clients.encrypt_jwk', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column encrypt_jwk of table fief_clients'),
          ('table fief_clients', 'column fief_clients.first_party', 'table fief_clients has no column first_party, which this script creates together with table fief_clients'),
          ('column fief_clients.first_party', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column first_party of table fief_clients'),
          ('table fief_clients', 'column fief_clients.id', 'table fief_clients has no column id, which this script creates together with table fief_clients'),
          ('column fief_clients.id', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column id of table fief_clients'),
          ('table fief_clients', 'column fief_clients.name', 'table fief_clients has no column name, which this script creates together with table fief_clients'),
          ('column fief_clients.name', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column name of table fief_clients'),
          ('table fief_clients', 'column fief_clients.redirect_uris', 'table fief_clients has no column redirect_uris, which this script creates together with table fief_clients'),
          ('column fief_clients.redirect_uris', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column redirect_uris of table fief_clients'),
          ('table fief_clients', 'column fief_clients.refresh_token_lifetime_seconds', 'table fief_clients has no column refresh_token_lifetime_seconds, which this script creates together with table fief_clients'),
          ('column fief_clients.refresh_token_lifetime_seconds', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column refresh_token_lifetime_seconds of table fief_clients'),
          ('table fief_clients', 'column fief_clients.tenant_id', 'table fief_clients has no column tenant_id, which this script creates together with table fief_clients'),
          ('column fief_clients.tenant_id', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column tenant_id of table fief_clients'),
          ('table fief_clients', 'column fief_clients.updated_at', 'table fief_clients has no column updated_at, which this script creates together with table fief_clients'),
          ('column fief_clients.updated_at', 'table fief_clients', 'table fief_clients is missing, which this script creates together with column updated_at of table fief_clients'),
          ('table fief_clients', 'constraint fief_clients.fief_clients_pkey', 'table fief_clients has no constraint fief_clients_pkey, which this script creates together with table fief_clients'),
          ('table fief_clients', 'constraint fief_clients.fief_clients_tenant_id_fkey', 'table fief_clients has no constraint fief_clients_tenant_id_fkey, which this script creates together with table fief_clients'),
          ('table fief_clients', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script creates before table fief_clients'),
          ('table fief_clients', 'index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_created_at, which this script creates before table fief_clients'),
          ('table fief_clients', 'index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_updated_at, which this script creates before table fief_clients'),
          ('table fief_clients', 'enum_type fief_clienttype', 'enum type fief_clienttype is missing, which this script creates before table fief_clients'),
          ('table fief_tenants_oauth_providers', 'column fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers has no column oauth_provider_id, which this script creates together with table fief_tenants_oauth_providers'),
          ('column fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing, which this script creates together with column oauth_provider_id of table fief_tenants_oauth_providers'),
          ('table fief_tenants_oauth_providers', 'column fief_tenants_oauth_providers.tenant_id', 'table fief_tenants_oauth_providers has no column tenant_id, which this script creates together with table fief_tenants_oauth_providers'),
          ('column fief_tenants_oauth_providers.tenant_id', 'table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing, which this script creates together with column tenant_id of table fief_tenants_oauth_providers'),
          ('table fief_tenants_oauth_providers', 'constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_oauth_provider_id_fkey', 'table fief_tenants_oauth_providers has no constraint fief_tenants_oauth_providers_oauth_provider_id_fkey, which this script creates together with table fief_tenants_oauth_providers'),
          ('table fief_tenants_oauth_providers', 'constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_pkey', 'table fief_tenants_oauth_providers has no constraint fief_tenants_oauth_providers_pkey, which this script creates together with table fief_tenants_oauth_providers'),
          ('table fief_tenants_oauth_providers', 'constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_tenant_id_fkey', 'table fief_tenants_oauth_providers has no constraint fief_tenants_oauth_providers_tenant_id_fkey, which this script creates together with table fief_tenants_oauth_providers'),
          ('table fief_tenants_oauth_providers', 'table fief_clients', 'table fief_clients is missing, which this script creates before table fief_tenants_oauth_providers'),
          ('table fief_tenants_oauth_providers', 'index fief_clients.ix_fief_clients_client_id', 'table fief_clients has no index ix_fief_clients_client_id, which this script creates before table fief_tenants_oauth_providers'),
          ('table fief_tenants_oauth_providers', 'index fief_clients.ix_fief_clients_client_secret', 'table fief_clients has no index ix_fief_clients_client_secret, which this script creates before table fief_tenants_oauth_providers'),
          ('table fief_tenants_oauth_providers', 'index fief_clients.ix_fief_clients_created_at', 'table fief_clients has no index ix_fief_clients_created_at, which this script creates before table fief_tenants_oauth_providers'),
          ('table fief_tenants_oauth_providers', 'index fief_clients.ix_fief_clients_updated_at', 'table fief_clients has no index ix_fief_clients_updated_at, which this script creates before table fief_tenants_oauth_providers'),
          ('table fief_users', 'column fief_users.created_at', 'table fief_users has no column created_at, which this script creates together with table fief_users'),
          ('column fief_users.created_at', 'table fief_users', 'table fief_users is missing, which this script creates together with column created_at of table fief_users'),
          ('table fief_users', 'column fief_users.email', 'table fief_users has no column email, which this script creates together with table fief_users'),
          ('column fief_users.email', 'table fief_users', 'table fief_users is missing, which this script creates together with column email of table fief_users'),
          ('table fief_users', 'column fief_users.email_lower', 'table fief_users has no column email_lower, which this script creates together with table fief_users'),
          ('column fief_users.email_lower', 'table fief_users', 'table fief_users is missing, which this script creates together with column email_lower of table fief_users'),
          ('table fief_users', 'column fief_users.email_verified', 'table fief_users has no column email_verified, which this script creates together with table fief_users'),
          ('column fief_users.email_verified', 'table fief_users', 'table fief_users is missing, which this script creates together with column email_verified of table fief_users'),
          ('table fief_users', 'column fief_users.hashed_password', 'table fief_users has no column hashed_password, which this script creates together with table fief_users'),
          ('column fief_users.hashed_password', 'table fief_users', 'table fief_users is missing, which this script creates together with column hashed_password of table fief_users'),
          ('table fief_users', 'column fief_users.id', 'table fief_users has no column id, which this script creates together with table fief_users'),
          ('column fief_users.id', 'table fief_users', 'table fief_users is missing, which this script creates together with column id of table fief_users'),
          ('table fief_users', 'column fief_users.is_active', 'table fief_users has no column is_active, which this script creates together with table fief_users'),
          ('column fief_users.is_active', 'table fief_users', 'table fief_users is missing, which this script creates together with column is_active of table fief_users'),
          ('table fief_users', 'column fief_users.tenant_id', 'table fief_users has no column tenant_id, which this script creates together with table fief_users'),
          ('column fief_users.tenant_id', 'table fief_users', 'table fief_users is missing, which this script creates together with column tenant_id of table fief_users'),
          ('table fief_users', 'column fief_users.updated_at', 'table fief_users has no column updated_at, which this script creates together with table fief_users'),
          ('column fief_users.updated_at', 'table fief_users', 'table fief_users is missing, which this script creates together with column updated_at of table fief_users'),
          ('table fief_users', 'constraint fief_users.fief_users_email_tenant_id_key', 'table fief_users has no constraint fief_users_email_tenant_id_key, which this script creates together with table fief_users'),
          ('table fief_users', 'constraint fief_users.fief_users_pkey', 'table fief_users has no constraint fief_users_pkey, which this script creates together with table fief_users'),
          ('table fief_users', 'constraint fief_users.fief_users_tenant_id_fkey', 'table fief_users has no constraint fief_users_tenant_id_fkey, which this script creates together with table fief_users'),
          ('table fief_users', 'table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing, which this script creates before table fief_users'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.acr', 'table fief_authorization_codes has no column acr, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.acr', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column acr of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.authenticated_at', 'table fief_authorization_codes has no column authenticated_at, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.authenticated_at', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column authenticated_at of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.c_hash', 'table fief_authorization_codes has no column c_hash, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.c_hash', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column c_hash of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.client_id', 'table fief_authorization_codes has no column client_id, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.client_id', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column client_id of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.code', 'table fief_authorization_codes has no column code, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.code', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column code of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.code_challenge', 'table fief_authorization_codes has no column code_challenge, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.code_challenge', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column code_challenge of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.code_challenge_method', 'table fief_authorization_codes has no column code_challenge_method, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.code_challenge_method', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column code_challenge_method of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.created_at', 'table fief_authorization_codes has no column created_at, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.created_at', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column created_at of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.expires_at', 'table fief_authorization_codes has no column expires_at, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.expires_at', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column expires_at of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.id', 'table fief_authorization_codes has no column id, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.id', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column id of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.nonce', 'table fief_authorization_codes has no column nonce, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.nonce', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column nonce of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.redirect_uri', 'table fief_authorization_codes has no column redirect_uri, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.redirect_uri', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column redirect_uri of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.scope', 'table fief_authorization_codes has no column scope, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.scope', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column scope of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.updated_at', 'table fief_authorization_codes has no column updated_at, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.updated_at', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column updated_at of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'column fief_authorization_codes.user_id', 'table fief_authorization_codes has no column user_id, which this script creates together with table fief_authorization_codes'),
          ('column fief_authorization_codes.user_id', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates together with column user_id of table fief_authorization_codes'),
          ('table fief_authorization_codes', 'constraint fief_authorization_codes.fief_authorization_codes_client_id_fkey', 'table fief_authorization_codes has no constraint fief_authorization_codes_client_id_fkey, which this script creates together with table fief_authorization_codes'),
          ('table fief_authorization_codes', 'constraint fief_authorization_codes.fief_authorization_codes_pkey', 'table fief_authorization_codes has no constraint fief_authorization_codes_pkey, which this script creates together with table fief_authorization_codes'),
          ('table fief_authorization_codes', 'constraint fief_authorization_codes.fief_authorization_codes_user_id_fkey', 'table fief_authorization_codes has no constraint fief_authorization_codes_user_id_fkey, which this script creates together with table fief_authorization_codes'),
          ('table fief_authorization_codes', 'table fief_users', 'table fief_users is missing, which this script creates before table fief_authorization_codes'),
          ('table fief_authorization_codes', 'index fief_users.ix_fief_users_created_at', 'table fief_users has no index ix_fief_users_created_at, which this script creates before table fief_authorization_codes'),
          ('table fief_authorization_codes', 'index fief_users.ix_fief_users_email', 'table fief_users has no index ix_fief_users_email, which this script creates before table fief_authorization_codes'),
          ('table fief_authorization_codes', 'index fief_users.ix_fief_users_email_lower', 'table fief_users has no index ix_fief_users_email_lower, which this script creates before table fief_authorization_codes'),
          ('table fief_authorization_codes', 'index fief_users.ix_fief_users_email_verified', 'table fief_users has no index ix_fief_users_email_verified, which this script creates before table fief_authorization_codes'),
          ('table fief_authorization_codes', 'index fief_users.ix_fief_users_updated_at', 'table fief_users has no index ix_fief_users_updated_at, which this script creates before table fief_authorization_codes'),
          ('table fief_authorization_codes', 'enum_type fief_acr', 'enum type fief_acr is missing, which this script creates before table fief_authorization_codes'),
          ('table fief_email_verifications', 'column fief_email_verifications.code', 'table fief_email_verifications has no column code, which this script creates together with table fief_email_verifications'),
          ('column fief_email_verifications.code', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script creates together with column code of table fief_email_verifications'),
          ('table fief_email_verifications', 'column fief_email_verifications.created_at', 'table fief_email_verifications has no column created_at, which this script creates together with table fief_email_verifications'),
          ('column fief_email_verifications.created_at', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script creates together with column created_at of table fief_email_verifications'),
          ('table fief_email_verifications', 'column fief_email_verifications.email', 'table fief_email_verifications has no column email, which this script creates together with table fief_email_verifications'),
          ('column fief_email_verifications.email', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script creates together with column email of table fief_email_verifications'),
          ('table fief_email_verifications', 'column fief_email_verifications.expires_at', 'table fief_email_verifications has no column expires_at, which this script creates together with table fief_email_verifications'),
          ('column fief_email_verifications.expires_at', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script creates together with column expires_at of table fief_email_verifications'),
          ('table fief_email_verifications', 'column fief_email_verifications.id', 'table fief_email_verifications has no column id, which this script creates together with table fief_email_verifications'),
          ('column fief_email_verifications.id', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script creates together with column id of table fief_email_verifications'),
          ('table fief_email_verifications', 'column fief_email_verifications.updated_at', 'table fief_email_verifications has no column updated_at, which this script creates together with table fief_email_verifications'),
          ('column fief_email_verifications.updated_at', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script creates together with column updated_at of table fief_email_verifications'),
          ('table fief_email_verifications', 'column fief_email_verifications.user_id', 'table fief_email_verifications has no column user_id, which this script creates together with table fief_email_verifications'),
          ('column fief_email_verifications.user_id', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script creates together with column user_id of table fief_email_verifications'),
          ('table fief_email_verifications', 'constraint fief_email_verifications.fief_email_verifications_pkey', 'table fief_email_verifications has no constraint fief_email_verifications_pkey, which this script creates together with table fief_email_verifications'),
          ('table fief_email_verifications', 'constraint fief_email_verifications.fief_email_verifications_user_id_fkey', 'table fief_email_verifications has no constraint fief_email_verifications_user_id_fkey, which this script creates together with table fief_email_verifications'),
          ('table fief_email_verifications', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script creates before table fief_email_verifications'),
          ('table fief_email_verifications', 'index fief_authorization_codes.ix_fief_authorization_codes_code', 'table fief_authorization_codes has no index ix_fief_authorization_codes_code, which this script creates before table fief_email_verifications'),
          ('table fief_email_verifications', 'index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_created_at, which this script creates before table fief_email_verifications'),
          ('table fief_email_verifications', 'index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_expires_at, which this script creates before table fief_email_verifications'),
          ('table fief_email_verifications', 'index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_updated_at, which this script creates before table fief_email_verifications'),
          ('table fief_grants', 'column fief_grants.client_id', 'table fief_grants has no column client_id, which this script creates together with table fief_grants'),
          ('column fief_grants.client_id', 'table fief_grants', 'table fief_grants is missing, which this script creates together with column client_id of table fief_grants'),
          ('table fief_grants', 'column fief_grants.created_at', 'table fief_grants has no column created_at, which this script creates together with table fief_grants'),
          ('column fief_grants.created_at', 'table fief_grants', 'table fief_grants is missing, which this script creates together with column created_at of table fief_grants'),
          ('table fief_grants', 'column fief_grants.id', 'table fief_grants has no column id, which this script creates together with table fief_grants'),
          ('column fief_grants.id', 'table fief_grants', 'table fief_grants is missing, which this script creates together with column id of table fief_grants'),
          ('table fief_grants', 'column fief_grants.scope', 'table fief_grants has no column scope, which this script creates together with table fief_grants'),
          ('column fief_grants.scope', 'table fief_grants', 'table fief_grants is missing, which this script creates together with column scope of table fief_grants'),
          ('table fief_grants', 'column fief_grants.updated_at', 'table fief_grants has no column updated_at, which this script creates together with table fief_grants'),
          ('column fief_grants.updated_at', 'table fief_grants', 'table fief_grants is missing, which this script creates together with column updated_at of table fief_grants'),
          ('table fief_grants', 'column fief_grants.user_id', 'table fief_grants has no column user_id, which this script creates together with table fief_grants'),
          ('column fief_grants.user_id', 'table fief_grants', 'table fief_grants is missing, which this script creates together with column user_id of table fief_grants'),
          ('table fief_grants', 'constraint fief_grants.fief_grants_client_id_fkey', 'table fief_grants has no constraint fief_grants_client_id_fkey, which this script creates together with table fief_grants'),
          ('table fief_grants', 'constraint fief_grants.fief_grants_pkey', 'table fief_grants has no constraint fief_grants_pkey, which this script creates together with table fief_grants'),
          ('table fief_grants', 'constraint fief_grants.fief_grants_user_id_client_id_key', 'table fief_grants has no constraint fief_grants_user_id_client_id_key, which this script creates together with table fief_grants'),
          ('table fief_grants', 'constraint fief_grants.fief_grants_user_id_fkey', 'table fief_grants has no constraint fief_grants_user_id_fkey, which this script creates together with table fief_grants'),
          ('table fief_grants', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script creates before table fief_grants'),
          ('table fief_grants', 'index fief_email_verifications.ix_fief_email_verifications_code', 'table fief_email_verifications has no index ix_fief_email_verifications_code, which this script creates before table fief_grants'),
          ('table fief_grants', 'index fief_email_verifications.ix_fief_email_verifications_created_at', 'table fief_email_verifications has no index ix_fief_email_verifications_created_at, which this script creates before table fief_grants'),
          ('table fief_grants', 'index fief_email_verifications.ix_fief_email_verifications_email', 'table fief_email_verifications has no index ix_fief_email_verifications_email, which this script creates before table fief_grants'),
          ('table fief_grants', 'index fief_email_verifications.ix_fief_email_verifications_expires_at', 'table fief_email_verifications has no index ix_fief_email_verifications_expires_at, which this script creates before table fief_grants'),
          ('table fief_grants', 'index fief_email_verifications.ix_fief_email_verifications_updated_at', 'table fief_email_verifications has no index ix_fief_email_verifications_updated_at, which this script creates before table fief_grants'),
          ('table fief_login_sessions', 'column fief_login_sessions.acr', 'table fief_login_sessions has no column acr, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.acr', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column acr of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.client_id', 'table fief_login_sessions has no column client_id, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.client_id', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column client_id of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.code_challenge', 'table fief_login_sessions has no column code_challenge, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.code_challenge', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column code_challenge of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.code_challenge_method', 'table fief_login_sessions has no column code_challenge_method, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.code_challenge_method', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column code_challenge_method of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.created_at', 'table fief_login_sessions has no column created_at, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.created_at', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column created_at of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.expires_at', 'table fief_login_sessions has no column expires_at, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.expires_at', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column expires_at of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.id', 'table fief_login_sessions has no column id, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.id', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column id of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.nonce', 'table fief_login_sessions has no column nonce, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.nonce', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column nonce of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.prompt', 'table fief_login_sessions has no column prompt, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.prompt', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column prompt of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.redirect_uri', 'table fief_login_sessions has no column redirect_uri, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.redirect_uri', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column redirect_uri of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.response_mode', 'table fief_login_sessions has no column response_mode, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.response_mode', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column response_mode of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.response_type', 'table fief_login_sessions has no column response_type, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.response_type', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column response_type of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.scope', 'table fief_login_sessions has no column scope, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.scope', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column scope of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.state', 'table fief_login_sessions has no column state, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.state', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column state of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.token', 'table fief_login_sessions has no column token, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.token', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column token of table fief_login_sessions'),
          ('table fief_login_sessions', 'column fief_login_sessions.updated_at', 'table fief_login_sessions has no column updated_at, which this script creates together with table fief_login_sessions'),
          ('column fief_login_sessions.updated_at', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates together with column updated_at of table fief_login_sessions'),
          ('table fief_login_sessions', 'constraint fief_login_sessions.fief_login_sessions_client_id_fkey', 'table fief_login_sessions has no constraint fief_login_sessions_client_id_fkey, which this script creates together with table fief_login_sessions'),
          ('table fief_login_sessions', 'constraint fief_login_sessions.fief_login_sessions_pkey', 'table fief_login_sessions has no constraint fief_login_sessions_pkey, which this script creates together with table fief_login_sessions'),
          ('table fief_login_sessions', 'table fief_grants', 'table fief_grants is missing, which this script creates before table fief_login_sessions'),
          ('table fief_login_sessions', 'index fief_grants.ix_fief_grants_created_at', 'table fief_grants has no index ix_fief_grants_created_at, which this script creates before table fief_login_sessions'),
          ('table fief_login_sessions', 'index fief_grants.ix_fief_grants_updated_at', 'table fief_grants has no index ix_fief_grants_updated_at, which this script creates before table fief_login_sessions'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.access_token', 'table fief_oauth_accounts has no column access_token, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.access_token', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column access_token of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.account_email', 'table fief_oauth_accounts has no column account_email, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.account_email', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column account_email of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.account_id', 'table fief_oauth_accounts has no column account_id, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.account_id', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column account_id of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.created_at', 'table fief_oauth_accounts has no column created_at, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.created_at', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column created_at of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.expires_at', 'table fief_oauth_accounts has no column expires_at, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.expires_at', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column expires_at of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.id', 'table fief_oauth_accounts has no column id, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.id', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column id of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts has no column oauth_provider_id, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column oauth_provider_id of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.refresh_token', 'table fief_oauth_accounts has no column refresh_token, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.refresh_token', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column refresh_token of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts has no column tenant_id, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column tenant_id of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.updated_at', 'table fief_oauth_accounts has no column updated_at, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.updated_at', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column updated_at of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'column fief_oauth_accounts.user_id', 'table fief_oauth_accounts has no column user_id, which this script creates together with table fief_oauth_accounts'),
          ('column fief_oauth_accounts.user_id', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates together with column user_id of table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'constraint fief_oauth_accounts.fief_oauth_accounts_oauth_provider_id_fkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_oauth_provider_id_fkey, which this script creates together with table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'constraint fief_oauth_accounts.fief_oauth_accounts_oauth_provider_id_user_id_key', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_oauth_provider_id_user_id_key, which this script creates together with table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'constraint fief_oauth_accounts.fief_oauth_accounts_pkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_pkey, which this script creates together with table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'constraint fief_oauth_accounts.fief_oauth_accounts_tenant_id_fkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_tenant_id_fkey, which this script creates together with table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'constraint fief_oauth_accounts.fief_oauth_accounts_user_id_fkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_user_id_fkey, which this script creates together with table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script creates before table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'index fief_login_sessions.ix_fief_login_sessions_created_at', 'table fief_login_sessions has no index ix_fief_login_sessions_created_at, which this script creates before table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'index fief_login_sessions.ix_fief_login_sessions_expires_at', 'table fief_login_sessions has no index ix_fief_login_sessions_expires_at, which this script creates before table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'index fief_login_sessions.ix_fief_login_sessions_token', 'table fief_login_sessions has no index ix_fief_login_sessions_token, which this script creates before table fief_oauth_accounts'),
          ('table fief_oauth_accounts', 'index fief_login_sessions.ix_fief_login_sessions_updated_at', 'table fief_login_sessions has no index ix_fief_login_sessions_updated_at, which this script creates before table fief_oauth_accounts'),
          ('table fief_refresh_tokens', 'column fief_refresh_tokens.authenticated_at', 'table fief_refresh_tokens has no column authenticated_at, which this script creates together with table fief_refresh_tokens'),
          ('column fief_refresh_tokens.authenticated_at', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script creates together with column authenticated_at of table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'column fief_refresh_tokens.client_id', 'table fief_refresh_tokens has no column client_id, which this script creates together with table fief_refresh_tokens'),
          ('column fief_refresh_tokens.client_id', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script creates together with column client_id of table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'column fief_refresh_tokens.created_at', 'table fief_refresh_tokens has no column created_at, which this script creates together with table fief_refresh_tokens'),
          ('column fief_refresh_tokens.created_at', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script creates together with column created_at of table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'column fief_refresh_tokens.expires_at', 'table fief_refresh_tokens has no column expires_at, which this script creates together with table fief_refresh_tokens'),
          ('column fief_refresh_tokens.expires_at', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script creates together with column expires_at of table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'column fief_refresh_tokens.id', 'table fief_refresh_tokens has no column id, which this script creates together with table fief_refresh_tokens'),
          ('column fief_refresh_tokens.id', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script creates together with column id of table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'column fief_refresh_tokens.scope', 'table fief_refresh_tokens has no column scope, which this script creates together with table fief_refresh_tokens'),
          ('column fief_refresh_tokens.scope', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script creates together with column scope of table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'column fief_refresh_tokens.token', 'table fief_refresh_tokens has no column token, which this script creates together with table fief_refresh_tokens'),
          ('column fief_refresh_tokens.token', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script creates together with column token of table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'column fief_refresh_tokens.updated_at', 'table fief_refresh_tokens has no column updated_at, which this script creates together with table fief_refresh_tokens'),
          ('column fief_refresh_tokens.updated_at', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script creates together with column updated_at of table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'column fief_refresh_tokens.user_id', 'table fief_refresh_tokens has no column user_id, which this script creates together with table fief_refresh_tokens'),
          ('column fief_refresh_tokens.user_id', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script creates together with column user_id of table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'constraint fief_refresh_tokens.fief_refresh_tokens_client_id_fkey', 'table fief_refresh_tokens has no constraint fief_refresh_tokens_client_id_fkey, which this script creates together with table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'constraint fief_refresh_tokens.fief_refresh_tokens_pkey', 'table fief_refresh_tokens has no constraint fief_refresh_tokens_pkey, which this script creates together with table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'constraint fief_refresh_tokens.fief_refresh_tokens_user_id_fkey', 'table fief_refresh_tokens has no constraint fief_refresh_tokens_user_id_fkey, which this script creates together with table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script creates before table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_account_id, which this script creates before table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_created_at, which this script creates before table fief_refresh_tokens'),
          ('table fief_refresh_tokens', 'index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_updated_at, which this script creates before table fief_refresh_tokens'),
          ('table fief_session_tokens', 'column fief_session_tokens.created_at', 'table fief_session_tokens has no column created_at, which this script creates together with table fief_session_tokens'),
          ('column fief_session_tokens.created_at', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script creates together with column created_at of table fief_session_tokens'),
          ('table fief_session_tokens', 'column fief_session_tokens.expires_at', 'table fief_session_tokens has no column expires_at, which this script creates together with table fief_session_tokens'),
          ('column fief_session_tokens.expires_at', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script creates together with column expires_at of table fief_session_tokens'),
          ('table fief_session_tokens', 'column fief_session_tokens.id', 'table fief_session_tokens has no column id, which this script creates together with table fief_session_tokens'),
          ('column fief_session_tokens.id', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script creates together with column id of table fief_session_tokens'),
          ('table fief_session_tokens', 'column fief_session_tokens.token', 'table fief_session_tokens has no column token, which this script creates together with table fief_session_tokens'),
          ('column fief_session_tokens.token', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script creates together with column token of table fief_session_tokens'),
          ('table fief_session_tokens', 'column fief_session_tokens.updated_at', 'table fief_session_tokens has no column updated_at, which this script creates together with table fief_session_tokens'),
          ('column fief_session_tokens.updated_at', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script creates together with column updated_at of table fief_session_tokens'),
          ('table fief_session_tokens', 'column fief_session_tokens.user_id', 'table fief_session_tokens has no column user_id, which this script creates together with table fief_session_tokens'),
          ('column fief_session_tokens.user_id', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script creates together with column user_id of table fief_session_tokens'),
          ('table fief_session_tokens', 'constraint fief_session_tokens.fief_session_tokens_pkey', 'table fief_session_tokens has no constraint fief_session_tokens_pkey, which this script creates together with table fief_session_tokens'),
          ('table fief_session_tokens', 'constraint fief_session_tokens.fief_session_tokens_user_id_fkey', 'table fief_session_tokens has no constraint fief_session_tokens_user_id_fkey, which this script creates together with table fief_session_tokens'),
          ('table fief_session_tokens', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script creates before table fief_session_tokens'),
          ('table fief_session_tokens', 'index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_created_at, which this script creates before table fief_session_tokens'),
          ('table fief_session_tokens', 'index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_expires_at, which this script creates before table fief_session_tokens'),
          ('table fief_session_tokens', 'index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_token, which this script creates before table fief_session_tokens'),
          ('table fief_session_tokens', 'index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_updated_at, which this script creates before table fief_session_tokens'),
          ('table fief_user_field_values', 'column fief_user_field_values.created_at', 'table fief_user_field_values has no column created_at, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.created_at', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column created_at of table fief_user_field_values'),
          ('table fief_user_field_values', 'column fief_user_field_values.id', 'table fief_user_field_values has no column id, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.id', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column id of table fief_user_field_values'),
          ('table fief_user_field_values', 'column fief_user_field_values.updated_at', 'table fief_user_field_values has no column updated_at, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.updated_at', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column updated_at of table fief_user_field_values'),
          ('table fief_user_field_values', 'column fief_user_field_values.user_field_id', 'table fief_user_field_values has no column user_field_id, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.user_field_id', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column user_field_id of table fief_user_field_values'),
          ('table fief_user_field_values', 'column fief_user_field_values.user_id', 'table fief_user_field_values has no column user_id, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.user_id', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column user_id of table fief_user_field_values'),
          ('table fief_user_field_values', 'column fief_user_field_values.value_boolean', 'table fief_user_field_values has no column value_boolean, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.value_boolean', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column value_boolean of table fief_user_field_values'),
          ('table fief_user_field_values', 'column fief_user_field_values.value_date', 'table fief_user_field_values has no column value_date, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.value_date', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column value_date of table fief_user_field_values'),
          ('table fief_user_field_values', 'column fief_user_field_values.value_datetime', 'table fief_user_field_values has no column value_datetime, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.value_datetime', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column value_datetime of table fief_user_field_values'),
          ('table fief_user_field_values', 'column fief_user_field_values.value_integer', 'table fief_user_field_values has no column value_integer, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.value_integer', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column value_integer of table fief_user_field_values'),
          ('table fief_user_field_values', 'column fief_user_field_values.value_json', 'table fief_user_field_values has no column value_json, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.value_json', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column value_json of table fief_user_field_values'),
          ('table fief_user_field_values', 'column fief_user_field_values.value_string', 'table fief_user_field_values has no column value_string, which this script creates together with table fief_user_field_values'),
          ('column fief_user_field_values.value_string', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates together with column value_string of table fief_user_field_values'),
          ('table fief_user_field_values', 'constraint fief_user_field_values.fief_user_field_values_pkey', 'table fief_user_field_values has no constraint fief_user_field_values_pkey, which this script creates together with table fief_user_field_values'),
          ('table fief_user_field_values', 'constraint fief_user_field_values.fief_user_field_values_user_field_id_fkey', 'table fief_user_field_values has no constraint fief_user_field_values_user_field_id_fkey, which this script creates together with table fief_user_field_values'),
          ('table fief_user_field_values', 'constraint fief_user_field_values.fief_user_field_values_user_field_id_user_id_key', 'table fief_user_field_values has no constraint fief_user_field_values_user_field_id_user_id_key, which this script creates together with table fief_user_field_values'),
          ('table fief_user_field_values', 'constraint fief_user_field_values.fief_user_field_values_user_id_fkey', 'table fief_user_field_values has no constraint fief_user_field_values_user_id_fkey, which this script creates together with table fief_user_field_values'),
          ('table fief_user_field_values', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script creates before table fief_user_field_values'),
          ('table fief_user_field_values', 'index fief_session_tokens.ix_fief_session_tokens_created_at', 'table fief_session_tokens has no index ix_fief_session_tokens_created_at, which this script creates before table fief_user_field_values'),
          ('table fief_user_field_values', 'index fief_session_tokens.ix_fief_session_tokens_expires_at', 'table fief_session_tokens has no index ix_fief_session_tokens_expires_at, which this script creates before table fief_user_field_values'),
          ('table fief_user_field_values', 'index fief_session_tokens.ix_fief_session_tokens_token', 'table fief_session_tokens has no index ix_fief_session_tokens_token, which this script creates before table fief_user_field_values'),
          ('table fief_user_field_values', 'index fief_session_tokens.ix_fief_session_tokens_updated_at', 'table fief_session_tokens has no index ix_fief_session_tokens_updated_at, which this script creates before table fief_user_field_values'),
          ('table fief_user_permissions', 'column fief_user_permissions.created_at', 'table fief_user_permissions has no column created_at, which this script creates together with table fief_user_permissions'),
          ('column fief_user_permissions.created_at', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script creates together with column created_at of table fief_user_permissions'),
          ('table fief_user_permissions', 'column fief_user_permissions.from_role_id', 'table fief_user_permissions has no column from_role_id, which this script creates together with table fief_user_permissions'),
          ('column fief_user_permissions.from_role_id', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script creates together with column from_role_id of table fief_user_permissions'),
          ('table fief_user_permissions', 'column fief_user_permissions.id', 'table fief_user_permissions has no column id, which this script creates together with table fief_user_permissions'),
          ('column fief_user_permissions.id', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script creates together with column id of table fief_user_permissions'),
          ('table fief_user_permissions', 'column fief_user_permissions.permission_id', 'table fief_user_permissions has no column permission_id, which this script creates together with table fief_user_permissions'),
          ('column fief_user_permissions.permission_id', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script creates together with column permission_id of table fief_user_permissions'),
          ('table fief_user_permissions', 'column fief_user_permissions.updated_at', 'table fief_user_permissions has no column updated_at, which this script creates together with table fief_user_permissions'),
          ('column fief_user_permissions.updated_at', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script creates together with column updated_at of table fief_user_permissions'),
          ('table fief_user_permissions', 'column fief_user_permissions.user_id', 'table fief_user_permissions has no column user_id, which this script creates together with table fief_user_permissions'),
          ('column fief_user_permissions.user_id', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script creates together with column user_id of table fief_user_permissions'),
          ('table fief_user_permissions', 'constraint fief_user_permissions.fief_user_permissions_from_role_id_fkey', 'table fief_user_permissions has no constraint fief_user_permissions_from_role_id_fkey, which this script creates together with table fief_user_permissions'),
          ('table fief_user_permissions', 'constraint fief_user_permissions.fief_user_permissions_permission_id_fkey', 'table fief_user_permissions has no constraint fief_user_permissions_permission_id_fkey, which this script creates together with table fief_user_permissions'),
          ('table fief_user_permissions', 'constraint fief_user_permissions.fief_user_permissions_pkey', 'table fief_user_permissions has no constraint fief_user_permissions_pkey, which this script creates together with table fief_user_permissions'),
          ('table fief_user_permissions', 'constraint fief_user_permissions.fief_user_permissions_user_id_fkey', 'table fief_user_permissions has no constraint fief_user_permissions_user_id_fkey, which this script creates together with table fief_user_permissions'),
          ('table fief_user_permissions', 'constraint fief_user_permissions.fief_user_permissions_user_id_permission_id_from_role_id_key', 'table fief_user_permissions has no constraint fief_user_permissions_user_id_permission_id_from_role_id_key, which this script creates together with table fief_user_permissions'),
          ('table fief_user_permissions', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script creates before table fief_user_permissions'),
          ('table fief_user_permissions', 'index fief_user_field_values.ix_fief_user_field_values_created_at', 'table fief_user_field_values has no index ix_fief_user_field_values_created_at, which this script creates before table fief_user_permissions'),
          ('table fief_user_permissions', 'index fief_user_field_values.ix_fief_user_field_values_updated_at', 'table fief_user_field_values has no index ix_fief_user_field_values_updated_at, which this script creates before table fief_user_permissions'),
          ('table fief_user_roles', 'column fief_user_roles.created_at', 'table fief_user_roles has no column created_at, which this script creates together with table fief_user_roles'),
          ('column fief_user_roles.created_at', 'table fief_user_roles', 'table fief_user_roles is missing, which this script creates together with column created_at of table fief_user_roles'),
          ('table fief_user_roles', 'column fief_user_roles.id', 'table fief_user_roles has no column id, which this script creates together with table fief_user_roles'),
          ('column fief_user_roles.id', 'table fief_user_roles', 'table fief_user_roles is missing, which this script creates together with column id of table fief_user_roles'),
          ('table fief_user_roles', 'column fief_user_roles.role_id', 'table fief_user_roles has no column role_id, which this script creates together with table fief_user_roles'),
          ('column fief_user_roles.role_id', 'table fief_user_roles', 'table fief_user_roles is missing, which this script creates together with column role_id of table fief_user_roles'),
          ('table fief_user_roles', 'column fief_user_roles.updated_at', 'table fief_user_roles has no column updated_at, which this script creates together with table fief_user_roles'),
          ('column fief_user_roles.updated_at', 'table fief_user_roles', 'table fief_user_roles is missing, which this script creates together with column updated_at of table fief_user_roles'),
          ('table fief_user_roles', 'column fief_user_roles.user_id', 'table fief_user_roles has no column user_id, which this script creates together with table fief_user_roles'),
          ('column fief_user_roles.user_id', 'table fief_user_roles', 'table fief_user_roles is missing, which this script creates together with column user_id of table fief_user_roles'),
          ('table fief_user_roles', 'constraint fief_user_roles.fief_user_roles_pkey', 'table fief_user_roles has no constraint fief_user_roles_pkey, which this script creates together with table fief_user_roles'),
          ('table fief_user_roles', 'constraint fief_user_roles.fief_user_roles_role_id_fkey', 'table fief_user_roles has no constraint fief_user_roles_role_id_fkey, which this script creates together with table fief_user_roles'),
          ('table fief_user_roles', 'constraint fief_user_roles.fief_user_roles_user_id_fkey', 'table fief_user_roles has no constraint fief_user_roles_user_id_fkey, which this script creates together with table fief_user_roles'),
          ('table fief_user_roles', 'constraint fief_user_roles.fief_user_roles_user_id_role_id_key', 'table fief_user_roles has no constraint fief_user_roles_user_id_role_id_key, which this script creates together with table fief_user_roles'),
          ('table fief_user_roles', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script creates before table fief_user_roles'),
          ('table fief_user_roles', 'index fief_user_permissions.ix_fief_user_permissions_created_at', 'table fief_user_permissions has no index ix_fief_user_permissions_created_at, which this script creates before table fief_user_roles'),
          ('table fief_user_roles', 'index fief_user_permissions.ix_fief_user_permissions_updated_at', 'table fief_user_permissions has no index ix_fief_user_permissions_updated_at, which this script creates before table fief_user_roles'),
          ('table fief_oauth_sessions', 'column fief_oauth_sessions.created_at', 'table fief_oauth_sessions has no column created_at, which this script creates together with table fief_oauth_sessions'),
          ('column fief_oauth_sessions.created_at', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script creates together with column created_at of table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'column fief_oauth_sessions.expires_at', 'table fief_oauth_sessions has no column expires_at, which this script creates together with table fief_oauth_sessions'),
          ('column fief_oauth_sessions.expires_at', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script creates together with column expires_at of table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'column fief_oauth_sessions.id', 'table fief_oauth_sessions has no column id, which this script creates together with table fief_oauth_sessions'),
          ('column fief_oauth_sessions.id', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script creates together with column id of table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'column fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions has no column oauth_account_id, which this script creates together with table fief_oauth_sessions'),
          ('column fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script creates together with column oauth_account_id of table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'column fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions has no column oauth_provider_id, which this script creates together with table fief_oauth_sessions'),
          ('column fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script creates together with column oauth_provider_id of table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'column fief_oauth_sessions.redirect_uri', 'table fief_oauth_sessions has no column redirect_uri, which this script creates together with table fief_oauth_sessions'),
          ('column fief_oauth_sessions.redirect_uri', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script creates together with column redirect_uri of table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'column fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions has no column tenant_id, which this script creates together with table fief_oauth_sessions'),
          ('column fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script creates together with column tenant_id of table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'column fief_oauth_sessions.token', 'table fief_oauth_sessions has no column token, which this script creates together with table fief_oauth_sessions'),
          ('column fief_oauth_sessions.token', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script creates together with column token of table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'column fief_oauth_sessions.updated_at', 'table fief_oauth_sessions has no column updated_at, which this script creates together with table fief_oauth_sessions'),
          ('column fief_oauth_sessions.updated_at', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script creates together with column updated_at of table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'constraint fief_oauth_sessions.fief_oauth_sessions_oauth_account_id_fkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_oauth_account_id_fkey, which this script creates together with table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'constraint fief_oauth_sessions.fief_oauth_sessions_oauth_provider_id_fkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_oauth_provider_id_fkey, which this script creates together with table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'constraint fief_oauth_sessions.fief_oauth_sessions_pkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_pkey, which this script creates together with table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'constraint fief_oauth_sessions.fief_oauth_sessions_tenant_id_fkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_tenant_id_fkey, which this script creates together with table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'table fief_user_roles', 'table fief_user_roles is missing, which this script creates before table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'index fief_user_roles.ix_fief_user_roles_created_at', 'table fief_user_roles has no index ix_fief_user_roles_created_at, which this script creates before table fief_oauth_sessions'),
          ('table fief_oauth_sessions', 'index fief_user_roles.ix_fief_user_roles_updated_at', 'table fief_user_roles has no index ix_fief_user_roles_updated_at, which this script creates before table fief_oauth_sessions'),
          ('table fief_registration_sessions', 'column fief_registration_sessions.created_at', 'table fief_registration_sessions has no column created_at, which this script creates together with table fief_registration_sessions'),
          ('column fief_registration_sessions.created_at', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script creates together with column created_at of table fief_registration_sessions'),
          ('table fief_registration_sessions', 'column fief_registration_sessions.email', 'table fief_registration_sessions has no column email, which this script creates together with table fief_registration_sessions'),
          ('column fief_registration_sessions.email', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script creates together with column email of table fief_registration_sessions'),
          ('table fief_registration_sessions', 'column fief_registration_sessions.expires_at', 'table fief_registration_sessions has no column expires_at, which this script creates together with table fief_registration_sessions'),
          ('column fief_registration_sessions.expires_at', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script creates together with column expires_at of table fief_registration_sessions'),
          ('table fief_registration_sessions', 'column fief_registration_sessions.flow', 'table fief_registration_sessions has no column flow, which this script creates together with table fief_registration_sessions'),
          ('column fief_registration_sessions.flow', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script creates together with column flow of table fief_registration_sessions'),
          ('table fief_registration_sessions', 'column fief_registration_sessions.id', 'table fief_registration_sessions has no column id, which this script creates together with table fief_registration_sessions'),
          ('column fief_registration_sessions.id', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script creates together with column id of table fief_registration_sessions'),
          ('table fief_registration_sessions', 'column fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions has no column oauth_account_id, which this script creates together with table fief_registration_sessions'),
          ('column fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script creates together with column oauth_account_id of table fief_registration_sessions'),
          ('table fief_registration_sessions', 'column fief_registration_sessions.tenant_id', 'table fief_registration_sessions has no column tenant_id, which this script creates together with table fief_registration_sessions'),
          ('column fief_registration_sessions.tenant_id', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script creates together with column tenant_id of table fief_registration_sessions'),
          ('table fief_registration_sessions', 'column fief_registration_sessions.token', 'table fief_registration_sessions has no column token, which this script creates together with table fief_registration_sessions'),
          ('column fief_registration_sessions.token', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script creates together with column token of table fief_registration_sessions'),
          ('table fief_registration_sessions', 'column fief_registration_sessions.updated_at', 'table fief_registration_sessions has no column updated_at, which this script creates together with table fief_registration_sessions'),
          ('column fief_registration_sessions.updated_at', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script creates together with column updated_at of table fief_registration_sessions'),
          ('table fief_registration_sessions', 'constraint fief_registration_sessions.fief_registration_sessions_oauth_account_id_fkey', 'table fief_registration_sessions has no constraint fief_registration_sessions_oauth_account_id_fkey, which this script creates together with table fief_registration_sessions'),
          ('table fief_registration_sessions', 'constraint fief_registration_sessions.fief_registration_sessions_pkey', 'table fief_registration_sessions has no constraint fief_registration_sessions_pkey, which this script creates together with table fief_registration_sessions'),
          ('table fief_registration_sessions', 'constraint fief_registration_sessions.fief_registration_sessions_tenant_id_fkey', 'table fief_registration_sessions has no constraint fief_registration_sessions_tenant_id_fkey, which this script creates together with table fief_registration_sessions'),
          ('table fief_registration_sessions', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script creates before table fief_registration_sessions'),
          ('table fief_registration_sessions', 'index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_created_at, which this script creates before table fief_registration_sessions'),
          ('table fief_registration_sessions', 'index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_expires_at, which this script creates before table fief_registration_sessions'),
          ('table fief_registration_sessions', 'index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_token, which this script creates before table fief_registration_sessions'),
          ('table fief_registration_sessions', 'index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_updated_at, which this script creates before table fief_registration_sessions')),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' || replace(f.def, 'present', '') WHEN f.kind = 'enum_type' THEN 'enum type ' || f.tbl || ' is ' || f.def ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint admin_api_key.admin_api_key_pkey', 'constraint admin_api_key.admin_api_key_token_key', 'constraint admin_api_key.admin_api_key_workspace_id_fkey', 'constraint admin_session_tokens.admin_session_tokens_pkey', 'constraint admin_session_tokens.admin_session_tokens_token_key', 'constraint alembic_version.alembic_version_pkc', 'constraint fief_alembic_version.fief_alembic_version_pkc', 'constraint fief_audit_logs.fief_audit_logs_pkey', 'constraint fief_authorization_codes.fief_authorization_codes_client_id_fkey', 'constraint fief_authorization_codes.fief_authorization_codes_pkey', 'constraint fief_authorization_codes.fief_authorization_codes_user_id_fkey', 'constraint fief_clients.fief_clients_pkey', 'constraint fief_clients.fief_clients_tenant_id_fkey', 'constraint fief_email_domains.fief_email_domains_domain_key', 'constraint fief_email_domains.fief_email_domains_pkey', 'constraint fief_email_templates.fief_email_templates_pkey', 'constraint fief_email_templates.fief_email_templates_type_key', 'constraint fief_email_verifications.fief_email_verifications_pkey', 'constraint fief_email_verifications.fief_email_verifications_user_id_fkey', 'constraint fief_grants.fief_grants_client_id_fkey', 'constraint fief_grants.fief_grants_pkey', 'constraint fief_grants.fief_grants_user_id_client_id_key', 'constraint fief_grants.fief_grants_user_id_fkey', 'constraint fief_login_sessions.fief_login_sessions_client_id_fkey', 'constraint fief_login_sessions.fief_login_sessions_pkey', 'constraint fief_oauth_accounts.fief_oauth_accounts_oauth_provider_id_fkey', 'constraint fief_oauth_accounts.fief_oauth_accounts_oauth_provider_id_user_id_key', 'constraint fief_oauth_accounts.fief_oauth_accounts_pkey', 'constraint fief_oauth_accounts.fief_oauth_accounts_tenant_id_fkey', 'constraint fief_oauth_accounts.fief_oauth_accounts_user_id_fkey', 'constraint fief_oauth_providers.fief_oauth_providers_pkey', 'constraint fief_oauth_sessions.fief_oauth_sessions_oauth_account_id_fkey', 'constraint fief_oauth_sessions.fief_oauth_sessions_oauth_provider_id_fkey', 'constraint fief_oauth_sessions.fief_oauth_sessions_pkey', 'constraint fief_oauth_sessions.fief_oauth_sessions_tenant_id_fkey', 'constraint fief_permissions.fief_permissions_codename_key', 'constraint fief_permissions.fief_permissions_pkey', 'constraint fief_refresh_tokens.fief_refresh_tokens_client_id_fkey', 'constraint fief_refresh_tokens.fief_refresh_tokens_pkey', 'constraint fief_refresh_tokens.fief_refresh_tokens_user_id_fkey', 'constraint fief_registration_sessions.fief_registration_sessions_oauth_account_id_fkey', 'constraint fief_registration_sessions.fief_registration_sessions_pkey', 'constraint fief_registration_sessions.fief_registration_sessions_tenant_id_fkey', 'constraint fief_roles.fief_roles_pkey', 'constraint fief_roles_permissions.fief_roles_permissions_permission_id_fkey', 'constraint fief_roles_permissions.fief_roles_permissions_pkey', 'constraint fief_roles_permissions.fief_roles_permissions_role_id_fkey', 'constraint fief_session_tokens.fief_session_tokens_pkey', 'constraint fief_session_tokens.fief_session_tokens_user_id_fkey', 'constraint fief_tenants.fief_tenants_email_domain_id_fkey', 'constraint fief_tenants.fief_tenants_pkey', 'constraint fief_tenants.fief_tenants_slug_key', 'constraint fief_tenants.fief_tenants_theme_id_fkey', 'constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_oauth_provider_id_fkey', 'constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_pkey', 'constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_tenant_id_fkey', 'constraint fief_themes.fief_themes_pkey', 'constraint fief_user_field_values.fief_user_field_values_pkey', 'constraint fief_user_field_values.fief_user_field_values_user_field_id_fkey', 'constraint fief_user_field_values.fief_user_field_values_user_field_id_user_id_key', 'constraint fief_user_field_values.fief_user_field_values_user_id_fkey', 'constraint fief_user_fields.fief_user_fields_pkey', 'constraint fief_user_permissions.fief_user_permissions_from_role_id_fkey', 'constraint fief_user_permissions.fief_user_permissions_permission_id_fkey', 'constraint fief_user_permissions.fief_user_permissions_pkey', 'constraint fief_user_permissions.fief_user_permissions_user_id_fkey', 'constraint fief_user_permissions.fief_user_permissions_user_id_permission_id_from_role_id_key', 'constraint fief_user_roles.fief_user_roles_pkey', 'constraint fief_user_roles.fief_user_roles_role_id_fkey', 'constraint fief_user_roles.fief_user_roles_user_id_fkey', 'constraint fief_user_roles.fief_user_roles_user_id_role_id_key', 'constraint fief_users.fief_users_email_tenant_id_key', 'constraint fief_users.fief_users_pkey', 'constraint fief_users.fief_users_tenant_id_fkey', 'constraint fief_webhook_logs.fief_webhook_logs_pkey', 'constraint fief_webhook_logs.fief_webhook_logs_webhook_id_fkey', 'constraint fief_webhooks.fief_webhooks_pkey', 'constraint workspace_users.workspace_users_pkey', 'constraint workspace_users.workspace_users_workspace_id_fkey', 'constraint workspaces.workspaces_pkey', 'enum_type databasetype', 'enum_type fief_acr', 'enum_type fief_clienttype', 'enum_type fief_userfieldtype', 'index admin_api_key.ix_admin_api_key_created_at', 'index admin_api_key.ix_admin_api_key_updated_at', 'index admin_session_tokens.ix_admin_session_tokens_created_at', 'index admin_session_tokens.ix_admin_session_tokens_updated_at', 'index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'index fief_audit_logs.ix_fief_audit_logs_level', 'index fief_audit_logs.ix_fief_audit_logs_object_class', 'index fief_audit_logs.ix_fief_audit_logs_object_id', 'index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'index fief_audit_logs.ix_fief_audit_logs_timestamp', 'index fief_authorization_codes.ix_fief_authorization_codes_code', 'index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'index fief_clients.ix_fief_clients_client_id', 'index fief_clients.ix_fief_clients_client_secret', 'index fief_clients.ix_fief_clients_created_at', 'index fief_clients.ix_fief_clients_updated_at', 'index fief_email_domains.ix_fief_email_domains_created_at', 'index fief_email_domains.ix_fief_email_domains_updated_at', 'index fief_email_templates.ix_fief_email_templates_created_at', 'index fief_email_templates.ix_fief_email_templates_updated_at', 'index fief_email_verifications.ix_fief_email_verifications_code', 'index fief_email_verifications.ix_fief_email_verifications_created_at', 'index fief_email_verifications.ix_fief_email_verifications_email', 'index fief_email_verifications.ix_fief_email_verifications_expires_at', 'index fief_email_verifications.ix_fief_email_verifications_updated_at', 'index fief_grants.ix_fief_grants_created_at', 'index fief_grants.ix_fief_grants_updated_at', 'index fief_login_sessions.ix_fief_login_sessions_created_at', 'index fief_login_sessions.ix_fief_login_sessions_expires_at', 'index fief_login_sessions.ix_fief_login_sessions_token', 'index fief_login_sessions.ix_fief_login_sessions_updated_at', 'index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'index fief_permissions.ix_fief_permissions_created_at', 'index fief_permissions.ix_fief_permissions_updated_at', 'index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'index fief_registration_sessions.ix_fief_registration_sessions_token', 'index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'index fief_roles.ix_fief_roles_created_at', 'index fief_roles.ix_fief_roles_updated_at', 'index fief_session_tokens.ix_fief_session_tokens_created_at', 'index fief_session_tokens.ix_fief_session_tokens_expires_at', 'index fief_session_tokens.ix_fief_session_tokens_token', 'index fief_session_tokens.ix_fief_session_tokens_updated_at', 'index fief_tenants.ix_fief_tenants_created_at', 'index fief_tenants.ix_fief_tenants_updated_at', 'index fief_themes.ix_fief_themes_created_at', 'index fief_themes.ix_fief_themes_updated_at', 'index fief_user_field_values.ix_fief_user_field_values_created_at', 'index fief_user_field_values.ix_fief_user_field_values_updated_at', 'index fief_user_fields.ix_fief_user_fields_created_at', 'index fief_user_fields.ix_fief_user_fields_slug', 'index fief_user_fields.ix_fief_user_fields_type', 'index fief_user_fields.ix_fief_user_fields_updated_at', 'index fief_user_permissions.ix_fief_user_permissions_created_at', 'index fief_user_permissions.ix_fief_user_permissions_updated_at', 'index fief_user_roles.ix_fief_user_roles_created_at', 'index fief_user_roles.ix_fief_user_roles_updated_at', 'index fief_users.ix_fief_users_created_at', 'index fief_users.ix_fief_users_email', 'index fief_users.ix_fief_users_email_lower', 'index fief_users.ix_fief_users_email_verified', 'index fief_users.ix_fief_users_updated_at', 'index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'index fief_webhooks.ix_fief_webhooks_created_at', 'index fief_webhooks.ix_fief_webhooks_updated_at', 'index workspace_users.ix_workspace_users_created_at', 'index workspace_users.ix_workspace_users_updated_at', 'index workspaces.ix_workspaces_alembic_revision', 'index workspaces.ix_workspaces_created_at', 'index workspaces.ix_workspaces_updated_at') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)
    UNION ALL
    SELECT 0, 'table ' || f.tbl || ' exists in more than one schema (' || string_agg(CASE WHEN f.def LIKE '% in %' THEN substr(f.def, strpos(f.def, ' in ') + 4) ELSE 'the main one' END, ', ' ORDER BY f.def) || ')', CASE WHEN TRUE THEN 1 ELSE 0 END + CASE WHEN TRUE THEN 2 ELSE 0 END FROM found f WHERE f.kind = 'table' GROUP BY f.tbl HAVING count(*) > 1
    UNION ALL
    SELECT 4, i.m, 1 FROM implied i WHERE EXISTS (SELECT 1 FROM found f WHERE f.k = i.a) AND NOT EXISTS (SELECT 1 FROM found f WHERE f.k = i.b)) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') THEN
    problem := 'schema 08e952f1-8a79-4672-99f8-ea6919cd4692 (location workspace, --param workspace_id) does not exist: is --param workspace_id the id in this database''s workspaces table (SELECT id FROM workspaces)? A workspace whose database_type is set keeps its tables on a database server of its own: nothing moves here, point Fief 0.28 at that database instead';
  END IF;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database holds fief tables that are neither absent nor partway through this install of fief 0.27: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile fief <its version> 0.27), or run this one on the fief empty database it was made for.';
  END IF;
  PERFORM set_config('plan.target_bdc15f99634c6e87', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: fief 0 → 0.27: the database was at 0.27 already: nothing to do' END, false);
END
$plan$;
DO $plan$
BEGIN
  IF current_setting('plan.at_start', true) <> '' THEN
    IF (NOT EXISTS (SELECT 1 FROM "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_alembic_version WHERE version_num = '6c06c7d908a7')
    AND NOT EXISTS (SELECT 1 FROM alembic_version WHERE version_num = 'c8cf076d3ffa')) OR (NOT EXISTS (SELECT 1 FROM "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_alembic_version WHERE version_num = '6c06c7d908a7')) THEN
      PERFORM set_config('plan.at_start', '', false);
    END IF;
  END IF;
END
$plan$;
-- index names: the indexes this script creates (ix_admin_api_key_created_at, ix_admin_api_key_updated_at, ix_admin_session_tokens_created_at, ix_admin_session_tokens_updated_at, ix_fief_audit_logs_admin_api_key_id, ix_fief_audit_logs_admin_user_id, ix_fief_audit_logs_level, ix_fief_audit_logs_object_class, ix_fief_audit_logs_object_id, ix_fief_audit_logs_subject_user_id, ix_fief_audit_logs_timestamp, ix_fief_authorization_codes_code, ix_fief_authorization_codes_created_at, ix_fief_authorization_codes_expires_at, ix_fief_authorization_codes_updated_at, ix_fief_clients_client_id, ix_fief_clients_client_secret, ix_fief_clients_created_at, ix_fief_clients_updated_at, ix_fief_email_domains_created_at, ix_fief_email_domains_updated_at, ix_fief_email_templates_created_at, ix_fief_email_templates_updated_at, ix_fief_email_verifications_code, ix_fief_email_verifications_created_at, ix_fief_email_verifications_email, ix_fief_email_verifications_expires_at, ix_fief_email_verifications_updated_at, ix_fief_grants_created_at, ix_fief_grants_updated_at, ix_fief_login_sessions_created_at, ix_fief_login_sessions_expires_at, ix_fief_login_sessions_token, ix_fief_login_sessions_updated_at, ix_fief_oauth_accounts_account_id, ix_fief_oauth_accounts_created_at, ix_fief_oauth_accounts_updated_at, ix_fief_oauth_providers_created_at, ix_fief_oauth_providers_updated_at, ix_fief_oauth_sessions_created_at, ix_fief_oauth_sessions_expires_at, ix_fief_oauth_sessions_token, ix_fief_oauth_sessions_updated_at, ix_fief_permissions_created_at, ix_fief_permissions_updated_at, ix_fief_refresh_tokens_created_at, ix_fief_refresh_tokens_expires_at, ix_fief_refresh_tokens_token, ix_fief_refresh_tokens_updated_at, ix_fief_registration_sessions_created_at, ix_fief_registration_sessions_expires_at, ix_fief_registration_sessions_token, ix_fief_registration_sessions_updated_at, ix_fief_roles_created_at, ix_fief_roles_updated_at, ix_fief_session_tokens_created_at, ix_fief_session_tokens_expires_at, ix_fief_session_tokens_token, ix_fief_session_tokens_updated_at, ix_fief_tenants_created_at, ix_fief_tenants_updated_at, ix_fief_themes_created_at, ix_fief_themes_updated_at, ix_fief_user_field_values_created_at, ix_fief_user_field_values_updated_at, ix_fief_user_fields_created_at, ix_fief_user_fields_slug, ix_fief_user_fields_type, ix_fief_user_fields_updated_at, ix_fief_user_permissions_created_at, ix_fief_user_permissions_updated_at, ix_fief_user_roles_created_at, ix_fief_user_roles_updated_at, ix_fief_users_created_at, ix_fief_users_email, ix_fief_users_email_lower, ix_fief_users_email_verified, ix_fief_users_updated_at, ix_fief_webhook_logs_created_at, ix_fief_webhook_logs_updated_at, ix_fief_webhooks_created_at, ix_fief_webhooks_updated_at, ix_workspace_users_created_at, ix_workspace_users_updated_at, ix_workspaces_alembic_revision, ix_workspaces_created_at, ix_workspaces_updated_at) take names unique across the schema: the script stops before any change when an object that is not an index of a fief table holds one
DO $plan$
DECLARE
  m text;
BEGIN
  SELECT CASE c.relkind WHEN 'i' THEN 'an index' WHEN 'I' THEN 'an index' WHEN 'r' THEN 'a table' WHEN 'p' THEN 'a table' WHEN 'v' THEN 'a view' WHEN 'm' THEN 'a materialized view' WHEN 'S' THEN 'a sequence' WHEN 'f' THEN 'a foreign table' ELSE 'a relation' END || ' ' || c.relname || COALESCE(' on table ' || t.relname, '') || ' exists; fief''s index ' || v.name || ' on ' || v.tbl || ' needs that name (PostgreSQL''s index names are unique across the schema, and the script drops nothing it does not own): rename or drop it, then run this script again. Nothing was changed.'
    INTO m
    FROM (VALUES ('ix_admin_api_key_created_at', 'admin_api_key', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('ix_admin_api_key_updated_at', 'admin_api_key', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('ix_admin_session_tokens_created_at', 'admin_session_tokens', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('ix_admin_session_tokens_updated_at', 'admin_session_tokens', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('ix_fief_audit_logs_admin_api_key_id', 'fief_audit_logs', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_audit_logs_admin_user_id', 'fief_audit_logs', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_audit_logs_level', 'fief_audit_logs', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_audit_logs_object_class', 'fief_audit_logs', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_audit_logs_object_id', 'fief_audit_logs', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_audit_logs_subject_user_id', 'fief_audit_logs', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_audit_logs_timestamp', 'fief_audit_logs', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_authorization_codes_code', 'fief_authorization_codes', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_authorization_codes_created_at', 'fief_authorization_codes', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_authorization_codes_expires_at', 'fief_authorization_codes', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_authorization_codes_updated_at', 'fief_authorization_codes', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_clients_client_id', 'fief_clients', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_clients_client_secret', 'fief_clients', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_clients_created_at', 'fief_clients', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_clients_updated_at', 'fief_clients', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_email_domains_created_at', 'fief_email_domains', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_email_domains_updated_at', 'fief_email_domains', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_email_templates_created_at', 'fief_email_templates', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_email_templates_updated_at', 'fief_email_templates', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_email_verifications_code', 'fief_email_verifications', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_email_verifications_created_at', 'fief_email_verifications', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_email_verifications_email', 'fief_email_verifications', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_email_verifications_expires_at', 'fief_email_verifications', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_email_verifications_updated_at', 'fief_email_verifications', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_grants_created_at', 'fief_grants', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_grants_updated_at', 'fief_grants', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_login_sessions_created_at', 'fief_login_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_login_sessions_expires_at', 'fief_login_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_login_sessions_token', 'fief_login_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_login_sessions_updated_at', 'fief_login_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_oauth_accounts_account_id', 'fief_oauth_accounts', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_oauth_accounts_created_at', 'fief_oauth_accounts', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_oauth_accounts_updated_at', 'fief_oauth_accounts', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_oauth_providers_created_at', 'fief_oauth_providers', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_oauth_providers_updated_at', 'fief_oauth_providers', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_oauth_sessions_created_at', 'fief_oauth_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_oauth_sessions_expires_at', 'fief_oauth_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_oauth_sessions_token', 'fief_oauth_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_oauth_sessions_updated_at', 'fief_oauth_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_permissions_created_at', 'fief_permissions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_permissions_updated_at', 'fief_permissions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_refresh_tokens_created_at', 'fief_refresh_tokens', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_refresh_tokens_expires_at', 'fief_refresh_tokens', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_refresh_tokens_token', 'fief_refresh_tokens', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_refresh_tokens_updated_at', 'fief_refresh_tokens', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_registration_sessions_created_at', 'fief_registration_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_registration_sessions_expires_at', 'fief_registration_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_registration_sessions_token', 'fief_registration_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_registration_sessions_updated_at', 'fief_registration_sessions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_roles_created_at', 'fief_roles', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_roles_updated_at', 'fief_roles', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_session_tokens_created_at', 'fief_session_tokens', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_session_tokens_expires_at', 'fief_session_tokens', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_session_tokens_token', 'fief_session_tokens', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_session_tokens_updated_at', 'fief_session_tokens', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_tenants_created_at', 'fief_tenants', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_tenants_updated_at', 'fief_tenants', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_themes_created_at', 'fief_themes', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_themes_updated_at', 'fief_themes', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_user_field_values_created_at', 'fief_user_field_values', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_user_field_values_updated_at', 'fief_user_field_values', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_user_fields_created_at', 'fief_user_fields', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_user_fields_slug', 'fief_user_fields', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_user_fields_type', 'fief_user_fields', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_user_fields_updated_at', 'fief_user_fields', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_user_permissions_created_at', 'fief_user_permissions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_user_permissions_updated_at', 'fief_user_permissions', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_user_roles_created_at', 'fief_user_roles', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_user_roles_updated_at', 'fief_user_roles', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_users_created_at', 'fief_users', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_users_email', 'fief_users', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_users_email_lower', 'fief_users', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_users_email_verified', 'fief_users', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_users_updated_at', 'fief_users', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_webhook_logs_created_at', 'fief_webhook_logs', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_webhook_logs_updated_at', 'fief_webhook_logs', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_webhooks_created_at', 'fief_webhooks', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_fief_webhooks_updated_at', 'fief_webhooks', (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')),
      ('ix_workspace_users_created_at', 'workspace_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('ix_workspace_users_updated_at', 'workspace_users', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('ix_workspaces_alembic_revision', 'workspaces', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('ix_workspaces_created_at', 'workspaces', (SELECT oid FROM pg_namespace WHERE nspname = current_schema())),
      ('ix_workspaces_updated_at', 'workspaces', (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))) v(name, tbl, nsp)
    JOIN pg_class c ON c.relname = v.name AND c.relnamespace = v.nsp
    LEFT JOIN pg_index x ON x.indexrelid = c.oid
    LEFT JOIN pg_class t ON t.oid = x.indrelid
    WHERE NOT (c.relkind IN ('i', 'I') AND t.relname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces'))
    ORDER BY v.name LIMIT 1;
  IF m IS NOT NULL THEN
    RAISE EXCEPTION '%', 'plan stopped: ' || m;
  END IF;
END
$plan$;

-- ================================================================================================
-- fief 0 → 0.27: Fresh install of the schema Fief 0.27.0's two Alembic chains leave: the 5 main tables (admin_api_key, admin_session_tokens, alembic_version, workspace_users, workspaces; main chain at c8cf076d3ffa) in the main schema/database on PostgreSQL and MySQL, and the workspace's 28 tables (27 from revision 6c06c7d908a7 with table prefix fief_, plus fief_alembic_version) and 3 enum types in the workspace's own schema (PostgreSQL) or database (MySQL); on SQLite the workspace file only
-- source: plans/fief/0-0.27.yaml
-- ================================================================================================
-- 0 → 0.27 · 1/126 · create table alembic_version
-- locks: alembic_version: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('alembic_version'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".alembic_version')) IS NULL THEN
    CREATE TABLE alembic_version (
      version_num VARCHAR(32) NOT NULL,
      CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 2/126 · create enum type databasetype
-- locks: no table (a type or a schema)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = 'databasetype' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) = 'ENUM (''POSTGRESQL'', ''MYSQL'', ''SQLITE'')') THEN
    CREATE TYPE databasetype AS ENUM ('POSTGRESQL', 'MYSQL', 'SQLITE');
  END IF;
END
$plan$;

-- 0 → 0.27 · 3/126 · create table admin_session_tokens
-- locks: admin_session_tokens: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('admin_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_session_tokens')) IS NULL THEN
    CREATE TABLE admin_session_tokens (
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      token VARCHAR(255) NOT NULL,
      raw_tokens TEXT NOT NULL,
      raw_userinfo TEXT NOT NULL,
      CONSTRAINT admin_session_tokens_pkey PRIMARY KEY (id),
      CONSTRAINT admin_session_tokens_token_key UNIQUE (token)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 4/126 · create index ix_admin_session_tokens_created_at on admin_session_tokens
-- locks: admin_session_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('admin_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_session_tokens')) AND c.relname = 'ix_admin_session_tokens_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_admin_session_tokens_created_at ON admin_session_tokens USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_admin_session_tokens_created_at;
    CREATE INDEX ix_admin_session_tokens_created_at ON admin_session_tokens (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 5/126 · create index ix_admin_session_tokens_updated_at on admin_session_tokens
-- locks: admin_session_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('admin_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_session_tokens')) AND c.relname = 'ix_admin_session_tokens_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_admin_session_tokens_updated_at ON admin_session_tokens USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_admin_session_tokens_updated_at;
    CREATE INDEX ix_admin_session_tokens_updated_at ON admin_session_tokens (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 6/126 · create table workspaces
-- locks: workspaces: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('workspaces'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspaces')) IS NULL THEN
    CREATE TABLE workspaces (
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      name VARCHAR(255) NOT NULL,
      domain VARCHAR(255) NOT NULL,
      database_type databasetype,
      database_host TEXT,
      database_port TEXT,
      database_username TEXT,
      database_password TEXT,
      database_name TEXT,
      alembic_revision VARCHAR(255),
      database_ssl_mode TEXT,
      users_count INTEGER NOT NULL DEFAULT 0,
      database_use_schema BOOLEAN NOT NULL,
      database_table_prefix VARCHAR(255) NOT NULL,
      CONSTRAINT workspaces_pkey PRIMARY KEY (id)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 7/126 · create index ix_workspaces_created_at on workspaces
-- locks: workspaces: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('workspaces'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspaces')) AND c.relname = 'ix_workspaces_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_workspaces_created_at ON workspaces USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_workspaces_created_at;
    CREATE INDEX ix_workspaces_created_at ON workspaces (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 8/126 · create index ix_workspaces_updated_at on workspaces
-- locks: workspaces: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('workspaces'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspaces')) AND c.relname = 'ix_workspaces_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_workspaces_updated_at ON workspaces USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_workspaces_updated_at;
    CREATE INDEX ix_workspaces_updated_at ON workspaces (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 9/126 · create index ix_workspaces_alembic_revision on workspaces
-- locks: workspaces: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('workspaces'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspaces')) AND c.relname = 'ix_workspaces_alembic_revision' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_workspaces_alembic_revision ON workspaces USING btree (alembic_revision)') THEN
    DROP INDEX IF EXISTS ix_workspaces_alembic_revision;
    CREATE INDEX ix_workspaces_alembic_revision ON workspaces (alembic_revision);
  END IF;
END
$plan$;

-- 0 → 0.27 · 10/126 · create table admin_api_key
-- locks: admin_api_key: new in this script | workspaces: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('admin_api_key'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_api_key')) IS NULL THEN
    CREATE TABLE admin_api_key (
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      name VARCHAR(255) NOT NULL,
      token VARCHAR(255) NOT NULL,
      workspace_id UUID NOT NULL,
      CONSTRAINT admin_api_key_pkey PRIMARY KEY (id),
      CONSTRAINT admin_api_key_token_key UNIQUE (token),
      CONSTRAINT admin_api_key_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 11/126 · create index ix_admin_api_key_created_at on admin_api_key
-- locks: admin_api_key: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('admin_api_key'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_api_key')) AND c.relname = 'ix_admin_api_key_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_admin_api_key_created_at ON admin_api_key USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_admin_api_key_created_at;
    CREATE INDEX ix_admin_api_key_created_at ON admin_api_key (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 12/126 · create index ix_admin_api_key_updated_at on admin_api_key
-- locks: admin_api_key: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('admin_api_key'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_api_key')) AND c.relname = 'ix_admin_api_key_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_admin_api_key_updated_at ON admin_api_key USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_admin_api_key_updated_at;
    CREATE INDEX ix_admin_api_key_updated_at ON admin_api_key (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 13/126 · create table workspace_users
-- locks: workspace_users: new in this script | workspaces: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('workspace_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspace_users')) IS NULL THEN
    CREATE TABLE workspace_users (
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      workspace_id UUID NOT NULL,
      user_id UUID NOT NULL,
      CONSTRAINT workspace_users_pkey PRIMARY KEY (id),
      CONSTRAINT workspace_users_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 14/126 · create index ix_workspace_users_created_at on workspace_users
-- locks: workspace_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('workspace_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspace_users')) AND c.relname = 'ix_workspace_users_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_workspace_users_created_at ON workspace_users USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_workspace_users_created_at;
    CREATE INDEX ix_workspace_users_created_at ON workspace_users (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 15/126 · create index ix_workspace_users_updated_at on workspace_users
-- locks: workspace_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('workspace_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspace_users')) AND c.relname = 'ix_workspace_users_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_workspace_users_updated_at ON workspace_users USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_workspace_users_updated_at;
    CREATE INDEX ix_workspace_users_updated_at ON workspace_users (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 16/126 · create table fief_alembic_version
-- locks: fief_alembic_version: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_alembic_version') IS NOT NULL AND to_regclass('fief_alembic_version') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_alembic_version: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_alembic_version'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_alembic_version')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_alembic_version (
      version_num VARCHAR(32) NOT NULL,
      CONSTRAINT fief_alembic_version_pkc PRIMARY KEY (version_num)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 17/126 · create table fief_audit_logs
-- locks: fief_audit_logs: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs') IS NOT NULL AND to_regclass('fief_audit_logs') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_audit_logs: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_audit_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs (
      "timestamp" TIMESTAMPTZ NOT NULL,
      level VARCHAR(255) NOT NULL,
      message TEXT NOT NULL,
      extra JSON,
      subject_user_id UUID,
      object_id UUID,
      object_class VARCHAR(255),
      admin_user_id UUID,
      admin_api_key_id UUID,
      id UUID NOT NULL,
      CONSTRAINT fief_audit_logs_pkey PRIMARY KEY (id)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 18/126 · create index ix_fief_audit_logs_admin_api_key_id on fief_audit_logs
-- locks: fief_audit_logs: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_audit_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs')) AND c.relname = 'ix_fief_audit_logs_admin_api_key_id' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_audit_logs_admin_api_key_id ON fief_audit_logs USING btree (admin_api_key_id)') THEN
    DROP INDEX IF EXISTS ix_fief_audit_logs_admin_api_key_id;
    CREATE INDEX ix_fief_audit_logs_admin_api_key_id ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs (admin_api_key_id);
  END IF;
END
$plan$;

-- 0 → 0.27 · 19/126 · create index ix_fief_audit_logs_admin_user_id on fief_audit_logs
-- locks: fief_audit_logs: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_audit_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs')) AND c.relname = 'ix_fief_audit_logs_admin_user_id' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_audit_logs_admin_user_id ON fief_audit_logs USING btree (admin_user_id)') THEN
    DROP INDEX IF EXISTS ix_fief_audit_logs_admin_user_id;
    CREATE INDEX ix_fief_audit_logs_admin_user_id ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs (admin_user_id);
  END IF;
END
$plan$;

-- 0 → 0.27 · 20/126 · create index ix_fief_audit_logs_level on fief_audit_logs
-- locks: fief_audit_logs: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_audit_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs')) AND c.relname = 'ix_fief_audit_logs_level' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_audit_logs_level ON fief_audit_logs USING btree (level)') THEN
    DROP INDEX IF EXISTS ix_fief_audit_logs_level;
    CREATE INDEX ix_fief_audit_logs_level ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs (level);
  END IF;
END
$plan$;

-- 0 → 0.27 · 21/126 · create index ix_fief_audit_logs_object_class on fief_audit_logs
-- locks: fief_audit_logs: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_audit_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs')) AND c.relname = 'ix_fief_audit_logs_object_class' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_audit_logs_object_class ON fief_audit_logs USING btree (object_class)') THEN
    DROP INDEX IF EXISTS ix_fief_audit_logs_object_class;
    CREATE INDEX ix_fief_audit_logs_object_class ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs (object_class);
  END IF;
END
$plan$;

-- 0 → 0.27 · 22/126 · create index ix_fief_audit_logs_object_id on fief_audit_logs
-- locks: fief_audit_logs: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_audit_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs')) AND c.relname = 'ix_fief_audit_logs_object_id' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_audit_logs_object_id ON fief_audit_logs USING btree (object_id)') THEN
    DROP INDEX IF EXISTS ix_fief_audit_logs_object_id;
    CREATE INDEX ix_fief_audit_logs_object_id ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs (object_id);
  END IF;
END
$plan$;

-- 0 → 0.27 · 23/126 · create index ix_fief_audit_logs_subject_user_id on fief_audit_logs
-- locks: fief_audit_logs: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_audit_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs')) AND c.relname = 'ix_fief_audit_logs_subject_user_id' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_audit_logs_subject_user_id ON fief_audit_logs USING btree (subject_user_id)') THEN
    DROP INDEX IF EXISTS ix_fief_audit_logs_subject_user_id;
    CREATE INDEX ix_fief_audit_logs_subject_user_id ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs (subject_user_id);
  END IF;
END
$plan$;

-- 0 → 0.27 · 24/126 · create index ix_fief_audit_logs_timestamp on fief_audit_logs
-- locks: fief_audit_logs: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_audit_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs')) AND c.relname = 'ix_fief_audit_logs_timestamp' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_audit_logs_timestamp ON fief_audit_logs USING btree ("timestamp")') THEN
    DROP INDEX IF EXISTS ix_fief_audit_logs_timestamp;
    CREATE INDEX ix_fief_audit_logs_timestamp ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_audit_logs ("timestamp");
  END IF;
END
$plan$;

-- 0 → 0.27 · 25/126 · create table fief_email_domains
-- locks: fief_email_domains: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_domains') IS NOT NULL AND to_regclass('fief_email_domains') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_email_domains: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_email_domains'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_domains')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_domains (
      email_provider VARCHAR(255) NOT NULL,
      domain_id VARCHAR(255) NOT NULL,
      domain VARCHAR(255) NOT NULL,
      records JSON NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_email_domains_pkey PRIMARY KEY (id),
      CONSTRAINT fief_email_domains_domain_key UNIQUE (domain)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 26/126 · create index ix_fief_email_domains_created_at on fief_email_domains
-- locks: fief_email_domains: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_email_domains'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_domains')) AND c.relname = 'ix_fief_email_domains_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_email_domains_created_at ON fief_email_domains USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_email_domains_created_at;
    CREATE INDEX ix_fief_email_domains_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_domains (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 27/126 · create index ix_fief_email_domains_updated_at on fief_email_domains
-- locks: fief_email_domains: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_email_domains'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_domains')) AND c.relname = 'ix_fief_email_domains_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_email_domains_updated_at ON fief_email_domains USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_email_domains_updated_at;
    CREATE INDEX ix_fief_email_domains_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_domains (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 28/126 · create table fief_email_templates
-- locks: fief_email_templates: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_templates') IS NOT NULL AND to_regclass('fief_email_templates') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_email_templates: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_email_templates'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_templates')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_templates (
      type VARCHAR(255) NOT NULL,
      subject TEXT NOT NULL,
      content TEXT NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_email_templates_pkey PRIMARY KEY (id),
      CONSTRAINT fief_email_templates_type_key UNIQUE (type)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 29/126 · create index ix_fief_email_templates_created_at on fief_email_templates
-- locks: fief_email_templates: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_email_templates'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_templates')) AND c.relname = 'ix_fief_email_templates_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_email_templates_created_at ON fief_email_templates USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_email_templates_created_at;
    CREATE INDEX ix_fief_email_templates_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_templates (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 30/126 · create index ix_fief_email_templates_updated_at on fief_email_templates
-- locks: fief_email_templates: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_email_templates'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_templates')) AND c.relname = 'ix_fief_email_templates_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_email_templates_updated_at ON fief_email_templates USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_email_templates_updated_at;
    CREATE INDEX ix_fief_email_templates_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_templates (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 31/126 · create table fief_oauth_providers
-- locks: fief_oauth_providers: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_providers') IS NOT NULL AND to_regclass('fief_oauth_providers') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_oauth_providers: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_oauth_providers'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_providers')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_providers (
      provider VARCHAR(255) NOT NULL,
      client_id TEXT NOT NULL,
      client_secret TEXT NOT NULL,
      scopes JSON NOT NULL,
      name VARCHAR(255),
      openid_configuration_endpoint TEXT,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_oauth_providers_pkey PRIMARY KEY (id)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 32/126 · create index ix_fief_oauth_providers_created_at on fief_oauth_providers
-- locks: fief_oauth_providers: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_oauth_providers'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_providers')) AND c.relname = 'ix_fief_oauth_providers_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_oauth_providers_created_at ON fief_oauth_providers USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_oauth_providers_created_at;
    CREATE INDEX ix_fief_oauth_providers_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_providers (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 33/126 · create index ix_fief_oauth_providers_updated_at on fief_oauth_providers
-- locks: fief_oauth_providers: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_oauth_providers'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_providers')) AND c.relname = 'ix_fief_oauth_providers_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_oauth_providers_updated_at ON fief_oauth_providers USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_oauth_providers_updated_at;
    CREATE INDEX ix_fief_oauth_providers_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_providers (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 34/126 · create table fief_permissions
-- locks: fief_permissions: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_permissions') IS NOT NULL AND to_regclass('fief_permissions') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_permissions: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_permissions')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_permissions (
      name VARCHAR(255) NOT NULL,
      codename VARCHAR(255) NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_permissions_pkey PRIMARY KEY (id),
      CONSTRAINT fief_permissions_codename_key UNIQUE (codename)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 35/126 · create index ix_fief_permissions_created_at on fief_permissions
-- locks: fief_permissions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_permissions')) AND c.relname = 'ix_fief_permissions_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_permissions_created_at ON fief_permissions USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_permissions_created_at;
    CREATE INDEX ix_fief_permissions_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_permissions (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 36/126 · create index ix_fief_permissions_updated_at on fief_permissions
-- locks: fief_permissions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_permissions')) AND c.relname = 'ix_fief_permissions_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_permissions_updated_at ON fief_permissions USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_permissions_updated_at;
    CREATE INDEX ix_fief_permissions_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_permissions (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 37/126 · create table fief_roles
-- locks: fief_roles: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles') IS NOT NULL AND to_regclass('fief_roles') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_roles: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_roles'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles (
      name VARCHAR(255) NOT NULL,
      granted_by_default BOOLEAN NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_roles_pkey PRIMARY KEY (id)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 38/126 · create index ix_fief_roles_created_at on fief_roles
-- locks: fief_roles: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_roles'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles')) AND c.relname = 'ix_fief_roles_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_roles_created_at ON fief_roles USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_roles_created_at;
    CREATE INDEX ix_fief_roles_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 39/126 · create index ix_fief_roles_updated_at on fief_roles
-- locks: fief_roles: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_roles'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles')) AND c.relname = 'ix_fief_roles_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_roles_updated_at ON fief_roles USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_roles_updated_at;
    CREATE INDEX ix_fief_roles_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 40/126 · create table fief_themes
-- locks: fief_themes: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_themes') IS NOT NULL AND to_regclass('fief_themes') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_themes: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_themes'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_themes')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_themes (
      name VARCHAR(255) NOT NULL,
      "default" BOOLEAN NOT NULL,
      primary_color VARCHAR(255) NOT NULL,
      primary_color_hover VARCHAR(255) NOT NULL,
      primary_color_light VARCHAR(255) NOT NULL,
      input_color VARCHAR(255) NOT NULL,
      input_color_background VARCHAR(255) NOT NULL,
      light_color VARCHAR(255) NOT NULL,
      light_color_hover VARCHAR(255) NOT NULL,
      text_color VARCHAR(255) NOT NULL,
      accent_color VARCHAR(255) NOT NULL,
      background_color VARCHAR(255) NOT NULL,
      font_size INTEGER NOT NULL,
      font_family VARCHAR(255) NOT NULL,
      font_css_url VARCHAR(512),
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_themes_pkey PRIMARY KEY (id)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 41/126 · create index ix_fief_themes_created_at on fief_themes
-- locks: fief_themes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_themes'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_themes')) AND c.relname = 'ix_fief_themes_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_themes_created_at ON fief_themes USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_themes_created_at;
    CREATE INDEX ix_fief_themes_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_themes (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 42/126 · create index ix_fief_themes_updated_at on fief_themes
-- locks: fief_themes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_themes'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_themes')) AND c.relname = 'ix_fief_themes_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_themes_updated_at ON fief_themes USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_themes_updated_at;
    CREATE INDEX ix_fief_themes_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_themes (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 43/126 · create enum type fief_userfieldtype
-- locks: no table (a type or a schema)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = 'fief_userfieldtype' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') AND (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) = 'ENUM (''STRING'', ''INTEGER'', ''BOOLEAN'', ''DATE'', ''DATETIME'', ''CHOICE'', ''PHONE_NUMBER'', ''ADDRESS'', ''TIMEZONE'')') THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: no table (a type or a schema)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = 'fief_userfieldtype' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') AND (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) = 'ENUM (''STRING'', ''INTEGER'', ''BOOLEAN'', ''DATE'', ''DATETIME'', ''CHOICE'', ''PHONE_NUMBER'', ''ADDRESS'', ''TIMEZONE'')') THEN
    CREATE TYPE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_userfieldtype AS ENUM ('STRING', 'INTEGER', 'BOOLEAN', 'DATE', 'DATETIME', 'CHOICE', 'PHONE_NUMBER', 'ADDRESS', 'TIMEZONE');
  END IF;
END
$plan$;

-- 0 → 0.27 · 44/126 · create table fief_user_fields
-- locks: fief_user_fields: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields') IS NOT NULL AND to_regclass('fief_user_fields') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_user_fields: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_user_fields'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields (
      name VARCHAR(320) NOT NULL,
      slug VARCHAR(320) NOT NULL,
      type "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_userfieldtype,
      configuration JSON NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_user_fields_pkey PRIMARY KEY (id)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 45/126 · create index ix_fief_user_fields_created_at on fief_user_fields
-- locks: fief_user_fields: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_user_fields'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields')) AND c.relname = 'ix_fief_user_fields_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_user_fields_created_at ON fief_user_fields USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_user_fields_created_at;
    CREATE INDEX ix_fief_user_fields_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 46/126 · create index ix_fief_user_fields_slug on fief_user_fields
-- locks: fief_user_fields: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_user_fields'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields')) AND c.relname = 'ix_fief_user_fields_slug' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE UNIQUE INDEX ix_fief_user_fields_slug ON fief_user_fields USING btree (slug)') THEN
    DROP INDEX IF EXISTS ix_fief_user_fields_slug;
    CREATE UNIQUE INDEX ix_fief_user_fields_slug ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields (slug);
  END IF;
END
$plan$;

-- 0 → 0.27 · 47/126 · create index ix_fief_user_fields_type on fief_user_fields
-- locks: fief_user_fields: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_user_fields'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields')) AND c.relname = 'ix_fief_user_fields_type' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_user_fields_type ON fief_user_fields USING btree (type)') THEN
    DROP INDEX IF EXISTS ix_fief_user_fields_type;
    CREATE INDEX ix_fief_user_fields_type ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields (type);
  END IF;
END
$plan$;

-- 0 → 0.27 · 48/126 · create index ix_fief_user_fields_updated_at on fief_user_fields
-- locks: fief_user_fields: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_user_fields'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields')) AND c.relname = 'ix_fief_user_fields_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_user_fields_updated_at ON fief_user_fields USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_user_fields_updated_at;
    CREATE INDEX ix_fief_user_fields_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 49/126 · create table fief_webhooks
-- locks: fief_webhooks: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhooks') IS NOT NULL AND to_regclass('fief_webhooks') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_webhooks: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_webhooks'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhooks')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhooks (
      url VARCHAR(255) NOT NULL,
      secret VARCHAR(255) NOT NULL,
      events JSON NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_webhooks_pkey PRIMARY KEY (id)
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 50/126 · create index ix_fief_webhooks_created_at on fief_webhooks
-- locks: fief_webhooks: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_webhooks'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhooks')) AND c.relname = 'ix_fief_webhooks_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_webhooks_created_at ON fief_webhooks USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_webhooks_created_at;
    CREATE INDEX ix_fief_webhooks_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhooks (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 51/126 · create index ix_fief_webhooks_updated_at on fief_webhooks
-- locks: fief_webhooks: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_webhooks'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhooks')) AND c.relname = 'ix_fief_webhooks_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_webhooks_updated_at ON fief_webhooks USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_webhooks_updated_at;
    CREATE INDEX ix_fief_webhooks_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhooks (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 52/126 · create table fief_roles_permissions
-- locks: fief_roles_permissions: new in this script | fief_permissions: new in this script | fief_roles: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles_permissions') IS NOT NULL AND to_regclass('fief_roles_permissions') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_roles_permissions: new in this script | fief_permissions: new in this script | fief_roles: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_roles_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles_permissions')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles_permissions (
      role_id UUID NOT NULL,
      permission_id UUID NOT NULL,
      CONSTRAINT fief_roles_permissions_pkey PRIMARY KEY (role_id, permission_id),
      CONSTRAINT fief_roles_permissions_permission_id_fkey FOREIGN KEY (permission_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_permissions (id) ON DELETE CASCADE,
      CONSTRAINT fief_roles_permissions_role_id_fkey FOREIGN KEY (role_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 53/126 · create table fief_tenants
-- locks: fief_tenants: new in this script | fief_email_domains: new in this script | fief_themes: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants') IS NOT NULL AND to_regclass('fief_tenants') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_tenants: new in this script | fief_email_domains: new in this script | fief_themes: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_tenants'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants (
      name VARCHAR(255) NOT NULL,
      slug VARCHAR(255) NOT NULL,
      "default" BOOLEAN NOT NULL,
      sign_jwk TEXT NOT NULL,
      registration_allowed BOOLEAN NOT NULL,
      application_url VARCHAR(512),
      theme_id UUID,
      logo_url VARCHAR(512),
      email_from_email VARCHAR(255),
      email_from_name VARCHAR(255),
      email_domain_id UUID,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_tenants_pkey PRIMARY KEY (id),
      CONSTRAINT fief_tenants_slug_key UNIQUE (slug),
      CONSTRAINT fief_tenants_email_domain_id_fkey FOREIGN KEY (email_domain_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_domains (id) ON DELETE SET NULL,
      CONSTRAINT fief_tenants_theme_id_fkey FOREIGN KEY (theme_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_themes (id) ON DELETE SET NULL
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 54/126 · create index ix_fief_tenants_created_at on fief_tenants
-- locks: fief_tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_tenants'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants')) AND c.relname = 'ix_fief_tenants_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_tenants_created_at ON fief_tenants USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_tenants_created_at;
    CREATE INDEX ix_fief_tenants_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 55/126 · create index ix_fief_tenants_updated_at on fief_tenants
-- locks: fief_tenants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_tenants'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants')) AND c.relname = 'ix_fief_tenants_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_tenants_updated_at ON fief_tenants USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_tenants_updated_at;
    CREATE INDEX ix_fief_tenants_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 56/126 · create table fief_webhook_logs
-- locks: fief_webhook_logs: new in this script | fief_webhooks: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhook_logs') IS NOT NULL AND to_regclass('fief_webhook_logs') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_webhook_logs: new in this script | fief_webhooks: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_webhook_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhook_logs')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhook_logs (
      webhook_id UUID NOT NULL,
      event VARCHAR(255) NOT NULL,
      attempt INTEGER NOT NULL,
      payload TEXT NOT NULL,
      success BOOLEAN NOT NULL,
      response TEXT,
      error_type VARCHAR(255),
      error_message TEXT,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_webhook_logs_pkey PRIMARY KEY (id),
      CONSTRAINT fief_webhook_logs_webhook_id_fkey FOREIGN KEY (webhook_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhooks (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 57/126 · create index ix_fief_webhook_logs_created_at on fief_webhook_logs
-- locks: fief_webhook_logs: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_webhook_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhook_logs')) AND c.relname = 'ix_fief_webhook_logs_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_webhook_logs_created_at ON fief_webhook_logs USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_webhook_logs_created_at;
    CREATE INDEX ix_fief_webhook_logs_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhook_logs (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 58/126 · create index ix_fief_webhook_logs_updated_at on fief_webhook_logs
-- locks: fief_webhook_logs: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_webhook_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhook_logs')) AND c.relname = 'ix_fief_webhook_logs_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_webhook_logs_updated_at ON fief_webhook_logs USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_webhook_logs_updated_at;
    CREATE INDEX ix_fief_webhook_logs_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhook_logs (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 59/126 · create enum type fief_clienttype
-- locks: no table (a type or a schema)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = 'fief_clienttype' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') AND (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) = 'ENUM (''public'', ''confidential'')') THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: no table (a type or a schema)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = 'fief_clienttype' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') AND (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) = 'ENUM (''public'', ''confidential'')') THEN
    CREATE TYPE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clienttype AS ENUM ('public', 'confidential');
  END IF;
END
$plan$;

-- 0 → 0.27 · 60/126 · create table fief_clients
-- locks: fief_clients: new in this script | fief_tenants: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients') IS NOT NULL AND to_regclass('fief_clients') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_clients: new in this script | fief_tenants: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_clients'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients (
      name VARCHAR(255) NOT NULL,
      first_party BOOLEAN NOT NULL,
      client_type "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clienttype NOT NULL DEFAULT 'confidential',
      client_id VARCHAR(255) NOT NULL,
      client_secret VARCHAR(255) NOT NULL,
      redirect_uris JSON NOT NULL,
      encrypt_jwk TEXT,
      authorization_code_lifetime_seconds INTEGER NOT NULL,
      access_id_token_lifetime_seconds INTEGER NOT NULL,
      refresh_token_lifetime_seconds INTEGER NOT NULL,
      tenant_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_clients_pkey PRIMARY KEY (id),
      CONSTRAINT fief_clients_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 61/126 · create index ix_fief_clients_client_id on fief_clients
-- locks: fief_clients: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_clients'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients')) AND c.relname = 'ix_fief_clients_client_id' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_clients_client_id ON fief_clients USING btree (client_id)') THEN
    DROP INDEX IF EXISTS ix_fief_clients_client_id;
    CREATE INDEX ix_fief_clients_client_id ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients (client_id);
  END IF;
END
$plan$;

-- 0 → 0.27 · 62/126 · create index ix_fief_clients_client_secret on fief_clients
-- locks: fief_clients: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_clients'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients')) AND c.relname = 'ix_fief_clients_client_secret' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_clients_client_secret ON fief_clients USING btree (client_secret)') THEN
    DROP INDEX IF EXISTS ix_fief_clients_client_secret;
    CREATE INDEX ix_fief_clients_client_secret ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients (client_secret);
  END IF;
END
$plan$;

-- 0 → 0.27 · 63/126 · create index ix_fief_clients_created_at on fief_clients
-- locks: fief_clients: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_clients'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients')) AND c.relname = 'ix_fief_clients_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_clients_created_at ON fief_clients USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_clients_created_at;
    CREATE INDEX ix_fief_clients_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 64/126 · create index ix_fief_clients_updated_at on fief_clients
-- locks: fief_clients: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_clients'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients')) AND c.relname = 'ix_fief_clients_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_clients_updated_at ON fief_clients USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_clients_updated_at;
    CREATE INDEX ix_fief_clients_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 65/126 · create table fief_tenants_oauth_providers
-- locks: fief_tenants_oauth_providers: new in this script | fief_oauth_providers: new in this script | fief_tenants: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants_oauth_providers') IS NOT NULL AND to_regclass('fief_tenants_oauth_providers') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_tenants_oauth_providers: new in this script | fief_oauth_providers: new in this script | fief_tenants: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_tenants_oauth_providers'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants_oauth_providers')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants_oauth_providers (
      tenant_id UUID NOT NULL,
      oauth_provider_id UUID NOT NULL,
      CONSTRAINT fief_tenants_oauth_providers_pkey PRIMARY KEY (tenant_id, oauth_provider_id),
      CONSTRAINT fief_tenants_oauth_providers_oauth_provider_id_fkey FOREIGN KEY (oauth_provider_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_providers (id) ON DELETE CASCADE,
      CONSTRAINT fief_tenants_oauth_providers_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 66/126 · create table fief_users
-- locks: fief_users: new in this script | fief_tenants: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users') IS NOT NULL AND to_regclass('fief_users') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_users: new in this script | fief_tenants: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (
      email VARCHAR(320) NOT NULL,
      email_lower VARCHAR(320) NOT NULL,
      email_verified BOOLEAN NOT NULL,
      hashed_password VARCHAR(255) NOT NULL,
      is_active BOOLEAN NOT NULL,
      tenant_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_users_pkey PRIMARY KEY (id),
      CONSTRAINT fief_users_email_tenant_id_key UNIQUE (email, tenant_id),
      CONSTRAINT fief_users_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 67/126 · create index ix_fief_users_created_at on fief_users
-- locks: fief_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users')) AND c.relname = 'ix_fief_users_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_users_created_at ON fief_users USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_users_created_at;
    CREATE INDEX ix_fief_users_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 68/126 · create index ix_fief_users_email on fief_users
-- locks: fief_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users')) AND c.relname = 'ix_fief_users_email' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_users_email ON fief_users USING btree (email)') THEN
    DROP INDEX IF EXISTS ix_fief_users_email;
    CREATE INDEX ix_fief_users_email ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (email);
  END IF;
END
$plan$;

-- 0 → 0.27 · 69/126 · create index ix_fief_users_email_lower on fief_users
-- locks: fief_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users')) AND c.relname = 'ix_fief_users_email_lower' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_users_email_lower ON fief_users USING btree (email_lower)') THEN
    DROP INDEX IF EXISTS ix_fief_users_email_lower;
    CREATE INDEX ix_fief_users_email_lower ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (email_lower);
  END IF;
END
$plan$;

-- 0 → 0.27 · 70/126 · create index ix_fief_users_email_verified on fief_users
-- locks: fief_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users')) AND c.relname = 'ix_fief_users_email_verified' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_users_email_verified ON fief_users USING btree (email_verified)') THEN
    DROP INDEX IF EXISTS ix_fief_users_email_verified;
    CREATE INDEX ix_fief_users_email_verified ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (email_verified);
  END IF;
END
$plan$;

-- 0 → 0.27 · 71/126 · create index ix_fief_users_updated_at on fief_users
-- locks: fief_users: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users')) AND c.relname = 'ix_fief_users_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_users_updated_at ON fief_users USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_users_updated_at;
    CREATE INDEX ix_fief_users_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 72/126 · create enum type fief_acr
-- locks: no table (a type or a schema)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = 'fief_acr' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') AND (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) = 'ENUM (''0'', ''1'')') THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: no table (a type or a schema)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = 'fief_acr' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') AND (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) = 'ENUM (''0'', ''1'')') THEN
    CREATE TYPE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_acr AS ENUM ('0', '1');
  END IF;
END
$plan$;

-- 0 → 0.27 · 73/126 · create table fief_authorization_codes
-- locks: fief_authorization_codes: new in this script | fief_clients: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes') IS NOT NULL AND to_regclass('fief_authorization_codes') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_authorization_codes: new in this script | fief_clients: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_authorization_codes'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes (
      code VARCHAR(255) NOT NULL,
      c_hash VARCHAR(255) NOT NULL,
      redirect_uri VARCHAR(2048) NOT NULL,
      scope JSON NOT NULL,
      authenticated_at TIMESTAMPTZ NOT NULL,
      nonce VARCHAR(255),
      acr "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_acr NOT NULL,
      code_challenge VARCHAR(255),
      code_challenge_method VARCHAR(255),
      user_id UUID NOT NULL,
      client_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      expires_at TIMESTAMPTZ NOT NULL,
      CONSTRAINT fief_authorization_codes_pkey PRIMARY KEY (id),
      CONSTRAINT fief_authorization_codes_client_id_fkey FOREIGN KEY (client_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients (id) ON DELETE CASCADE,
      CONSTRAINT fief_authorization_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 74/126 · create index ix_fief_authorization_codes_code on fief_authorization_codes
-- locks: fief_authorization_codes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_authorization_codes'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes')) AND c.relname = 'ix_fief_authorization_codes_code' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE UNIQUE INDEX ix_fief_authorization_codes_code ON fief_authorization_codes USING btree (code)') THEN
    DROP INDEX IF EXISTS ix_fief_authorization_codes_code;
    CREATE UNIQUE INDEX ix_fief_authorization_codes_code ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes (code);
  END IF;
END
$plan$;

-- 0 → 0.27 · 75/126 · create index ix_fief_authorization_codes_created_at on fief_authorization_codes
-- locks: fief_authorization_codes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_authorization_codes'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes')) AND c.relname = 'ix_fief_authorization_codes_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_authorization_codes_created_at ON fief_authorization_codes USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_authorization_codes_created_at;
    CREATE INDEX ix_fief_authorization_codes_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 76/126 · create index ix_fief_authorization_codes_expires_at on fief_authorization_codes
-- locks: fief_authorization_codes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_authorization_codes'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes')) AND c.relname = 'ix_fief_authorization_codes_expires_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_authorization_codes_expires_at ON fief_authorization_codes USING btree (expires_at)') THEN
    DROP INDEX IF EXISTS ix_fief_authorization_codes_expires_at;
    CREATE INDEX ix_fief_authorization_codes_expires_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes (expires_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 77/126 · create index ix_fief_authorization_codes_updated_at on fief_authorization_codes
-- locks: fief_authorization_codes: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_authorization_codes'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes')) AND c.relname = 'ix_fief_authorization_codes_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_authorization_codes_updated_at ON fief_authorization_codes USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_authorization_codes_updated_at;
    CREATE INDEX ix_fief_authorization_codes_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 78/126 · create table fief_email_verifications
-- locks: fief_email_verifications: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications') IS NOT NULL AND to_regclass('fief_email_verifications') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_email_verifications: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_email_verifications'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications (
      code VARCHAR(255) NOT NULL,
      email VARCHAR(320) NOT NULL,
      user_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      expires_at TIMESTAMPTZ NOT NULL,
      CONSTRAINT fief_email_verifications_pkey PRIMARY KEY (id),
      CONSTRAINT fief_email_verifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 79/126 · create index ix_fief_email_verifications_code on fief_email_verifications
-- locks: fief_email_verifications: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_email_verifications'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications')) AND c.relname = 'ix_fief_email_verifications_code' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE UNIQUE INDEX ix_fief_email_verifications_code ON fief_email_verifications USING btree (code)') THEN
    DROP INDEX IF EXISTS ix_fief_email_verifications_code;
    CREATE UNIQUE INDEX ix_fief_email_verifications_code ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications (code);
  END IF;
END
$plan$;

-- 0 → 0.27 · 80/126 · create index ix_fief_email_verifications_created_at on fief_email_verifications
-- locks: fief_email_verifications: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_email_verifications'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications')) AND c.relname = 'ix_fief_email_verifications_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_email_verifications_created_at ON fief_email_verifications USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_email_verifications_created_at;
    CREATE INDEX ix_fief_email_verifications_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 81/126 · create index ix_fief_email_verifications_email on fief_email_verifications
-- locks: fief_email_verifications: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_email_verifications'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications')) AND c.relname = 'ix_fief_email_verifications_email' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_email_verifications_email ON fief_email_verifications USING btree (email)') THEN
    DROP INDEX IF EXISTS ix_fief_email_verifications_email;
    CREATE INDEX ix_fief_email_verifications_email ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications (email);
  END IF;
END
$plan$;

-- 0 → 0.27 · 82/126 · create index ix_fief_email_verifications_expires_at on fief_email_verifications
-- locks: fief_email_verifications: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_email_verifications'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications')) AND c.relname = 'ix_fief_email_verifications_expires_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_email_verifications_expires_at ON fief_email_verifications USING btree (expires_at)') THEN
    DROP INDEX IF EXISTS ix_fief_email_verifications_expires_at;
    CREATE INDEX ix_fief_email_verifications_expires_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications (expires_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 83/126 · create index ix_fief_email_verifications_updated_at on fief_email_verifications
-- locks: fief_email_verifications: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_email_verifications'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications')) AND c.relname = 'ix_fief_email_verifications_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_email_verifications_updated_at ON fief_email_verifications USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_email_verifications_updated_at;
    CREATE INDEX ix_fief_email_verifications_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 84/126 · create table fief_grants
-- locks: fief_grants: new in this script | fief_clients: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_grants') IS NOT NULL AND to_regclass('fief_grants') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_grants: new in this script | fief_clients: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_grants'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_grants')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_grants (
      scope JSON NOT NULL,
      user_id UUID NOT NULL,
      client_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_grants_pkey PRIMARY KEY (id),
      CONSTRAINT fief_grants_user_id_client_id_key UNIQUE (user_id, client_id),
      CONSTRAINT fief_grants_client_id_fkey FOREIGN KEY (client_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients (id) ON DELETE CASCADE,
      CONSTRAINT fief_grants_user_id_fkey FOREIGN KEY (user_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 85/126 · create index ix_fief_grants_created_at on fief_grants
-- locks: fief_grants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_grants'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_grants')) AND c.relname = 'ix_fief_grants_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_grants_created_at ON fief_grants USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_grants_created_at;
    CREATE INDEX ix_fief_grants_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_grants (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 86/126 · create index ix_fief_grants_updated_at on fief_grants
-- locks: fief_grants: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_grants'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_grants')) AND c.relname = 'ix_fief_grants_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_grants_updated_at ON fief_grants USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_grants_updated_at;
    CREATE INDEX ix_fief_grants_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_grants (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 87/126 · create table fief_login_sessions
-- locks: fief_login_sessions: new in this script | fief_clients: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions') IS NOT NULL AND to_regclass('fief_login_sessions') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_login_sessions: new in this script | fief_clients: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_login_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions (
      token VARCHAR(255) NOT NULL,
      response_type VARCHAR(255) NOT NULL,
      response_mode VARCHAR(255) NOT NULL,
      redirect_uri VARCHAR(2048) NOT NULL,
      scope JSON NOT NULL,
      prompt VARCHAR(255),
      state VARCHAR(2048),
      nonce VARCHAR(255),
      acr "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_acr NOT NULL,
      code_challenge VARCHAR(255),
      code_challenge_method VARCHAR(255),
      client_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      expires_at TIMESTAMPTZ NOT NULL,
      CONSTRAINT fief_login_sessions_pkey PRIMARY KEY (id),
      CONSTRAINT fief_login_sessions_client_id_fkey FOREIGN KEY (client_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 88/126 · create index ix_fief_login_sessions_created_at on fief_login_sessions
-- locks: fief_login_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_login_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions')) AND c.relname = 'ix_fief_login_sessions_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_login_sessions_created_at ON fief_login_sessions USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_login_sessions_created_at;
    CREATE INDEX ix_fief_login_sessions_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 89/126 · create index ix_fief_login_sessions_expires_at on fief_login_sessions
-- locks: fief_login_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_login_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions')) AND c.relname = 'ix_fief_login_sessions_expires_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_login_sessions_expires_at ON fief_login_sessions USING btree (expires_at)') THEN
    DROP INDEX IF EXISTS ix_fief_login_sessions_expires_at;
    CREATE INDEX ix_fief_login_sessions_expires_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions (expires_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 90/126 · create index ix_fief_login_sessions_token on fief_login_sessions
-- locks: fief_login_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_login_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions')) AND c.relname = 'ix_fief_login_sessions_token' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE UNIQUE INDEX ix_fief_login_sessions_token ON fief_login_sessions USING btree (token)') THEN
    DROP INDEX IF EXISTS ix_fief_login_sessions_token;
    CREATE UNIQUE INDEX ix_fief_login_sessions_token ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions (token);
  END IF;
END
$plan$;

-- 0 → 0.27 · 91/126 · create index ix_fief_login_sessions_updated_at on fief_login_sessions
-- locks: fief_login_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_login_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions')) AND c.relname = 'ix_fief_login_sessions_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_login_sessions_updated_at ON fief_login_sessions USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_login_sessions_updated_at;
    CREATE INDEX ix_fief_login_sessions_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 92/126 · create table fief_oauth_accounts
-- locks: fief_oauth_accounts: new in this script | fief_oauth_providers: new in this script | fief_tenants: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts') IS NOT NULL AND to_regclass('fief_oauth_accounts') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_oauth_accounts: new in this script | fief_oauth_providers: new in this script | fief_tenants: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_oauth_accounts'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts (
      access_token TEXT NOT NULL,
      expires_at TIMESTAMPTZ,
      refresh_token TEXT,
      account_id VARCHAR(512) NOT NULL,
      account_email VARCHAR(512),
      oauth_provider_id UUID NOT NULL,
      user_id UUID,
      tenant_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_oauth_accounts_pkey PRIMARY KEY (id),
      CONSTRAINT fief_oauth_accounts_oauth_provider_id_user_id_key UNIQUE (oauth_provider_id, user_id),
      CONSTRAINT fief_oauth_accounts_oauth_provider_id_fkey FOREIGN KEY (oauth_provider_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_providers (id) ON DELETE CASCADE,
      CONSTRAINT fief_oauth_accounts_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants (id) ON DELETE CASCADE,
      CONSTRAINT fief_oauth_accounts_user_id_fkey FOREIGN KEY (user_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 93/126 · create index ix_fief_oauth_accounts_account_id on fief_oauth_accounts
-- locks: fief_oauth_accounts: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_oauth_accounts'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts')) AND c.relname = 'ix_fief_oauth_accounts_account_id' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_oauth_accounts_account_id ON fief_oauth_accounts USING btree (account_id)') THEN
    DROP INDEX IF EXISTS ix_fief_oauth_accounts_account_id;
    CREATE INDEX ix_fief_oauth_accounts_account_id ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts (account_id);
  END IF;
END
$plan$;

-- 0 → 0.27 · 94/126 · create index ix_fief_oauth_accounts_created_at on fief_oauth_accounts
-- locks: fief_oauth_accounts: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_oauth_accounts'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts')) AND c.relname = 'ix_fief_oauth_accounts_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_oauth_accounts_created_at ON fief_oauth_accounts USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_oauth_accounts_created_at;
    CREATE INDEX ix_fief_oauth_accounts_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 95/126 · create index ix_fief_oauth_accounts_updated_at on fief_oauth_accounts
-- locks: fief_oauth_accounts: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_oauth_accounts'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts')) AND c.relname = 'ix_fief_oauth_accounts_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_oauth_accounts_updated_at ON fief_oauth_accounts USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_oauth_accounts_updated_at;
    CREATE INDEX ix_fief_oauth_accounts_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 96/126 · create table fief_refresh_tokens
-- locks: fief_refresh_tokens: new in this script | fief_clients: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens') IS NOT NULL AND to_regclass('fief_refresh_tokens') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_refresh_tokens: new in this script | fief_clients: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_refresh_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens (
      token VARCHAR(255) NOT NULL,
      scope JSON NOT NULL,
      authenticated_at TIMESTAMPTZ NOT NULL,
      user_id UUID NOT NULL,
      client_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      expires_at TIMESTAMPTZ NOT NULL,
      CONSTRAINT fief_refresh_tokens_pkey PRIMARY KEY (id),
      CONSTRAINT fief_refresh_tokens_client_id_fkey FOREIGN KEY (client_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients (id) ON DELETE CASCADE,
      CONSTRAINT fief_refresh_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 97/126 · create index ix_fief_refresh_tokens_created_at on fief_refresh_tokens
-- locks: fief_refresh_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_refresh_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens')) AND c.relname = 'ix_fief_refresh_tokens_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_refresh_tokens_created_at ON fief_refresh_tokens USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_refresh_tokens_created_at;
    CREATE INDEX ix_fief_refresh_tokens_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 98/126 · create index ix_fief_refresh_tokens_expires_at on fief_refresh_tokens
-- locks: fief_refresh_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_refresh_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens')) AND c.relname = 'ix_fief_refresh_tokens_expires_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_refresh_tokens_expires_at ON fief_refresh_tokens USING btree (expires_at)') THEN
    DROP INDEX IF EXISTS ix_fief_refresh_tokens_expires_at;
    CREATE INDEX ix_fief_refresh_tokens_expires_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens (expires_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 99/126 · create index ix_fief_refresh_tokens_token on fief_refresh_tokens
-- locks: fief_refresh_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_refresh_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens')) AND c.relname = 'ix_fief_refresh_tokens_token' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE UNIQUE INDEX ix_fief_refresh_tokens_token ON fief_refresh_tokens USING btree (token)') THEN
    DROP INDEX IF EXISTS ix_fief_refresh_tokens_token;
    CREATE UNIQUE INDEX ix_fief_refresh_tokens_token ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens (token);
  END IF;
END
$plan$;

-- 0 → 0.27 · 100/126 · create index ix_fief_refresh_tokens_updated_at on fief_refresh_tokens
-- locks: fief_refresh_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_refresh_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens')) AND c.relname = 'ix_fief_refresh_tokens_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_refresh_tokens_updated_at ON fief_refresh_tokens USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_refresh_tokens_updated_at;
    CREATE INDEX ix_fief_refresh_tokens_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 101/126 · create table fief_session_tokens
-- locks: fief_session_tokens: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens') IS NOT NULL AND to_regclass('fief_session_tokens') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_session_tokens: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens (
      token VARCHAR(255) NOT NULL,
      user_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      expires_at TIMESTAMPTZ NOT NULL,
      CONSTRAINT fief_session_tokens_pkey PRIMARY KEY (id),
      CONSTRAINT fief_session_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 102/126 · create index ix_fief_session_tokens_created_at on fief_session_tokens
-- locks: fief_session_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens')) AND c.relname = 'ix_fief_session_tokens_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_session_tokens_created_at ON fief_session_tokens USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_session_tokens_created_at;
    CREATE INDEX ix_fief_session_tokens_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 103/126 · create index ix_fief_session_tokens_expires_at on fief_session_tokens
-- locks: fief_session_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens')) AND c.relname = 'ix_fief_session_tokens_expires_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_session_tokens_expires_at ON fief_session_tokens USING btree (expires_at)') THEN
    DROP INDEX IF EXISTS ix_fief_session_tokens_expires_at;
    CREATE INDEX ix_fief_session_tokens_expires_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens (expires_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 104/126 · create index ix_fief_session_tokens_token on fief_session_tokens
-- locks: fief_session_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens')) AND c.relname = 'ix_fief_session_tokens_token' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE UNIQUE INDEX ix_fief_session_tokens_token ON fief_session_tokens USING btree (token)') THEN
    DROP INDEX IF EXISTS ix_fief_session_tokens_token;
    CREATE UNIQUE INDEX ix_fief_session_tokens_token ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens (token);
  END IF;
END
$plan$;

-- 0 → 0.27 · 105/126 · create index ix_fief_session_tokens_updated_at on fief_session_tokens
-- locks: fief_session_tokens: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens')) AND c.relname = 'ix_fief_session_tokens_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_session_tokens_updated_at ON fief_session_tokens USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_session_tokens_updated_at;
    CREATE INDEX ix_fief_session_tokens_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 106/126 · create table fief_user_field_values
-- locks: fief_user_field_values: new in this script | fief_user_fields: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_field_values') IS NOT NULL AND to_regclass('fief_user_field_values') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_user_field_values: new in this script | fief_user_fields: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_user_field_values'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_field_values')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_field_values (
      value_string TEXT,
      value_integer INTEGER,
      value_boolean BOOLEAN,
      value_date DATE,
      value_datetime TIMESTAMPTZ,
      value_json JSON,
      user_id UUID NOT NULL,
      user_field_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_user_field_values_pkey PRIMARY KEY (id),
      CONSTRAINT fief_user_field_values_user_field_id_user_id_key UNIQUE (user_field_id, user_id),
      CONSTRAINT fief_user_field_values_user_field_id_fkey FOREIGN KEY (user_field_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_fields (id) ON DELETE CASCADE,
      CONSTRAINT fief_user_field_values_user_id_fkey FOREIGN KEY (user_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 107/126 · create index ix_fief_user_field_values_created_at on fief_user_field_values
-- locks: fief_user_field_values: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_user_field_values'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_field_values')) AND c.relname = 'ix_fief_user_field_values_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_user_field_values_created_at ON fief_user_field_values USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_user_field_values_created_at;
    CREATE INDEX ix_fief_user_field_values_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_field_values (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 108/126 · create index ix_fief_user_field_values_updated_at on fief_user_field_values
-- locks: fief_user_field_values: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_user_field_values'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_field_values')) AND c.relname = 'ix_fief_user_field_values_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_user_field_values_updated_at ON fief_user_field_values USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_user_field_values_updated_at;
    CREATE INDEX ix_fief_user_field_values_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_field_values (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 109/126 · create table fief_user_permissions
-- locks: fief_user_permissions: new in this script | fief_roles: new in this script | fief_permissions: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_permissions') IS NOT NULL AND to_regclass('fief_user_permissions') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_user_permissions: new in this script | fief_roles: new in this script | fief_permissions: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_user_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_permissions')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_permissions (
      user_id UUID NOT NULL,
      permission_id UUID NOT NULL,
      from_role_id UUID,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_user_permissions_pkey PRIMARY KEY (id),
      CONSTRAINT fief_user_permissions_user_id_permission_id_from_role_id_key UNIQUE (user_id, permission_id, from_role_id),
      CONSTRAINT fief_user_permissions_from_role_id_fkey FOREIGN KEY (from_role_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles (id) ON DELETE CASCADE,
      CONSTRAINT fief_user_permissions_permission_id_fkey FOREIGN KEY (permission_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_permissions (id) ON DELETE CASCADE,
      CONSTRAINT fief_user_permissions_user_id_fkey FOREIGN KEY (user_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 110/126 · create index ix_fief_user_permissions_created_at on fief_user_permissions
-- locks: fief_user_permissions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_user_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_permissions')) AND c.relname = 'ix_fief_user_permissions_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_user_permissions_created_at ON fief_user_permissions USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_user_permissions_created_at;
    CREATE INDEX ix_fief_user_permissions_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_permissions (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 111/126 · create index ix_fief_user_permissions_updated_at on fief_user_permissions
-- locks: fief_user_permissions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_user_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_permissions')) AND c.relname = 'ix_fief_user_permissions_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_user_permissions_updated_at ON fief_user_permissions USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_user_permissions_updated_at;
    CREATE INDEX ix_fief_user_permissions_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_permissions (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 112/126 · create table fief_user_roles
-- locks: fief_user_roles: new in this script | fief_roles: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_roles') IS NOT NULL AND to_regclass('fief_user_roles') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_user_roles: new in this script | fief_roles: new in this script | fief_users: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_user_roles'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_roles')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_roles (
      user_id UUID NOT NULL,
      role_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT fief_user_roles_pkey PRIMARY KEY (id),
      CONSTRAINT fief_user_roles_user_id_role_id_key UNIQUE (user_id, role_id),
      CONSTRAINT fief_user_roles_role_id_fkey FOREIGN KEY (role_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles (id) ON DELETE CASCADE,
      CONSTRAINT fief_user_roles_user_id_fkey FOREIGN KEY (user_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 113/126 · create index ix_fief_user_roles_created_at on fief_user_roles
-- locks: fief_user_roles: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_user_roles'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_roles')) AND c.relname = 'ix_fief_user_roles_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_user_roles_created_at ON fief_user_roles USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_user_roles_created_at;
    CREATE INDEX ix_fief_user_roles_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_roles (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 114/126 · create index ix_fief_user_roles_updated_at on fief_user_roles
-- locks: fief_user_roles: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_user_roles'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_roles')) AND c.relname = 'ix_fief_user_roles_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_user_roles_updated_at ON fief_user_roles USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_user_roles_updated_at;
    CREATE INDEX ix_fief_user_roles_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_roles (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 115/126 · create table fief_oauth_sessions
-- locks: fief_oauth_sessions: new in this script | fief_oauth_accounts: new in this script | fief_oauth_providers: new in this script | fief_tenants: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions') IS NOT NULL AND to_regclass('fief_oauth_sessions') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_oauth_sessions: new in this script | fief_oauth_accounts: new in this script | fief_oauth_providers: new in this script | fief_tenants: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_oauth_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions (
      token VARCHAR(255) NOT NULL,
      redirect_uri TEXT NOT NULL,
      oauth_provider_id UUID NOT NULL,
      oauth_account_id UUID,
      tenant_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      expires_at TIMESTAMPTZ NOT NULL,
      CONSTRAINT fief_oauth_sessions_pkey PRIMARY KEY (id),
      CONSTRAINT fief_oauth_sessions_oauth_account_id_fkey FOREIGN KEY (oauth_account_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts (id) ON DELETE CASCADE,
      CONSTRAINT fief_oauth_sessions_oauth_provider_id_fkey FOREIGN KEY (oauth_provider_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_providers (id) ON DELETE CASCADE,
      CONSTRAINT fief_oauth_sessions_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 116/126 · create index ix_fief_oauth_sessions_created_at on fief_oauth_sessions
-- locks: fief_oauth_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_oauth_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions')) AND c.relname = 'ix_fief_oauth_sessions_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_oauth_sessions_created_at ON fief_oauth_sessions USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_oauth_sessions_created_at;
    CREATE INDEX ix_fief_oauth_sessions_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 117/126 · create index ix_fief_oauth_sessions_expires_at on fief_oauth_sessions
-- locks: fief_oauth_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_oauth_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions')) AND c.relname = 'ix_fief_oauth_sessions_expires_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_oauth_sessions_expires_at ON fief_oauth_sessions USING btree (expires_at)') THEN
    DROP INDEX IF EXISTS ix_fief_oauth_sessions_expires_at;
    CREATE INDEX ix_fief_oauth_sessions_expires_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions (expires_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 118/126 · create index ix_fief_oauth_sessions_token on fief_oauth_sessions
-- locks: fief_oauth_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_oauth_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions')) AND c.relname = 'ix_fief_oauth_sessions_token' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE UNIQUE INDEX ix_fief_oauth_sessions_token ON fief_oauth_sessions USING btree (token)') THEN
    DROP INDEX IF EXISTS ix_fief_oauth_sessions_token;
    CREATE UNIQUE INDEX ix_fief_oauth_sessions_token ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions (token);
  END IF;
END
$plan$;

-- 0 → 0.27 · 119/126 · create index ix_fief_oauth_sessions_updated_at on fief_oauth_sessions
-- locks: fief_oauth_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_oauth_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions')) AND c.relname = 'ix_fief_oauth_sessions_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_oauth_sessions_updated_at ON fief_oauth_sessions USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_oauth_sessions_updated_at;
    CREATE INDEX ix_fief_oauth_sessions_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 120/126 · create table fief_registration_sessions
-- locks: fief_registration_sessions: new in this script | fief_oauth_accounts: new in this script | fief_tenants: new in this script
DO $plan$
BEGIN
  IF NOT (to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions') IS NOT NULL AND to_regclass('fief_registration_sessions') IS NULL) THEN
    CREATE SCHEMA IF NOT EXISTS "08e952f1-8a79-4672-99f8-ea6919cd4692";
  END IF;
END
$plan$;
-- locks: fief_registration_sessions: new in this script | fief_oauth_accounts: new in this script | fief_tenants: new in this script
DO $plan$
BEGIN
  IF COALESCE(to_regclass('fief_registration_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions')) IS NULL THEN
    CREATE TABLE "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions (
      token VARCHAR(255) NOT NULL,
      flow VARCHAR(255) NOT NULL,
      email VARCHAR(320),
      oauth_account_id UUID,
      tenant_id UUID NOT NULL,
      id UUID NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      expires_at TIMESTAMPTZ NOT NULL,
      CONSTRAINT fief_registration_sessions_pkey PRIMARY KEY (id),
      CONSTRAINT fief_registration_sessions_oauth_account_id_fkey FOREIGN KEY (oauth_account_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts (id) ON DELETE CASCADE,
      CONSTRAINT fief_registration_sessions_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants (id) ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 0.27 · 121/126 · create index ix_fief_registration_sessions_created_at on fief_registration_sessions
-- locks: fief_registration_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_registration_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions')) AND c.relname = 'ix_fief_registration_sessions_created_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_registration_sessions_created_at ON fief_registration_sessions USING btree (created_at)') THEN
    DROP INDEX IF EXISTS ix_fief_registration_sessions_created_at;
    CREATE INDEX ix_fief_registration_sessions_created_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions (created_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 122/126 · create index ix_fief_registration_sessions_expires_at on fief_registration_sessions
-- locks: fief_registration_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_registration_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions')) AND c.relname = 'ix_fief_registration_sessions_expires_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_registration_sessions_expires_at ON fief_registration_sessions USING btree (expires_at)') THEN
    DROP INDEX IF EXISTS ix_fief_registration_sessions_expires_at;
    CREATE INDEX ix_fief_registration_sessions_expires_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions (expires_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 123/126 · create index ix_fief_registration_sessions_token on fief_registration_sessions
-- locks: fief_registration_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_registration_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions')) AND c.relname = 'ix_fief_registration_sessions_token' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE UNIQUE INDEX ix_fief_registration_sessions_token ON fief_registration_sessions USING btree (token)') THEN
    DROP INDEX IF EXISTS ix_fief_registration_sessions_token;
    CREATE UNIQUE INDEX ix_fief_registration_sessions_token ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions (token);
  END IF;
END
$plan$;

-- 0 → 0.27 · 124/126 · create index ix_fief_registration_sessions_updated_at on fief_registration_sessions
-- locks: fief_registration_sessions: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = COALESCE(to_regclass('fief_registration_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions')) AND c.relname = 'ix_fief_registration_sessions_updated_at' AND i.indisvalid AND replace(replace(replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') = 'CREATE INDEX ix_fief_registration_sessions_updated_at ON fief_registration_sessions USING btree (updated_at)') THEN
    DROP INDEX IF EXISTS ix_fief_registration_sessions_updated_at;
    CREATE INDEX ix_fief_registration_sessions_updated_at ON "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions (updated_at);
  END IF;
END
$plan$;

-- 0 → 0.27 · 125/126 · insert 1 row into alembic_version
-- locks: alembic_version: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_alembic_version WHERE version_num = '6c06c7d908a7')
    AND NOT EXISTS (SELECT 1 FROM alembic_version WHERE version_num = 'c8cf076d3ffa') THEN
      INSERT INTO alembic_version (version_num) SELECT 'c8cf076d3ffa' WHERE NOT EXISTS (SELECT 1 FROM alembic_version WHERE version_num = 'c8cf076d3ffa');
    END IF;
END
$plan$;

-- 0 → 0.27 · 126/126 · insert 1 row into fief_alembic_version
-- locks: fief_alembic_version: new in this script
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_alembic_version WHERE version_num = '6c06c7d908a7') THEN
      INSERT INTO "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_alembic_version (version_num) SELECT '6c06c7d908a7' WHERE NOT EXISTS (SELECT 1 FROM "08e952f1-8a79-4672-99f8-ea6919cd4692".fief_alembic_version WHERE version_num = '6c06c7d908a7');
    END IF;
END
$plan$;

-- the end: the database is at 0.27, or the script stops here and everything this run did is rolled back
DO $plan$
DECLARE
  problem text;
BEGIN
  WITH found AS (SELECT kind || ' ' || tbl || CASE WHEN kind IN ('table', 'enum_type') THEN '' ELSE '.' || name END AS k, kind, tbl, name, def FROM (
        SELECT 'table' AS kind, c.relname::text AS tbl, '' AS name, 'present' || COALESCE(' PARTITION BY ' || pg_get_partkeydef(c.oid), '') || CASE WHEN c.relispartition THEN COALESCE(' PARTITION OF ' || (SELECT quote_ident(p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent WHERE h.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') ELSE '' END || CASE c.relnamespace WHEN (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') THEN ' in workspace' ELSE '' END AS def FROM pg_class c WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND c.relkind IN ('r', 'p') AND c.relname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
        UNION ALL SELECT 'column', c.relname::text, a.attname::text, (SELECT CASE WHEN ty.typtype = 'e' THEN quote_ident(ty.typname::text) ELSE format_type(a.atttypid, a.atttypmod) END FROM pg_type ty WHERE ty.oid = a.atttypid) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || replace(pg_get_expr(d.adbin, d.adrelid), '::"08e952f1-8a79-4672-99f8-ea6919cd4692".', '::'), '') || CASE WHEN c.relispartition THEN '' WHEN a.attidentity = 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN a.attidentity = 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND c.relkind IN ('r', 'p') AND c.relname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
        UNION ALL SELECT 'constraint', c.relname::text, k.conname::text, replace(pg_get_constraintdef(k.oid), ' REFERENCES "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' REFERENCES ') FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND c.relkind IN ('r', 'p') AND c.relname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') AND k.contype <> 'n'
        UNION ALL SELECT 'index', c.relname::text, i.relname::text, replace(replace(replace(replace(pg_get_indexdef(x.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY '), ' ON "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON '), ' ON ONLY "08e952f1-8a79-4672-99f8-ea6919cd4692".', ' ON ONLY ') || CASE WHEN x.indisvalid THEN '' ELSE ' (INVALID)' END FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid WHERE c.relnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND c.relkind IN ('r', 'p') AND c.relname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))
        UNION ALL SELECT 'enum_type', t.typname::text, '', (SELECT 'ENUM (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' FROM pg_enum e WHERE e.enumtypid = t.oid) || CASE t.typnamespace WHEN (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692') THEN ' in workspace' ELSE '' END FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692')) AND t.typname IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) r),
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_bdc15f99634c6e87', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_bdc15f99634c6e87', true), '')::json -> 'r') e),
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
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at fief 0.27 at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect fief names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: fief 0 → 0.27 applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: fief 0 → 0.27: the database was at 0.27 already: nothing to do' THEN 'plan: fief 0 → 0.27: the database was at 0.27 already: nothing to do' ELSE 'plan: fief 0 → 0.27 applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: fief 0 → 0.27 applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
