-- plan 0.1.0 · fief 0.27 → 0 · sqlite · rollback
-- what:     this script rolls a fief database back from 0.27 to 0 on SQLite (generated from the plans listed below)
-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF FIEF AND ALL THE DATA IN THEM.
-- stop:     first, before the backup: every Fief server and worker that uses this database
-- backup:   then: sqlite3 -readonly DATABASE.db '.backup fief-0.27-before.db.partial' && mv fief-0.27-before.db.partial fief-0.27-before.db   (restore, while nothing else has it open: sqlite3 DATABASE.db '.restore fief-0.27-before.db'; not a copy over it: a -wal file left beside the database would be replayed onto the copy)
-- apply:    sqlite3 -bail DATABASE.db < down.sql   (the sqlite3 client: the first line, .bail on, makes it stop at the first error even without -bail)
-- reverse:  npx plan compile fief 0 0.27 --dialect sqlite -o up.sql
-- this rollback drops: 28 tables fief_alembic_version, fief_audit_logs, fief_email_domains, fief_email_templates, fief_oauth_providers, fief_permissions, fief_roles, fief_themes, fief_user_fields, fief_webhooks, fief_roles_permissions, fief_tenants, fief_webhook_logs, fief_clients, fief_tenants_oauth_providers, fief_users, fief_authorization_codes, fief_email_verifications, fief_grants, fief_login_sessions, fief_oauth_accounts, fief_refresh_tokens, fief_session_tokens, fief_user_field_values, fief_user_permissions, fief_user_roles, fief_oauth_sessions, fief_registration_sessions, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/fief/product.yaml plans/fief/0-0.27.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/fief/product.yaml 9ed9f74bbf660848d1152c8ba893dd1fae31f45511883942d3cb777414f3642c
--   plans/fief/0-0.27.yaml 3aae53b852d54ffb9ee8586523e6a412613327c97a33ca8daf14eeeebddc8353
-- a second run stops at its first check with "… is already applied: nothing to do" (exit status 1 under -bail) and changes nothing; a run cut short changed nothing, so running the file again completes it.
-- the whole script is one transaction: a failure, a crash or a kill at any statement leaves the database as it was; fix the cause and run the file again.
-- lock:     .timeout 5000 (the sqlite3 client's busy timeout, PRAGMA busy_timeout without its printed value; milliseconds; npx plan compile --lock-timeout 5s, 0: none): while another connection writes to the database (or reads it as this script commits), the script retries for up to that long instead of failing at once; then it fails with "database is locked" and, being one transaction, changes nothing: run the file again later.
-- locks:    SQLite locks the whole database: the script takes its write lock at BEGIN IMMEDIATE and holds it until COMMIT (other writers wait for busy_timeout, then fail with SQLITE_BUSY; in rollback-journal mode readers are shut out while it commits). No table is rebuilt.
-- MANUAL STEPS (1), not done by this script:
--   1. [0.27 → 0] Only if this script stops at its check for foreign keys of tables outside fief onto the keys it drops or replaces (it looks before any change): rebuild the tables it names without those foreign keys (https://sqlite.org/lang_altertable.html#otheralter), run the script again, then add them back the same way.

.bail on
.timeout 5000
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TEMP TABLE IF NOT EXISTS plan_stop (n INTEGER);

-- a second run: the database is at 0 already, so there is nothing to do
-- check that the database is at 0.27: this script is one transaction and runs only from there
DROP TABLE IF EXISTS temp.plan_expect;
CREATE TEMP TABLE plan_expect AS SELECT column1 AS k, column2 AS def, column3 AS f FROM (VALUES
      ('column fief_alembic_version.version_num', 'varchar(32) NOT NULL', 1),
      ('column fief_audit_logs.admin_api_key_id', 'char(36)', 1),
      ('column fief_audit_logs.admin_user_id', 'char(36)', 1),
      ('column fief_audit_logs.extra', 'json', 1),
      ('column fief_audit_logs.id', 'char(36) NOT NULL', 1),
      ('column fief_audit_logs.level', 'varchar(255) NOT NULL', 1),
      ('column fief_audit_logs.message', 'text NOT NULL', 1),
      ('column fief_audit_logs.object_class', 'varchar(255)', 1),
      ('column fief_audit_logs.object_id', 'char(36)', 1),
      ('column fief_audit_logs.subject_user_id', 'char(36)', 1),
      ('column fief_audit_logs.timestamp', 'timestamp NOT NULL', 1),
      ('column fief_authorization_codes.acr', 'varchar(1) NOT NULL', 1),
      ('column fief_authorization_codes.authenticated_at', 'timestamp NOT NULL', 1),
      ('column fief_authorization_codes.c_hash', 'varchar(255) NOT NULL', 1),
      ('column fief_authorization_codes.client_id', 'char(36) NOT NULL', 1),
      ('column fief_authorization_codes.code', 'varchar(255) NOT NULL', 1),
      ('column fief_authorization_codes.code_challenge', 'varchar(255)', 1),
      ('column fief_authorization_codes.code_challenge_method', 'varchar(255)', 1),
      ('column fief_authorization_codes.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_authorization_codes.expires_at', 'timestamp NOT NULL', 1),
      ('column fief_authorization_codes.id', 'char(36) NOT NULL', 1),
      ('column fief_authorization_codes.nonce', 'varchar(255)', 1),
      ('column fief_authorization_codes.redirect_uri', 'varchar(2048) NOT NULL', 1),
      ('column fief_authorization_codes.scope', 'json NOT NULL', 1),
      ('column fief_authorization_codes.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_authorization_codes.user_id', 'char(36) NOT NULL', 1),
      ('column fief_clients.access_id_token_lifetime_seconds', 'integer NOT NULL', 1),
      ('column fief_clients.authorization_code_lifetime_seconds', 'integer NOT NULL', 1),
      ('column fief_clients.client_id', 'varchar(255) NOT NULL', 1),
      ('column fief_clients.client_secret', 'varchar(255) NOT NULL', 1),
      ('column fief_clients.client_type', 'varchar(12) NOT NULL DEFAULT ''confidential''', 1),
      ('column fief_clients.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_clients.encrypt_jwk', 'text', 1),
      ('column fief_clients.first_party', 'boolean NOT NULL', 1),
      ('column fief_clients.id', 'char(36) NOT NULL', 1),
      ('column fief_clients.name', 'varchar(255) NOT NULL', 1),
      ('column fief_clients.redirect_uris', 'json NOT NULL', 1),
      ('column fief_clients.refresh_token_lifetime_seconds', 'integer NOT NULL', 1),
      ('column fief_clients.tenant_id', 'char(36) NOT NULL', 1),
      ('column fief_clients.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_email_domains.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_email_domains.domain', 'varchar(255) NOT NULL', 1),
      ('column fief_email_domains.domain_id', 'varchar(255) NOT NULL', 1),
      ('column fief_email_domains.email_provider', 'varchar(255) NOT NULL', 1),
      ('column fief_email_domains.id', 'char(36) NOT NULL', 1),
      ('column fief_email_domains.records', 'json NOT NULL', 1),
      ('column fief_email_domains.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_email_templates.content', 'text NOT NULL', 1),
      ('column fief_email_templates.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_email_templates.id', 'char(36) NOT NULL', 1),
      ('column fief_email_templates.subject', 'text NOT NULL', 1),
      ('column fief_email_templates.type', 'varchar(255) NOT NULL', 1),
      ('column fief_email_templates.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_email_verifications.code', 'varchar(255) NOT NULL', 1),
      ('column fief_email_verifications.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_email_verifications.email', 'varchar(320) NOT NULL', 1),
      ('column fief_email_verifications.expires_at', 'timestamp NOT NULL', 1),
      ('column fief_email_verifications.id', 'char(36) NOT NULL', 1),
      ('column fief_email_verifications.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_email_verifications.user_id', 'char(36) NOT NULL', 1),
      ('column fief_grants.client_id', 'char(36) NOT NULL', 1),
      ('column fief_grants.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_grants.id', 'char(36) NOT NULL', 1),
      ('column fief_grants.scope', 'json NOT NULL', 1),
      ('column fief_grants.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_grants.user_id', 'char(36) NOT NULL', 1),
      ('column fief_login_sessions.acr', 'varchar(1) NOT NULL', 1),
      ('column fief_login_sessions.client_id', 'char(36) NOT NULL', 1),
      ('column fief_login_sessions.code_challenge', 'varchar(255)', 1),
      ('column fief_login_sessions.code_challenge_method', 'varchar(255)', 1),
      ('column fief_login_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_login_sessions.expires_at', 'timestamp NOT NULL', 1),
      ('column fief_login_sessions.id', 'char(36) NOT NULL', 1),
      ('column fief_login_sessions.nonce', 'varchar(255)', 1),
      ('column fief_login_sessions.prompt', 'varchar(255)', 1),
      ('column fief_login_sessions.redirect_uri', 'varchar(2048) NOT NULL', 1),
      ('column fief_login_sessions.response_mode', 'varchar(255) NOT NULL', 1),
      ('column fief_login_sessions.response_type', 'varchar(255) NOT NULL', 1),
      ('column fief_login_sessions.scope', 'json NOT NULL', 1),
      ('column fief_login_sessions.state', 'varchar(2048)', 1),
      ('column fief_login_sessions.token', 'varchar(255) NOT NULL', 1),
      ('column fief_login_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_oauth_accounts.access_token', 'text NOT NULL', 1),
      ('column fief_oauth_accounts.account_email', 'varchar(512)', 1),
      ('column fief_oauth_accounts.account_id', 'varchar(512) NOT NULL', 1),
      ('column fief_oauth_accounts.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_oauth_accounts.expires_at', 'timestamp', 1),
      ('column fief_oauth_accounts.id', 'char(36) NOT NULL', 1),
      ('column fief_oauth_accounts.oauth_provider_id', 'char(36) NOT NULL', 1),
      ('column fief_oauth_accounts.refresh_token', 'text', 1),
      ('column fief_oauth_accounts.tenant_id', 'char(36) NOT NULL', 1),
      ('column fief_oauth_accounts.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_oauth_accounts.user_id', 'char(36)', 1),
      ('column fief_oauth_providers.client_id', 'text NOT NULL', 1),
      ('column fief_oauth_providers.client_secret', 'text NOT NULL', 1),
      ('column fief_oauth_providers.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_oauth_providers.id', 'char(36) NOT NULL', 1),
      ('column fief_oauth_providers.name', 'varchar(255)', 1),
      ('column fief_oauth_providers.openid_configuration_endpoint', 'text', 1),
      ('column fief_oauth_providers.provider', 'varchar(255) NOT NULL', 1),
      ('column fief_oauth_providers.scopes', 'json NOT NULL', 1),
      ('column fief_oauth_providers.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_oauth_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_oauth_sessions.expires_at', 'timestamp NOT NULL', 1),
      ('column fief_oauth_sessions.id', 'char(36) NOT NULL', 1),
      ('column fief_oauth_sessions.oauth_account_id', 'char(36)', 1),
      ('column fief_oauth_sessions.oauth_provider_id', 'char(36) NOT NULL', 1),
      ('column fief_oauth_sessions.redirect_uri', 'text NOT NULL', 1),
      ('column fief_oauth_sessions.tenant_id', 'char(36) NOT NULL', 1),
      ('column fief_oauth_sessions.token', 'varchar(255) NOT NULL', 1),
      ('column fief_oauth_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_permissions.codename', 'varchar(255) NOT NULL', 1),
      ('column fief_permissions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_permissions.id', 'char(36) NOT NULL', 1),
      ('column fief_permissions.name', 'varchar(255) NOT NULL', 1),
      ('column fief_permissions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_refresh_tokens.authenticated_at', 'timestamp NOT NULL', 1),
      ('column fief_refresh_tokens.client_id', 'char(36) NOT NULL', 1),
      ('column fief_refresh_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_refresh_tokens.expires_at', 'timestamp NOT NULL', 1),
      ('column fief_refresh_tokens.id', 'char(36) NOT NULL', 1),
      ('column fief_refresh_tokens.scope', 'json NOT NULL', 1),
      ('column fief_refresh_tokens.token', 'varchar(255) NOT NULL', 1),
      ('column fief_refresh_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_refresh_tokens.user_id', 'char(36) NOT NULL', 1),
      ('column fief_registration_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_registration_sessions.email', 'varchar(320)', 1),
      ('column fief_registration_sessions.expires_at', 'timestamp NOT NULL', 1),
      ('column fief_registration_sessions.flow', 'varchar(255) NOT NULL', 1),
      ('column fief_registration_sessions.id', 'char(36) NOT NULL', 1),
      ('column fief_registration_sessions.oauth_account_id', 'char(36)', 1),
      ('column fief_registration_sessions.tenant_id', 'char(36) NOT NULL', 1),
      ('column fief_registration_sessions.token', 'varchar(255) NOT NULL', 1),
      ('column fief_registration_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_roles.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_roles.granted_by_default', 'boolean NOT NULL', 1),
      ('column fief_roles.id', 'char(36) NOT NULL', 1),
      ('column fief_roles.name', 'varchar(255) NOT NULL', 1),
      ('column fief_roles.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_roles_permissions.permission_id', 'char(36) NOT NULL', 1),
      ('column fief_roles_permissions.role_id', 'char(36) NOT NULL', 1),
      ('column fief_session_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_session_tokens.expires_at', 'timestamp NOT NULL', 1),
      ('column fief_session_tokens.id', 'char(36) NOT NULL', 1),
      ('column fief_session_tokens.token', 'varchar(255) NOT NULL', 1),
      ('column fief_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_session_tokens.user_id', 'char(36) NOT NULL', 1),
      ('column fief_tenants.application_url', 'varchar(512)', 1),
      ('column fief_tenants.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_tenants.default', 'boolean NOT NULL', 1),
      ('column fief_tenants.email_domain_id', 'char(36)', 1),
      ('column fief_tenants.email_from_email', 'varchar(255)', 1),
      ('column fief_tenants.email_from_name', 'varchar(255)', 1),
      ('column fief_tenants.id', 'char(36) NOT NULL', 1),
      ('column fief_tenants.logo_url', 'varchar(512)', 1),
      ('column fief_tenants.name', 'varchar(255) NOT NULL', 1),
      ('column fief_tenants.registration_allowed', 'boolean NOT NULL', 1),
      ('column fief_tenants.sign_jwk', 'text NOT NULL', 1),
      ('column fief_tenants.slug', 'varchar(255) NOT NULL', 1),
      ('column fief_tenants.theme_id', 'char(36)', 1),
      ('column fief_tenants.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_tenants_oauth_providers.oauth_provider_id', 'char(36) NOT NULL', 1),
      ('column fief_tenants_oauth_providers.tenant_id', 'char(36) NOT NULL', 1),
      ('column fief_themes.accent_color', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.background_color', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_themes.default', 'boolean NOT NULL', 1),
      ('column fief_themes.font_css_url', 'varchar(512)', 1),
      ('column fief_themes.font_family', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.font_size', 'integer NOT NULL', 1),
      ('column fief_themes.id', 'char(36) NOT NULL', 1),
      ('column fief_themes.input_color', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.input_color_background', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.light_color', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.light_color_hover', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.name', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.primary_color', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.primary_color_hover', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.primary_color_light', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.text_color', 'varchar(255) NOT NULL', 1),
      ('column fief_themes.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_user_field_values.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_user_field_values.id', 'char(36) NOT NULL', 1),
      ('column fief_user_field_values.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_user_field_values.user_field_id', 'char(36) NOT NULL', 1),
      ('column fief_user_field_values.user_id', 'char(36) NOT NULL', 1),
      ('column fief_user_field_values.value_boolean', 'boolean', 1),
      ('column fief_user_field_values.value_date', 'date', 1),
      ('column fief_user_field_values.value_datetime', 'timestamp', 1),
      ('column fief_user_field_values.value_integer', 'integer', 1),
      ('column fief_user_field_values.value_json', 'json', 1),
      ('column fief_user_field_values.value_string', 'text', 1),
      ('column fief_user_fields.configuration', 'json NOT NULL', 1),
      ('column fief_user_fields.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_user_fields.id', 'char(36) NOT NULL', 1),
      ('column fief_user_fields.name', 'varchar(320) NOT NULL', 1),
      ('column fief_user_fields.slug', 'varchar(320) NOT NULL', 1),
      ('column fief_user_fields.type', 'varchar(12)', 1),
      ('column fief_user_fields.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_user_permissions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_user_permissions.from_role_id', 'char(36)', 1),
      ('column fief_user_permissions.id', 'char(36) NOT NULL', 1),
      ('column fief_user_permissions.permission_id', 'char(36) NOT NULL', 1),
      ('column fief_user_permissions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_user_permissions.user_id', 'char(36) NOT NULL', 1),
      ('column fief_user_roles.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_user_roles.id', 'char(36) NOT NULL', 1),
      ('column fief_user_roles.role_id', 'char(36) NOT NULL', 1),
      ('column fief_user_roles.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_user_roles.user_id', 'char(36) NOT NULL', 1),
      ('column fief_users.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_users.email', 'varchar(320) NOT NULL', 1),
      ('column fief_users.email_lower', 'varchar(320) NOT NULL', 1),
      ('column fief_users.email_verified', 'boolean NOT NULL', 1),
      ('column fief_users.hashed_password', 'varchar(255) NOT NULL', 1),
      ('column fief_users.id', 'char(36) NOT NULL', 1),
      ('column fief_users.is_active', 'boolean NOT NULL', 1),
      ('column fief_users.tenant_id', 'char(36) NOT NULL', 1),
      ('column fief_users.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_webhook_logs.attempt', 'integer NOT NULL', 1),
      ('column fief_webhook_logs.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_webhook_logs.error_message', 'text', 1),
      ('column fief_webhook_logs.error_type', 'varchar(255)', 1),
      ('column fief_webhook_logs.event', 'varchar(255) NOT NULL', 1),
      ('column fief_webhook_logs.id', 'char(36) NOT NULL', 1),
      ('column fief_webhook_logs.payload', 'text NOT NULL', 1),
      ('column fief_webhook_logs.response', 'text', 1),
      ('column fief_webhook_logs.success', 'boolean NOT NULL', 1),
      ('column fief_webhook_logs.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_webhook_logs.webhook_id', 'char(36) NOT NULL', 1),
      ('column fief_webhooks.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_webhooks.events', 'json NOT NULL', 1),
      ('column fief_webhooks.id', 'char(36) NOT NULL', 1),
      ('column fief_webhooks.secret', 'varchar(255) NOT NULL', 1),
      ('column fief_webhooks.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1),
      ('column fief_webhooks.url', 'varchar(255) NOT NULL', 1),
      ('foreign_key fief_authorization_codes.(client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_authorization_codes.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_clients.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_email_verifications.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_grants.(client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_grants.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_login_sessions.(client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_oauth_accounts.(oauth_provider_id) -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_oauth_accounts.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_oauth_accounts.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_oauth_sessions.(oauth_account_id) -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_oauth_sessions.(oauth_provider_id) -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_oauth_sessions.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_refresh_tokens.(client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_refresh_tokens.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_registration_sessions.(oauth_account_id) -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_registration_sessions.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_roles_permissions.(permission_id) -> fief_permissions (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_roles_permissions.(role_id) -> fief_roles (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_session_tokens.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_tenants.(email_domain_id) -> fief_email_domains (id) ON DELETE SET NULL ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_tenants.(theme_id) -> fief_themes (id) ON DELETE SET NULL ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_tenants_oauth_providers.(oauth_provider_id) -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_tenants_oauth_providers.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_user_field_values.(user_field_id) -> fief_user_fields (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_user_field_values.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_user_permissions.(from_role_id) -> fief_roles (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_user_permissions.(permission_id) -> fief_permissions (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_user_permissions.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_user_roles.(role_id) -> fief_roles (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_user_roles.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_users.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key fief_webhook_logs.(webhook_id) -> fief_webhooks (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'admin_api_key_id', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'admin_user_id', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_level', 'level', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_object_class', 'object_class', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_object_id', 'object_id', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'subject_user_id', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_timestamp', 'timestamp', 1),
      ('index fief_authorization_codes.ix_fief_authorization_codes_code', 'UNIQUE code', 1),
      ('index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'created_at', 1),
      ('index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'expires_at', 1),
      ('index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'updated_at', 1),
      ('index fief_clients.ix_fief_clients_client_id', 'client_id', 1),
      ('index fief_clients.ix_fief_clients_client_secret', 'client_secret', 1),
      ('index fief_clients.ix_fief_clients_created_at', 'created_at', 1),
      ('index fief_clients.ix_fief_clients_updated_at', 'updated_at', 1),
      ('index fief_email_domains.ix_fief_email_domains_created_at', 'created_at', 1),
      ('index fief_email_domains.ix_fief_email_domains_updated_at', 'updated_at', 1),
      ('index fief_email_templates.ix_fief_email_templates_created_at', 'created_at', 1),
      ('index fief_email_templates.ix_fief_email_templates_updated_at', 'updated_at', 1),
      ('index fief_email_verifications.ix_fief_email_verifications_code', 'UNIQUE code', 1),
      ('index fief_email_verifications.ix_fief_email_verifications_created_at', 'created_at', 1),
      ('index fief_email_verifications.ix_fief_email_verifications_email', 'email', 1),
      ('index fief_email_verifications.ix_fief_email_verifications_expires_at', 'expires_at', 1),
      ('index fief_email_verifications.ix_fief_email_verifications_updated_at', 'updated_at', 1),
      ('index fief_grants.ix_fief_grants_created_at', 'created_at', 1),
      ('index fief_grants.ix_fief_grants_updated_at', 'updated_at', 1),
      ('index fief_login_sessions.ix_fief_login_sessions_created_at', 'created_at', 1),
      ('index fief_login_sessions.ix_fief_login_sessions_expires_at', 'expires_at', 1),
      ('index fief_login_sessions.ix_fief_login_sessions_token', 'UNIQUE token', 1),
      ('index fief_login_sessions.ix_fief_login_sessions_updated_at', 'updated_at', 1),
      ('index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'account_id', 1),
      ('index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'created_at', 1),
      ('index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'updated_at', 1),
      ('index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'created_at', 1),
      ('index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'updated_at', 1),
      ('index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'created_at', 1),
      ('index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'expires_at', 1),
      ('index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'UNIQUE token', 1),
      ('index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'updated_at', 1),
      ('index fief_permissions.ix_fief_permissions_created_at', 'created_at', 1),
      ('index fief_permissions.ix_fief_permissions_updated_at', 'updated_at', 1),
      ('index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'created_at', 1),
      ('index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'expires_at', 1),
      ('index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'UNIQUE token', 1),
      ('index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'updated_at', 1),
      ('index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'created_at', 1),
      ('index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'expires_at', 1),
      ('index fief_registration_sessions.ix_fief_registration_sessions_token', 'UNIQUE token', 1),
      ('index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'updated_at', 1),
      ('index fief_roles.ix_fief_roles_created_at', 'created_at', 1),
      ('index fief_roles.ix_fief_roles_updated_at', 'updated_at', 1),
      ('index fief_session_tokens.ix_fief_session_tokens_created_at', 'created_at', 1),
      ('index fief_session_tokens.ix_fief_session_tokens_expires_at', 'expires_at', 1),
      ('index fief_session_tokens.ix_fief_session_tokens_token', 'UNIQUE token', 1),
      ('index fief_session_tokens.ix_fief_session_tokens_updated_at', 'updated_at', 1),
      ('index fief_tenants.ix_fief_tenants_created_at', 'created_at', 1),
      ('index fief_tenants.ix_fief_tenants_updated_at', 'updated_at', 1),
      ('index fief_themes.ix_fief_themes_created_at', 'created_at', 1),
      ('index fief_themes.ix_fief_themes_updated_at', 'updated_at', 1),
      ('index fief_user_field_values.ix_fief_user_field_values_created_at', 'created_at', 1),
      ('index fief_user_field_values.ix_fief_user_field_values_updated_at', 'updated_at', 1),
      ('index fief_user_fields.ix_fief_user_fields_created_at', 'created_at', 1),
      ('index fief_user_fields.ix_fief_user_fields_slug', 'UNIQUE slug', 1),
      ('index fief_user_fields.ix_fief_user_fields_type', 'type', 1),
      ('index fief_user_fields.ix_fief_user_fields_updated_at', 'updated_at', 1),
      ('index fief_user_permissions.ix_fief_user_permissions_created_at', 'created_at', 1),
      ('index fief_user_permissions.ix_fief_user_permissions_updated_at', 'updated_at', 1),
      ('index fief_user_roles.ix_fief_user_roles_created_at', 'created_at', 1),
      ('index fief_user_roles.ix_fief_user_roles_updated_at', 'updated_at', 1),
      ('index fief_users.ix_fief_users_created_at', 'created_at', 1),
      ('index fief_users.ix_fief_users_email', 'email', 1),
      ('index fief_users.ix_fief_users_email_lower', 'email_lower', 1),
      ('index fief_users.ix_fief_users_email_verified', 'email_verified', 1),
      ('index fief_users.ix_fief_users_updated_at', 'updated_at', 1),
      ('index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'created_at', 1),
      ('index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'updated_at', 1),
      ('index fief_webhooks.ix_fief_webhooks_created_at', 'created_at', 1),
      ('index fief_webhooks.ix_fief_webhooks_updated_at', 'updated_at', 1),
      ('primary_key fief_alembic_version.PRIMARY', 'version_num', 1),
      ('primary_key fief_audit_logs.PRIMARY', 'id', 1),
      ('primary_key fief_authorization_codes.PRIMARY', 'id', 1),
      ('primary_key fief_clients.PRIMARY', 'id', 1),
      ('primary_key fief_email_domains.PRIMARY', 'id', 1),
      ('primary_key fief_email_templates.PRIMARY', 'id', 1),
      ('primary_key fief_email_verifications.PRIMARY', 'id', 1),
      ('primary_key fief_grants.PRIMARY', 'id', 1),
      ('primary_key fief_login_sessions.PRIMARY', 'id', 1),
      ('primary_key fief_oauth_accounts.PRIMARY', 'id', 1),
      ('primary_key fief_oauth_providers.PRIMARY', 'id', 1),
      ('primary_key fief_oauth_sessions.PRIMARY', 'id', 1),
      ('primary_key fief_permissions.PRIMARY', 'id', 1),
      ('primary_key fief_refresh_tokens.PRIMARY', 'id', 1),
      ('primary_key fief_registration_sessions.PRIMARY', 'id', 1),
      ('primary_key fief_roles.PRIMARY', 'id', 1),
      ('primary_key fief_roles_permissions.PRIMARY', 'role_id, permission_id', 1),
      ('primary_key fief_session_tokens.PRIMARY', 'id', 1),
      ('primary_key fief_tenants.PRIMARY', 'id', 1),
      ('primary_key fief_tenants_oauth_providers.PRIMARY', 'tenant_id, oauth_provider_id', 1),
      ('primary_key fief_themes.PRIMARY', 'id', 1),
      ('primary_key fief_user_field_values.PRIMARY', 'id', 1),
      ('primary_key fief_user_fields.PRIMARY', 'id', 1),
      ('primary_key fief_user_permissions.PRIMARY', 'id', 1),
      ('primary_key fief_user_roles.PRIMARY', 'id', 1),
      ('primary_key fief_users.PRIMARY', 'id', 1),
      ('primary_key fief_webhook_logs.PRIMARY', 'id', 1),
      ('primary_key fief_webhooks.PRIMARY', 'id', 1),
      ('table fief_alembic_version', 'present', 1),
      ('table fief_audit_logs', 'present', 1),
      ('table fief_authorization_codes', 'present', 1),
      ('table fief_clients', 'present', 1),
      ('table fief_email_domains', 'present', 1),
      ('table fief_email_templates', 'present', 1),
      ('table fief_email_verifications', 'present', 1),
      ('table fief_grants', 'present', 1),
      ('table fief_login_sessions', 'present', 1),
      ('table fief_oauth_accounts', 'present', 1),
      ('table fief_oauth_providers', 'present', 1),
      ('table fief_oauth_sessions', 'present', 1),
      ('table fief_permissions', 'present', 1),
      ('table fief_refresh_tokens', 'present', 1),
      ('table fief_registration_sessions', 'present', 1),
      ('table fief_roles', 'present', 1),
      ('table fief_roles_permissions', 'present', 1),
      ('table fief_session_tokens', 'present', 1),
      ('table fief_tenants', 'present', 1),
      ('table fief_tenants_oauth_providers', 'present', 1),
      ('table fief_themes', 'present', 1),
      ('table fief_user_field_values', 'present', 1),
      ('table fief_user_fields', 'present', 1),
      ('table fief_user_permissions', 'present', 1),
      ('table fief_user_roles', 'present', 1),
      ('table fief_users', 'present', 1),
      ('table fief_webhook_logs', 'present', 1),
      ('table fief_webhooks', 'present', 1),
      ('unique fief_email_domains.(domain)', 'present', 1),
      ('unique fief_email_templates.(type)', 'present', 1),
      ('unique fief_grants.(user_id, client_id)', 'present', 1),
      ('unique fief_oauth_accounts.(oauth_provider_id, user_id)', 'present', 1),
      ('unique fief_permissions.(codename)', 'present', 1),
      ('unique fief_tenants.(slug)', 'present', 1),
      ('unique fief_user_field_values.(user_field_id, user_id)', 'present', 1),
      ('unique fief_user_permissions.(user_id, permission_id, from_role_id)', 'present', 1),
      ('unique fief_user_roles.(user_id, role_id)', 'present', 1),
      ('unique fief_users.(email, tenant_id)', 'present', 1));
DROP TABLE IF EXISTS temp.plan_require;
CREATE TEMP TABLE plan_require AS SELECT column1 AS k, column2 AS m, column3 AS f FROM (VALUES
      ('column fief_alembic_version.version_num', 'table fief_alembic_version has no column version_num', 1),
      ('column fief_audit_logs.admin_api_key_id', 'table fief_audit_logs has no column admin_api_key_id', 1),
      ('column fief_audit_logs.admin_user_id', 'table fief_audit_logs has no column admin_user_id', 1),
      ('column fief_audit_logs.extra', 'table fief_audit_logs has no column extra', 1),
      ('column fief_audit_logs.id', 'table fief_audit_logs has no column id', 1),
      ('column fief_audit_logs.level', 'table fief_audit_logs has no column level', 1),
      ('column fief_audit_logs.message', 'table fief_audit_logs has no column message', 1),
      ('column fief_audit_logs.object_class', 'table fief_audit_logs has no column object_class', 1),
      ('column fief_audit_logs.object_id', 'table fief_audit_logs has no column object_id', 1),
      ('column fief_audit_logs.subject_user_id', 'table fief_audit_logs has no column subject_user_id', 1),
      ('column fief_audit_logs.timestamp', 'table fief_audit_logs has no column timestamp', 1),
      ('column fief_authorization_codes.acr', 'table fief_authorization_codes has no column acr', 1),
      ('column fief_authorization_codes.authenticated_at', 'table fief_authorization_codes has no column authenticated_at', 1),
      ('column fief_authorization_codes.c_hash', 'table fief_authorization_codes has no column c_hash', 1),
      ('column fief_authorization_codes.client_id', 'table fief_authorization_codes has no column client_id', 1),
      ('column fief_authorization_codes.code', 'table fief_authorization_codes has no column code', 1),
      ('column fief_authorization_codes.code_challenge', 'table fief_authorization_codes has no column code_challenge', 1),
      ('column fief_authorization_codes.code_challenge_method', 'table fief_authorization_codes has no column code_challenge_method', 1),
      ('column fief_authorization_codes.created_at', 'table fief_authorization_codes has no column created_at', 1),
      ('column fief_authorization_codes.expires_at', 'table fief_authorization_codes has no column expires_at', 1),
      ('column fief_authorization_codes.id', 'table fief_authorization_codes has no column id', 1),
      ('column fief_authorization_codes.nonce', 'table fief_authorization_codes has no column nonce', 1),
      ('column fief_authorization_codes.redirect_uri', 'table fief_authorization_codes has no column redirect_uri', 1),
      ('column fief_authorization_codes.scope', 'table fief_authorization_codes has no column scope', 1),
      ('column fief_authorization_codes.updated_at', 'table fief_authorization_codes has no column updated_at', 1),
      ('column fief_authorization_codes.user_id', 'table fief_authorization_codes has no column user_id', 1),
      ('column fief_clients.access_id_token_lifetime_seconds', 'table fief_clients has no column access_id_token_lifetime_seconds', 1),
      ('column fief_clients.authorization_code_lifetime_seconds', 'table fief_clients has no column authorization_code_lifetime_seconds', 1),
      ('column fief_clients.client_id', 'table fief_clients has no column client_id', 1),
      ('column fief_clients.client_secret', 'table fief_clients has no column client_secret', 1),
      ('column fief_clients.client_type', 'table fief_clients has no column client_type', 1),
      ('column fief_clients.created_at', 'table fief_clients has no column created_at', 1),
      ('column fief_clients.encrypt_jwk', 'table fief_clients has no column encrypt_jwk', 1),
      ('column fief_clients.first_party', 'table fief_clients has no column first_party', 1),
      ('column fief_clients.id', 'table fief_clients has no column id', 1),
      ('column fief_clients.name', 'table fief_clients has no column name', 1),
      ('column fief_clients.redirect_uris', 'table fief_clients has no column redirect_uris', 1),
      ('column fief_clients.refresh_token_lifetime_seconds', 'table fief_clients has no column refresh_token_lifetime_seconds', 1),
      ('column fief_clients.tenant_id', 'table fief_clients has no column tenant_id', 1),
      ('column fief_clients.updated_at', 'table fief_clients has no column updated_at', 1),
      ('column fief_email_domains.created_at', 'table fief_email_domains has no column created_at', 1),
      ('column fief_email_domains.domain', 'table fief_email_domains has no column domain', 1),
      ('column fief_email_domains.domain_id', 'table fief_email_domains has no column domain_id', 1),
      ('column fief_email_domains.email_provider', 'table fief_email_domains has no column email_provider', 1),
      ('column fief_email_domains.id', 'table fief_email_domains has no column id', 1),
      ('column fief_email_domains.records', 'table fief_email_domains has no column records', 1),
      ('column fief_email_domains.updated_at', 'table fief_email_domains has no column updated_at', 1),
      ('column fief_email_templates.content', 'table fief_email_templates has no column content', 1),
      ('column fief_email_templates.created_at', 'table fief_email_templates has no column created_at', 1),
      ('column fief_email_templates.id', 'table fief_email_templates has no column id', 1),
      ('column fief_email_templates.subject', 'table fief_email_templates has no column subject', 1),
      ('column fief_email_templates.type', 'table fief_email_templates has no column type', 1),
      ('column fief_email_templates.updated_at', 'table fief_email_templates has no column updated_at', 1),
      ('column fief_email_verifications.code', 'table fief_email_verifications has no column code', 1),
      ('column fief_email_verifications.created_at', 'table fief_email_verifications has no column created_at', 1),
      ('column fief_email_verifications.email', 'table fief_email_verifications has no column email', 1),
      ('column fief_email_verifications.expires_at', 'table fief_email_verifications has no column expires_at', 1),
      ('column fief_email_verifications.id', 'table fief_email_verifications has no column id', 1),
      ('column fief_email_verifications.updated_at', 'table fief_email_verifications has no column updated_at', 1),
      ('column fief_email_verifications.user_id', 'table fief_email_verifications has no column user_id', 1),
      ('column fief_grants.client_id', 'table fief_grants has no column client_id', 1),
      ('column fief_grants.created_at', 'table fief_grants has no column created_at', 1),
      ('column fief_grants.id', 'table fief_grants has no column id', 1),
      ('column fief_grants.scope', 'table fief_grants has no column scope', 1),
      ('column fief_grants.updated_at', 'table fief_grants has no column updated_at', 1),
      ('column fief_grants.user_id', 'table fief_grants has no column user_id', 1),
      ('column fief_login_sessions.acr', 'table fief_login_sessions has no column acr', 1),
      ('column fief_login_sessions.client_id', 'table fief_login_sessions has no column client_id', 1),
      ('column fief_login_sessions.code_challenge', 'table fief_login_sessions has no column code_challenge', 1),
      ('column fief_login_sessions.code_challenge_method', 'table fief_login_sessions has no column code_challenge_method', 1),
      ('column fief_login_sessions.created_at', 'table fief_login_sessions has no column created_at', 1),
      ('column fief_login_sessions.expires_at', 'table fief_login_sessions has no column expires_at', 1),
      ('column fief_login_sessions.id', 'table fief_login_sessions has no column id', 1),
      ('column fief_login_sessions.nonce', 'table fief_login_sessions has no column nonce', 1),
      ('column fief_login_sessions.prompt', 'table fief_login_sessions has no column prompt', 1),
      ('column fief_login_sessions.redirect_uri', 'table fief_login_sessions has no column redirect_uri', 1),
      ('column fief_login_sessions.response_mode', 'table fief_login_sessions has no column response_mode', 1),
      ('column fief_login_sessions.response_type', 'table fief_login_sessions has no column response_type', 1),
      ('column fief_login_sessions.scope', 'table fief_login_sessions has no column scope', 1),
      ('column fief_login_sessions.state', 'table fief_login_sessions has no column state', 1),
      ('column fief_login_sessions.token', 'table fief_login_sessions has no column token', 1),
      ('column fief_login_sessions.updated_at', 'table fief_login_sessions has no column updated_at', 1),
      ('column fief_oauth_accounts.access_token', 'table fief_oauth_accounts has no column access_token', 1),
      ('column fief_oauth_accounts.account_email', 'table fief_oauth_accounts has no column account_email', 1),
      ('column fief_oauth_accounts.account_id', 'table fief_oauth_accounts has no column account_id', 1),
      ('column fief_oauth_accounts.created_at', 'table fief_oauth_accounts has no column created_at', 1),
      ('column fief_oauth_accounts.expires_at', 'table fief_oauth_accounts has no column expires_at', 1),
      ('column fief_oauth_accounts.id', 'table fief_oauth_accounts has no column id', 1),
      ('column fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts has no column oauth_provider_id', 1),
      ('column fief_oauth_accounts.refresh_token', 'table fief_oauth_accounts has no column refresh_token', 1),
      ('column fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts has no column tenant_id', 1),
      ('column fief_oauth_accounts.updated_at', 'table fief_oauth_accounts has no column updated_at', 1),
      ('column fief_oauth_accounts.user_id', 'table fief_oauth_accounts has no column user_id', 1),
      ('column fief_oauth_providers.client_id', 'table fief_oauth_providers has no column client_id', 1),
      ('column fief_oauth_providers.client_secret', 'table fief_oauth_providers has no column client_secret', 1),
      ('column fief_oauth_providers.created_at', 'table fief_oauth_providers has no column created_at', 1),
      ('column fief_oauth_providers.id', 'table fief_oauth_providers has no column id', 1),
      ('column fief_oauth_providers.name', 'table fief_oauth_providers has no column name', 1),
      ('column fief_oauth_providers.openid_configuration_endpoint', 'table fief_oauth_providers has no column openid_configuration_endpoint', 1),
      ('column fief_oauth_providers.provider', 'table fief_oauth_providers has no column provider', 1),
      ('column fief_oauth_providers.scopes', 'table fief_oauth_providers has no column scopes', 1),
      ('column fief_oauth_providers.updated_at', 'table fief_oauth_providers has no column updated_at', 1),
      ('column fief_oauth_sessions.created_at', 'table fief_oauth_sessions has no column created_at', 1),
      ('column fief_oauth_sessions.expires_at', 'table fief_oauth_sessions has no column expires_at', 1),
      ('column fief_oauth_sessions.id', 'table fief_oauth_sessions has no column id', 1),
      ('column fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions has no column oauth_account_id', 1),
      ('column fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions has no column oauth_provider_id', 1),
      ('column fief_oauth_sessions.redirect_uri', 'table fief_oauth_sessions has no column redirect_uri', 1),
      ('column fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions has no column tenant_id', 1),
      ('column fief_oauth_sessions.token', 'table fief_oauth_sessions has no column token', 1),
      ('column fief_oauth_sessions.updated_at', 'table fief_oauth_sessions has no column updated_at', 1),
      ('column fief_permissions.codename', 'table fief_permissions has no column codename', 1),
      ('column fief_permissions.created_at', 'table fief_permissions has no column created_at', 1),
      ('column fief_permissions.id', 'table fief_permissions has no column id', 1),
      ('column fief_permissions.name', 'table fief_permissions has no column name', 1),
      ('column fief_permissions.updated_at', 'table fief_permissions has no column updated_at', 1),
      ('column fief_refresh_tokens.authenticated_at', 'table fief_refresh_tokens has no column authenticated_at', 1),
      ('column fief_refresh_tokens.client_id', 'table fief_refresh_tokens has no column client_id', 1),
      ('column fief_refresh_tokens.created_at', 'table fief_refresh_tokens has no column created_at', 1),
      ('column fief_refresh_tokens.expires_at', 'table fief_refresh_tokens has no column expires_at', 1),
      ('column fief_refresh_tokens.id', 'table fief_refresh_tokens has no column id', 1),
      ('column fief_refresh_tokens.scope', 'table fief_refresh_tokens has no column scope', 1),
      ('column fief_refresh_tokens.token', 'table fief_refresh_tokens has no column token', 1),
      ('column fief_refresh_tokens.updated_at', 'table fief_refresh_tokens has no column updated_at', 1),
      ('column fief_refresh_tokens.user_id', 'table fief_refresh_tokens has no column user_id', 1),
      ('column fief_registration_sessions.created_at', 'table fief_registration_sessions has no column created_at', 1),
      ('column fief_registration_sessions.email', 'table fief_registration_sessions has no column email', 1),
      ('column fief_registration_sessions.expires_at', 'table fief_registration_sessions has no column expires_at', 1),
      ('column fief_registration_sessions.flow', 'table fief_registration_sessions has no column flow', 1),
      ('column fief_registration_sessions.id', 'table fief_registration_sessions has no column id', 1),
      ('column fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions has no column oauth_account_id', 1),
      ('column fief_registration_sessions.tenant_id', 'table fief_registration_sessions has no column tenant_id', 1),
      ('column fief_registration_sessions.token', 'table fief_registration_sessions has no column token', 1),
      ('column fief_registration_sessions.updated_at', 'table fief_registration_sessions has no column updated_at', 1),
      ('column fief_roles.created_at', 'table fief_roles has no column created_at', 1),
      ('column fief_roles.granted_by_default', 'table fief_roles has no column granted_by_default', 1),
      ('column fief_roles.id', 'table fief_roles has no column id', 1),
      ('column fief_roles.name', 'table fief_roles has no column name', 1),
      ('column fief_roles.updated_at', 'table fief_roles has no column updated_at', 1),
      ('column fief_roles_permissions.permission_id', 'table fief_roles_permissions has no column permission_id', 1),
      ('column fief_roles_permissions.role_id', 'table fief_roles_permissions has no column role_id', 1),
      ('column fief_session_tokens.created_at', 'table fief_session_tokens has no column created_at', 1),
      ('column fief_session_tokens.expires_at', 'table fief_session_tokens has no column expires_at', 1),
      ('column fief_session_tokens.id', 'table fief_session_tokens has no column id', 1),
      ('column fief_session_tokens.token', 'table fief_session_tokens has no column token', 1),
      ('column fief_session_tokens.updated_at', 'table fief_session_tokens has no column updated_at', 1),
      ('column fief_session_tokens.user_id', 'table fief_session_tokens has no column user_id', 1),
      ('column fief_tenants.application_url', 'table fief_tenants has no column application_url', 1),
      ('column fief_tenants.created_at', 'table fief_tenants has no column created_at', 1),
      ('column fief_tenants.default', 'table fief_tenants has no column default', 1),
      ('column fief_tenants.email_domain_id', 'table fief_tenants has no column email_domain_id', 1),
      ('column fief_tenants.email_from_email', 'table fief_tenants has no column email_from_email', 1),
      ('column fief_tenants.email_from_name', 'table fief_tenants has no column email_from_name', 1),
      ('column fief_tenants.id', 'table fief_tenants has no column id', 1),
      ('column fief_tenants.logo_url', 'table fief_tenants has no column logo_url', 1),
      ('column fief_tenants.name', 'table fief_tenants has no column name', 1),
      ('column fief_tenants.registration_allowed', 'table fief_tenants has no column registration_allowed', 1),
      ('column fief_tenants.sign_jwk', 'table fief_tenants has no column sign_jwk', 1),
      ('column fief_tenants.slug', 'table fief_tenants has no column slug', 1),
      ('column fief_tenants.theme_id', 'table fief_tenants has no column theme_id', 1),
      ('column fief_tenants.updated_at', 'table fief_tenants has no column updated_at', 1),
      ('column fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers has no column oauth_provider_id', 1),
      ('column fief_tenants_oauth_providers.tenant_id', 'table fief_tenants_oauth_providers has no column tenant_id', 1),
      ('column fief_themes.accent_color', 'table fief_themes has no column accent_color', 1),
      ('column fief_themes.background_color', 'table fief_themes has no column background_color', 1),
      ('column fief_themes.created_at', 'table fief_themes has no column created_at', 1),
      ('column fief_themes.default', 'table fief_themes has no column default', 1),
      ('column fief_themes.font_css_url', 'table fief_themes has no column font_css_url', 1),
      ('column fief_themes.font_family', 'table fief_themes has no column font_family', 1),
      ('column fief_themes.font_size', 'table fief_themes has no column font_size', 1),
      ('column fief_themes.id', 'table fief_themes has no column id', 1),
      ('column fief_themes.input_color', 'table fief_themes has no column input_color', 1),
      ('column fief_themes.input_color_background', 'table fief_themes has no column input_color_background', 1),
      ('column fief_themes.light_color', 'table fief_themes has no column light_color', 1),
      ('column fief_themes.light_color_hover', 'table fief_themes has no column light_color_hover', 1),
      ('column fief_themes.name', 'table fief_themes has no column name', 1),
      ('column fief_themes.primary_color', 'table fief_themes has no column primary_color', 1),
      ('column fief_themes.primary_color_hover', 'table fief_themes has no column primary_color_hover', 1),
      ('column fief_themes.primary_color_light', 'table fief_themes has no column primary_color_light', 1),
      ('column fief_themes.text_color', 'table fief_themes has no column text_color', 1),
      ('column fief_themes.updated_at', 'table fief_themes has no column updated_at', 1),
      ('column fief_user_field_values.created_at', 'table fief_user_field_values has no column created_at', 1),
      ('column fief_user_field_values.id', 'table fief_user_field_values has no column id', 1),
      ('column fief_user_field_values.updated_at', 'table fief_user_field_values has no column updated_at', 1),
      ('column fief_user_field_values.user_field_id', 'table fief_user_field_values has no column user_field_id', 1),
      ('column fief_user_field_values.user_id', 'table fief_user_field_values has no column user_id', 1),
      ('column fief_user_field_values.value_boolean', 'table fief_user_field_values has no column value_boolean', 1),
      ('column fief_user_field_values.value_date', 'table fief_user_field_values has no column value_date', 1),
      ('column fief_user_field_values.value_datetime', 'table fief_user_field_values has no column value_datetime', 1),
      ('column fief_user_field_values.value_integer', 'table fief_user_field_values has no column value_integer', 1),
      ('column fief_user_field_values.value_json', 'table fief_user_field_values has no column value_json', 1),
      ('column fief_user_field_values.value_string', 'table fief_user_field_values has no column value_string', 1),
      ('column fief_user_fields.configuration', 'table fief_user_fields has no column configuration', 1),
      ('column fief_user_fields.created_at', 'table fief_user_fields has no column created_at', 1),
      ('column fief_user_fields.id', 'table fief_user_fields has no column id', 1),
      ('column fief_user_fields.name', 'table fief_user_fields has no column name', 1),
      ('column fief_user_fields.slug', 'table fief_user_fields has no column slug', 1),
      ('column fief_user_fields.type', 'table fief_user_fields has no column type', 1),
      ('column fief_user_fields.updated_at', 'table fief_user_fields has no column updated_at', 1),
      ('column fief_user_permissions.created_at', 'table fief_user_permissions has no column created_at', 1),
      ('column fief_user_permissions.from_role_id', 'table fief_user_permissions has no column from_role_id', 1),
      ('column fief_user_permissions.id', 'table fief_user_permissions has no column id', 1),
      ('column fief_user_permissions.permission_id', 'table fief_user_permissions has no column permission_id', 1),
      ('column fief_user_permissions.updated_at', 'table fief_user_permissions has no column updated_at', 1),
      ('column fief_user_permissions.user_id', 'table fief_user_permissions has no column user_id', 1),
      ('column fief_user_roles.created_at', 'table fief_user_roles has no column created_at', 1),
      ('column fief_user_roles.id', 'table fief_user_roles has no column id', 1),
      ('column fief_user_roles.role_id', 'table fief_user_roles has no column role_id', 1),
      ('column fief_user_roles.updated_at', 'table fief_user_roles has no column updated_at', 1),
      ('column fief_user_roles.user_id', 'table fief_user_roles has no column user_id', 1),
      ('column fief_users.created_at', 'table fief_users has no column created_at', 1),
      ('column fief_users.email', 'table fief_users has no column email', 1),
      ('column fief_users.email_lower', 'table fief_users has no column email_lower', 1),
      ('column fief_users.email_verified', 'table fief_users has no column email_verified', 1),
      ('column fief_users.hashed_password', 'table fief_users has no column hashed_password', 1),
      ('column fief_users.id', 'table fief_users has no column id', 1),
      ('column fief_users.is_active', 'table fief_users has no column is_active', 1),
      ('column fief_users.tenant_id', 'table fief_users has no column tenant_id', 1),
      ('column fief_users.updated_at', 'table fief_users has no column updated_at', 1),
      ('column fief_webhook_logs.attempt', 'table fief_webhook_logs has no column attempt', 1),
      ('column fief_webhook_logs.created_at', 'table fief_webhook_logs has no column created_at', 1),
      ('column fief_webhook_logs.error_message', 'table fief_webhook_logs has no column error_message', 1),
      ('column fief_webhook_logs.error_type', 'table fief_webhook_logs has no column error_type', 1),
      ('column fief_webhook_logs.event', 'table fief_webhook_logs has no column event', 1),
      ('column fief_webhook_logs.id', 'table fief_webhook_logs has no column id', 1),
      ('column fief_webhook_logs.payload', 'table fief_webhook_logs has no column payload', 1),
      ('column fief_webhook_logs.response', 'table fief_webhook_logs has no column response', 1),
      ('column fief_webhook_logs.success', 'table fief_webhook_logs has no column success', 1),
      ('column fief_webhook_logs.updated_at', 'table fief_webhook_logs has no column updated_at', 1),
      ('column fief_webhook_logs.webhook_id', 'table fief_webhook_logs has no column webhook_id', 1),
      ('column fief_webhooks.created_at', 'table fief_webhooks has no column created_at', 1),
      ('column fief_webhooks.events', 'table fief_webhooks has no column events', 1),
      ('column fief_webhooks.id', 'table fief_webhooks has no column id', 1),
      ('column fief_webhooks.secret', 'table fief_webhooks has no column secret', 1),
      ('column fief_webhooks.updated_at', 'table fief_webhooks has no column updated_at', 1),
      ('column fief_webhooks.url', 'table fief_webhooks has no column url', 1),
      ('foreign_key fief_authorization_codes.(client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_authorization_codes has no foreign key (client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_authorization_codes.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_authorization_codes has no foreign key (user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_clients.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_clients has no foreign key (tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_email_verifications.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_email_verifications has no foreign key (user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_grants.(client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_grants has no foreign key (client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_grants.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_grants has no foreign key (user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_login_sessions.(client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_login_sessions has no foreign key (client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_oauth_accounts.(oauth_provider_id) -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_oauth_accounts has no foreign key (oauth_provider_id) -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_oauth_accounts.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_oauth_accounts has no foreign key (tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_oauth_accounts.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_oauth_accounts has no foreign key (user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_oauth_sessions.(oauth_account_id) -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_oauth_sessions has no foreign key (oauth_account_id) -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_oauth_sessions.(oauth_provider_id) -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_oauth_sessions has no foreign key (oauth_provider_id) -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_oauth_sessions.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_oauth_sessions has no foreign key (tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_refresh_tokens.(client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_refresh_tokens has no foreign key (client_id) -> fief_clients (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_refresh_tokens.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_refresh_tokens has no foreign key (user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_registration_sessions.(oauth_account_id) -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_registration_sessions has no foreign key (oauth_account_id) -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_registration_sessions.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_registration_sessions has no foreign key (tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_roles_permissions.(permission_id) -> fief_permissions (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_roles_permissions has no foreign key (permission_id) -> fief_permissions (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_roles_permissions.(role_id) -> fief_roles (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_roles_permissions has no foreign key (role_id) -> fief_roles (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_session_tokens.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_session_tokens has no foreign key (user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_tenants.(email_domain_id) -> fief_email_domains (id) ON DELETE SET NULL ON UPDATE NO ACTION', 'table fief_tenants has no foreign key (email_domain_id) -> fief_email_domains (id) ON DELETE SET NULL ON UPDATE NO ACTION', 1),
      ('foreign_key fief_tenants.(theme_id) -> fief_themes (id) ON DELETE SET NULL ON UPDATE NO ACTION', 'table fief_tenants has no foreign key (theme_id) -> fief_themes (id) ON DELETE SET NULL ON UPDATE NO ACTION', 1),
      ('foreign_key fief_tenants_oauth_providers.(oauth_provider_id) -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_tenants_oauth_providers has no foreign key (oauth_provider_id) -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_tenants_oauth_providers.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_tenants_oauth_providers has no foreign key (tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_user_field_values.(user_field_id) -> fief_user_fields (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_user_field_values has no foreign key (user_field_id) -> fief_user_fields (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_user_field_values.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_user_field_values has no foreign key (user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_user_permissions.(from_role_id) -> fief_roles (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_user_permissions has no foreign key (from_role_id) -> fief_roles (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_user_permissions.(permission_id) -> fief_permissions (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_user_permissions has no foreign key (permission_id) -> fief_permissions (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_user_permissions.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_user_permissions has no foreign key (user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_user_roles.(role_id) -> fief_roles (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_user_roles has no foreign key (role_id) -> fief_roles (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_user_roles.(user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_user_roles has no foreign key (user_id) -> fief_users (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_users.(tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_users has no foreign key (tenant_id) -> fief_tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key fief_webhook_logs.(webhook_id) -> fief_webhooks (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table fief_webhook_logs has no foreign key (webhook_id) -> fief_webhooks (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_api_key_id', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_user_id', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_level', 'table fief_audit_logs has no index ix_fief_audit_logs_level', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_object_class', 'table fief_audit_logs has no index ix_fief_audit_logs_object_class', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_object_id', 'table fief_audit_logs has no index ix_fief_audit_logs_object_id', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_subject_user_id', 1),
      ('index fief_audit_logs.ix_fief_audit_logs_timestamp', 'table fief_audit_logs has no index ix_fief_audit_logs_timestamp', 1),
      ('index fief_authorization_codes.ix_fief_authorization_codes_code', 'table fief_authorization_codes has no index ix_fief_authorization_codes_code', 1),
      ('index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_created_at', 1),
      ('index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_expires_at', 1),
      ('index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_updated_at', 1),
      ('index fief_clients.ix_fief_clients_client_id', 'table fief_clients has no index ix_fief_clients_client_id', 1),
      ('index fief_clients.ix_fief_clients_client_secret', 'table fief_clients has no index ix_fief_clients_client_secret', 1),
      ('index fief_clients.ix_fief_clients_created_at', 'table fief_clients has no index ix_fief_clients_created_at', 1),
      ('index fief_clients.ix_fief_clients_updated_at', 'table fief_clients has no index ix_fief_clients_updated_at', 1),
      ('index fief_email_domains.ix_fief_email_domains_created_at', 'table fief_email_domains has no index ix_fief_email_domains_created_at', 1),
      ('index fief_email_domains.ix_fief_email_domains_updated_at', 'table fief_email_domains has no index ix_fief_email_domains_updated_at', 1),
      ('index fief_email_templates.ix_fief_email_templates_created_at', 'table fief_email_templates has no index ix_fief_email_templates_created_at', 1),
      ('index fief_email_templates.ix_fief_email_templates_updated_at', 'table fief_email_templates has no index ix_fief_email_templates_updated_at', 1),
      ('index fief_email_verifications.ix_fief_email_verifications_code', 'table fief_email_verifications has no index ix_fief_email_verifications_code', 1),
      ('index fief_email_verifications.ix_fief_email_verifications_created_at', 'table fief_email_verifications has no index ix_fief_email_verifications_created_at', 1),
      ('index fief_email_verifications.ix_fief_email_verifications_email', 'table fief_email_verifications has no index ix_fief_email_verifications_email', 1),
      ('index fief_email_verifications.ix_fief_email_verifications_expires_at', 'table fief_email_verifications has no index ix_fief_email_verifications_expires_at', 1),
      ('index fief_email_verifications.ix_fief_email_verifications_updated_at', 'table fief_email_verifications has no index ix_fief_email_verifications_updated_at', 1),
      ('index fief_grants.ix_fief_grants_created_at', 'table fief_grants has no index ix_fief_grants_created_at', 1),
      ('index fief_grants.ix_fief_grants_updated_at', 'table fief_grants has no index ix_fief_grants_updated_at', 1),
      ('index fief_login_sessions.ix_fief_login_sessions_created_at', 'table fief_login_sessions has no index ix_fief_login_sessions_created_at', 1),
      ('index fief_login_sessions.ix_fief_login_sessions_expires_at', 'table fief_login_sessions has no index ix_fief_login_sessions_expires_at', 1),
      ('index fief_login_sessions.ix_fief_login_sessions_token', 'table fief_login_sessions has no index ix_fief_login_sessions_token', 1),
      ('index fief_login_sessions.ix_fief_login_sessions_updated_at', 'table fief_login_sessions has no index ix_fief_login_sessions_updated_at', 1),
      ('index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_account_id', 1),
      ('index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_created_at', 1),
      ('index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_updated_at', 1),
      ('index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_created_at', 1),
      ('index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_updated_at', 1),
      ('index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_created_at', 1),
      ('index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_expires_at', 1),
      ('index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_token', 1),
      ('index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_updated_at', 1),
      ('index fief_permissions.ix_fief_permissions_created_at', 'table fief_permissions has no index ix_fief_permissions_created_at', 1),
      ('index fief_permissions.ix_fief_permissions_updated_at', 'table fief_permissions has no index ix_fief_permissions_updated_at', 1),
      ('index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_created_at', 1),
      ('index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_expires_at', 1),
      ('index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_token', 1),
      ('index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_updated_at', 1),
      ('index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_created_at', 1),
      ('index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_expires_at', 1),
      ('index fief_registration_sessions.ix_fief_registration_sessions_token', 'table fief_registration_sessions has no index ix_fief_registration_sessions_token', 1),
      ('index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_updated_at', 1),
      ('index fief_roles.ix_fief_roles_created_at', 'table fief_roles has no index ix_fief_roles_created_at', 1),
      ('index fief_roles.ix_fief_roles_updated_at', 'table fief_roles has no index ix_fief_roles_updated_at', 1),
      ('index fief_session_tokens.ix_fief_session_tokens_created_at', 'table fief_session_tokens has no index ix_fief_session_tokens_created_at', 1),
      ('index fief_session_tokens.ix_fief_session_tokens_expires_at', 'table fief_session_tokens has no index ix_fief_session_tokens_expires_at', 1),
      ('index fief_session_tokens.ix_fief_session_tokens_token', 'table fief_session_tokens has no index ix_fief_session_tokens_token', 1),
      ('index fief_session_tokens.ix_fief_session_tokens_updated_at', 'table fief_session_tokens has no index ix_fief_session_tokens_updated_at', 1),
      ('index fief_tenants.ix_fief_tenants_created_at', 'table fief_tenants has no index ix_fief_tenants_created_at', 1),
      ('index fief_tenants.ix_fief_tenants_updated_at', 'table fief_tenants has no index ix_fief_tenants_updated_at', 1),
      ('index fief_themes.ix_fief_themes_created_at', 'table fief_themes has no index ix_fief_themes_created_at', 1),
      ('index fief_themes.ix_fief_themes_updated_at', 'table fief_themes has no index ix_fief_themes_updated_at', 1),
      ('index fief_user_field_values.ix_fief_user_field_values_created_at', 'table fief_user_field_values has no index ix_fief_user_field_values_created_at', 1),
      ('index fief_user_field_values.ix_fief_user_field_values_updated_at', 'table fief_user_field_values has no index ix_fief_user_field_values_updated_at', 1),
      ('index fief_user_fields.ix_fief_user_fields_created_at', 'table fief_user_fields has no index ix_fief_user_fields_created_at', 1),
      ('index fief_user_fields.ix_fief_user_fields_slug', 'table fief_user_fields has no index ix_fief_user_fields_slug', 1),
      ('index fief_user_fields.ix_fief_user_fields_type', 'table fief_user_fields has no index ix_fief_user_fields_type', 1),
      ('index fief_user_fields.ix_fief_user_fields_updated_at', 'table fief_user_fields has no index ix_fief_user_fields_updated_at', 1),
      ('index fief_user_permissions.ix_fief_user_permissions_created_at', 'table fief_user_permissions has no index ix_fief_user_permissions_created_at', 1),
      ('index fief_user_permissions.ix_fief_user_permissions_updated_at', 'table fief_user_permissions has no index ix_fief_user_permissions_updated_at', 1),
      ('index fief_user_roles.ix_fief_user_roles_created_at', 'table fief_user_roles has no index ix_fief_user_roles_created_at', 1),
      ('index fief_user_roles.ix_fief_user_roles_updated_at', 'table fief_user_roles has no index ix_fief_user_roles_updated_at', 1),
      ('index fief_users.ix_fief_users_created_at', 'table fief_users has no index ix_fief_users_created_at', 1),
      ('index fief_users.ix_fief_users_email', 'table fief_users has no index ix_fief_users_email', 1),
      ('index fief_users.ix_fief_users_email_lower', 'table fief_users has no index ix_fief_users_email_lower', 1),
      ('index fief_users.ix_fief_users_email_verified', 'table fief_users has no index ix_fief_users_email_verified', 1),
      ('index fief_users.ix_fief_users_updated_at', 'table fief_users has no index ix_fief_users_updated_at', 1),
      ('index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_created_at', 1),
      ('index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_updated_at', 1),
      ('index fief_webhooks.ix_fief_webhooks_created_at', 'table fief_webhooks has no index ix_fief_webhooks_created_at', 1),
      ('index fief_webhooks.ix_fief_webhooks_updated_at', 'table fief_webhooks has no index ix_fief_webhooks_updated_at', 1),
      ('primary_key fief_alembic_version.PRIMARY', 'table fief_alembic_version has no primary key PRIMARY', 1),
      ('primary_key fief_audit_logs.PRIMARY', 'table fief_audit_logs has no primary key PRIMARY', 1),
      ('primary_key fief_authorization_codes.PRIMARY', 'table fief_authorization_codes has no primary key PRIMARY', 1),
      ('primary_key fief_clients.PRIMARY', 'table fief_clients has no primary key PRIMARY', 1),
      ('primary_key fief_email_domains.PRIMARY', 'table fief_email_domains has no primary key PRIMARY', 1),
      ('primary_key fief_email_templates.PRIMARY', 'table fief_email_templates has no primary key PRIMARY', 1),
      ('primary_key fief_email_verifications.PRIMARY', 'table fief_email_verifications has no primary key PRIMARY', 1),
      ('primary_key fief_grants.PRIMARY', 'table fief_grants has no primary key PRIMARY', 1),
      ('primary_key fief_login_sessions.PRIMARY', 'table fief_login_sessions has no primary key PRIMARY', 1),
      ('primary_key fief_oauth_accounts.PRIMARY', 'table fief_oauth_accounts has no primary key PRIMARY', 1),
      ('primary_key fief_oauth_providers.PRIMARY', 'table fief_oauth_providers has no primary key PRIMARY', 1),
      ('primary_key fief_oauth_sessions.PRIMARY', 'table fief_oauth_sessions has no primary key PRIMARY', 1),
      ('primary_key fief_permissions.PRIMARY', 'table fief_permissions has no primary key PRIMARY', 1),
      ('primary_key fief_refresh_tokens.PRIMARY', 'table fief_refresh_tokens has no primary key PRIMARY', 1),
      ('primary_key fief_registration_sessions.PRIMARY', 'table fief_registration_sessions has no primary key PRIMARY', 1),
      ('primary_key fief_roles.PRIMARY', 'table fief_roles has no primary key PRIMARY', 1),
      ('primary_key fief_roles_permissions.PRIMARY', 'table fief_roles_permissions has no primary key PRIMARY', 1),
      ('primary_key fief_session_tokens.PRIMARY', 'table fief_session_tokens has no primary key PRIMARY', 1),
      ('primary_key fief_tenants.PRIMARY', 'table fief_tenants has no primary key PRIMARY', 1),
      ('primary_key fief_tenants_oauth_providers.PRIMARY', 'table fief_tenants_oauth_providers has no primary key PRIMARY', 1),
      ('primary_key fief_themes.PRIMARY', 'table fief_themes has no primary key PRIMARY', 1),
      ('primary_key fief_user_field_values.PRIMARY', 'table fief_user_field_values has no primary key PRIMARY', 1),
      ('primary_key fief_user_fields.PRIMARY', 'table fief_user_fields has no primary key PRIMARY', 1),
      ('primary_key fief_user_permissions.PRIMARY', 'table fief_user_permissions has no primary key PRIMARY', 1),
      ('primary_key fief_user_roles.PRIMARY', 'table fief_user_roles has no primary key PRIMARY', 1),
      ('primary_key fief_users.PRIMARY', 'table fief_users has no primary key PRIMARY', 1),
      ('primary_key fief_webhook_logs.PRIMARY', 'table fief_webhook_logs has no primary key PRIMARY', 1),
      ('primary_key fief_webhooks.PRIMARY', 'table fief_webhooks has no primary key PRIMARY', 1),
      ('table fief_alembic_version', 'table fief_alembic_version is missing', 1),
      ('table fief_audit_logs', 'table fief_audit_logs is missing', 1),
      ('table fief_authorization_codes', 'table fief_authorization_codes is missing', 1),
      ('table fief_clients', 'table fief_clients is missing', 1),
      ('table fief_email_domains', 'table fief_email_domains is missing', 1),
      ('table fief_email_templates', 'table fief_email_templates is missing', 1),
      ('table fief_email_verifications', 'table fief_email_verifications is missing', 1),
      ('table fief_grants', 'table fief_grants is missing', 1),
      ('table fief_login_sessions', 'table fief_login_sessions is missing', 1),
      ('table fief_oauth_accounts', 'table fief_oauth_accounts is missing', 1),
      ('table fief_oauth_providers', 'table fief_oauth_providers is missing', 1),
      ('table fief_oauth_sessions', 'table fief_oauth_sessions is missing', 1),
      ('table fief_permissions', 'table fief_permissions is missing', 1),
      ('table fief_refresh_tokens', 'table fief_refresh_tokens is missing', 1),
      ('table fief_registration_sessions', 'table fief_registration_sessions is missing', 1),
      ('table fief_roles', 'table fief_roles is missing', 1),
      ('table fief_roles_permissions', 'table fief_roles_permissions is missing', 1),
      ('table fief_session_tokens', 'table fief_session_tokens is missing', 1),
      ('table fief_tenants', 'table fief_tenants is missing', 1),
      ('table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing', 1),
      ('table fief_themes', 'table fief_themes is missing', 1),
      ('table fief_user_field_values', 'table fief_user_field_values is missing', 1),
      ('table fief_user_fields', 'table fief_user_fields is missing', 1),
      ('table fief_user_permissions', 'table fief_user_permissions is missing', 1),
      ('table fief_user_roles', 'table fief_user_roles is missing', 1),
      ('table fief_users', 'table fief_users is missing', 1),
      ('table fief_webhook_logs', 'table fief_webhook_logs is missing', 1),
      ('table fief_webhooks', 'table fief_webhooks is missing', 1),
      ('unique fief_email_domains.(domain)', 'table fief_email_domains has no unique (domain)', 1),
      ('unique fief_email_templates.(type)', 'table fief_email_templates has no unique (type)', 1),
      ('unique fief_grants.(user_id, client_id)', 'table fief_grants has no unique (user_id, client_id)', 1),
      ('unique fief_oauth_accounts.(oauth_provider_id, user_id)', 'table fief_oauth_accounts has no unique (oauth_provider_id, user_id)', 1),
      ('unique fief_permissions.(codename)', 'table fief_permissions has no unique (codename)', 1),
      ('unique fief_tenants.(slug)', 'table fief_tenants has no unique (slug)', 1),
      ('unique fief_user_field_values.(user_field_id, user_id)', 'table fief_user_field_values has no unique (user_field_id, user_id)', 1),
      ('unique fief_user_permissions.(user_id, permission_id, from_role_id)', 'table fief_user_permissions has no unique (user_id, permission_id, from_role_id)', 1),
      ('unique fief_user_roles.(user_id, role_id)', 'table fief_user_roles has no unique (user_id, role_id)', 1),
      ('unique fief_users.(email, tenant_id)', 'table fief_users has no unique (email, tenant_id)', 1));
SELECT 'plan: fief 0.27 → 0 is already applied (the database is at the empty state): nothing to do. Nothing was changed.' AS plan WHERE NOT EXISTS (
  WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
  r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan: fief 0.27 → 0 is already applied (the database is at the empty state): nothing to do. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE NOT EXISTS (
    WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
    r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
SELECT 'plan stopped: ' || 'this database is not at fief 0.27: ' || m || '. Nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || 'Compile the script for the version this database is at (npx plan compile fief <its version> 0), or run this one on the fief 0.27 database it was made for.' AS plan FROM (
  SELECT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(m AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS m FROM (WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT k, def FROM temp.plan_expect WHERE f & 1),
    r AS (SELECT k, m FROM temp.plan_require WHERE f & 1),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1);
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: this database is not at fief 0.27; the line printed above says what differs. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (
    SELECT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(m AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS m FROM (WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT k, def FROM temp.plan_expect WHERE f & 1),
    r AS (SELECT k, m FROM temp.plan_require WHERE f & 1),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1);
SELECT 'plan stopped: ' || 'foreign keys of tables outside fief reference keys that fief 0.27 → 0 drops or replaces, with no key after it that serves them as SQLite matches a foreign key (the primary key or a unique key on the same set of columns; a foreign key that names no columns takes the primary key''s columns in their order); SQLite would keep them, and every later write to those tables would fail with "foreign key mismatch" (or, naming no columns, check other columns than before): ' || group_concat((WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(x AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1), '; ') || '. Nothing was changed. Rebuild those tables without the foreign keys first (https://sqlite.org/lang_altertable.html#otheralter), and add them back once this script has run.' AS plan FROM (SELECT x FROM (
      SELECT m.name || ' (' || group_concat(k."from", ', ') || ') -> ' || k."table" || ' (' || COALESCE(group_concat(k."to", ', '), 'its primary key, naming no columns') || ')' AS x, k."table" AS rt,
        (SELECT group_concat(c, ',') FROM (SELECT lower(j."to") AS c FROM pragma_foreign_key_list(m.name) j WHERE j.id = k.id ORDER BY 1)) AS rcols
      FROM main.sqlite_schema m, pragma_foreign_key_list(m.name) k
      WHERE m.type = 'table' AND m.name NOT IN ('fief_authorization_codes', 'fief_clients', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_sessions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_user_field_values', 'fief_user_permissions', 'fief_user_roles', 'fief_users', 'fief_webhook_logs')
      GROUP BY m.name, k.id) f
    WHERE f.rt COLLATE NOCASE IN ('fief_alembic_version', 'fief_audit_logs', 'fief_email_domains', 'fief_email_templates', 'fief_oauth_providers', 'fief_permissions', 'fief_roles', 'fief_themes', 'fief_user_fields', 'fief_webhooks', 'fief_roles_permissions', 'fief_tenants', 'fief_webhook_logs', 'fief_clients', 'fief_tenants_oauth_providers', 'fief_users', 'fief_authorization_codes', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_refresh_tokens', 'fief_session_tokens', 'fief_user_field_values', 'fief_user_permissions', 'fief_user_roles', 'fief_oauth_sessions', 'fief_registration_sessions') AND ((f.rt = 'fief_alembic_version' COLLATE NOCASE) OR (f.rt = 'fief_audit_logs' COLLATE NOCASE) OR (f.rt = 'fief_email_domains' COLLATE NOCASE) OR (f.rt = 'fief_email_templates' COLLATE NOCASE) OR (f.rt = 'fief_oauth_providers' COLLATE NOCASE) OR (f.rt = 'fief_permissions' COLLATE NOCASE) OR (f.rt = 'fief_roles' COLLATE NOCASE) OR (f.rt = 'fief_themes' COLLATE NOCASE) OR (f.rt = 'fief_user_fields' COLLATE NOCASE) OR (f.rt = 'fief_webhooks' COLLATE NOCASE) OR (f.rt = 'fief_roles_permissions' COLLATE NOCASE) OR (f.rt = 'fief_tenants' COLLATE NOCASE) OR (f.rt = 'fief_webhook_logs' COLLATE NOCASE) OR (f.rt = 'fief_clients' COLLATE NOCASE) OR (f.rt = 'fief_tenants_oauth_providers' COLLATE NOCASE) OR (f.rt = 'fief_users' COLLATE NOCASE) OR (f.rt = 'fief_authorization_codes' COLLATE NOCASE) OR (f.rt = 'fief_email_verifications' COLLATE NOCASE) OR (f.rt = 'fief_grants' COLLATE NOCASE) OR (f.rt = 'fief_login_sessions' COLLATE NOCASE) OR (f.rt = 'fief_oauth_accounts' COLLATE NOCASE) OR (f.rt = 'fief_refresh_tokens' COLLATE NOCASE) OR (f.rt = 'fief_session_tokens' COLLATE NOCASE) OR (f.rt = 'fief_user_field_values' COLLATE NOCASE) OR (f.rt = 'fief_user_permissions' COLLATE NOCASE) OR (f.rt = 'fief_user_roles' COLLATE NOCASE) OR (f.rt = 'fief_oauth_sessions' COLLATE NOCASE) OR (f.rt = 'fief_registration_sessions' COLLATE NOCASE))) HAVING count(*) > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: foreign keys of tables outside fief reference keys that fief 0.27 → 0 drops or replaces, with no key after it that serves them as SQLite matches a foreign key (the primary key or a unique key on the same set of columns; a foreign key that names no columns takes the primary key''s columns in their order); SQLite would keep them, and every later write to those tables would fail with "foreign key mismatch" (or, naming no columns, check other columns than before); the line printed above names them. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x FROM (
        SELECT m.name || ' (' || group_concat(k."from", ', ') || ') -> ' || k."table" || ' (' || COALESCE(group_concat(k."to", ', '), 'its primary key, naming no columns') || ')' AS x, k."table" AS rt,
          (SELECT group_concat(c, ',') FROM (SELECT lower(j."to") AS c FROM pragma_foreign_key_list(m.name) j WHERE j.id = k.id ORDER BY 1)) AS rcols
        FROM main.sqlite_schema m, pragma_foreign_key_list(m.name) k
        WHERE m.type = 'table' AND m.name NOT IN ('fief_authorization_codes', 'fief_clients', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_sessions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_user_field_values', 'fief_user_permissions', 'fief_user_roles', 'fief_users', 'fief_webhook_logs')
        GROUP BY m.name, k.id) f
      WHERE f.rt COLLATE NOCASE IN ('fief_alembic_version', 'fief_audit_logs', 'fief_email_domains', 'fief_email_templates', 'fief_oauth_providers', 'fief_permissions', 'fief_roles', 'fief_themes', 'fief_user_fields', 'fief_webhooks', 'fief_roles_permissions', 'fief_tenants', 'fief_webhook_logs', 'fief_clients', 'fief_tenants_oauth_providers', 'fief_users', 'fief_authorization_codes', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_refresh_tokens', 'fief_session_tokens', 'fief_user_field_values', 'fief_user_permissions', 'fief_user_roles', 'fief_oauth_sessions', 'fief_registration_sessions') AND ((f.rt = 'fief_alembic_version' COLLATE NOCASE) OR (f.rt = 'fief_audit_logs' COLLATE NOCASE) OR (f.rt = 'fief_email_domains' COLLATE NOCASE) OR (f.rt = 'fief_email_templates' COLLATE NOCASE) OR (f.rt = 'fief_oauth_providers' COLLATE NOCASE) OR (f.rt = 'fief_permissions' COLLATE NOCASE) OR (f.rt = 'fief_roles' COLLATE NOCASE) OR (f.rt = 'fief_themes' COLLATE NOCASE) OR (f.rt = 'fief_user_fields' COLLATE NOCASE) OR (f.rt = 'fief_webhooks' COLLATE NOCASE) OR (f.rt = 'fief_roles_permissions' COLLATE NOCASE) OR (f.rt = 'fief_tenants' COLLATE NOCASE) OR (f.rt = 'fief_webhook_logs' COLLATE NOCASE) OR (f.rt = 'fief_clients' COLLATE NOCASE) OR (f.rt = 'fief_tenants_oauth_providers' COLLATE NOCASE) OR (f.rt = 'fief_users' COLLATE NOCASE) OR (f.rt = 'fief_authorization_codes' COLLATE NOCASE) OR (f.rt = 'fief_email_verifications' COLLATE NOCASE) OR (f.rt = 'fief_grants' COLLATE NOCASE) OR (f.rt = 'fief_login_sessions' COLLATE NOCASE) OR (f.rt = 'fief_oauth_accounts' COLLATE NOCASE) OR (f.rt = 'fief_refresh_tokens' COLLATE NOCASE) OR (f.rt = 'fief_session_tokens' COLLATE NOCASE) OR (f.rt = 'fief_user_field_values' COLLATE NOCASE) OR (f.rt = 'fief_user_permissions' COLLATE NOCASE) OR (f.rt = 'fief_user_roles' COLLATE NOCASE) OR (f.rt = 'fief_oauth_sessions' COLLATE NOCASE) OR (f.rt = 'fief_registration_sessions' COLLATE NOCASE)));

-- ================================================================================================
-- fief 0.27 → 0 (rollback): Fresh install of the schema Fief 0.27.0's two Alembic chains leave: the 5 main tables (admin_api_key, admin_session_tokens, alembic_version, workspace_users, workspaces; main chain at c8cf076d3ffa) in the main schema/database on PostgreSQL and MySQL, and the workspace's 28 tables (27 from revision 6c06c7d908a7 with table prefix fief_, plus fief_alembic_version) and 3 enum types in the workspace's own schema (PostgreSQL) or database (MySQL); on SQLite the workspace file only
-- source: plans/fief/0-0.27.yaml
-- ================================================================================================
-- 0.27 → 0 · 1/109 · drop index ix_fief_registration_sessions_updated_at on fief_registration_sessions
-- locks: fief_registration_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_registration_sessions_updated_at";

-- 0.27 → 0 · 2/109 · drop index ix_fief_registration_sessions_token on fief_registration_sessions
-- locks: fief_registration_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_registration_sessions_token";

-- 0.27 → 0 · 3/109 · drop index ix_fief_registration_sessions_expires_at on fief_registration_sessions
-- locks: fief_registration_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_registration_sessions_expires_at";

-- 0.27 → 0 · 4/109 · drop index ix_fief_registration_sessions_created_at on fief_registration_sessions
-- locks: fief_registration_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_registration_sessions_created_at";

-- 0.27 → 0 · 5/109 · drop table fief_registration_sessions
-- locks: fief_registration_sessions: catalog-only; drops the table and its rows
DROP TABLE "fief_registration_sessions";

-- 0.27 → 0 · 6/109 · drop index ix_fief_oauth_sessions_updated_at on fief_oauth_sessions
-- locks: fief_oauth_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_oauth_sessions_updated_at";

-- 0.27 → 0 · 7/109 · drop index ix_fief_oauth_sessions_token on fief_oauth_sessions
-- locks: fief_oauth_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_oauth_sessions_token";

-- 0.27 → 0 · 8/109 · drop index ix_fief_oauth_sessions_expires_at on fief_oauth_sessions
-- locks: fief_oauth_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_oauth_sessions_expires_at";

-- 0.27 → 0 · 9/109 · drop index ix_fief_oauth_sessions_created_at on fief_oauth_sessions
-- locks: fief_oauth_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_oauth_sessions_created_at";

-- 0.27 → 0 · 10/109 · drop table fief_oauth_sessions
-- locks: fief_oauth_sessions: catalog-only; drops the table and its rows
DROP TABLE "fief_oauth_sessions";

-- 0.27 → 0 · 11/109 · drop index ix_fief_user_roles_updated_at on fief_user_roles
-- locks: fief_user_roles: catalog-only
DROP INDEX IF EXISTS "ix_fief_user_roles_updated_at";

-- 0.27 → 0 · 12/109 · drop index ix_fief_user_roles_created_at on fief_user_roles
-- locks: fief_user_roles: catalog-only
DROP INDEX IF EXISTS "ix_fief_user_roles_created_at";

-- 0.27 → 0 · 13/109 · drop table fief_user_roles
-- locks: fief_user_roles: catalog-only; drops the table and its rows
DROP TABLE "fief_user_roles";

-- 0.27 → 0 · 14/109 · drop index ix_fief_user_permissions_updated_at on fief_user_permissions
-- locks: fief_user_permissions: catalog-only
DROP INDEX IF EXISTS "ix_fief_user_permissions_updated_at";

-- 0.27 → 0 · 15/109 · drop index ix_fief_user_permissions_created_at on fief_user_permissions
-- locks: fief_user_permissions: catalog-only
DROP INDEX IF EXISTS "ix_fief_user_permissions_created_at";

-- 0.27 → 0 · 16/109 · drop table fief_user_permissions
-- locks: fief_user_permissions: catalog-only; drops the table and its rows
DROP TABLE "fief_user_permissions";

-- 0.27 → 0 · 17/109 · drop index ix_fief_user_field_values_updated_at on fief_user_field_values
-- locks: fief_user_field_values: catalog-only
DROP INDEX IF EXISTS "ix_fief_user_field_values_updated_at";

-- 0.27 → 0 · 18/109 · drop index ix_fief_user_field_values_created_at on fief_user_field_values
-- locks: fief_user_field_values: catalog-only
DROP INDEX IF EXISTS "ix_fief_user_field_values_created_at";

-- 0.27 → 0 · 19/109 · drop table fief_user_field_values
-- locks: fief_user_field_values: catalog-only; drops the table and its rows
DROP TABLE "fief_user_field_values";

-- 0.27 → 0 · 20/109 · drop index ix_fief_session_tokens_updated_at on fief_session_tokens
-- locks: fief_session_tokens: catalog-only
DROP INDEX IF EXISTS "ix_fief_session_tokens_updated_at";

-- 0.27 → 0 · 21/109 · drop index ix_fief_session_tokens_token on fief_session_tokens
-- locks: fief_session_tokens: catalog-only
DROP INDEX IF EXISTS "ix_fief_session_tokens_token";

-- 0.27 → 0 · 22/109 · drop index ix_fief_session_tokens_expires_at on fief_session_tokens
-- locks: fief_session_tokens: catalog-only
DROP INDEX IF EXISTS "ix_fief_session_tokens_expires_at";

-- 0.27 → 0 · 23/109 · drop index ix_fief_session_tokens_created_at on fief_session_tokens
-- locks: fief_session_tokens: catalog-only
DROP INDEX IF EXISTS "ix_fief_session_tokens_created_at";

-- 0.27 → 0 · 24/109 · drop table fief_session_tokens
-- locks: fief_session_tokens: catalog-only; drops the table and its rows
DROP TABLE "fief_session_tokens";

-- 0.27 → 0 · 25/109 · drop index ix_fief_refresh_tokens_updated_at on fief_refresh_tokens
-- locks: fief_refresh_tokens: catalog-only
DROP INDEX IF EXISTS "ix_fief_refresh_tokens_updated_at";

-- 0.27 → 0 · 26/109 · drop index ix_fief_refresh_tokens_token on fief_refresh_tokens
-- locks: fief_refresh_tokens: catalog-only
DROP INDEX IF EXISTS "ix_fief_refresh_tokens_token";

-- 0.27 → 0 · 27/109 · drop index ix_fief_refresh_tokens_expires_at on fief_refresh_tokens
-- locks: fief_refresh_tokens: catalog-only
DROP INDEX IF EXISTS "ix_fief_refresh_tokens_expires_at";

-- 0.27 → 0 · 28/109 · drop index ix_fief_refresh_tokens_created_at on fief_refresh_tokens
-- locks: fief_refresh_tokens: catalog-only
DROP INDEX IF EXISTS "ix_fief_refresh_tokens_created_at";

-- 0.27 → 0 · 29/109 · drop table fief_refresh_tokens
-- locks: fief_refresh_tokens: catalog-only; drops the table and its rows
DROP TABLE "fief_refresh_tokens";

-- 0.27 → 0 · 30/109 · drop index ix_fief_oauth_accounts_updated_at on fief_oauth_accounts
-- locks: fief_oauth_accounts: catalog-only
DROP INDEX IF EXISTS "ix_fief_oauth_accounts_updated_at";

-- 0.27 → 0 · 31/109 · drop index ix_fief_oauth_accounts_created_at on fief_oauth_accounts
-- locks: fief_oauth_accounts: catalog-only
DROP INDEX IF EXISTS "ix_fief_oauth_accounts_created_at";

-- 0.27 → 0 · 32/109 · drop index ix_fief_oauth_accounts_account_id on fief_oauth_accounts
-- locks: fief_oauth_accounts: catalog-only
DROP INDEX IF EXISTS "ix_fief_oauth_accounts_account_id";

-- 0.27 → 0 · 33/109 · drop table fief_oauth_accounts
-- locks: fief_oauth_accounts: catalog-only; drops the table and its rows
DROP TABLE "fief_oauth_accounts";

-- 0.27 → 0 · 34/109 · drop index ix_fief_login_sessions_updated_at on fief_login_sessions
-- locks: fief_login_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_login_sessions_updated_at";

-- 0.27 → 0 · 35/109 · drop index ix_fief_login_sessions_token on fief_login_sessions
-- locks: fief_login_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_login_sessions_token";

-- 0.27 → 0 · 36/109 · drop index ix_fief_login_sessions_expires_at on fief_login_sessions
-- locks: fief_login_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_login_sessions_expires_at";

-- 0.27 → 0 · 37/109 · drop index ix_fief_login_sessions_created_at on fief_login_sessions
-- locks: fief_login_sessions: catalog-only
DROP INDEX IF EXISTS "ix_fief_login_sessions_created_at";

-- 0.27 → 0 · 38/109 · drop table fief_login_sessions
-- locks: fief_login_sessions: catalog-only; drops the table and its rows
DROP TABLE "fief_login_sessions";

-- 0.27 → 0 · 39/109 · drop index ix_fief_grants_updated_at on fief_grants
-- locks: fief_grants: catalog-only
DROP INDEX IF EXISTS "ix_fief_grants_updated_at";

-- 0.27 → 0 · 40/109 · drop index ix_fief_grants_created_at on fief_grants
-- locks: fief_grants: catalog-only
DROP INDEX IF EXISTS "ix_fief_grants_created_at";

-- 0.27 → 0 · 41/109 · drop table fief_grants
-- locks: fief_grants: catalog-only; drops the table and its rows
DROP TABLE "fief_grants";

-- 0.27 → 0 · 42/109 · drop index ix_fief_email_verifications_updated_at on fief_email_verifications
-- locks: fief_email_verifications: catalog-only
DROP INDEX IF EXISTS "ix_fief_email_verifications_updated_at";

-- 0.27 → 0 · 43/109 · drop index ix_fief_email_verifications_expires_at on fief_email_verifications
-- locks: fief_email_verifications: catalog-only
DROP INDEX IF EXISTS "ix_fief_email_verifications_expires_at";

-- 0.27 → 0 · 44/109 · drop index ix_fief_email_verifications_email on fief_email_verifications
-- locks: fief_email_verifications: catalog-only
DROP INDEX IF EXISTS "ix_fief_email_verifications_email";

-- 0.27 → 0 · 45/109 · drop index ix_fief_email_verifications_created_at on fief_email_verifications
-- locks: fief_email_verifications: catalog-only
DROP INDEX IF EXISTS "ix_fief_email_verifications_created_at";

-- 0.27 → 0 · 46/109 · drop index ix_fief_email_verifications_code on fief_email_verifications
-- locks: fief_email_verifications: catalog-only
DROP INDEX IF EXISTS "ix_fief_email_verifications_code";

-- 0.27 → 0 · 47/109 · drop table fief_email_verifications
-- locks: fief_email_verifications: catalog-only; drops the table and its rows
DROP TABLE "fief_email_verifications";

-- 0.27 → 0 · 48/109 · drop index ix_fief_authorization_codes_updated_at on fief_authorization_codes
-- locks: fief_authorization_codes: catalog-only
DROP INDEX IF EXISTS "ix_fief_authorization_codes_updated_at";

-- 0.27 → 0 · 49/109 · drop index ix_fief_authorization_codes_expires_at on fief_authorization_codes
-- locks: fief_authorization_codes: catalog-only
DROP INDEX IF EXISTS "ix_fief_authorization_codes_expires_at";

-- 0.27 → 0 · 50/109 · drop index ix_fief_authorization_codes_created_at on fief_authorization_codes
-- locks: fief_authorization_codes: catalog-only
DROP INDEX IF EXISTS "ix_fief_authorization_codes_created_at";

-- 0.27 → 0 · 51/109 · drop index ix_fief_authorization_codes_code on fief_authorization_codes
-- locks: fief_authorization_codes: catalog-only
DROP INDEX IF EXISTS "ix_fief_authorization_codes_code";

-- 0.27 → 0 · 52/109 · drop table fief_authorization_codes
-- locks: fief_authorization_codes: catalog-only; drops the table and its rows
DROP TABLE "fief_authorization_codes";

-- 0.27 → 0 · 53/109 · drop enum type fief_acr

-- 0.27 → 0 · 54/109 · drop index ix_fief_users_updated_at on fief_users
-- locks: fief_users: catalog-only
DROP INDEX IF EXISTS "ix_fief_users_updated_at";

-- 0.27 → 0 · 55/109 · drop index ix_fief_users_email_verified on fief_users
-- locks: fief_users: catalog-only
DROP INDEX IF EXISTS "ix_fief_users_email_verified";

-- 0.27 → 0 · 56/109 · drop index ix_fief_users_email_lower on fief_users
-- locks: fief_users: catalog-only
DROP INDEX IF EXISTS "ix_fief_users_email_lower";

-- 0.27 → 0 · 57/109 · drop index ix_fief_users_email on fief_users
-- locks: fief_users: catalog-only
DROP INDEX IF EXISTS "ix_fief_users_email";

-- 0.27 → 0 · 58/109 · drop index ix_fief_users_created_at on fief_users
-- locks: fief_users: catalog-only
DROP INDEX IF EXISTS "ix_fief_users_created_at";

-- 0.27 → 0 · 59/109 · drop table fief_users
-- locks: fief_users: catalog-only; drops the table and its rows
DROP TABLE "fief_users";

-- 0.27 → 0 · 60/109 · drop table fief_tenants_oauth_providers
-- locks: fief_tenants_oauth_providers: catalog-only; drops the table and its rows
DROP TABLE "fief_tenants_oauth_providers";

-- 0.27 → 0 · 61/109 · drop index ix_fief_clients_updated_at on fief_clients
-- locks: fief_clients: catalog-only
DROP INDEX IF EXISTS "ix_fief_clients_updated_at";

-- 0.27 → 0 · 62/109 · drop index ix_fief_clients_created_at on fief_clients
-- locks: fief_clients: catalog-only
DROP INDEX IF EXISTS "ix_fief_clients_created_at";

-- 0.27 → 0 · 63/109 · drop index ix_fief_clients_client_secret on fief_clients
-- locks: fief_clients: catalog-only
DROP INDEX IF EXISTS "ix_fief_clients_client_secret";

-- 0.27 → 0 · 64/109 · drop index ix_fief_clients_client_id on fief_clients
-- locks: fief_clients: catalog-only
DROP INDEX IF EXISTS "ix_fief_clients_client_id";

-- 0.27 → 0 · 65/109 · drop table fief_clients
-- locks: fief_clients: catalog-only; drops the table and its rows
DROP TABLE "fief_clients";

-- 0.27 → 0 · 66/109 · drop enum type fief_clienttype

-- 0.27 → 0 · 67/109 · drop index ix_fief_webhook_logs_updated_at on fief_webhook_logs
-- locks: fief_webhook_logs: catalog-only
DROP INDEX IF EXISTS "ix_fief_webhook_logs_updated_at";

-- 0.27 → 0 · 68/109 · drop index ix_fief_webhook_logs_created_at on fief_webhook_logs
-- locks: fief_webhook_logs: catalog-only
DROP INDEX IF EXISTS "ix_fief_webhook_logs_created_at";

-- 0.27 → 0 · 69/109 · drop table fief_webhook_logs
-- locks: fief_webhook_logs: catalog-only; drops the table and its rows
DROP TABLE "fief_webhook_logs";

-- 0.27 → 0 · 70/109 · drop index ix_fief_tenants_updated_at on fief_tenants
-- locks: fief_tenants: catalog-only
DROP INDEX IF EXISTS "ix_fief_tenants_updated_at";

-- 0.27 → 0 · 71/109 · drop index ix_fief_tenants_created_at on fief_tenants
-- locks: fief_tenants: catalog-only
DROP INDEX IF EXISTS "ix_fief_tenants_created_at";

-- 0.27 → 0 · 72/109 · drop table fief_tenants
-- locks: fief_tenants: catalog-only; drops the table and its rows
DROP TABLE "fief_tenants";

-- 0.27 → 0 · 73/109 · drop table fief_roles_permissions
-- locks: fief_roles_permissions: catalog-only; drops the table and its rows
DROP TABLE "fief_roles_permissions";

-- 0.27 → 0 · 74/109 · drop index ix_fief_webhooks_updated_at on fief_webhooks
-- locks: fief_webhooks: catalog-only
DROP INDEX IF EXISTS "ix_fief_webhooks_updated_at";

-- 0.27 → 0 · 75/109 · drop index ix_fief_webhooks_created_at on fief_webhooks
-- locks: fief_webhooks: catalog-only
DROP INDEX IF EXISTS "ix_fief_webhooks_created_at";

-- 0.27 → 0 · 76/109 · drop table fief_webhooks
-- locks: fief_webhooks: catalog-only; drops the table and its rows
DROP TABLE "fief_webhooks";

-- 0.27 → 0 · 77/109 · drop index ix_fief_user_fields_updated_at on fief_user_fields
-- locks: fief_user_fields: catalog-only
DROP INDEX IF EXISTS "ix_fief_user_fields_updated_at";

-- 0.27 → 0 · 78/109 · drop index ix_fief_user_fields_type on fief_user_fields
-- locks: fief_user_fields: catalog-only
DROP INDEX IF EXISTS "ix_fief_user_fields_type";

-- 0.27 → 0 · 79/109 · drop index ix_fief_user_fields_slug on fief_user_fields
-- locks: fief_user_fields: catalog-only
DROP INDEX IF EXISTS "ix_fief_user_fields_slug";

-- 0.27 → 0 · 80/109 · drop index ix_fief_user_fields_created_at on fief_user_fields
-- locks: fief_user_fields: catalog-only
DROP INDEX IF EXISTS "ix_fief_user_fields_created_at";

-- 0.27 → 0 · 81/109 · drop table fief_user_fields
-- locks: fief_user_fields: catalog-only; drops the table and its rows
DROP TABLE "fief_user_fields";

-- 0.27 → 0 · 82/109 · drop enum type fief_userfieldtype

-- 0.27 → 0 · 83/109 · drop index ix_fief_themes_updated_at on fief_themes
-- locks: fief_themes: catalog-only
DROP INDEX IF EXISTS "ix_fief_themes_updated_at";

-- 0.27 → 0 · 84/109 · drop index ix_fief_themes_created_at on fief_themes
-- locks: fief_themes: catalog-only
DROP INDEX IF EXISTS "ix_fief_themes_created_at";

-- 0.27 → 0 · 85/109 · drop table fief_themes
-- locks: fief_themes: catalog-only; drops the table and its rows
DROP TABLE "fief_themes";

-- 0.27 → 0 · 86/109 · drop index ix_fief_roles_updated_at on fief_roles
-- locks: fief_roles: catalog-only
DROP INDEX IF EXISTS "ix_fief_roles_updated_at";

-- 0.27 → 0 · 87/109 · drop index ix_fief_roles_created_at on fief_roles
-- locks: fief_roles: catalog-only
DROP INDEX IF EXISTS "ix_fief_roles_created_at";

-- 0.27 → 0 · 88/109 · drop table fief_roles
-- locks: fief_roles: catalog-only; drops the table and its rows
DROP TABLE "fief_roles";

-- 0.27 → 0 · 89/109 · drop index ix_fief_permissions_updated_at on fief_permissions
-- locks: fief_permissions: catalog-only
DROP INDEX IF EXISTS "ix_fief_permissions_updated_at";

-- 0.27 → 0 · 90/109 · drop index ix_fief_permissions_created_at on fief_permissions
-- locks: fief_permissions: catalog-only
DROP INDEX IF EXISTS "ix_fief_permissions_created_at";

-- 0.27 → 0 · 91/109 · drop table fief_permissions
-- locks: fief_permissions: catalog-only; drops the table and its rows
DROP TABLE "fief_permissions";

-- 0.27 → 0 · 92/109 · drop index ix_fief_oauth_providers_updated_at on fief_oauth_providers
-- locks: fief_oauth_providers: catalog-only
DROP INDEX IF EXISTS "ix_fief_oauth_providers_updated_at";

-- 0.27 → 0 · 93/109 · drop index ix_fief_oauth_providers_created_at on fief_oauth_providers
-- locks: fief_oauth_providers: catalog-only
DROP INDEX IF EXISTS "ix_fief_oauth_providers_created_at";

-- 0.27 → 0 · 94/109 · drop table fief_oauth_providers
-- locks: fief_oauth_providers: catalog-only; drops the table and its rows
DROP TABLE "fief_oauth_providers";

-- 0.27 → 0 · 95/109 · drop index ix_fief_email_templates_updated_at on fief_email_templates
-- locks: fief_email_templates: catalog-only
DROP INDEX IF EXISTS "ix_fief_email_templates_updated_at";

-- 0.27 → 0 · 96/109 · drop index ix_fief_email_templates_created_at on fief_email_templates
-- locks: fief_email_templates: catalog-only
DROP INDEX IF EXISTS "ix_fief_email_templates_created_at";

-- 0.27 → 0 · 97/109 · drop table fief_email_templates
-- locks: fief_email_templates: catalog-only; drops the table and its rows
DROP TABLE "fief_email_templates";

-- 0.27 → 0 · 98/109 · drop index ix_fief_email_domains_updated_at on fief_email_domains
-- locks: fief_email_domains: catalog-only
DROP INDEX IF EXISTS "ix_fief_email_domains_updated_at";

-- 0.27 → 0 · 99/109 · drop index ix_fief_email_domains_created_at on fief_email_domains
-- locks: fief_email_domains: catalog-only
DROP INDEX IF EXISTS "ix_fief_email_domains_created_at";

-- 0.27 → 0 · 100/109 · drop table fief_email_domains
-- locks: fief_email_domains: catalog-only; drops the table and its rows
DROP TABLE "fief_email_domains";

-- 0.27 → 0 · 101/109 · drop index ix_fief_audit_logs_timestamp on fief_audit_logs
-- locks: fief_audit_logs: catalog-only
DROP INDEX IF EXISTS "ix_fief_audit_logs_timestamp";

-- 0.27 → 0 · 102/109 · drop index ix_fief_audit_logs_subject_user_id on fief_audit_logs
-- locks: fief_audit_logs: catalog-only
DROP INDEX IF EXISTS "ix_fief_audit_logs_subject_user_id";

-- 0.27 → 0 · 103/109 · drop index ix_fief_audit_logs_object_id on fief_audit_logs
-- locks: fief_audit_logs: catalog-only
DROP INDEX IF EXISTS "ix_fief_audit_logs_object_id";

-- 0.27 → 0 · 104/109 · drop index ix_fief_audit_logs_object_class on fief_audit_logs
-- locks: fief_audit_logs: catalog-only
DROP INDEX IF EXISTS "ix_fief_audit_logs_object_class";

-- 0.27 → 0 · 105/109 · drop index ix_fief_audit_logs_level on fief_audit_logs
-- locks: fief_audit_logs: catalog-only
DROP INDEX IF EXISTS "ix_fief_audit_logs_level";

-- 0.27 → 0 · 106/109 · drop index ix_fief_audit_logs_admin_user_id on fief_audit_logs
-- locks: fief_audit_logs: catalog-only
DROP INDEX IF EXISTS "ix_fief_audit_logs_admin_user_id";

-- 0.27 → 0 · 107/109 · drop index ix_fief_audit_logs_admin_api_key_id on fief_audit_logs
-- locks: fief_audit_logs: catalog-only
DROP INDEX IF EXISTS "ix_fief_audit_logs_admin_api_key_id";

-- 0.27 → 0 · 108/109 · drop table fief_audit_logs
-- locks: fief_audit_logs: catalog-only; drops the table and its rows
DROP TABLE "fief_audit_logs";

-- 0.27 → 0 · 109/109 · drop table fief_alembic_version
-- locks: fief_alembic_version: catalog-only; drops the table and its rows
DROP TABLE "fief_alembic_version";

-- before COMMIT: the database is at the empty state and its foreign keys hold, or everything this run did is rolled back
DROP TABLE IF EXISTS temp.plan_end;
CREATE TEMP TABLE plan_end AS SELECT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(m AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS m FROM (WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
  r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1;
SELECT 'plan stopped: ' || 'the database is not at fief the empty state at the end of this script (a statement did not do what its plan says): ' || m || '. Everything this run did is rolled back: nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect fief names every difference.' AS plan FROM temp.plan_end;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ROLLBACK, 'plan stopped: the database is not at fief the empty state at the end of this script (a statement did not do what its plan says); the line printed above says what differs. Everything this run did is rolled back: nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT 1 FROM temp.plan_end);
COMMIT;
PRAGMA foreign_keys = ON;

-- printed only when the database is now at the target state
SELECT 'plan: fief 0.27 → 0 applied' AS plan WHERE NOT EXISTS (
  WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
  r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
