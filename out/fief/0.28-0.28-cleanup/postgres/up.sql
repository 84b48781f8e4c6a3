-- plan 0.1.0 · fief 0.28 → 0.28-cleanup · postgres · stage
-- what:     this script takes a fief database at 0.28 to its stage 0.28-cleanup on PostgreSQL (generated from the plans listed below)
-- stop:     first, before the backup: every Fief server and worker that uses this database
-- backup:   then: pg_dump --format=custom --file=fief-0.28-before.dump.partial DATABASE && mv fief-0.28-before.dump.partial fief-0.28-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE fief-0.28-before.dump; not pg_restore --clean over this one, which fails on what the script added)
-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql
-- start:    after applying: Fief 0.28 (it runs its own Alembic upgrade to head on start)
-- IRREVERSIBLE: this script has no rollback: Fief before 0.28 kept its workspace registry and admin API keys there; 0.28 reads none of them. To go back, restore the backup taken before this script.
-- DATA DROPPED: table workspace_users, with its rows (0.28 → 0.28-cleanup · 2/7 · drop table workspace_users)
-- DATA DROPPED: table admin_api_key, with its rows (0.28 → 0.28-cleanup · 3/7 · drop table admin_api_key)
-- DATA DROPPED: table admin_session_tokens, with its rows (0.28 → 0.28-cleanup · 4/7 · drop table admin_session_tokens)
-- DATA DROPPED: table workspaces, with its rows (0.28 → 0.28-cleanup · 5/7 · drop table workspaces)
-- DATA DROPPED: table alembic_version, with its rows (0.28 → 0.28-cleanup · 6/7 · drop table alembic_version)
-- parameters: workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692 (workspace_id: an example value, not a database's: compile with its own before applying)
-- sources (sha256 of each file; check: sha256sum plans/fief/product.yaml plans/fief/0.28-0.28-cleanup.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/fief/product.yaml 9ed9f74bbf660848d1152c8ba893dd1fae31f45511883942d3cb777414f3642c
--   plans/fief/0.28-0.28-cleanup.yaml 379587be1b8e40ce7de1ce92b1791ff608bc7038bfd94ed0f8a7ac1dcd38b5cf
--   schema at 0.28 replayed from 2 plans (plans/fief/0-0.27.yaml …) be515d59287d8618808e3700fa89699c1429648a2c69f8db5a9271b866697431
--     (check: cat plans/fief/0-0.27.yaml plans/fief/0.27-0.28.yaml > /dev/null && for f in plans/fief/0-0.27.yaml plans/fief/0.27-0.28.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- lock:     lock_timeout = '5s' (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a lock fails, so the locks the script holds, and the one it queues for, keep the application's queries waiting for about that long at most.
-- statement: no statement_timeout (npx plan compile --statement-timeout <duration> sets one).
-- timeout:  when one fires, the statement fails (lock: SQLSTATE 55P03, "canceling statement due to lock timeout"; statement: 57014) and its transaction rolls back: nothing of it is left half-done. Run the file again later, once the lock is free (pg_stat_activity and pg_locks show who holds it): it starts again from where the database is.
-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):
--   workspace_users: ACCESS EXCLUSIVE from 0.28 → 0.28-cleanup · 2/7 · drop table workspace_users — blocks reads and writes
--   workspaces: ACCESS EXCLUSIVE from 0.28 → 0.28-cleanup · 2/7 · drop table workspace_users — blocks reads and writes
--   admin_api_key: ACCESS EXCLUSIVE from 0.28 → 0.28-cleanup · 3/7 · drop table admin_api_key — blocks reads and writes
--   admin_session_tokens: ACCESS EXCLUSIVE from 0.28 → 0.28-cleanup · 4/7 · drop table admin_session_tokens — blocks reads and writes
--   alembic_version: ACCESS EXCLUSIVE from 0.28 → 0.28-cleanup · 6/7 · drop table alembic_version — blocks reads and writes
-- MANUAL STEPS (2), not done by this script:
--   1. [0.28 → 0.28-cleanup] Only if this script stops at its check for foreign keys of tables outside fief onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).
--   2. [0.28 → 0.28-cleanup] Run this only once Fief 0.28 works on this database (sign-in, the admin role granted, new admin API keys): it drops the old workspace registry and admin API keys for good.

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

-- check that the database is at 0.28, at 0.28-cleanup, or between them on this script's path (a resumed run)
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
      allowed(k, def, f) AS (VALUES ('column admin_api_key.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 1),
          ('column admin_api_key.id', 'uuid NOT NULL', 1),
          ('column admin_api_key.name', 'character varying(255) NOT NULL', 1),
          ('column admin_api_key.token', 'character varying(255) NOT NULL', 1),
          ('column admin_api_key.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 1),
          ('column admin_api_key.workspace_id', 'uuid NOT NULL', 1),
          ('column admin_session_tokens.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 1),
          ('column admin_session_tokens.id', 'uuid NOT NULL', 1),
          ('column admin_session_tokens.raw_tokens', 'text NOT NULL', 1),
          ('column admin_session_tokens.raw_userinfo', 'text NOT NULL', 1),
          ('column admin_session_tokens.token', 'character varying(255) NOT NULL', 1),
          ('column admin_session_tokens.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 1),
          ('column alembic_version.version_num', 'character varying(32) NOT NULL', 1),
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
          ('column workspace_users.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 1),
          ('column workspace_users.id', 'uuid NOT NULL', 1),
          ('column workspace_users.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 1),
          ('column workspace_users.user_id', 'uuid NOT NULL', 1),
          ('column workspace_users.workspace_id', 'uuid NOT NULL', 1),
          ('column workspaces.alembic_revision', 'character varying(255)', 1),
          ('column workspaces.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 1),
          ('column workspaces.database_host', 'text', 1),
          ('column workspaces.database_name', 'text', 1),
          ('column workspaces.database_password', 'text', 1),
          ('column workspaces.database_port', 'text', 1),
          ('column workspaces.database_ssl_mode', 'text', 1),
          ('column workspaces.database_table_prefix', 'character varying(255) NOT NULL', 1),
          ('column workspaces.database_type', 'databasetype', 1),
          ('column workspaces.database_use_schema', 'boolean NOT NULL', 1),
          ('column workspaces.database_username', 'text', 1),
          ('column workspaces.domain', 'character varying(255) NOT NULL', 1),
          ('column workspaces.id', 'uuid NOT NULL', 1),
          ('column workspaces.name', 'character varying(255) NOT NULL', 1),
          ('column workspaces.updated_at', 'timestamp with time zone NOT NULL DEFAULT now()', 1),
          ('column workspaces.users_count', 'integer NOT NULL DEFAULT 0', 1),
          ('constraint admin_api_key.admin_api_key_pkey', 'PRIMARY KEY (id)', 1),
          ('constraint admin_api_key.admin_api_key_token_key', 'UNIQUE (token)', 1),
          ('constraint admin_api_key.admin_api_key_workspace_id_fkey', 'FOREIGN KEY (workspace_id) REFERENCES workspaces(id) ON DELETE CASCADE', 1),
          ('constraint admin_session_tokens.admin_session_tokens_pkey', 'PRIMARY KEY (id)', 1),
          ('constraint admin_session_tokens.admin_session_tokens_token_key', 'UNIQUE (token)', 1),
          ('constraint alembic_version.alembic_version_pkc', 'PRIMARY KEY (version_num)', 1),
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
          ('constraint workspace_users.workspace_users_pkey', 'PRIMARY KEY (id)', 1),
          ('constraint workspace_users.workspace_users_workspace_id_fkey', 'FOREIGN KEY (workspace_id) REFERENCES workspaces(id) ON DELETE CASCADE', 1),
          ('constraint workspaces.workspaces_pkey', 'PRIMARY KEY (id)', 1),
          ('enum_type databasetype', 'ENUM (''POSTGRESQL'', ''MYSQL'', ''SQLITE'')', 1),
          ('enum_type fief_acr', 'ENUM (''0'', ''1'')', 3),
          ('enum_type fief_clienttype', 'ENUM (''public'', ''confidential'')', 3),
          ('enum_type fief_userfieldtype', 'ENUM (''STRING'', ''INTEGER'', ''BOOLEAN'', ''DATE'', ''DATETIME'', ''CHOICE'', ''PHONE_NUMBER'', ''ADDRESS'', ''TIMEZONE'')', 3),
          ('index admin_api_key.ix_admin_api_key_created_at', 'CREATE INDEX ix_admin_api_key_created_at ON admin_api_key USING btree (created_at)', 1),
          ('index admin_api_key.ix_admin_api_key_updated_at', 'CREATE INDEX ix_admin_api_key_updated_at ON admin_api_key USING btree (updated_at)', 1),
          ('index admin_session_tokens.ix_admin_session_tokens_created_at', 'CREATE INDEX ix_admin_session_tokens_created_at ON admin_session_tokens USING btree (created_at)', 1),
          ('index admin_session_tokens.ix_admin_session_tokens_updated_at', 'CREATE INDEX ix_admin_session_tokens_updated_at ON admin_session_tokens USING btree (updated_at)', 1),
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
          ('index workspace_users.ix_workspace_users_created_at', 'CREATE INDEX ix_workspace_users_created_at ON workspace_users USING btree (created_at)', 1),
          ('index workspace_users.ix_workspace_users_updated_at', 'CREATE INDEX ix_workspace_users_updated_at ON workspace_users USING btree (updated_at)', 1),
          ('index workspaces.ix_workspaces_alembic_revision', 'CREATE INDEX ix_workspaces_alembic_revision ON workspaces USING btree (alembic_revision)', 1),
          ('index workspaces.ix_workspaces_created_at', 'CREATE INDEX ix_workspaces_created_at ON workspaces USING btree (created_at)', 1),
          ('index workspaces.ix_workspaces_updated_at', 'CREATE INDEX ix_workspaces_updated_at ON workspaces USING btree (updated_at)', 1),
          ('table admin_api_key', 'present', 1),
          ('table admin_session_tokens', 'present', 1),
          ('table alembic_version', 'present', 1),
          ('table fief_alembic_version', 'present', 3),
          ('table fief_audit_logs', 'present', 3),
          ('table fief_authorization_codes', 'present', 3),
          ('table fief_clients', 'present', 3),
          ('table fief_email_domains', 'present', 3),
          ('table fief_email_templates', 'present', 3),
          ('table fief_email_verifications', 'present', 3),
          ('table fief_grants', 'present', 3),
          ('table fief_login_sessions', 'present', 3),
          ('table fief_oauth_accounts', 'present', 3),
          ('table fief_oauth_providers', 'present', 3),
          ('table fief_oauth_sessions', 'present', 3),
          ('table fief_permissions', 'present', 3),
          ('table fief_refresh_tokens', 'present', 3),
          ('table fief_registration_sessions', 'present', 3),
          ('table fief_roles', 'present', 3),
          ('table fief_roles_permissions', 'present', 3),
          ('table fief_session_tokens', 'present', 3),
          ('table fief_tenants', 'present', 3),
          ('table fief_tenants_oauth_providers', 'present', 3),
          ('table fief_themes', 'present', 3),
          ('table fief_user_field_values', 'present', 3),
          ('table fief_user_fields', 'present', 3),
          ('table fief_user_permissions', 'present', 3),
          ('table fief_user_roles', 'present', 3),
          ('table fief_users', 'present', 3),
          ('table fief_webhook_logs', 'present', 3),
          ('table fief_webhooks', 'present', 3),
          ('table workspace_users', 'present', 1),
          ('table workspaces', 'present', 1)),
      required(k, m, f) AS (VALUES ('column fief_alembic_version.version_num', 'table fief_alembic_version has no column version_num', 3),
          ('column fief_audit_logs.admin_api_key_id', 'table fief_audit_logs has no column admin_api_key_id', 3),
          ('column fief_audit_logs.admin_user_id', 'table fief_audit_logs has no column admin_user_id', 3),
          ('column fief_audit_logs.extra', 'table fief_audit_logs has no column extra', 3),
          ('column fief_audit_logs.id', 'table fief_audit_logs has no column id', 3),
          ('column fief_audit_logs.level', 'table fief_audit_logs has no column level', 3),
          ('column fief_audit_logs.message', 'table fief_audit_logs has no column message', 3),
          ('column fief_audit_logs.object_class', 'table fief_audit_logs has no column object_class', 3),
          ('column fief_audit_logs.object_id', 'table fief_audit_logs has no column object_id', 3),
          ('column fief_audit_logs.subject_user_id', 'table fief_audit_logs has no column subject_user_id', 3),
          ('column fief_audit_logs.timestamp', 'table fief_audit_logs has no column timestamp', 3),
          ('column fief_authorization_codes.acr', 'table fief_authorization_codes has no column acr', 3),
          ('column fief_authorization_codes.authenticated_at', 'table fief_authorization_codes has no column authenticated_at', 3),
          ('column fief_authorization_codes.c_hash', 'table fief_authorization_codes has no column c_hash', 3),
          ('column fief_authorization_codes.client_id', 'table fief_authorization_codes has no column client_id', 3),
          ('column fief_authorization_codes.code', 'table fief_authorization_codes has no column code', 3),
          ('column fief_authorization_codes.code_challenge', 'table fief_authorization_codes has no column code_challenge', 3),
          ('column fief_authorization_codes.code_challenge_method', 'table fief_authorization_codes has no column code_challenge_method', 3),
          ('column fief_authorization_codes.created_at', 'table fief_authorization_codes has no column created_at', 3),
          ('column fief_authorization_codes.expires_at', 'table fief_authorization_codes has no column expires_at', 3),
          ('column fief_authorization_codes.id', 'table fief_authorization_codes has no column id', 3),
          ('column fief_authorization_codes.nonce', 'table fief_authorization_codes has no column nonce', 3),
          ('column fief_authorization_codes.redirect_uri', 'table fief_authorization_codes has no column redirect_uri', 3),
          ('column fief_authorization_codes.scope', 'table fief_authorization_codes has no column scope', 3),
          ('column fief_authorization_codes.updated_at', 'table fief_authorization_codes has no column updated_at', 3),
          ('column fief_authorization_codes.user_id', 'table fief_authorization_codes has no column user_id', 3),
          ('column fief_clients.access_id_token_lifetime_seconds', 'table fief_clients has no column access_id_token_lifetime_seconds', 3),
          ('column fief_clients.authorization_code_lifetime_seconds', 'table fief_clients has no column authorization_code_lifetime_seconds', 3),
          ('column fief_clients.client_id', 'table fief_clients has no column client_id', 3),
          ('column fief_clients.client_secret', 'table fief_clients has no column client_secret', 3),
          ('column fief_clients.client_type', 'table fief_clients has no column client_type', 3),
          ('column fief_clients.created_at', 'table fief_clients has no column created_at', 3),
          ('column fief_clients.encrypt_jwk', 'table fief_clients has no column encrypt_jwk', 3),
          ('column fief_clients.first_party', 'table fief_clients has no column first_party', 3),
          ('column fief_clients.id', 'table fief_clients has no column id', 3),
          ('column fief_clients.name', 'table fief_clients has no column name', 3),
          ('column fief_clients.redirect_uris', 'table fief_clients has no column redirect_uris', 3),
          ('column fief_clients.refresh_token_lifetime_seconds', 'table fief_clients has no column refresh_token_lifetime_seconds', 3),
          ('column fief_clients.tenant_id', 'table fief_clients has no column tenant_id', 3),
          ('column fief_clients.updated_at', 'table fief_clients has no column updated_at', 3),
          ('column fief_email_domains.created_at', 'table fief_email_domains has no column created_at', 3),
          ('column fief_email_domains.domain', 'table fief_email_domains has no column domain', 3),
          ('column fief_email_domains.domain_id', 'table fief_email_domains has no column domain_id', 3),
          ('column fief_email_domains.email_provider', 'table fief_email_domains has no column email_provider', 3),
          ('column fief_email_domains.id', 'table fief_email_domains has no column id', 3),
          ('column fief_email_domains.records', 'table fief_email_domains has no column records', 3),
          ('column fief_email_domains.updated_at', 'table fief_email_domains has no column updated_at', 3),
          ('column fief_email_templates.content', 'table fief_email_templates has no column content', 3),
          ('column fief_email_templates.created_at', 'table fief_email_templates has no column created_at', 3),
          ('column fief_email_templates.id', 'table fief_email_templates has no column id', 3),
          ('column fief_email_templates.subject', 'table fief_email_templates has no column subject', 3),
          ('column fief_email_templates.type', 'table fief_email_templates has no column type', 3),
          ('column fief_email_templates.updated_at', 'table fief_email_templates has no column updated_at', 3),
          ('column fief_email_verifications.code', 'table fief_email_verifications has no column code', 3),
          ('column fief_email_verifications.created_at', 'table fief_email_verifications has no column created_at', 3),
          ('column fief_email_verifications.email', 'table fief_email_verifications has no column email', 3),
          ('column fief_email_verifications.expires_at', 'table fief_email_verifications has no column expires_at', 3),
          ('column fief_email_verifications.id', 'table fief_email_verifications has no column id', 3),
          ('column fief_email_verifications.updated_at', 'table fief_email_verifications has no column updated_at', 3),
          ('column fief_email_verifications.user_id', 'table fief_email_verifications has no column user_id', 3),
          ('column fief_grants.client_id', 'table fief_grants has no column client_id', 3),
          ('column fief_grants.created_at', 'table fief_grants has no column created_at', 3),
          ('column fief_grants.id', 'table fief_grants has no column id', 3),
          ('column fief_grants.scope', 'table fief_grants has no column scope', 3),
          ('column fief_grants.updated_at', 'table fief_grants has no column updated_at', 3),
          ('column fief_grants.user_id', 'table fief_grants has no column user_id', 3),
          ('column fief_login_sessions.acr', 'table fief_login_sessions has no column acr', 3),
          ('column fief_login_sessions.client_id', 'table fief_login_sessions has no column client_id', 3),
          ('column fief_login_sessions.code_challenge', 'table fief_login_sessions has no column code_challenge', 3),
          ('column fief_login_sessions.code_challenge_method', 'table fief_login_sessions has no column code_challenge_method', 3),
          ('column fief_login_sessions.created_at', 'table fief_login_sessions has no column created_at', 3),
          ('column fief_login_sessions.expires_at', 'table fief_login_sessions has no column expires_at', 3),
          ('column fief_login_sessions.id', 'table fief_login_sessions has no column id', 3),
          ('column fief_login_sessions.nonce', 'table fief_login_sessions has no column nonce', 3),
          ('column fief_login_sessions.prompt', 'table fief_login_sessions has no column prompt', 3),
          ('column fief_login_sessions.redirect_uri', 'table fief_login_sessions has no column redirect_uri', 3),
          ('column fief_login_sessions.response_mode', 'table fief_login_sessions has no column response_mode', 3),
          ('column fief_login_sessions.response_type', 'table fief_login_sessions has no column response_type', 3),
          ('column fief_login_sessions.scope', 'table fief_login_sessions has no column scope', 3),
          ('column fief_login_sessions.state', 'table fief_login_sessions has no column state', 3),
          ('column fief_login_sessions.token', 'table fief_login_sessions has no column token', 3),
          ('column fief_login_sessions.updated_at', 'table fief_login_sessions has no column updated_at', 3),
          ('column fief_oauth_accounts.access_token', 'table fief_oauth_accounts has no column access_token', 3),
          ('column fief_oauth_accounts.account_email', 'table fief_oauth_accounts has no column account_email', 3),
          ('column fief_oauth_accounts.account_id', 'table fief_oauth_accounts has no column account_id', 3),
          ('column fief_oauth_accounts.created_at', 'table fief_oauth_accounts has no column created_at', 3),
          ('column fief_oauth_accounts.expires_at', 'table fief_oauth_accounts has no column expires_at', 3),
          ('column fief_oauth_accounts.id', 'table fief_oauth_accounts has no column id', 3),
          ('column fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts has no column oauth_provider_id', 3),
          ('column fief_oauth_accounts.refresh_token', 'table fief_oauth_accounts has no column refresh_token', 3),
          ('column fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts has no column tenant_id', 3),
          ('column fief_oauth_accounts.updated_at', 'table fief_oauth_accounts has no column updated_at', 3),
          ('column fief_oauth_accounts.user_id', 'table fief_oauth_accounts has no column user_id', 3),
          ('column fief_oauth_providers.client_id', 'table fief_oauth_providers has no column client_id', 3),
          ('column fief_oauth_providers.client_secret', 'table fief_oauth_providers has no column client_secret', 3),
          ('column fief_oauth_providers.created_at', 'table fief_oauth_providers has no column created_at', 3),
          ('column fief_oauth_providers.id', 'table fief_oauth_providers has no column id', 3),
          ('column fief_oauth_providers.name', 'table fief_oauth_providers has no column name', 3),
          ('column fief_oauth_providers.openid_configuration_endpoint', 'table fief_oauth_providers has no column openid_configuration_endpoint', 3),
          ('column fief_oauth_providers.provider', 'table fief_oauth_providers has no column provider', 3),
          ('column fief_oauth_providers.scopes', 'table fief_oauth_providers has no column scopes', 3),
          ('column fief_oauth_providers.updated_at', 'table fief_oauth_providers has no column updated_at', 3),
          ('column fief_oauth_sessions.created_at', 'table fief_oauth_sessions has no column created_at', 3),
          ('column fief_oauth_sessions.expires_at', 'table fief_oauth_sessions has no column expires_at', 3),
          ('column fief_oauth_sessions.id', 'table fief_oauth_sessions has no column id', 3),
          ('column fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions has no column oauth_account_id', 3),
          ('column fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions has no column oauth_provider_id', 3),
          ('column fief_oauth_sessions.redirect_uri', 'table fief_oauth_sessions has no column redirect_uri', 3),
          ('column fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions has no column tenant_id', 3),
          ('column fief_oauth_sessions.token', 'table fief_oauth_sessions has no column token', 3),
          ('column fief_oauth_sessions.updated_at', 'table fief_oauth_sessions has no column updated_at', 3),
          ('column fief_permissions.codename', 'table fief_permissions has no column codename', 3),
          ('column fief_permissions.created_at', 'table fief_permissions has no column created_at', 3),
          ('column fief_permissions.id', 'table fief_permissions has no column id', 3),
          ('column fief_permissions.name', 'table fief_permissions has no column name', 3),
          ('column fief_permissions.updated_at', 'table fief_permissions has no column updated_at', 3),
          ('column fief_refresh_tokens.authenticated_at', 'table fief_refresh_tokens has no column authenticated_at', 3),
          ('column fief_refresh_tokens.client_id', 'table fief_refresh_tokens has no column client_id', 3),
          ('column fief_refresh_tokens.created_at', 'table fief_refresh_tokens has no column created_at', 3),
          ('column fief_refresh_tokens.expires_at', 'table fief_refresh_tokens has no column expires_at', 3),
          ('column fief_refresh_tokens.id', 'table fief_refresh_tokens has no column id', 3),
          ('column fief_refresh_tokens.scope', 'table fief_refresh_tokens has no column scope', 3),
          ('column fief_refresh_tokens.token', 'table fief_refresh_tokens has no column token', 3),
          ('column fief_refresh_tokens.updated_at', 'table fief_refresh_tokens has no column updated_at', 3),
          ('column fief_refresh_tokens.user_id', 'table fief_refresh_tokens has no column user_id', 3),
          ('column fief_registration_sessions.created_at', 'table fief_registration_sessions has no column created_at', 3),
          ('column fief_registration_sessions.email', 'table fief_registration_sessions has no column email', 3),
          ('column fief_registration_sessions.expires_at', 'table fief_registration_sessions has no column expires_at', 3),
          ('column fief_registration_sessions.flow', 'table fief_registration_sessions has no column flow', 3),
          ('column fief_registration_sessions.id', 'table fief_registration_sessions has no column id', 3),
          ('column fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions has no column oauth_account_id', 3),
          ('column fief_registration_sessions.tenant_id', 'table fief_registration_sessions has no column tenant_id', 3),
          ('column fief_registration_sessions.token', 'table fief_registration_sessions has no column token', 3),
          ('column fief_registration_sessions.updated_at', 'table fief_registration_sessions has no column updated_at', 3),
          ('column fief_roles.created_at', 'table fief_roles has no column created_at', 3),
          ('column fief_roles.granted_by_default', 'table fief_roles has no column granted_by_default', 3),
          ('column fief_roles.id', 'table fief_roles has no column id', 3),
          ('column fief_roles.name', 'table fief_roles has no column name', 3),
          ('column fief_roles.updated_at', 'table fief_roles has no column updated_at', 3),
          ('column fief_roles_permissions.permission_id', 'table fief_roles_permissions has no column permission_id', 3),
          ('column fief_roles_permissions.role_id', 'table fief_roles_permissions has no column role_id', 3),
          ('column fief_session_tokens.created_at', 'table fief_session_tokens has no column created_at', 3),
          ('column fief_session_tokens.expires_at', 'table fief_session_tokens has no column expires_at', 3),
          ('column fief_session_tokens.id', 'table fief_session_tokens has no column id', 3),
          ('column fief_session_tokens.token', 'table fief_session_tokens has no column token', 3),
          ('column fief_session_tokens.updated_at', 'table fief_session_tokens has no column updated_at', 3),
          ('column fief_session_tokens.user_id', 'table fief_session_tokens has no column user_id', 3),
          ('column fief_tenants.application_url', 'table fief_tenants has no column application_url', 3),
          ('column fief_tenants.created_at', 'table fief_tenants has no column created_at', 3),
          ('column fief_tenants.default', 'table fief_tenants has no column default', 3),
          ('column fief_tenants.email_domain_id', 'table fief_tenants has no column email_domain_id', 3),
          ('column fief_tenants.email_from_email', 'table fief_tenants has no column email_from_email', 3),
          ('column fief_tenants.email_from_name', 'table fief_tenants has no column email_from_name', 3),
          ('column fief_tenants.id', 'table fief_tenants has no column id', 3),
          ('column fief_tenants.logo_url', 'table fief_tenants has no column logo_url', 3),
          ('column fief_tenants.name', 'table fief_tenants has no column name', 3),
          ('column fief_tenants.registration_allowed', 'table fief_tenants has no column registration_allowed', 3),
          ('column fief_tenants.sign_jwk', 'table fief_tenants has no column sign_jwk', 3),
          ('column fief_tenants.slug', 'table fief_tenants has no column slug', 3),
          ('column fief_tenants.theme_id', 'table fief_tenants has no column theme_id', 3),
          ('column fief_tenants.updated_at', 'table fief_tenants has no column updated_at', 3),
          ('column fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers has no column oauth_provider_id', 3),
          ('column fief_tenants_oauth_providers.tenant_id', 'table fief_tenants_oauth_providers has no column tenant_id', 3),
          ('column fief_themes.accent_color', 'table fief_themes has no column accent_color', 3),
          ('column fief_themes.background_color', 'table fief_themes has no column background_color', 3),
          ('column fief_themes.created_at', 'table fief_themes has no column created_at', 3),
          ('column fief_themes.default', 'table fief_themes has no column default', 3),
          ('column fief_themes.font_css_url', 'table fief_themes has no column font_css_url', 3),
          ('column fief_themes.font_family', 'table fief_themes has no column font_family', 3),
          ('column fief_themes.font_size', 'table fief_themes has no column font_size', 3),
          ('column fief_themes.id', 'table fief_themes has no column id', 3),
          ('column fief_themes.input_color', 'table fief_themes has no column input_color', 3),
          ('column fief_themes.input_color_background', 'table fief_themes has no column input_color_background', 3),
          ('column fief_themes.light_color', 'table fief_themes has no column light_color', 3),
          ('column fief_themes.light_color_hover', 'table fief_themes has no column light_color_hover', 3),
          ('column fief_themes.name', 'table fief_themes has no column name', 3),
          ('column fief_themes.primary_color', 'table fief_themes has no column primary_color', 3),
          ('column fief_themes.primary_color_hover', 'table fief_themes has no column primary_color_hover', 3),
          ('column fief_themes.primary_color_light', 'table fief_themes has no column primary_color_light', 3),
          ('column fief_themes.text_color', 'table fief_themes has no column text_color', 3),
          ('column fief_themes.updated_at', 'table fief_themes has no column updated_at', 3),
          ('column fief_user_field_values.created_at', 'table fief_user_field_values has no column created_at', 3),
          ('column fief_user_field_values.id', 'table fief_user_field_values has no column id', 3),
          ('column fief_user_field_values.updated_at', 'table fief_user_field_values has no column updated_at', 3),
          ('column fief_user_field_values.user_field_id', 'table fief_user_field_values has no column user_field_id', 3),
          ('column fief_user_field_values.user_id', 'table fief_user_field_values has no column user_id', 3),
          ('column fief_user_field_values.value_boolean', 'table fief_user_field_values has no column value_boolean', 3),
          ('column fief_user_field_values.value_date', 'table fief_user_field_values has no column value_date', 3),
          ('column fief_user_field_values.value_datetime', 'table fief_user_field_values has no column value_datetime', 3),
          ('column fief_user_field_values.value_integer', 'table fief_user_field_values has no column value_integer', 3),
          ('column fief_user_field_values.value_json', 'table fief_user_field_values has no column value_json', 3),
          ('column fief_user_field_values.value_string', 'table fief_user_field_values has no column value_string', 3),
          ('column fief_user_fields.configuration', 'table fief_user_fields has no column configuration', 3),
          ('column fief_user_fields.created_at', 'table fief_user_fields has no column created_at', 3),
          ('column fief_user_fields.id', 'table fief_user_fields has no column id', 3),
          ('column fief_user_fields.name', 'table fief_user_fields has no column name', 3),
          ('column fief_user_fields.slug', 'table fief_user_fields has no column slug', 3),
          ('column fief_user_fields.type', 'table fief_user_fields has no column type', 3),
          ('column fief_user_fields.updated_at', 'table fief_user_fields has no column updated_at', 3),
          ('column fief_user_permissions.created_at', 'table fief_user_permissions has no column created_at', 3),
          ('column fief_user_permissions.from_role_id', 'table fief_user_permissions has no column from_role_id', 3),
          ('column fief_user_permissions.id', 'table fief_user_permissions has no column id', 3),
          ('column fief_user_permissions.permission_id', 'table fief_user_permissions has no column permission_id', 3),
          ('column fief_user_permissions.updated_at', 'table fief_user_permissions has no column updated_at', 3),
          ('column fief_user_permissions.user_id', 'table fief_user_permissions has no column user_id', 3),
          ('column fief_user_roles.created_at', 'table fief_user_roles has no column created_at', 3),
          ('column fief_user_roles.id', 'table fief_user_roles has no column id', 3),
          ('column fief_user_roles.role_id', 'table fief_user_roles has no column role_id', 3),
          ('column fief_user_roles.updated_at', 'table fief_user_roles has no column updated_at', 3),
          ('column fief_user_roles.user_id', 'table fief_user_roles has no column user_id', 3),
          ('column fief_users.created_at', 'table fief_users has no column created_at', 3),
          ('column fief_users.email', 'table fief_users has no column email', 3),
          ('column fief_users.email_lower', 'table fief_users has no column email_lower', 3),
          ('column fief_users.email_verified', 'table fief_users has no column email_verified', 3),
          ('column fief_users.hashed_password', 'table fief_users has no column hashed_password', 3),
          ('column fief_users.id', 'table fief_users has no column id', 3),
          ('column fief_users.is_active', 'table fief_users has no column is_active', 3),
          ('column fief_users.tenant_id', 'table fief_users has no column tenant_id', 3),
          ('column fief_users.updated_at', 'table fief_users has no column updated_at', 3),
          ('column fief_webhook_logs.attempt', 'table fief_webhook_logs has no column attempt', 3),
          ('column fief_webhook_logs.created_at', 'table fief_webhook_logs has no column created_at', 3),
          ('column fief_webhook_logs.error_message', 'table fief_webhook_logs has no column error_message', 3),
          ('column fief_webhook_logs.error_type', 'table fief_webhook_logs has no column error_type', 3),
          ('column fief_webhook_logs.event', 'table fief_webhook_logs has no column event', 3),
          ('column fief_webhook_logs.id', 'table fief_webhook_logs has no column id', 3),
          ('column fief_webhook_logs.payload', 'table fief_webhook_logs has no column payload', 3),
          ('column fief_webhook_logs.response', 'table fief_webhook_logs has no column response', 3),
          ('column fief_webhook_logs.success', 'table fief_webhook_logs has no column success', 3),
          ('column fief_webhook_logs.updated_at', 'table fief_webhook_logs has no column updated_at', 3),
          ('column fief_webhook_logs.webhook_id', 'table fief_webhook_logs has no column webhook_id', 3),
          ('column fief_webhooks.created_at', 'table fief_webhooks has no column created_at', 3),
          ('column fief_webhooks.events', 'table fief_webhooks has no column events', 3),
          ('column fief_webhooks.id', 'table fief_webhooks has no column id', 3),
          ('column fief_webhooks.secret', 'table fief_webhooks has no column secret', 3),
          ('column fief_webhooks.updated_at', 'table fief_webhooks has no column updated_at', 3),
          ('column fief_webhooks.url', 'table fief_webhooks has no column url', 3),
          ('constraint fief_alembic_version.fief_alembic_version_pkc', 'table fief_alembic_version has no constraint fief_alembic_version_pkc', 3),
          ('constraint fief_audit_logs.fief_audit_logs_pkey', 'table fief_audit_logs has no constraint fief_audit_logs_pkey', 3),
          ('constraint fief_authorization_codes.fief_authorization_codes_client_id_fkey', 'table fief_authorization_codes has no constraint fief_authorization_codes_client_id_fkey', 3),
          ('constraint fief_authorization_codes.fief_authorization_codes_pkey', 'table fief_authorization_codes has no constraint fief_authorization_codes_pkey', 3),
          ('constraint fief_authorization_codes.fief_authorization_codes_user_id_fkey', 'table fief_authorization_codes has no constraint fief_authorization_codes_user_id_fkey', 3),
          ('constraint fief_clients.fief_clients_pkey', 'table fief_clients has no constraint fief_clients_pkey', 3),
          ('constraint fief_clients.fief_clients_tenant_id_fkey', 'table fief_clients has no constraint fief_clients_tenant_id_fkey', 3),
          ('constraint fief_email_domains.fief_email_domains_domain_key', 'table fief_email_domains has no constraint fief_email_domains_domain_key', 3),
          ('constraint fief_email_domains.fief_email_domains_pkey', 'table fief_email_domains has no constraint fief_email_domains_pkey', 3),
          ('constraint fief_email_templates.fief_email_templates_pkey', 'table fief_email_templates has no constraint fief_email_templates_pkey', 3),
          ('constraint fief_email_templates.fief_email_templates_type_key', 'table fief_email_templates has no constraint fief_email_templates_type_key', 3),
          ('constraint fief_email_verifications.fief_email_verifications_pkey', 'table fief_email_verifications has no constraint fief_email_verifications_pkey', 3),
          ('constraint fief_email_verifications.fief_email_verifications_user_id_fkey', 'table fief_email_verifications has no constraint fief_email_verifications_user_id_fkey', 3),
          ('constraint fief_grants.fief_grants_client_id_fkey', 'table fief_grants has no constraint fief_grants_client_id_fkey', 3),
          ('constraint fief_grants.fief_grants_pkey', 'table fief_grants has no constraint fief_grants_pkey', 3),
          ('constraint fief_grants.fief_grants_user_id_client_id_key', 'table fief_grants has no constraint fief_grants_user_id_client_id_key', 3),
          ('constraint fief_grants.fief_grants_user_id_fkey', 'table fief_grants has no constraint fief_grants_user_id_fkey', 3),
          ('constraint fief_login_sessions.fief_login_sessions_client_id_fkey', 'table fief_login_sessions has no constraint fief_login_sessions_client_id_fkey', 3),
          ('constraint fief_login_sessions.fief_login_sessions_pkey', 'table fief_login_sessions has no constraint fief_login_sessions_pkey', 3),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_oauth_provider_id_fkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_oauth_provider_id_fkey', 3),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_oauth_provider_id_user_id_key', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_oauth_provider_id_user_id_key', 3),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_pkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_pkey', 3),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_tenant_id_fkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_tenant_id_fkey', 3),
          ('constraint fief_oauth_accounts.fief_oauth_accounts_user_id_fkey', 'table fief_oauth_accounts has no constraint fief_oauth_accounts_user_id_fkey', 3),
          ('constraint fief_oauth_providers.fief_oauth_providers_pkey', 'table fief_oauth_providers has no constraint fief_oauth_providers_pkey', 3),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_oauth_account_id_fkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_oauth_account_id_fkey', 3),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_oauth_provider_id_fkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_oauth_provider_id_fkey', 3),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_pkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_pkey', 3),
          ('constraint fief_oauth_sessions.fief_oauth_sessions_tenant_id_fkey', 'table fief_oauth_sessions has no constraint fief_oauth_sessions_tenant_id_fkey', 3),
          ('constraint fief_permissions.fief_permissions_codename_key', 'table fief_permissions has no constraint fief_permissions_codename_key', 3),
          ('constraint fief_permissions.fief_permissions_pkey', 'table fief_permissions has no constraint fief_permissions_pkey', 3),
          ('constraint fief_refresh_tokens.fief_refresh_tokens_client_id_fkey', 'table fief_refresh_tokens has no constraint fief_refresh_tokens_client_id_fkey', 3),
          ('constraint fief_refresh_tokens.fief_refresh_tokens_pkey', 'table fief_refresh_tokens has no constraint fief_refresh_tokens_pkey', 3),
          ('constraint fief_refresh_tokens.fief_refresh_tokens_user_id_fkey', 'table fief_refresh_tokens has no constraint fief_refresh_tokens_user_id_fkey', 3),
          ('constraint fief_registration_sessions.fief_registration_sessions_oauth_account_id_fkey', 'table fief_registration_sessions has no constraint fief_registration_sessions_oauth_account_id_fkey', 3),
          ('constraint fief_registration_sessions.fief_registration_sessions_pkey', 'table fief_registration_sessions has no constraint fief_registration_sessions_pkey', 3),
          ('constraint fief_registration_sessions.fief_registration_sessions_tenant_id_fkey', 'table fief_registration_sessions has no constraint fief_registration_sessions_tenant_id_fkey', 3),
          ('constraint fief_roles.fief_roles_pkey', 'table fief_roles has no constraint fief_roles_pkey', 3),
          ('constraint fief_roles_permissions.fief_roles_permissions_permission_id_fkey', 'table fief_roles_permissions has no constraint fief_roles_permissions_permission_id_fkey', 3),
          ('constraint fief_roles_permissions.fief_roles_permissions_pkey', 'table fief_roles_permissions has no constraint fief_roles_permissions_pkey', 3),
          ('constraint fief_roles_permissions.fief_roles_permissions_role_id_fkey', 'table fief_roles_permissions has no constraint fief_roles_permissions_role_id_fkey', 3),
          ('constraint fief_session_tokens.fief_session_tokens_pkey', 'table fief_session_tokens has no constraint fief_session_tokens_pkey', 3),
          ('constraint fief_session_tokens.fief_session_tokens_user_id_fkey', 'table fief_session_tokens has no constraint fief_session_tokens_user_id_fkey', 3),
          ('constraint fief_tenants.fief_tenants_email_domain_id_fkey', 'table fief_tenants has no constraint fief_tenants_email_domain_id_fkey', 3),
          ('constraint fief_tenants.fief_tenants_pkey', 'table fief_tenants has no constraint fief_tenants_pkey', 3),
          ('constraint fief_tenants.fief_tenants_slug_key', 'table fief_tenants has no constraint fief_tenants_slug_key', 3),
          ('constraint fief_tenants.fief_tenants_theme_id_fkey', 'table fief_tenants has no constraint fief_tenants_theme_id_fkey', 3),
          ('constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_oauth_provider_id_fkey', 'table fief_tenants_oauth_providers has no constraint fief_tenants_oauth_providers_oauth_provider_id_fkey', 3),
          ('constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_pkey', 'table fief_tenants_oauth_providers has no constraint fief_tenants_oauth_providers_pkey', 3),
          ('constraint fief_tenants_oauth_providers.fief_tenants_oauth_providers_tenant_id_fkey', 'table fief_tenants_oauth_providers has no constraint fief_tenants_oauth_providers_tenant_id_fkey', 3),
          ('constraint fief_themes.fief_themes_pkey', 'table fief_themes has no constraint fief_themes_pkey', 3),
          ('constraint fief_user_field_values.fief_user_field_values_pkey', 'table fief_user_field_values has no constraint fief_user_field_values_pkey', 3),
          ('constraint fief_user_field_values.fief_user_field_values_user_field_id_fkey', 'table fief_user_field_values has no constraint fief_user_field_values_user_field_id_fkey', 3),
          ('constraint fief_user_field_values.fief_user_field_values_user_field_id_user_id_key', 'table fief_user_field_values has no constraint fief_user_field_values_user_field_id_user_id_key', 3),
          ('constraint fief_user_field_values.fief_user_field_values_user_id_fkey', 'table fief_user_field_values has no constraint fief_user_field_values_user_id_fkey', 3),
          ('constraint fief_user_fields.fief_user_fields_pkey', 'table fief_user_fields has no constraint fief_user_fields_pkey', 3),
          ('constraint fief_user_permissions.fief_user_permissions_from_role_id_fkey', 'table fief_user_permissions has no constraint fief_user_permissions_from_role_id_fkey', 3),
          ('constraint fief_user_permissions.fief_user_permissions_permission_id_fkey', 'table fief_user_permissions has no constraint fief_user_permissions_permission_id_fkey', 3),
          ('constraint fief_user_permissions.fief_user_permissions_pkey', 'table fief_user_permissions has no constraint fief_user_permissions_pkey', 3),
          ('constraint fief_user_permissions.fief_user_permissions_user_id_fkey', 'table fief_user_permissions has no constraint fief_user_permissions_user_id_fkey', 3),
          ('constraint fief_user_permissions.fief_user_permissions_user_id_permission_id_from_role_id_key', 'table fief_user_permissions has no constraint fief_user_permissions_user_id_permission_id_from_role_id_key', 3),
          ('constraint fief_user_roles.fief_user_roles_pkey', 'table fief_user_roles has no constraint fief_user_roles_pkey', 3),
          ('constraint fief_user_roles.fief_user_roles_role_id_fkey', 'table fief_user_roles has no constraint fief_user_roles_role_id_fkey', 3),
          ('constraint fief_user_roles.fief_user_roles_user_id_fkey', 'table fief_user_roles has no constraint fief_user_roles_user_id_fkey', 3),
          ('constraint fief_user_roles.fief_user_roles_user_id_role_id_key', 'table fief_user_roles has no constraint fief_user_roles_user_id_role_id_key', 3),
          ('constraint fief_users.fief_users_email_tenant_id_key', 'table fief_users has no constraint fief_users_email_tenant_id_key', 3),
          ('constraint fief_users.fief_users_pkey', 'table fief_users has no constraint fief_users_pkey', 3),
          ('constraint fief_users.fief_users_tenant_id_fkey', 'table fief_users has no constraint fief_users_tenant_id_fkey', 3),
          ('constraint fief_webhook_logs.fief_webhook_logs_pkey', 'table fief_webhook_logs has no constraint fief_webhook_logs_pkey', 3),
          ('constraint fief_webhook_logs.fief_webhook_logs_webhook_id_fkey', 'table fief_webhook_logs has no constraint fief_webhook_logs_webhook_id_fkey', 3),
          ('constraint fief_webhooks.fief_webhooks_pkey', 'table fief_webhooks has no constraint fief_webhooks_pkey', 3),
          ('enum_type fief_acr', 'enum type fief_acr is missing', 3),
          ('enum_type fief_clienttype', 'enum type fief_clienttype is missing', 3),
          ('enum_type fief_userfieldtype', 'enum type fief_userfieldtype is missing', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_api_key_id', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_user_id', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_level', 'table fief_audit_logs has no index ix_fief_audit_logs_level', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_object_class', 'table fief_audit_logs has no index ix_fief_audit_logs_object_class', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_object_id', 'table fief_audit_logs has no index ix_fief_audit_logs_object_id', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_subject_user_id', 3),
          ('index fief_audit_logs.ix_fief_audit_logs_timestamp', 'table fief_audit_logs has no index ix_fief_audit_logs_timestamp', 3),
          ('index fief_authorization_codes.ix_fief_authorization_codes_code', 'table fief_authorization_codes has no index ix_fief_authorization_codes_code', 3),
          ('index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_created_at', 3),
          ('index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_expires_at', 3),
          ('index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_updated_at', 3),
          ('index fief_clients.ix_fief_clients_client_id', 'table fief_clients has no index ix_fief_clients_client_id', 3),
          ('index fief_clients.ix_fief_clients_client_secret', 'table fief_clients has no index ix_fief_clients_client_secret', 3),
          ('index fief_clients.ix_fief_clients_created_at', 'table fief_clients has no index ix_fief_clients_created_at', 3),
          ('index fief_clients.ix_fief_clients_updated_at', 'table fief_clients has no index ix_fief_clients_updated_at', 3),
          ('index fief_email_domains.ix_fief_email_domains_created_at', 'table fief_email_domains has no index ix_fief_email_domains_created_at', 3),
          ('index fief_email_domains.ix_fief_email_domains_updated_at', 'table fief_email_domains has no index ix_fief_email_domains_updated_at', 3),
          ('index fief_email_templates.ix_fief_email_templates_created_at', 'table fief_email_templates has no index ix_fief_email_templates_created_at', 3),
          ('index fief_email_templates.ix_fief_email_templates_updated_at', 'table fief_email_templates has no index ix_fief_email_templates_updated_at', 3),
          ('index fief_email_verifications.ix_fief_email_verifications_code', 'table fief_email_verifications has no index ix_fief_email_verifications_code', 3),
          ('index fief_email_verifications.ix_fief_email_verifications_created_at', 'table fief_email_verifications has no index ix_fief_email_verifications_created_at', 3),
          ('index fief_email_verifications.ix_fief_email_verifications_email', 'table fief_email_verifications has no index ix_fief_email_verifications_email', 3),
          ('index fief_email_verifications.ix_fief_email_verifications_expires_at', 'table fief_email_verifications has no index ix_fief_email_verifications_expires_at', 3),
          ('index fief_email_verifications.ix_fief_email_verifications_updated_at', 'table fief_email_verifications has no index ix_fief_email_verifications_updated_at', 3),
          ('index fief_grants.ix_fief_grants_created_at', 'table fief_grants has no index ix_fief_grants_created_at', 3),
          ('index fief_grants.ix_fief_grants_updated_at', 'table fief_grants has no index ix_fief_grants_updated_at', 3),
          ('index fief_login_sessions.ix_fief_login_sessions_created_at', 'table fief_login_sessions has no index ix_fief_login_sessions_created_at', 3),
          ('index fief_login_sessions.ix_fief_login_sessions_expires_at', 'table fief_login_sessions has no index ix_fief_login_sessions_expires_at', 3),
          ('index fief_login_sessions.ix_fief_login_sessions_token', 'table fief_login_sessions has no index ix_fief_login_sessions_token', 3),
          ('index fief_login_sessions.ix_fief_login_sessions_updated_at', 'table fief_login_sessions has no index ix_fief_login_sessions_updated_at', 3),
          ('index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_account_id', 3),
          ('index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_created_at', 3),
          ('index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_updated_at', 3),
          ('index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_created_at', 3),
          ('index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_updated_at', 3),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_created_at', 3),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_expires_at', 3),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_token', 3),
          ('index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_updated_at', 3),
          ('index fief_permissions.ix_fief_permissions_created_at', 'table fief_permissions has no index ix_fief_permissions_created_at', 3),
          ('index fief_permissions.ix_fief_permissions_updated_at', 'table fief_permissions has no index ix_fief_permissions_updated_at', 3),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_created_at', 3),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_expires_at', 3),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_token', 3),
          ('index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_updated_at', 3),
          ('index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_created_at', 3),
          ('index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_expires_at', 3),
          ('index fief_registration_sessions.ix_fief_registration_sessions_token', 'table fief_registration_sessions has no index ix_fief_registration_sessions_token', 3),
          ('index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_updated_at', 3),
          ('index fief_roles.ix_fief_roles_created_at', 'table fief_roles has no index ix_fief_roles_created_at', 3),
          ('index fief_roles.ix_fief_roles_updated_at', 'table fief_roles has no index ix_fief_roles_updated_at', 3),
          ('index fief_session_tokens.ix_fief_session_tokens_created_at', 'table fief_session_tokens has no index ix_fief_session_tokens_created_at', 3),
          ('index fief_session_tokens.ix_fief_session_tokens_expires_at', 'table fief_session_tokens has no index ix_fief_session_tokens_expires_at', 3),
          ('index fief_session_tokens.ix_fief_session_tokens_token', 'table fief_session_tokens has no index ix_fief_session_tokens_token', 3),
          ('index fief_session_tokens.ix_fief_session_tokens_updated_at', 'table fief_session_tokens has no index ix_fief_session_tokens_updated_at', 3),
          ('index fief_tenants.ix_fief_tenants_created_at', 'table fief_tenants has no index ix_fief_tenants_created_at', 3),
          ('index fief_tenants.ix_fief_tenants_updated_at', 'table fief_tenants has no index ix_fief_tenants_updated_at', 3),
          ('index fief_themes.ix_fief_themes_created_at', 'table fief_themes has no index ix_fief_themes_created_at', 3),
          ('index fief_themes.ix_fief_themes_updated_at', 'table fief_themes has no index ix_fief_themes_updated_at', 3),
          ('index fief_user_field_values.ix_fief_user_field_values_created_at', 'table fief_user_field_values has no index ix_fief_user_field_values_created_at', 3),
          ('index fief_user_field_values.ix_fief_user_field_values_updated_at', 'table fief_user_field_values has no index ix_fief_user_field_values_updated_at', 3),
          ('index fief_user_fields.ix_fief_user_fields_created_at', 'table fief_user_fields has no index ix_fief_user_fields_created_at', 3),
          ('index fief_user_fields.ix_fief_user_fields_slug', 'table fief_user_fields has no index ix_fief_user_fields_slug', 3),
          ('index fief_user_fields.ix_fief_user_fields_type', 'table fief_user_fields has no index ix_fief_user_fields_type', 3),
          ('index fief_user_fields.ix_fief_user_fields_updated_at', 'table fief_user_fields has no index ix_fief_user_fields_updated_at', 3),
          ('index fief_user_permissions.ix_fief_user_permissions_created_at', 'table fief_user_permissions has no index ix_fief_user_permissions_created_at', 3),
          ('index fief_user_permissions.ix_fief_user_permissions_updated_at', 'table fief_user_permissions has no index ix_fief_user_permissions_updated_at', 3),
          ('index fief_user_roles.ix_fief_user_roles_created_at', 'table fief_user_roles has no index ix_fief_user_roles_created_at', 3),
          ('index fief_user_roles.ix_fief_user_roles_updated_at', 'table fief_user_roles has no index ix_fief_user_roles_updated_at', 3),
          ('index fief_users.ix_fief_users_created_at', 'table fief_users has no index ix_fief_users_created_at', 3),
          ('index fief_users.ix_fief_users_email', 'table fief_users has no index ix_fief_users_email', 3),
          ('index fief_users.ix_fief_users_email_lower', 'table fief_users has no index ix_fief_users_email_lower', 3),
          ('index fief_users.ix_fief_users_email_verified', 'table fief_users has no index ix_fief_users_email_verified', 3),
          ('index fief_users.ix_fief_users_updated_at', 'table fief_users has no index ix_fief_users_updated_at', 3),
          ('index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_created_at', 3),
          ('index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_updated_at', 3),
          ('index fief_webhooks.ix_fief_webhooks_created_at', 'table fief_webhooks has no index ix_fief_webhooks_created_at', 3),
          ('index fief_webhooks.ix_fief_webhooks_updated_at', 'table fief_webhooks has no index ix_fief_webhooks_updated_at', 3),
          ('table fief_alembic_version', 'table fief_alembic_version is missing', 3),
          ('table fief_audit_logs', 'table fief_audit_logs is missing', 3),
          ('table fief_authorization_codes', 'table fief_authorization_codes is missing', 3),
          ('table fief_clients', 'table fief_clients is missing', 3),
          ('table fief_email_domains', 'table fief_email_domains is missing', 3),
          ('table fief_email_templates', 'table fief_email_templates is missing', 3),
          ('table fief_email_verifications', 'table fief_email_verifications is missing', 3),
          ('table fief_grants', 'table fief_grants is missing', 3),
          ('table fief_login_sessions', 'table fief_login_sessions is missing', 3),
          ('table fief_oauth_accounts', 'table fief_oauth_accounts is missing', 3),
          ('table fief_oauth_providers', 'table fief_oauth_providers is missing', 3),
          ('table fief_oauth_sessions', 'table fief_oauth_sessions is missing', 3),
          ('table fief_permissions', 'table fief_permissions is missing', 3),
          ('table fief_refresh_tokens', 'table fief_refresh_tokens is missing', 3),
          ('table fief_registration_sessions', 'table fief_registration_sessions is missing', 3),
          ('table fief_roles', 'table fief_roles is missing', 3),
          ('table fief_roles_permissions', 'table fief_roles_permissions is missing', 3),
          ('table fief_session_tokens', 'table fief_session_tokens is missing', 3),
          ('table fief_tenants', 'table fief_tenants is missing', 3),
          ('table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing', 3),
          ('table fief_themes', 'table fief_themes is missing', 3),
          ('table fief_user_field_values', 'table fief_user_field_values is missing', 3),
          ('table fief_user_fields', 'table fief_user_fields is missing', 3),
          ('table fief_user_permissions', 'table fief_user_permissions is missing', 3),
          ('table fief_user_roles', 'table fief_user_roles is missing', 3),
          ('table fief_users', 'table fief_users is missing', 3),
          ('table fief_webhook_logs', 'table fief_webhook_logs is missing', 3),
          ('table fief_webhooks', 'table fief_webhooks is missing', 3)),
      p(o, m, c) AS (SELECT * FROM (
    SELECT 1 AS o, CASE WHEN f.kind = 'table' THEN 'table ' || f.tbl || ' exists' || replace(f.def, 'present', '') WHEN f.kind = 'enum_type' THEN 'enum type ' || f.tbl || ' is ' || f.def ELSE 'table ' || f.tbl || ' has ' || f.kind || ' ' || f.name || ' ' || f.def END || ', which no version on this path has' AS m,
      CASE WHEN f.k NOT IN ('', 'constraint admin_api_key.admin_api_key_pkey', 'constraint admin_api_key.admin_api_key_token_key', 'constraint admin_api_key.admin_api_key_workspace_id_fkey', 'constraint admin_session_tokens.admin_session_tokens_pkey', 'constraint admin_session_tokens.admin_session_tokens_token_key', 'constraint alembic_version.alembic_version_pkc', 'constraint workspace_users.workspace_users_pkey', 'constraint workspace_users.workspace_users_workspace_id_fkey', 'constraint workspaces.workspaces_pkey', 'enum_type databasetype', 'index admin_api_key.ix_admin_api_key_created_at', 'index admin_api_key.ix_admin_api_key_updated_at', 'index admin_session_tokens.ix_admin_session_tokens_created_at', 'index admin_session_tokens.ix_admin_session_tokens_updated_at', 'index workspace_users.ix_workspace_users_created_at', 'index workspace_users.ix_workspace_users_updated_at', 'index workspaces.ix_workspaces_alembic_revision', 'index workspaces.ix_workspaces_created_at', 'index workspaces.ix_workspaces_updated_at') AND COALESCE(a.f, 0) & 1 = 0 THEN 1 ELSE 0 END + CASE WHEN f.k NOT IN ('') AND COALESCE(a.f, 0) & 2 = 0 THEN 2 ELSE 0 END AS c
      FROM found f LEFT JOIN allowed a ON a.k = f.k AND a.def = f.def
    UNION ALL
    SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m, r.f FROM required r WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.k = r.k)
    UNION ALL
    SELECT 0, 'table ' || f.tbl || ' exists in more than one schema (' || string_agg(CASE WHEN f.def LIKE '% in %' THEN substr(f.def, strpos(f.def, ' in ') + 4) ELSE 'the main one' END, ', ' ORDER BY f.def) || ')', CASE WHEN TRUE THEN 1 ELSE 0 END + CASE WHEN TRUE THEN 2 ELSE 0 END FROM found f WHERE f.kind = 'table' GROUP BY f.tbl HAVING count(*) > 1) q WHERE c <> 0)
    SELECT (SELECT (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(m AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t) FROM p WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1), json_build_object('a', (SELECT coalesce(json_agg(json_build_array(k, def) ORDER BY k, def), '[]') FROM allowed WHERE f & 2 <> 0), 'r', (SELECT coalesce(json_agg(json_build_array(k, m) ORDER BY k), '[]') FROM required WHERE f & 2 <> 0))::text, EXISTS (SELECT 1 FROM p WHERE c & 2 <> 0)
  INTO problem, kept, off_target;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'this database is not at fief 0.28, at 0.28-cleanup, nor between them on this script''s path: ' || problem || '. Nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Compile the script for the version this database is at (npx plan compile fief <its version> 0.28-cleanup), or run this one on the fief 0.28 database it was made for.';
  END IF;
  PERFORM set_config('plan.target_3eb4bb4e3b597f41', kept, false);
  PERFORM set_config('plan.at_start', CASE WHEN off_target THEN '' ELSE 'plan: fief 0.28 → 0.28-cleanup: the database was at 0.28-cleanup already: nothing to do' END, false);
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
        WHEN k.confrelid = COALESCE(to_regclass('alembic_version'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".alembic_version'))
          AND COALESCE(to_regclass('alembic_version'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".alembic_version')) IS NOT NULL
        THEN 'after this script there is no table alembic_version: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = COALESCE(to_regclass('admin_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_session_tokens'))
          AND COALESCE(to_regclass('admin_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_session_tokens')) IS NOT NULL
        THEN 'after this script there is no table admin_session_tokens: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = COALESCE(to_regclass('workspaces'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspaces'))
          AND COALESCE(to_regclass('workspaces'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspaces')) IS NOT NULL
        THEN 'after this script there is no table workspaces: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = COALESCE(to_regclass('admin_api_key'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_api_key'))
          AND COALESCE(to_regclass('admin_api_key'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_api_key')) IS NOT NULL
        THEN 'after this script there is no table admin_api_key: drop the foreign key for good, or point it at another table'
        WHEN k.confrelid = COALESCE(to_regclass('workspace_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspace_users'))
          AND COALESCE(to_regclass('workspace_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspace_users')) IS NOT NULL
        THEN 'after this script there is no table workspace_users: drop the foreign key for good, or point it at another table'
        END AS note
      FROM (
        SELECT c.oid, c.conname, c.conrelid, c.confrelid,
          ARRAY(SELECT a.attname::text FROM unnest(c.confkey) x(n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS colset,
          (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.i) FROM unnest(c.confkey) WITH ORDINALITY x(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS cols
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid IN (COALESCE(to_regclass('alembic_version'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".alembic_version')), COALESCE(to_regclass('admin_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_session_tokens')), COALESCE(to_regclass('workspaces'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspaces')), COALESCE(to_regclass('admin_api_key'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_api_key')), COALESCE(to_regclass('workspace_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspace_users')))
      ) k
      WHERE TRUE AND NOT EXISTS (SELECT 1 FROM (VALUES (COALESCE(to_regclass('admin_api_key'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_api_key')), 'admin_api_key_workspace_id_fkey'), (COALESCE(to_regclass('fief_authorization_codes'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes')), 'fief_authorization_codes_client_id_fkey'), (COALESCE(to_regclass('fief_authorization_codes'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_authorization_codes')), 'fief_authorization_codes_user_id_fkey'), (COALESCE(to_regclass('fief_clients'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_clients')), 'fief_clients_tenant_id_fkey'), (COALESCE(to_regclass('fief_email_verifications'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_email_verifications')), 'fief_email_verifications_user_id_fkey'), (COALESCE(to_regclass('fief_grants'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_grants')), 'fief_grants_client_id_fkey'), (COALESCE(to_regclass('fief_grants'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_grants')), 'fief_grants_user_id_fkey'), (COALESCE(to_regclass('fief_login_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_login_sessions')), 'fief_login_sessions_client_id_fkey'), (COALESCE(to_regclass('fief_oauth_accounts'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts')), 'fief_oauth_accounts_oauth_provider_id_fkey'), (COALESCE(to_regclass('fief_oauth_accounts'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts')), 'fief_oauth_accounts_tenant_id_fkey'), (COALESCE(to_regclass('fief_oauth_accounts'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_accounts')), 'fief_oauth_accounts_user_id_fkey'), (COALESCE(to_regclass('fief_oauth_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions')), 'fief_oauth_sessions_oauth_account_id_fkey'), (COALESCE(to_regclass('fief_oauth_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions')), 'fief_oauth_sessions_oauth_provider_id_fkey'), (COALESCE(to_regclass('fief_oauth_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_oauth_sessions')), 'fief_oauth_sessions_tenant_id_fkey'), (COALESCE(to_regclass('fief_refresh_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens')), 'fief_refresh_tokens_client_id_fkey'), (COALESCE(to_regclass('fief_refresh_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_refresh_tokens')), 'fief_refresh_tokens_user_id_fkey'), (COALESCE(to_regclass('fief_registration_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions')), 'fief_registration_sessions_oauth_account_id_fkey'), (COALESCE(to_regclass('fief_registration_sessions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_registration_sessions')), 'fief_registration_sessions_tenant_id_fkey'), (COALESCE(to_regclass('fief_roles_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles_permissions')), 'fief_roles_permissions_permission_id_fkey'), (COALESCE(to_regclass('fief_roles_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_roles_permissions')), 'fief_roles_permissions_role_id_fkey'), (COALESCE(to_regclass('fief_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_session_tokens')), 'fief_session_tokens_user_id_fkey'), (COALESCE(to_regclass('fief_tenants'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants')), 'fief_tenants_email_domain_id_fkey'), (COALESCE(to_regclass('fief_tenants'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants')), 'fief_tenants_theme_id_fkey'), (COALESCE(to_regclass('fief_tenants_oauth_providers'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants_oauth_providers')), 'fief_tenants_oauth_providers_oauth_provider_id_fkey'), (COALESCE(to_regclass('fief_tenants_oauth_providers'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_tenants_oauth_providers')), 'fief_tenants_oauth_providers_tenant_id_fkey'), (COALESCE(to_regclass('fief_user_field_values'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_field_values')), 'fief_user_field_values_user_field_id_fkey'), (COALESCE(to_regclass('fief_user_field_values'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_field_values')), 'fief_user_field_values_user_id_fkey'), (COALESCE(to_regclass('fief_user_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_permissions')), 'fief_user_permissions_from_role_id_fkey'), (COALESCE(to_regclass('fief_user_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_permissions')), 'fief_user_permissions_permission_id_fkey'), (COALESCE(to_regclass('fief_user_permissions'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_permissions')), 'fief_user_permissions_user_id_fkey'), (COALESCE(to_regclass('fief_user_roles'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_roles')), 'fief_user_roles_role_id_fkey'), (COALESCE(to_regclass('fief_user_roles'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_user_roles')), 'fief_user_roles_user_id_fkey'), (COALESCE(to_regclass('fief_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_users')), 'fief_users_tenant_id_fkey'), (COALESCE(to_regclass('fief_webhook_logs'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".fief_webhook_logs')), 'fief_webhook_logs_webhook_id_fkey'), (COALESCE(to_regclass('workspace_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspace_users')), 'workspace_users_workspace_id_fkey')) kn(r, n) WHERE kn.r = k.conrelid AND kn.n = k.conname)
    ) f
    WHERE f.note IS NOT NULL;
  IF refs IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', 'foreign keys of tables outside fief reference keys that fief 0.28 → 0.28-cleanup drops or replaces, and PostgreSQL refuses to drop a key while a foreign key depends on it: ' || refs || '. Nothing was changed.'
      USING DETAIL = 'Drop them before running this script:' || chr(10) || drops || chr(10) || 'and re-create them once it has run:' || chr(10) || creates || chr(10) || notes,
            HINT = 'Run the DROP commands, then this script, then the re-create commands (changed as the notes say where a key changed its columns).';
  END IF;
END
$plan$;

-- ================================================================================================
-- fief 0.28 → 0.28-cleanup: After Fief 0.28 runs well: the five tables of the workspace registry that 0.28 no longer reads are dropped (and on PostgreSQL their enum type databasetype, which Fief's guide leaves behind)
-- source: plans/fief/0.28-0.28-cleanup.yaml
-- ================================================================================================
-- 0.28 → 0.28-cleanup · 1/7 · manual step
-- MANUAL STEP (not done by this script):
--   Run this only once Fief 0.28 works on this database (sign-in, the admin role granted, new admin
--   API keys): it drops the old workspace registry and admin API keys for good.

-- 0.28 → 0.28-cleanup · 2/7 · drop table workspace_users
-- locks: workspace_users: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | workspaces: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF COALESCE(to_regclass('workspace_users'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspace_users')) IS NOT NULL THEN
    DROP TABLE workspace_users;
  END IF;
END
$plan$;

-- 0.28 → 0.28-cleanup · 3/7 · drop table admin_api_key
-- locks: admin_api_key: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | workspaces: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF COALESCE(to_regclass('admin_api_key'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_api_key')) IS NOT NULL THEN
    DROP TABLE admin_api_key;
  END IF;
END
$plan$;

-- 0.28 → 0.28-cleanup · 4/7 · drop table admin_session_tokens
-- locks: admin_session_tokens: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF COALESCE(to_regclass('admin_session_tokens'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".admin_session_tokens')) IS NOT NULL THEN
    DROP TABLE admin_session_tokens;
  END IF;
END
$plan$;

-- 0.28 → 0.28-cleanup · 5/7 · drop table workspaces
-- locks: workspaces: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF COALESCE(to_regclass('workspaces'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".workspaces')) IS NOT NULL THEN
    DROP TABLE workspaces;
  END IF;
END
$plan$;

-- 0.28 → 0.28-cleanup · 6/7 · drop table alembic_version
-- locks: alembic_version: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT
DO $plan$
BEGIN
  IF COALESCE(to_regclass('alembic_version'), to_regclass('"08e952f1-8a79-4672-99f8-ea6919cd4692".alembic_version')) IS NOT NULL THEN
    DROP TABLE alembic_version;
  END IF;
END
$plan$;

-- 0.28 → 0.28-cleanup · 7/7 · drop enum type databasetype
-- why: The type of workspaces.database_type, which no table uses now (Fief's guide leaves it in the schema).
-- locks: no table (a type or a schema)
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_type t WHERE t.typtype = 'e' AND t.typname = 'databasetype' AND t.typnamespace IN ((SELECT oid FROM pg_namespace WHERE nspname = current_schema()), (SELECT oid FROM pg_namespace WHERE nspname = '08e952f1-8a79-4672-99f8-ea6919cd4692'))) THEN
    DROP TYPE databasetype;
  END IF;
END
$plan$;

-- the end: the database is at 0.28-cleanup, or the script stops here and everything this run did is rolled back
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
      allowed(k, def) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_3eb4bb4e3b597f41', true), '')::json -> 'a') e),
      required(k, m) AS (SELECT e->>0, e->>1 FROM json_array_elements(nullif(current_setting('plan.target_3eb4bb4e3b597f41', true), '')::json -> 'r') e),
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
    RAISE EXCEPTION 'plan stopped: %', 'the database is not at fief 0.28-cleanup at the end of this script (a statement did not do what its plan says): ' || problem || '. Everything this run did is rolled back: nothing was changed.' USING DETAIL = format('Checked: database %s, schema %s.', (SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_database()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), coalesce((SELECT COALESCE(string_agg(CASE ascii(s.ch) WHEN 92 THEN E'\\\\' WHEN 10 THEN E'\\n' WHEN 13 THEN E'\\r' WHEN 8 THEN E'\\b' WHEN 12 THEN E'\\f' ELSE CASE WHEN (ascii(s.ch) < 32 AND ascii(s.ch) <> 9) OR ascii(s.ch) BETWEEN 127 AND 159 OR ascii(s.ch) IN (8232, 8233) THEN E'\\u' || lpad(to_hex(ascii(s.ch)), 4, '0') ELSE s.ch END END, '' ORDER BY s.i), v.t) FROM (SELECT CAST(quote_ident(current_schema()) AS text) AS t) AS v LEFT JOIN LATERAL regexp_split_to_table(v.t, '') WITH ORDINALITY AS s(ch, i) ON true GROUP BY v.t), 'none (no schema on the search path exists)')), HINT = 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect fief names every difference.';
  END IF;
  PERFORM set_config('plan.at_target', 'plan: fief 0.28 → 0.28-cleanup applied', false);
END
$plan$;
COMMIT;

-- printed only when the database is now at the target state
SELECT CASE WHEN current_setting('plan.at_start', true) = 'plan: fief 0.28 → 0.28-cleanup: the database was at 0.28-cleanup already: nothing to do' THEN 'plan: fief 0.28 → 0.28-cleanup: the database was at 0.28-cleanup already: nothing to do' ELSE 'plan: fief 0.28 → 0.28-cleanup applied' END AS plan WHERE current_setting('plan.at_target', true) = 'plan: fief 0.28 → 0.28-cleanup applied';
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_locks l WHERE (l.locktype = 'advisory' AND l.classid = 1886151022::oid AND l.objid = ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int::oid AND l.objsubid = 2 AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())) AND l.granted AND l.pid = pg_backend_pid()) THEN
    PERFORM pg_advisory_unlock(1886151022, ('x' || substr(md5(COALESCE(current_schema(), '')), 1, 7))::bit(28)::int);
  END IF;
END
$plan$;
