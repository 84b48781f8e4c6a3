-- plan 0.1.0 · authhero 11.20 → 0 · sqlite · rollback
-- what:     this script rolls an authhero database back from 11.20 to 0 on SQLite (generated from the plans listed below)
-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF AUTHHERO AND ALL THE DATA IN THEM.
-- stop:     first, before the backup: every AuthHero process that writes to this database (its migrator must not run before this script)
-- backup:   then: sqlite3 -readonly DATABASE.db '.backup authhero-11.20-before.db.partial' && mv authhero-11.20-before.db.partial authhero-11.20-before.db   (restore, while nothing else has it open: sqlite3 DATABASE.db '.restore authhero-11.20-before.db'; not a copy over it: a -wal file left beside the database would be replayed onto the copy)
-- apply:    sqlite3 -bail DATABASE.db < down.sql   (the sqlite3 client: the first line, .bail on, makes it stop at the first error even without -bail)
-- reverse:  npx plan compile authhero 0 11.20 --dialect sqlite -o up.sql
-- this rollback drops: 51 tables actions, action_executions, action_versions, tenants, authentication_methods, branding, clients, client_grants, client_registration_tokens, users, codes, connections, control_plane_comm_keys, custom_domains, custom_text, email_providers, email_templates, flows, forms, grants, hooks, hook_code, invites, keys, kysely_migration, kysely_migration_lock, sessions, login_sessions, logs, log_streams, migrations, migration_sources, organizations, organization_connections, outbox_events, passwords, prompt_settings, proxy_routes, refresh_tokens, resource_servers, roles, role_permissions, rollouts, tenant_operations, tenant_operation_events, themes, universal_login_templates, user_activity, user_organizations, user_permissions, user_roles, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/authhero/product.yaml plans/authhero/0-11.20.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/authhero/product.yaml 3230b2d67f9773df002f045b96fc84632f1db3aa0e081f0b8f87471a83991ef4
--   plans/authhero/0-11.20.yaml a7cedd4d529a5a585530d6bb8b11a9e1520be048f18391e83a01bdf7bc33d0c6
-- a second run stops at its first check with "… is already applied: nothing to do" (exit status 1 under -bail) and changes nothing; a run cut short changed nothing, so running the file again completes it.
-- the whole script is one transaction: a failure, a crash or a kill at any statement leaves the database as it was; fix the cause and run the file again.
-- lock:     .timeout 5000 (the sqlite3 client's busy timeout, PRAGMA busy_timeout without its printed value; milliseconds; npx plan compile --lock-timeout 5s, 0: none): while another connection writes to the database (or reads it as this script commits), the script retries for up to that long instead of failing at once; then it fails with "database is locked" and, being one transaction, changes nothing: run the file again later.
-- locks:    SQLite locks the whole database: the script takes its write lock at BEGIN IMMEDIATE and holds it until COMMIT (other writers wait for busy_timeout, then fail with SQLITE_BUSY; in rollback-journal mode readers are shut out while it commits). Tables rebuilt (every row copied): user_activity, universal_login_templates, themes, tenant_operation_events, refresh_tokens, passwords, organization_connections, migrations, login_sessions, sessions, keys, hooks, grants, email_templates, custom_text, custom_domains, connections, codes, users, client_registration_tokens, client_grants, clients, branding, authentication_methods.
-- MANUAL STEPS (1), not done by this script:
--   1. [11.20 → 0] Only if this script stops at its check for foreign keys of tables outside authhero onto the keys it drops or replaces (it looks before any change): rebuild the tables it names without those foreign keys (https://sqlite.org/lang_altertable.html#otheralter), run the script again, then add them back the same way.

.bail on
.timeout 5000
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TEMP TABLE IF NOT EXISTS plan_stop (n INTEGER);

-- a second run: the database is at 0 already, so there is nothing to do
-- check that the database is at 11.20: this script is one transaction and runs only from there
DROP TABLE IF EXISTS temp.plan_expect;
CREATE TEMP TABLE plan_expect AS SELECT column1 AS k, column2 AS def, column3 AS f FROM (VALUES
      ('column action_executions.created_at_ts', 'bigint NOT NULL', 1),
      ('column action_executions.id', 'varchar(255)', 1),
      ('column action_executions.logs', 'text', 1),
      ('column action_executions.results', 'text NOT NULL', 1),
      ('column action_executions.status', 'varchar(32) NOT NULL', 1),
      ('column action_executions.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column action_executions.trigger_id', 'varchar(64) NOT NULL', 1),
      ('column action_executions.updated_at_ts', 'bigint NOT NULL', 1),
      ('column action_versions.action_id', 'varchar(255) NOT NULL', 1),
      ('column action_versions.code', 'text NOT NULL', 1),
      ('column action_versions.created_at_ts', 'bigint NOT NULL', 1),
      ('column action_versions.dependencies', 'text', 1),
      ('column action_versions.deployed', 'integer NOT NULL DEFAULT 0', 1),
      ('column action_versions.id', 'varchar(255)', 1),
      ('column action_versions.number', 'integer NOT NULL', 1),
      ('column action_versions.runtime', 'varchar(50)', 1),
      ('column action_versions.secrets', 'text', 1),
      ('column action_versions.supported_triggers', 'text', 1),
      ('column action_versions.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column action_versions.updated_at_ts', 'bigint NOT NULL', 1),
      ('column actions.code', 'text NOT NULL', 1),
      ('column actions.created_at_ts', 'bigint NOT NULL', 1),
      ('column actions.dependencies', 'text', 1),
      ('column actions.deployed_at_ts', 'bigint', 1),
      ('column actions.id', 'varchar(255)', 1),
      ('column actions.inherit', 'integer NOT NULL DEFAULT 0', 1),
      ('column actions.is_system', 'integer NOT NULL DEFAULT 0', 1),
      ('column actions.name', 'varchar(255) NOT NULL', 1),
      ('column actions.runtime', 'varchar(50)', 1),
      ('column actions.secrets', 'text', 1),
      ('column actions.status', 'varchar(50) DEFAULT ''built''', 1),
      ('column actions.supported_triggers', 'text', 1),
      ('column actions.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column actions.updated_at_ts', 'bigint NOT NULL', 1),
      ('column authentication_methods.confirmed', 'integer NOT NULL DEFAULT 0', 1),
      ('column authentication_methods.created_at_ts', 'bigint NOT NULL', 1),
      ('column authentication_methods.credential_backed_up', 'integer', 1),
      ('column authentication_methods.credential_id', 'varchar(512)', 1),
      ('column authentication_methods.friendly_name', 'varchar(255)', 1),
      ('column authentication_methods.id', 'varchar(26)', 1),
      ('column authentication_methods.phone_number', 'varchar(32)', 1),
      ('column authentication_methods.public_key', 'text', 1),
      ('column authentication_methods.sign_count', 'integer', 1),
      ('column authentication_methods.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column authentication_methods.totp_secret', 'varchar(255)', 1),
      ('column authentication_methods.transports', 'varchar(512)', 1),
      ('column authentication_methods.type', 'varchar(32) NOT NULL', 1),
      ('column authentication_methods.updated_at_ts', 'bigint NOT NULL', 1),
      ('column authentication_methods.user_id', 'varchar(255) NOT NULL', 1),
      ('column branding.colors_page_background_angle_dev', 'integer', 1),
      ('column branding.colors_page_background_end', 'varchar(8)', 1),
      ('column branding.colors_page_background_start', 'varchar(8)', 1),
      ('column branding.colors_page_background_type', 'varchar(32)', 1),
      ('column branding.colors_primary', 'varchar(8)', 1),
      ('column branding.dark_mode', 'varchar(8)', 1),
      ('column branding.favicon_url', 'varchar(512)', 1),
      ('column branding.font_url', 'varchar(512)', 1),
      ('column branding.logo_url', 'varchar(512)', 1),
      ('column branding.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column client_grants.allow_any_organization', 'integer DEFAULT 0', 1),
      ('column client_grants.audience', 'varchar(191) NOT NULL', 1),
      ('column client_grants.authorization_details_types', 'text DEFAULT ''[]''', 1),
      ('column client_grants.client_id', 'varchar(191) NOT NULL', 1),
      ('column client_grants.created_at', 'varchar(35) NOT NULL', 1),
      ('column client_grants.id', 'varchar(21) NOT NULL', 1),
      ('column client_grants.is_system', 'integer DEFAULT 0', 1),
      ('column client_grants.organization_usage', 'varchar(32)', 1),
      ('column client_grants.scope', 'text DEFAULT ''[]''', 1),
      ('column client_grants.subject_type', 'varchar(32)', 1),
      ('column client_grants.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column client_grants.updated_at', 'varchar(35) NOT NULL', 1),
      ('column client_registration_tokens.client_id', 'varchar(191)', 1),
      ('column client_registration_tokens.constraints', 'text', 1),
      ('column client_registration_tokens.created_at_ts', 'bigint NOT NULL', 1),
      ('column client_registration_tokens.expires_at_ts', 'bigint', 1),
      ('column client_registration_tokens.id', 'varchar(255)', 1),
      ('column client_registration_tokens.revoked_at_ts', 'bigint', 1),
      ('column client_registration_tokens.single_use', 'integer NOT NULL DEFAULT 0', 1),
      ('column client_registration_tokens.sub', 'varchar(255)', 1),
      ('column client_registration_tokens.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column client_registration_tokens.token_hash', 'varchar(64) NOT NULL', 1),
      ('column client_registration_tokens.type', 'varchar(8) NOT NULL', 1),
      ('column client_registration_tokens.used_at_ts', 'bigint', 1),
      ('column clients.addons', 'text NOT NULL', 1),
      ('column clients.allowed_clients', 'text NOT NULL', 1),
      ('column clients.allowed_logout_urls', 'text NOT NULL', 1),
      ('column clients.allowed_origins', 'text NOT NULL', 1),
      ('column clients.app_type', 'varchar(64) DEFAULT ''regular_web''', 1),
      ('column clients.auth0_conformant', 'integer DEFAULT 1', 1),
      ('column clients.callbacks', 'text NOT NULL', 1),
      ('column clients.client_aliases', 'text NOT NULL', 1),
      ('column clients.client_authentication_methods', 'text NOT NULL', 1),
      ('column clients.client_id', 'varchar(191) NOT NULL', 1),
      ('column clients.client_metadata', 'text NOT NULL', 1),
      ('column clients.client_secret', 'varchar(255)', 1),
      ('column clients.compliance_level', 'varchar(64)', 1),
      ('column clients.connections', 'text NOT NULL DEFAULT ''[]''', 1),
      ('column clients.created_at', 'varchar(35) NOT NULL', 1),
      ('column clients.cross_origin_authentication', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.cross_origin_loc', 'varchar(2083)', 1),
      ('column clients.custom_login_page', 'text', 1),
      ('column clients.custom_login_page_on', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.custom_login_page_preview', 'text', 1),
      ('column clients.default_organization', 'text NOT NULL', 1),
      ('column clients.description', 'varchar(140)', 1),
      ('column clients.encryption_key', 'text NOT NULL', 1),
      ('column clients.form_template', 'text', 1),
      ('column clients.global', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.grant_types', 'text NOT NULL', 1),
      ('column clients.hide_sign_up_disabled_error', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.initiate_login_uri', 'varchar(2083)', 1),
      ('column clients.is_first_party', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.jwt_configuration', 'text NOT NULL', 1),
      ('column clients.logo_uri', 'varchar(2083)', 1),
      ('column clients.mobile', 'text NOT NULL', 1),
      ('column clients.name', 'varchar(255) NOT NULL', 1),
      ('column clients.native_social_login', 'text NOT NULL', 1),
      ('column clients.oidc_conformant', 'integer NOT NULL DEFAULT 1', 1),
      ('column clients.oidc_logout', 'text NOT NULL', 1),
      ('column clients.organization_require_behavior', 'varchar(32) DEFAULT ''no_prompt''', 1),
      ('column clients.organization_usage', 'varchar(32) DEFAULT ''deny''', 1),
      ('column clients.owner_user_id', 'varchar(255)', 1),
      ('column clients.par_request_expiry', 'integer', 1),
      ('column clients.refresh_token', 'text NOT NULL', 1),
      ('column clients.registration_metadata', 'text', 1),
      ('column clients.registration_type', 'varchar(32)', 1),
      ('column clients.require_proof_of_possession', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.require_pushed_authorization_requests', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.session_transfer', 'text NOT NULL', 1),
      ('column clients.signed_request_object', 'text NOT NULL', 1),
      ('column clients.signing_keys', 'text NOT NULL', 1),
      ('column clients.sso', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.sso_disabled', 'integer NOT NULL DEFAULT 1', 1),
      ('column clients.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT ''client_secret_basic''', 1),
      ('column clients.token_quota', 'text NOT NULL', 1),
      ('column clients.updated_at', 'varchar(35) NOT NULL', 1),
      ('column clients.user_linking_mode', 'varchar(16)', 1),
      ('column clients.web_origins', 'text NOT NULL', 1),
      ('column codes.code_challenge', 'varchar(128)', 1),
      ('column codes.code_challenge_method', 'varchar(5)', 1),
      ('column codes.code_id', 'varchar(255) NOT NULL', 1),
      ('column codes.code_type', 'varchar(255) NOT NULL', 1),
      ('column codes.code_verifier', 'varchar(128)', 1),
      ('column codes.connection_id', 'varchar(255)', 1),
      ('column codes.created_at', 'varchar(255) NOT NULL', 1),
      ('column codes.expires_at', 'varchar(255) NOT NULL', 1),
      ('column codes.expires_at_ts', 'bigint', 1),
      ('column codes.login_id', 'varchar(255)', 1),
      ('column codes.nonce', 'varchar(1024)', 1),
      ('column codes.otp', 'varchar(32)', 1),
      ('column codes.redirect_uri', 'varchar(1024)', 1),
      ('column codes.state', 'varchar(2048)', 1),
      ('column codes.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column codes.used_at', 'varchar(255)', 1),
      ('column codes.user_id', 'varchar(255)', 1),
      ('column connections.created_at', 'varchar(255) NOT NULL', 1),
      ('column connections.display_name', 'varchar(255)', 1),
      ('column connections.id', 'varchar(255) NOT NULL', 1),
      ('column connections.is_domain_connection', 'integer', 1),
      ('column connections.is_system', 'integer NOT NULL DEFAULT 0', 1),
      ('column connections.metadata', 'varchar(4096)', 1),
      ('column connections.name', 'varchar(255) NOT NULL', 1),
      ('column connections.options', 'varchar(8192) NOT NULL DEFAULT ''{}''', 1),
      ('column connections.response_mode', 'varchar(255)', 1),
      ('column connections.response_type', 'varchar(255)', 1),
      ('column connections.show_as_button', 'integer', 1),
      ('column connections.strategy', 'varchar(64)', 1),
      ('column connections.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column connections.updated_at', 'varchar(255) NOT NULL', 1),
      ('column control_plane_comm_keys.created_at', 'varchar(35) NOT NULL', 1),
      ('column control_plane_comm_keys.kid', 'varchar(255) NOT NULL', 1),
      ('column control_plane_comm_keys.public_jwk', 'text NOT NULL', 1),
      ('column control_plane_comm_keys.revoked_at', 'varchar(35)', 1),
      ('column control_plane_comm_keys.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column custom_domains.created_at', 'varchar(35) NOT NULL', 1),
      ('column custom_domains.custom_client_ip_header', 'varchar(50)', 1),
      ('column custom_domains.custom_domain_id', 'varchar(256) NOT NULL', 1),
      ('column custom_domains.domain', 'varchar(255) NOT NULL', 1),
      ('column custom_domains.domain_metadata', 'varchar(2048)', 1),
      ('column custom_domains.origin_domain_name', 'varchar(255)', 1),
      ('column custom_domains.primary', 'boolean NOT NULL', 1),
      ('column custom_domains.status', 'varchar(50) NOT NULL', 1),
      ('column custom_domains.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column custom_domains.tls_policy', 'varchar(50)', 1),
      ('column custom_domains.type', 'varchar(50) NOT NULL', 1),
      ('column custom_domains.updated_at', 'varchar(35) NOT NULL', 1),
      ('column custom_domains.verification', 'varchar(2048)', 1),
      ('column custom_text.created_at_ts', 'bigint NOT NULL', 1),
      ('column custom_text.custom_text', 'text NOT NULL', 1),
      ('column custom_text.language', 'varchar(16) NOT NULL', 1),
      ('column custom_text.prompt', 'varchar(64) NOT NULL', 1),
      ('column custom_text.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column custom_text.updated_at_ts', 'bigint NOT NULL', 1),
      ('column email_providers.created_at', 'varchar(29) NOT NULL', 1),
      ('column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT ''{}''', 1),
      ('column email_providers.default_from_address', 'varchar(255)', 1),
      ('column email_providers.enabled', 'boolean NOT NULL', 1),
      ('column email_providers.name', 'varchar(255) NOT NULL', 1),
      ('column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT ''{}''', 1),
      ('column email_providers.tenant_id', 'varchar(255)', 1),
      ('column email_providers.updated_at', 'varchar(29) NOT NULL', 1),
      ('column email_templates.body', 'text NOT NULL', 1),
      ('column email_templates.created_at', 'varchar(35) NOT NULL', 1),
      ('column email_templates.enabled', 'integer NOT NULL DEFAULT 1', 1),
      ('column email_templates.from', 'varchar(255) NOT NULL', 1),
      ('column email_templates.include_email_in_redirect', 'integer NOT NULL DEFAULT 0', 1),
      ('column email_templates.result_url', 'varchar(2048)', 1),
      ('column email_templates.subject', 'varchar(255) NOT NULL', 1),
      ('column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT ''liquid''', 1),
      ('column email_templates.template', 'varchar(64) NOT NULL', 1),
      ('column email_templates.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column email_templates.updated_at', 'varchar(35) NOT NULL', 1),
      ('column email_templates.url_lifetime_in_seconds', 'integer', 1),
      ('column flows.actions', 'text', 1),
      ('column flows.created_at', 'varchar(35) NOT NULL', 1),
      ('column flows.id', 'varchar(24)', 1),
      ('column flows.name', 'varchar(150) NOT NULL', 1),
      ('column flows.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column flows.updated_at', 'varchar(35) NOT NULL', 1),
      ('column forms.created_at', 'varchar(255) NOT NULL', 1),
      ('column forms.ending', 'varchar(255)', 1),
      ('column forms.id', 'varchar(255)', 1),
      ('column forms.languages', 'varchar(255)', 1),
      ('column forms.messages', 'varchar(255)', 1),
      ('column forms.name', 'varchar(255) NOT NULL', 1),
      ('column forms.nodes', 'varchar(4096)', 1),
      ('column forms.start', 'varchar(255)', 1),
      ('column forms.style', 'varchar(1042)', 1),
      ('column forms.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column forms.translations', 'varchar(4096)', 1),
      ('column forms.updated_at', 'varchar(255) NOT NULL', 1),
      ('column grants.audience', 'varchar(100) NOT NULL DEFAULT ''''', 1),
      ('column grants.client_id', 'varchar(100) NOT NULL', 1),
      ('column grants.created_at', 'varchar(35) NOT NULL', 1),
      ('column grants.id', 'varchar(21)', 1),
      ('column grants.scope', 'text NOT NULL DEFAULT ''[]''', 1),
      ('column grants.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column grants.updated_at', 'varchar(35) NOT NULL', 1),
      ('column grants.user_id', 'varchar(255) NOT NULL', 1),
      ('column hook_code.code', 'text NOT NULL', 1),
      ('column hook_code.created_at_ts', 'bigint NOT NULL', 1),
      ('column hook_code.id', 'varchar(21)', 1),
      ('column hook_code.secrets', 'text', 1),
      ('column hook_code.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column hook_code.updated_at_ts', 'bigint NOT NULL', 1),
      ('column hooks.code_id', 'varchar(21)', 1),
      ('column hooks.created_at_ts', 'bigint', 1),
      ('column hooks.enabled', 'boolean NOT NULL', 1),
      ('column hooks.form_id', 'text', 1),
      ('column hooks.hook_id', 'varchar(255) NOT NULL', 1),
      ('column hooks.metadata', 'text', 1),
      ('column hooks.priority', 'integer', 1),
      ('column hooks.synchronous', 'boolean NOT NULL DEFAULT 0', 1),
      ('column hooks.template_id', 'text', 1),
      ('column hooks.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column hooks.trigger_id', 'varchar(255) NOT NULL', 1),
      ('column hooks.updated_at_ts', 'bigint', 1),
      ('column hooks.url', 'varchar(512)', 1),
      ('column invites.app_metadata', 'text', 1),
      ('column invites.client_id', 'varchar(191) NOT NULL', 1),
      ('column invites.connection_id', 'varchar(21)', 1),
      ('column invites.created_at', 'varchar(35) NOT NULL', 1),
      ('column invites.expires_at', 'varchar(35) NOT NULL', 1),
      ('column invites.id', 'varchar(21)', 1),
      ('column invites.invitation_url', 'text NOT NULL', 1),
      ('column invites.invitee', 'text NOT NULL', 1),
      ('column invites.inviter', 'text NOT NULL', 1),
      ('column invites.organization_id', 'varchar(21) NOT NULL', 1),
      ('column invites.roles', 'text', 1),
      ('column invites.send_invitation_email', 'integer', 1),
      ('column invites.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column invites.ticket_id', 'varchar(191)', 1),
      ('column invites.ttl_sec', 'integer', 1),
      ('column invites.user_metadata', 'text', 1),
      ('column keys.cert', 'varchar(4096)', 1),
      ('column keys.connection', 'varchar(255)', 1),
      ('column keys.created_at', 'varchar(255) NOT NULL', 1),
      ('column keys.current_since', 'varchar(256)', 1),
      ('column keys.current_until', 'varchar(256)', 1),
      ('column keys.fingerprint', 'varchar(256)', 1),
      ('column keys.kid', 'varchar(255)', 1),
      ('column keys.pkcs7', 'varchar(4096)', 1),
      ('column keys.revoked_at', 'varchar(255)', 1),
      ('column keys.tenant_id', 'varchar(255)', 1),
      ('column keys.thumbprint', 'varchar(256)', 1),
      ('column keys.type', 'varchar(50) NOT NULL DEFAULT ''jwt_signing''', 1),
      ('column kysely_migration.name', 'varchar(255) NOT NULL', 1),
      ('column kysely_migration.timestamp', 'varchar(255) NOT NULL', 1),
      ('column kysely_migration_lock.id', 'varchar(255) NOT NULL', 1),
      ('column kysely_migration_lock.is_locked', 'integer NOT NULL DEFAULT 0', 1),
      ('column log_streams.created_at', 'varchar(35) NOT NULL', 1),
      ('column log_streams.filters', 'text', 1),
      ('column log_streams.id', 'varchar(64)', 1),
      ('column log_streams.is_priority', 'boolean', 1),
      ('column log_streams.name', 'varchar(255) NOT NULL', 1),
      ('column log_streams.sink', 'text NOT NULL', 1),
      ('column log_streams.status', 'varchar(32) NOT NULL', 1),
      ('column log_streams.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column log_streams.type', 'varchar(64) NOT NULL', 1),
      ('column log_streams.updated_at', 'varchar(35) NOT NULL', 1),
      ('column login_sessions.auth0Client', 'varchar(255)', 1),
      ('column login_sessions.auth_connection', 'varchar(255)', 1),
      ('column login_sessions.auth_params', 'text', 1),
      ('column login_sessions.auth_strategy_strategy', 'varchar(64)', 1),
      ('column login_sessions.auth_strategy_strategy_type', 'varchar(64)', 1),
      ('column login_sessions.authenticated_at', 'varchar(35)', 1),
      ('column login_sessions.authorization_url', 'text', 1),
      ('column login_sessions.created_at_ts', 'bigint', 1),
      ('column login_sessions.csrf_token', 'varchar(26) NOT NULL', 1),
      ('column login_sessions.expires_at_ts', 'bigint', 1),
      ('column login_sessions.failure_reason', 'text', 1),
      ('column login_sessions.id', 'varchar(26) NOT NULL', 1),
      ('column login_sessions.ip', 'varchar(39)', 1),
      ('column login_sessions.session_id', 'varchar(26)', 1),
      ('column login_sessions.state', 'varchar(50) DEFAULT ''pending''', 1),
      ('column login_sessions.state_data', 'text', 1),
      ('column login_sessions.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column login_sessions.updated_at_ts', 'bigint', 1),
      ('column login_sessions.user_id', 'varchar(255)', 1),
      ('column login_sessions.useragent', 'text', 1),
      ('column logs.audience', 'varchar(255)', 1),
      ('column logs.auth0_client', 'varchar(8192)', 1),
      ('column logs.category', 'varchar(255)', 1),
      ('column logs.city_name', 'varchar(255)', 1),
      ('column logs.client_id', 'varchar(255)', 1),
      ('column logs.client_name', 'varchar(255)', 1),
      ('column logs.connection', 'varchar(255)', 1),
      ('column logs.connection_id', 'varchar(255)', 1),
      ('column logs.continent_code', 'varchar(2)', 1),
      ('column logs.country_code', 'varchar(2)', 1),
      ('column logs.date', 'varchar(25) NOT NULL', 1),
      ('column logs.description', 'varchar(255)', 1),
      ('column logs.details', 'varchar(2048)', 1),
      ('column logs.hostname', 'varchar(255)', 1),
      ('column logs.ip', 'varchar(255)', 1),
      ('column logs.isMobile', 'integer', 1),
      ('column logs.latitude', 'varchar(255)', 1),
      ('column logs.log_id', 'varchar(21) NOT NULL', 1),
      ('column logs.longitude', 'varchar(255)', 1),
      ('column logs.scope', 'varchar(255)', 1),
      ('column logs.session_connection', 'varchar(255)', 1),
      ('column logs.strategy', 'varchar(255)', 1),
      ('column logs.strategy_type', 'varchar(255)', 1),
      ('column logs.tenant_id', 'varchar(64)', 1),
      ('column logs.time_zone', 'varchar(255)', 1),
      ('column logs.type', 'varchar(8) NOT NULL', 1),
      ('column logs.user_agent', 'varchar(255)', 1),
      ('column logs.user_id', 'varchar(64)', 1),
      ('column logs.user_name', 'varchar(255)', 1),
      ('column migration_sources.connection', 'varchar(255) NOT NULL', 1),
      ('column migration_sources.created_at', 'varchar(35) NOT NULL', 1),
      ('column migration_sources.credentials', 'text NOT NULL', 1),
      ('column migration_sources.enabled', 'boolean NOT NULL', 1),
      ('column migration_sources.id', 'varchar(64)', 1),
      ('column migration_sources.name', 'varchar(255) NOT NULL', 1),
      ('column migration_sources.provider', 'varchar(32) NOT NULL', 1),
      ('column migration_sources.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column migration_sources.updated_at', 'varchar(35) NOT NULL', 1),
      ('column migrations.client_id', 'varchar(255)', 1),
      ('column migrations.created_at', 'varchar(255) NOT NULL', 1),
      ('column migrations.domain', 'varchar(255)', 1),
      ('column migrations.id', 'varchar(255) NOT NULL', 1),
      ('column migrations.origin', 'varchar(255)', 1),
      ('column migrations.provider', 'varchar(255)', 1),
      ('column migrations.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column migrations.updated_at', 'varchar(255) NOT NULL', 1),
      ('column organization_connections.assign_membership_on_login', 'boolean NOT NULL DEFAULT 0', 1),
      ('column organization_connections.connection_id', 'varchar(191) NOT NULL', 1),
      ('column organization_connections.created_at', 'varchar(35) NOT NULL', 1),
      ('column organization_connections.is_signup_enabled', 'boolean NOT NULL DEFAULT 1', 1),
      ('column organization_connections.organization_id', 'varchar(21) NOT NULL', 1),
      ('column organization_connections.show_as_button', 'boolean NOT NULL DEFAULT 1', 1),
      ('column organization_connections.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column organization_connections.updated_at', 'varchar(35) NOT NULL', 1),
      ('column organizations.branding', 'text', 1),
      ('column organizations.created_at', 'varchar(35) NOT NULL', 1),
      ('column organizations.display_name', 'varchar(256)', 1),
      ('column organizations.enabled_connections', 'text', 1),
      ('column organizations.id', 'varchar(21)', 1),
      ('column organizations.metadata', 'text', 1),
      ('column organizations.name', 'varchar(256) NOT NULL', 1),
      ('column organizations.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column organizations.token_quota', 'text', 1),
      ('column organizations.updated_at', 'varchar(35) NOT NULL', 1),
      ('column outbox_events.aggregate_id', 'varchar(255) NOT NULL', 1),
      ('column outbox_events.aggregate_type', 'varchar(64) NOT NULL', 1),
      ('column outbox_events.claim_expires_at', 'varchar(35)', 1),
      ('column outbox_events.claimed_by', 'varchar(64)', 1),
      ('column outbox_events.created_at', 'varchar(35) NOT NULL', 1),
      ('column outbox_events.dead_lettered_at', 'varchar(35)', 1),
      ('column outbox_events.error', 'text', 1),
      ('column outbox_events.event_type', 'varchar(255) NOT NULL', 1),
      ('column outbox_events.final_error', 'text', 1),
      ('column outbox_events.id', 'varchar(21)', 1),
      ('column outbox_events.log_type', 'varchar(64) NOT NULL', 1),
      ('column outbox_events.next_retry_at', 'varchar(35)', 1),
      ('column outbox_events.payload', 'text NOT NULL', 1),
      ('column outbox_events.processed_at', 'varchar(35)', 1),
      ('column outbox_events.retry_count', 'integer NOT NULL DEFAULT 0', 1),
      ('column outbox_events.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT ''bcrypt''', 1),
      ('column passwords.created_at', 'varchar(35) NOT NULL', 1),
      ('column passwords.id', 'varchar(21)', 1),
      ('column passwords.is_current', 'integer NOT NULL DEFAULT 1', 1),
      ('column passwords.password', 'varchar(255) NOT NULL', 1),
      ('column passwords.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column passwords.updated_at', 'varchar(35) NOT NULL', 1),
      ('column passwords.user_id', 'varchar(191) NOT NULL', 1),
      ('column prompt_settings.identifier_first', 'boolean NOT NULL DEFAULT 1', 1),
      ('column prompt_settings.password_first', 'boolean NOT NULL DEFAULT 0', 1),
      ('column prompt_settings.tenant_id', 'varchar(64)', 1),
      ('column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT ''new''', 1),
      ('column prompt_settings.webauthn_platform_first_factor', 'boolean NOT NULL DEFAULT 0', 1),
      ('column proxy_routes.created_at', 'varchar(35) NOT NULL', 1),
      ('column proxy_routes.custom_domain_id', 'varchar(256) NOT NULL', 1),
      ('column proxy_routes.handlers', 'text NOT NULL DEFAULT ''[]''', 1),
      ('column proxy_routes.id', 'varchar(64) NOT NULL', 1),
      ('column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT ''{"path":"/*"}''', 1),
      ('column proxy_routes.priority', 'integer NOT NULL DEFAULT 100', 1),
      ('column proxy_routes.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column proxy_routes.updated_at', 'varchar(35) NOT NULL', 1),
      ('column refresh_tokens.client_id', 'varchar(191) NOT NULL', 1),
      ('column refresh_tokens.created_at_ts', 'bigint', 1),
      ('column refresh_tokens.device', 'text NOT NULL', 1),
      ('column refresh_tokens.expires_at_ts', 'bigint', 1),
      ('column refresh_tokens.family_id', 'varchar(26)', 1),
      ('column refresh_tokens.id', 'varchar(21) NOT NULL', 1),
      ('column refresh_tokens.idle_expires_at_ts', 'bigint', 1),
      ('column refresh_tokens.last_exchanged_at_ts', 'bigint', 1),
      ('column refresh_tokens.login_id', 'varchar(26)', 1),
      ('column refresh_tokens.resource_servers', 'text NOT NULL', 1),
      ('column refresh_tokens.revoked_at_ts', 'bigint', 1),
      ('column refresh_tokens.rotated_at_ts', 'bigint', 1),
      ('column refresh_tokens.rotated_to', 'varchar(26)', 1),
      ('column refresh_tokens.rotating', 'boolean NOT NULL', 1),
      ('column refresh_tokens.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column refresh_tokens.token_hash', 'varchar(64)', 1),
      ('column refresh_tokens.token_lookup', 'varchar(16)', 1),
      ('column refresh_tokens.user_id', 'varchar(255)', 1),
      ('column resource_servers.allow_offline_access', 'integer', 1),
      ('column resource_servers.created_at', 'varchar(35) NOT NULL', 1),
      ('column resource_servers.id', 'varchar(21) NOT NULL', 1),
      ('column resource_servers.identifier', 'varchar(191) NOT NULL', 1),
      ('column resource_servers.is_system', 'integer NOT NULL DEFAULT 0', 1),
      ('column resource_servers.metadata', 'varchar(4096)', 1),
      ('column resource_servers.name', 'varchar(255) NOT NULL', 1),
      ('column resource_servers.options', 'varchar(4096)', 1),
      ('column resource_servers.scopes', 'varchar(4096)', 1),
      ('column resource_servers.signing_alg', 'varchar(64)', 1),
      ('column resource_servers.signing_secret', 'varchar(2048)', 1),
      ('column resource_servers.skip_consent_for_verifiable_first_party_clients', 'integer', 1),
      ('column resource_servers.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column resource_servers.token_lifetime', 'integer', 1),
      ('column resource_servers.token_lifetime_for_web', 'integer', 1),
      ('column resource_servers.updated_at', 'varchar(35) NOT NULL', 1),
      ('column resource_servers.verification_key', 'varchar(4096)', 1),
      ('column role_permissions.created_at', 'varchar(35) NOT NULL', 1),
      ('column role_permissions.permission_name', 'varchar(191) NOT NULL', 1),
      ('column role_permissions.resource_server_identifier', 'varchar(191) NOT NULL', 1),
      ('column role_permissions.role_id', 'varchar(21) NOT NULL', 1),
      ('column role_permissions.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column roles.created_at', 'varchar(35) NOT NULL', 1),
      ('column roles.description', 'varchar(255)', 1),
      ('column roles.id', 'varchar(21) NOT NULL', 1),
      ('column roles.is_system', 'integer NOT NULL DEFAULT 0', 1),
      ('column roles.metadata', 'varchar(4096)', 1),
      ('column roles.name', 'varchar(50) NOT NULL', 1),
      ('column roles.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column roles.updated_at', 'varchar(35) NOT NULL', 1),
      ('column rollouts.canary_tenant_ids', 'text', 1),
      ('column rollouts.created_at', 'varchar(35) NOT NULL', 1),
      ('column rollouts.filter', 'text', 1),
      ('column rollouts.finished_at', 'varchar(35)', 1),
      ('column rollouts.id', 'varchar(255) NOT NULL', 1),
      ('column rollouts.initiated_by', 'varchar(255)', 1),
      ('column rollouts.kind', 'varchar(32) NOT NULL', 1),
      ('column rollouts.status', 'varchar(32) NOT NULL', 1),
      ('column rollouts.target_database_version', 'varchar(255)', 1),
      ('column rollouts.target_worker_version', 'varchar(255)', 1),
      ('column rollouts.updated_at', 'varchar(35) NOT NULL', 1),
      ('column rollouts.wave_size', 'integer NOT NULL DEFAULT 10', 1),
      ('column sessions.authenticated_at_ts', 'bigint', 1),
      ('column sessions.clients', 'text NOT NULL', 1),
      ('column sessions.created_at_ts', 'bigint', 1),
      ('column sessions.device', 'text NOT NULL', 1),
      ('column sessions.expires_at_ts', 'bigint', 1),
      ('column sessions.id', 'varchar(21) NOT NULL', 1),
      ('column sessions.idle_expires_at_ts', 'bigint', 1),
      ('column sessions.last_interaction_at_ts', 'bigint', 1),
      ('column sessions.login_session_id', 'varchar(21)', 1),
      ('column sessions.revoked_at_ts', 'bigint', 1),
      ('column sessions.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column sessions.updated_at_ts', 'bigint', 1),
      ('column sessions.used_at_ts', 'bigint', 1),
      ('column sessions.user_id', 'varchar(255)', 1),
      ('column tenant_operation_events.attempt', 'integer NOT NULL DEFAULT 1', 1),
      ('column tenant_operation_events.created_at', 'varchar(35) NOT NULL', 1),
      ('column tenant_operation_events.detail', 'text', 1),
      ('column tenant_operation_events.id', 'varchar(255) NOT NULL', 1),
      ('column tenant_operation_events.operation_id', 'varchar(255) NOT NULL', 1),
      ('column tenant_operation_events.outcome', 'varchar(32) NOT NULL', 1),
      ('column tenant_operation_events.step', 'varchar(255) NOT NULL', 1),
      ('column tenant_operations.created_at', 'varchar(35) NOT NULL', 1),
      ('column tenant_operations.current_step', 'varchar(255)', 1),
      ('column tenant_operations.engine', 'varchar(64) NOT NULL', 1),
      ('column tenant_operations.engine_instance_id', 'varchar(100)', 1),
      ('column tenant_operations.error', 'text', 1),
      ('column tenant_operations.finished_at', 'varchar(35)', 1),
      ('column tenant_operations.id', 'varchar(255) NOT NULL', 1),
      ('column tenant_operations.initiated_by', 'varchar(255)', 1),
      ('column tenant_operations.kind', 'varchar(32) NOT NULL', 1),
      ('column tenant_operations.rollout_id', 'varchar(255)', 1),
      ('column tenant_operations.status', 'varchar(32) NOT NULL', 1),
      ('column tenant_operations.target_database_version', 'varchar(255)', 1),
      ('column tenant_operations.target_worker_version', 'varchar(255)', 1),
      ('column tenant_operations.tenant_id', 'varchar(255)', 1),
      ('column tenant_operations.updated_at', 'varchar(35) NOT NULL', 1),
      ('column tenants.acr_values_supported', 'text', 1),
      ('column tenants.allow_organization_name_in_authentication_api', 'integer', 1),
      ('column tenants.allowed_logout_urls', 'text', 1),
      ('column tenants.attack_protection', 'text', 1),
      ('column tenants.audience', 'varchar(255)', 1),
      ('column tenants.authorization_response_iss_parameter_supported', 'integer', 1),
      ('column tenants.bundle_configuration', 'varchar(64)', 1),
      ('column tenants.change_password', 'text', 1),
      ('column tenants.created_at', 'varchar(255) NOT NULL', 1),
      ('column tenants.customize_mfa_in_postlogin_action', 'integer', 1),
      ('column tenants.d1_database_id', 'varchar(64)', 1),
      ('column tenants.database_version', 'varchar(64)', 1),
      ('column tenants.default_audience', 'varchar(255)', 1),
      ('column tenants.default_client_id', 'varchar(255)', 1),
      ('column tenants.default_directory', 'varchar(255)', 1),
      ('column tenants.default_organization', 'varchar(255)', 1),
      ('column tenants.default_redirection_uri', 'text', 1),
      ('column tenants.default_token_quota', 'text', 1),
      ('column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT ''shared''', 1),
      ('column tenants.device_flow', 'text', 1),
      ('column tenants.enabled_locales', 'text', 1),
      ('column tenants.ephemeral_session_lifetime', 'integer', 1),
      ('column tenants.error_page', 'text', 1),
      ('column tenants.flags', 'text', 1),
      ('column tenants.friendly_name', 'varchar(255)', 1),
      ('column tenants.guardian_mfa_page', 'text', 1),
      ('column tenants.id', 'varchar(255)', 1),
      ('column tenants.idle_ephemeral_session_lifetime', 'integer', 1),
      ('column tenants.idle_session_lifetime', 'integer', 1),
      ('column tenants.legacy_sandbox_version', 'varchar(50)', 1),
      ('column tenants.mfa', 'text', 1),
      ('column tenants.mtls', 'text', 1),
      ('column tenants.oidc_logout', 'text', 1),
      ('column tenants.picture_url', 'text', 1),
      ('column tenants.provisioning_error', 'varchar(2048)', 1),
      ('column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ''ready''', 1),
      ('column tenants.provisioning_state_changed_at', 'varchar(35)', 1),
      ('column tenants.pushed_authorization_requests_supported', 'integer', 1),
      ('column tenants.sandbox_version', 'varchar(50)', 1),
      ('column tenants.sandbox_versions_available', 'text', 1),
      ('column tenants.sender_email', 'varchar(255)', 1),
      ('column tenants.sender_name', 'varchar(255)', 1),
      ('column tenants.session_cookie', 'text', 1),
      ('column tenants.session_lifetime', 'integer', 1),
      ('column tenants.sessions', 'text', 1),
      ('column tenants.storage_kind', 'varchar(32)', 1),
      ('column tenants.support_email', 'varchar(255)', 1),
      ('column tenants.support_url', 'varchar(255)', 1),
      ('column tenants.updated_at', 'varchar(255) NOT NULL', 1),
      ('column tenants.worker_script_name', 'varchar(255)', 1),
      ('column tenants.worker_version', 'varchar(64)', 1),
      ('column themes.borders_button_border_radius', 'integer NOT NULL', 1),
      ('column themes.borders_button_border_weight', 'integer NOT NULL', 1),
      ('column themes.borders_buttons_style', 'varchar(24) NOT NULL', 1),
      ('column themes.borders_input_border_radius', 'integer NOT NULL', 1),
      ('column themes.borders_input_border_weight', 'integer NOT NULL', 1),
      ('column themes.borders_inputs_style', 'varchar(24) NOT NULL', 1),
      ('column themes.borders_show_widget_shadow', 'boolean NOT NULL', 1),
      ('column themes.borders_widget_border_weight', 'integer NOT NULL', 1),
      ('column themes.borders_widget_corner_radius', 'integer NOT NULL', 1),
      ('column themes.colors_base_focus_color', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_base_hover_color', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_body_text', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_captcha_widget_theme', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_error', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_header', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_icons', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_input_background', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_input_border', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_input_filled_text', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_input_labels_placeholders', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_links_focused_components', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_primary_button', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_primary_button_label', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_secondary_button_border', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_secondary_button_label', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_success', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_widget_background', 'varchar(24) NOT NULL', 1),
      ('column themes.colors_widget_border', 'varchar(24) NOT NULL', 1),
      ('column themes.created_at', 'varchar(35) NOT NULL', 1),
      ('column themes.displayName', 'varchar(255) NOT NULL', 1),
      ('column themes.fonts_body_text_bold', 'integer NOT NULL', 1),
      ('column themes.fonts_body_text_size', 'integer NOT NULL', 1),
      ('column themes.fonts_buttons_text_bold', 'integer NOT NULL', 1),
      ('column themes.fonts_buttons_text_size', 'integer NOT NULL', 1),
      ('column themes.fonts_font_url', 'varchar(255) NOT NULL', 1),
      ('column themes.fonts_input_labels_bold', 'integer NOT NULL', 1),
      ('column themes.fonts_input_labels_size', 'integer NOT NULL', 1),
      ('column themes.fonts_links_bold', 'boolean NOT NULL', 1),
      ('column themes.fonts_links_size', 'integer NOT NULL', 1),
      ('column themes.fonts_links_style', 'varchar(24) NOT NULL', 1),
      ('column themes.fonts_reference_text_size', 'integer NOT NULL', 1),
      ('column themes.fonts_subtitle_bold', 'boolean NOT NULL', 1),
      ('column themes.fonts_subtitle_size', 'integer NOT NULL', 1),
      ('column themes.fonts_title_bold', 'boolean NOT NULL', 1),
      ('column themes.fonts_title_size', 'integer NOT NULL', 1),
      ('column themes.page_background_background_color', 'varchar(24) NOT NULL', 1),
      ('column themes.page_background_background_image_url', 'varchar(255) NOT NULL', 1),
      ('column themes.page_background_page_layout', 'varchar(24) NOT NULL', 1),
      ('column themes.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column themes.themeId', 'varchar(255) NOT NULL', 1),
      ('column themes.updated_at', 'varchar(35) NOT NULL', 1),
      ('column themes.widget_header_text_alignment', 'varchar(24) NOT NULL', 1),
      ('column themes.widget_logo_height', 'integer NOT NULL', 1),
      ('column themes.widget_logo_position', 'varchar(24) NOT NULL', 1),
      ('column themes.widget_logo_url', 'varchar(255) NOT NULL', 1),
      ('column themes.widget_social_buttons_layout', 'varchar(24) NOT NULL', 1),
      ('column universal_login_templates.body', 'text NOT NULL', 1),
      ('column universal_login_templates.created_at_ts', 'integer NOT NULL', 1),
      ('column universal_login_templates.tenant_id', 'varchar(191)', 1),
      ('column universal_login_templates.updated_at_ts', 'integer NOT NULL', 1),
      ('column user_activity.failed_logins', 'text', 1),
      ('column user_activity.last_ip', 'varchar(45)', 1),
      ('column user_activity.last_login', 'varchar(35)', 1),
      ('column user_activity.last_password_reset', 'varchar(35)', 1),
      ('column user_activity.login_count', 'integer NOT NULL DEFAULT 0', 1),
      ('column user_activity.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column user_activity.user_id', 'varchar(255) NOT NULL', 1),
      ('column user_organizations.created_at', 'varchar(35) NOT NULL', 1),
      ('column user_organizations.id', 'varchar(21)', 1),
      ('column user_organizations.organization_id', 'varchar(21) NOT NULL', 1),
      ('column user_organizations.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column user_organizations.updated_at', 'varchar(35) NOT NULL', 1),
      ('column user_organizations.user_id', 'varchar(191) NOT NULL', 1),
      ('column user_permissions.created_at', 'varchar(35) NOT NULL', 1),
      ('column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT ''''', 1),
      ('column user_permissions.permission_name', 'varchar(191) NOT NULL', 1),
      ('column user_permissions.resource_server_identifier', 'varchar(21) NOT NULL', 1),
      ('column user_permissions.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column user_permissions.user_id', 'varchar(191) NOT NULL', 1),
      ('column user_roles.created_at', 'varchar(35) NOT NULL', 1),
      ('column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT ''''', 1),
      ('column user_roles.role_id', 'varchar(21) NOT NULL', 1),
      ('column user_roles.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column user_roles.user_id', 'varchar(191) NOT NULL', 1),
      ('column users.address', 'text', 1),
      ('column users.app_metadata', 'varchar(4096) NOT NULL DEFAULT ''{}''', 1),
      ('column users.birthdate', 'varchar(10)', 1),
      ('column users.connection', 'varchar(255)', 1),
      ('column users.created_at', 'varchar(255) NOT NULL', 1),
      ('column users.email', 'varchar(255)', 1),
      ('column users.email_verified', 'boolean NOT NULL', 1),
      ('column users.family_name', 'varchar(255)', 1),
      ('column users.gender', 'varchar(50)', 1),
      ('column users.given_name', 'varchar(255)', 1),
      ('column users.is_social', 'boolean NOT NULL', 1),
      ('column users.linked_to', 'varchar(255)', 1),
      ('column users.locale', 'varchar(255)', 1),
      ('column users.middle_name', 'varchar(100)', 1),
      ('column users.name', 'varchar(255)', 1),
      ('column users.nickname', 'varchar(255)', 1),
      ('column users.phone_number', 'varchar(17)', 1),
      ('column users.phone_verified', 'boolean', 1),
      ('column users.picture', 'varchar(2083)', 1),
      ('column users.preferred_username', 'varchar(255)', 1),
      ('column users.profile', 'text', 1),
      ('column users.profileData', 'varchar(2048)', 1),
      ('column users.provider', 'varchar(255) NOT NULL', 1),
      ('column users.registration_completed_at', 'varchar(35)', 1),
      ('column users.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column users.updated_at', 'varchar(255) NOT NULL', 1),
      ('column users.user_id', 'varchar(255) NOT NULL', 1),
      ('column users.user_metadata', 'text', 1),
      ('column users.username', 'varchar(128)', 1),
      ('column users.website', 'text', 1),
      ('column users.zoneinfo', 'varchar(100)', 1),
      ('foreign_key authentication_methods.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key branding.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key client_grants.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key client_grants.(tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key client_registration_tokens.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key clients.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key codes.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key codes.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key connections.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key custom_domains.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key custom_text.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key email_templates.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key grants.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key grants.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key hooks.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key keys.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key login_sessions.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key login_sessions.(tenant_id, session_id) -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key migrations.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key organization_connections.(organization_id) -> organizations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key organization_connections.(tenant_id, connection_id) -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key passwords.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key passwords.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key refresh_tokens.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key refresh_tokens.(tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key sessions.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key tenant_operation_events.(operation_id) -> tenant_operations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key themes.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key universal_login_templates.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key user_activity.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key users.(linked_to, tenant_id) -> users (user_id, tenant_id) ON DELETE NO ACTION ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key users.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 1),
      ('index action_executions.idx_action_executions_tenant', 'tenant_id, id', 1),
      ('index action_versions.idx_action_versions_action', 'tenant_id, action_id', 1),
      ('index action_versions.uniq_action_versions_action_number', 'UNIQUE tenant_id, action_id, number', 1),
      ('index actions.idx_actions_tenant', 'tenant_id', 1),
      ('index authentication_methods.authentication_methods_credential_id_idx', 'credential_id', 1),
      ('index authentication_methods.mfa_enrollments_tenant_user_idx', 'tenant_id, user_id', 1),
      ('index client_grants.idx_client_grants_audience', 'audience', 1),
      ('index client_grants.uq_client_grants_tenant_client_audience', 'UNIQUE tenant_id, client_id, audience', 1),
      ('index client_registration_tokens.idx_client_registration_tokens_client', 'tenant_id, client_id', 1),
      ('index client_registration_tokens.idx_client_registration_tokens_hash', 'UNIQUE tenant_id, token_hash', 1),
      ('index clients.idx_clients_owner_user_id', 'tenant_id, owner_user_id', 1),
      ('index codes.idx_codes_expires_at_ts', 'expires_at_ts', 1),
      ('index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'tenant_id, created_at', 1),
      ('index flows.flows_tenant_id_idx', 'tenant_id', 1),
      ('index forms.forms_tenant_id_idx', 'tenant_id', 1),
      ('index grants.grants_natural_key_idx', 'UNIQUE tenant_id, user_id, client_id, audience', 1),
      ('index grants.grants_tenant_user_idx', 'tenant_id, user_id', 1),
      ('index hook_code.idx_hook_code_tenant', 'tenant_id', 1),
      ('index invites.idx_invites_expires_at', 'expires_at', 1),
      ('index invites.idx_invites_organization_id', 'organization_id', 1),
      ('index invites.idx_invites_tenant_created', 'tenant_id, created_at', 1),
      ('index log_streams.idx_log_streams_tenant_id', 'tenant_id', 1),
      ('index login_sessions.idx_login_sessions_expires_at_ts', 'expires_at_ts', 1),
      ('index login_sessions.idx_login_sessions_session_id', 'session_id', 1),
      ('index login_sessions.login_sessions_id_index', 'id', 1),
      ('index login_sessions.login_sessions_state_idx', 'state', 1),
      ('index login_sessions.login_sessions_tenant_user_idx', 'tenant_id, user_id', 1),
      ('index migration_sources.idx_migration_sources_tenant_id', 'tenant_id', 1),
      ('index organization_connections.idx_organization_connections_tenant_connection', 'tenant_id, connection_id', 1),
      ('index organization_connections.idx_organization_connections_tenant_org', 'tenant_id, organization_id', 1),
      ('index organizations.idx_organizations_tenant_name_unique', 'UNIQUE tenant_id, name', 1),
      ('index outbox_events.idx_outbox_claim', 'processed_at, claim_expires_at, next_retry_at, created_at', 1),
      ('index outbox_events.idx_outbox_events_tenant_dead_lettered', 'tenant_id, dead_lettered_at', 1),
      ('index outbox_events.idx_outbox_tenant_type', 'tenant_id, event_type, created_at', 1),
      ('index outbox_events.idx_outbox_unprocessed', 'processed_at, created_at', 1),
      ('index proxy_routes.proxy_routes_custom_domain_id_idx', 'custom_domain_id', 1),
      ('index proxy_routes.proxy_routes_tenant_id_idx', 'tenant_id', 1),
      ('index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'expires_at_ts', 1),
      ('index refresh_tokens.idx_refresh_tokens_family_id', 'tenant_id, family_id', 1),
      ('index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'idle_expires_at_ts', 1),
      ('index refresh_tokens.idx_refresh_tokens_login_id', 'login_id', 1),
      ('index refresh_tokens.idx_refresh_tokens_token_lookup', 'tenant_id, token_lookup', 1),
      ('index refresh_tokens.idx_refresh_tokens_user_id', 'tenant_id, user_id', 1),
      ('index resource_servers.resource_servers_tenant_identifier_uq', 'UNIQUE tenant_id, identifier', 1),
      ('index role_permissions.role_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name', 1),
      ('index roles.roles_tenant_name_uq', 'UNIQUE tenant_id, name', 1),
      ('index sessions.idx_sessions_expires_at_ts', 'expires_at_ts', 1),
      ('index sessions.idx_sessions_idle_expires_at_ts', 'idle_expires_at_ts', 1),
      ('index sessions.idx_sessions_user_id', 'tenant_id, user_id', 1),
      ('index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'operation_id, created_at', 1),
      ('index tenant_operations.tenant_operations_rollout_id_idx', 'rollout_id', 1),
      ('index tenant_operations.tenant_operations_status_idx', 'status', 1),
      ('index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'tenant_id, created_at', 1),
      ('index user_organizations.idx_user_organizations_organization_id', 'organization_id', 1),
      ('index user_organizations.idx_user_organizations_user_id', 'user_id', 1),
      ('index user_permissions.user_permissions_organization_fk', 'organization_id', 1),
      ('index user_permissions.user_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name', 1),
      ('index user_permissions.user_permissions_user_fk', 'tenant_id, user_id', 1),
      ('index user_roles.user_roles_organization_fk', 'organization_id', 1),
      ('index user_roles.user_roles_role_fk', 'tenant_id, role_id', 1),
      ('index user_roles.user_roles_user_fk', 'tenant_id, user_id', 1),
      ('index users.unique_username_provider', 'UNIQUE username, provider, tenant_id', 1),
      ('index users.users_email_index', 'email', 1),
      ('index users.users_linked_to_index', 'linked_to', 1),
      ('index users.users_name_index', 'name', 1),
      ('index users.users_phone_tenant_provider_index', 'tenant_id, phone_number, provider', 1),
      ('primary_key action_executions.PRIMARY', 'id', 1),
      ('primary_key action_versions.PRIMARY', 'id', 1),
      ('primary_key actions.PRIMARY', 'id', 1),
      ('primary_key authentication_methods.PRIMARY', 'id', 1),
      ('primary_key branding.PRIMARY', 'tenant_id', 1),
      ('primary_key client_grants.PRIMARY', 'tenant_id, id', 1),
      ('primary_key client_registration_tokens.PRIMARY', 'id', 1),
      ('primary_key clients.PRIMARY', 'tenant_id, client_id', 1),
      ('primary_key codes.PRIMARY', 'code_id, code_type', 1),
      ('primary_key connections.PRIMARY', 'tenant_id, id', 1),
      ('primary_key control_plane_comm_keys.PRIMARY', 'kid', 1),
      ('primary_key custom_domains.PRIMARY', 'custom_domain_id', 1),
      ('primary_key custom_text.PRIMARY', 'tenant_id, prompt, language', 1),
      ('primary_key email_providers.PRIMARY', 'tenant_id', 1),
      ('primary_key email_templates.PRIMARY', 'tenant_id, template', 1),
      ('primary_key flows.PRIMARY', 'id', 1),
      ('primary_key forms.PRIMARY', 'id', 1),
      ('primary_key grants.PRIMARY', 'id', 1),
      ('primary_key hook_code.PRIMARY', 'id', 1),
      ('primary_key hooks.PRIMARY', 'hook_id', 1),
      ('primary_key invites.PRIMARY', 'id', 1),
      ('primary_key keys.PRIMARY', 'kid', 1),
      ('primary_key kysely_migration.PRIMARY', 'name', 1),
      ('primary_key kysely_migration_lock.PRIMARY', 'id', 1),
      ('primary_key log_streams.PRIMARY', 'id', 1),
      ('primary_key login_sessions.PRIMARY', 'tenant_id, id', 1),
      ('primary_key logs.PRIMARY', 'log_id', 1),
      ('primary_key migration_sources.PRIMARY', 'id', 1),
      ('primary_key migrations.PRIMARY', 'id', 1),
      ('primary_key organizations.PRIMARY', 'id', 1),
      ('primary_key outbox_events.PRIMARY', 'id', 1),
      ('primary_key passwords.PRIMARY', 'id', 1),
      ('primary_key prompt_settings.PRIMARY', 'tenant_id', 1),
      ('primary_key proxy_routes.PRIMARY', 'id', 1),
      ('primary_key refresh_tokens.PRIMARY', 'tenant_id, id', 1),
      ('primary_key resource_servers.PRIMARY', 'tenant_id, id', 1),
      ('primary_key role_permissions.PRIMARY', 'tenant_id, role_id, resource_server_identifier, permission_name', 1),
      ('primary_key roles.PRIMARY', 'tenant_id, id', 1),
      ('primary_key rollouts.PRIMARY', 'id', 1),
      ('primary_key sessions.PRIMARY', 'tenant_id, id', 1),
      ('primary_key tenant_operation_events.PRIMARY', 'id', 1),
      ('primary_key tenant_operations.PRIMARY', 'id', 1),
      ('primary_key tenants.PRIMARY', 'id', 1),
      ('primary_key themes.PRIMARY', 'tenant_id, themeId', 1),
      ('primary_key universal_login_templates.PRIMARY', 'tenant_id', 1),
      ('primary_key user_activity.PRIMARY', 'tenant_id, user_id', 1),
      ('primary_key user_organizations.PRIMARY', 'id', 1),
      ('primary_key user_permissions.PRIMARY', 'tenant_id, user_id, resource_server_identifier, permission_name, organization_id', 1),
      ('primary_key user_roles.PRIMARY', 'tenant_id, user_id, role_id, organization_id', 1),
      ('primary_key users.PRIMARY', 'user_id, tenant_id', 1),
      ('table action_executions', 'present', 1),
      ('table action_versions', 'present', 1),
      ('table actions', 'present', 1),
      ('table authentication_methods', 'present', 1),
      ('table branding', 'present', 1),
      ('table client_grants', 'present', 1),
      ('table client_registration_tokens', 'present', 1),
      ('table clients', 'present', 1),
      ('table codes', 'present', 1),
      ('table connections', 'present', 1),
      ('table control_plane_comm_keys', 'present', 1),
      ('table custom_domains', 'present', 1),
      ('table custom_text', 'present', 1),
      ('table email_providers', 'present', 1),
      ('table email_templates', 'present', 1),
      ('table flows', 'present', 1),
      ('table forms', 'present', 1),
      ('table grants', 'present', 1),
      ('table hook_code', 'present', 1),
      ('table hooks', 'present', 1),
      ('table invites', 'present', 1),
      ('table keys', 'present', 1),
      ('table kysely_migration', 'present', 1),
      ('table kysely_migration_lock', 'present', 1),
      ('table log_streams', 'present', 1),
      ('table login_sessions', 'present', 1),
      ('table logs', 'present', 1),
      ('table migration_sources', 'present', 1),
      ('table migrations', 'present', 1),
      ('table organization_connections', 'present', 1),
      ('table organizations', 'present', 1),
      ('table outbox_events', 'present', 1),
      ('table passwords', 'present', 1),
      ('table prompt_settings', 'present', 1),
      ('table proxy_routes', 'present', 1),
      ('table refresh_tokens', 'present', 1),
      ('table resource_servers', 'present', 1),
      ('table role_permissions', 'present', 1),
      ('table roles', 'present', 1),
      ('table rollouts', 'present', 1),
      ('table sessions', 'present', 1),
      ('table tenant_operation_events', 'present', 1),
      ('table tenant_operations', 'present', 1),
      ('table tenants', 'present', 1),
      ('table themes', 'present', 1),
      ('table universal_login_templates', 'present', 1),
      ('table user_activity', 'present', 1),
      ('table user_organizations', 'present', 1),
      ('table user_permissions', 'present', 1),
      ('table user_roles', 'present', 1),
      ('table users', 'present', 1),
      ('unique organization_connections.(tenant_id, organization_id, connection_id)', 'present', 1),
      ('unique user_organizations.(tenant_id, user_id, organization_id)', 'present', 1),
      ('unique users.(email, provider, tenant_id)', 'present', 1),
      ('unique users.(phone_number, provider, tenant_id)', 'present', 1));
DROP TABLE IF EXISTS temp.plan_require;
CREATE TEMP TABLE plan_require AS SELECT column1 AS k, column2 AS m, column3 AS f FROM (VALUES
      ('column action_executions.created_at_ts', 'table action_executions has no column created_at_ts', 1),
      ('column action_executions.id', 'table action_executions has no column id', 1),
      ('column action_executions.logs', 'table action_executions has no column logs', 1),
      ('column action_executions.results', 'table action_executions has no column results', 1),
      ('column action_executions.status', 'table action_executions has no column status', 1),
      ('column action_executions.tenant_id', 'table action_executions has no column tenant_id', 1),
      ('column action_executions.trigger_id', 'table action_executions has no column trigger_id', 1),
      ('column action_executions.updated_at_ts', 'table action_executions has no column updated_at_ts', 1),
      ('column action_versions.action_id', 'table action_versions has no column action_id', 1),
      ('column action_versions.code', 'table action_versions has no column code', 1),
      ('column action_versions.created_at_ts', 'table action_versions has no column created_at_ts', 1),
      ('column action_versions.dependencies', 'table action_versions has no column dependencies', 1),
      ('column action_versions.deployed', 'table action_versions has no column deployed', 1),
      ('column action_versions.id', 'table action_versions has no column id', 1),
      ('column action_versions.number', 'table action_versions has no column number', 1),
      ('column action_versions.runtime', 'table action_versions has no column runtime', 1),
      ('column action_versions.secrets', 'table action_versions has no column secrets', 1),
      ('column action_versions.supported_triggers', 'table action_versions has no column supported_triggers', 1),
      ('column action_versions.tenant_id', 'table action_versions has no column tenant_id', 1),
      ('column action_versions.updated_at_ts', 'table action_versions has no column updated_at_ts', 1),
      ('column actions.code', 'table actions has no column code', 1),
      ('column actions.created_at_ts', 'table actions has no column created_at_ts', 1),
      ('column actions.dependencies', 'table actions has no column dependencies', 1),
      ('column actions.deployed_at_ts', 'table actions has no column deployed_at_ts', 1),
      ('column actions.id', 'table actions has no column id', 1),
      ('column actions.inherit', 'table actions has no column inherit', 1),
      ('column actions.is_system', 'table actions has no column is_system', 1),
      ('column actions.name', 'table actions has no column name', 1),
      ('column actions.runtime', 'table actions has no column runtime', 1),
      ('column actions.secrets', 'table actions has no column secrets', 1),
      ('column actions.status', 'table actions has no column status', 1),
      ('column actions.supported_triggers', 'table actions has no column supported_triggers', 1),
      ('column actions.tenant_id', 'table actions has no column tenant_id', 1),
      ('column actions.updated_at_ts', 'table actions has no column updated_at_ts', 1),
      ('column authentication_methods.confirmed', 'table authentication_methods has no column confirmed', 1),
      ('column authentication_methods.created_at_ts', 'table authentication_methods has no column created_at_ts', 1),
      ('column authentication_methods.credential_backed_up', 'table authentication_methods has no column credential_backed_up', 1),
      ('column authentication_methods.credential_id', 'table authentication_methods has no column credential_id', 1),
      ('column authentication_methods.friendly_name', 'table authentication_methods has no column friendly_name', 1),
      ('column authentication_methods.id', 'table authentication_methods has no column id', 1),
      ('column authentication_methods.phone_number', 'table authentication_methods has no column phone_number', 1),
      ('column authentication_methods.public_key', 'table authentication_methods has no column public_key', 1),
      ('column authentication_methods.sign_count', 'table authentication_methods has no column sign_count', 1),
      ('column authentication_methods.tenant_id', 'table authentication_methods has no column tenant_id', 1),
      ('column authentication_methods.totp_secret', 'table authentication_methods has no column totp_secret', 1),
      ('column authentication_methods.transports', 'table authentication_methods has no column transports', 1),
      ('column authentication_methods.type', 'table authentication_methods has no column type', 1),
      ('column authentication_methods.updated_at_ts', 'table authentication_methods has no column updated_at_ts', 1),
      ('column authentication_methods.user_id', 'table authentication_methods has no column user_id', 1),
      ('column branding.colors_page_background_angle_dev', 'table branding has no column colors_page_background_angle_dev', 1),
      ('column branding.colors_page_background_end', 'table branding has no column colors_page_background_end', 1),
      ('column branding.colors_page_background_start', 'table branding has no column colors_page_background_start', 1),
      ('column branding.colors_page_background_type', 'table branding has no column colors_page_background_type', 1),
      ('column branding.colors_primary', 'table branding has no column colors_primary', 1),
      ('column branding.dark_mode', 'table branding has no column dark_mode', 1),
      ('column branding.favicon_url', 'table branding has no column favicon_url', 1),
      ('column branding.font_url', 'table branding has no column font_url', 1),
      ('column branding.logo_url', 'table branding has no column logo_url', 1),
      ('column branding.tenant_id', 'table branding has no column tenant_id', 1),
      ('column client_grants.allow_any_organization', 'table client_grants has no column allow_any_organization', 1),
      ('column client_grants.audience', 'table client_grants has no column audience', 1),
      ('column client_grants.authorization_details_types', 'table client_grants has no column authorization_details_types', 1),
      ('column client_grants.client_id', 'table client_grants has no column client_id', 1),
      ('column client_grants.created_at', 'table client_grants has no column created_at', 1),
      ('column client_grants.id', 'table client_grants has no column id', 1),
      ('column client_grants.is_system', 'table client_grants has no column is_system', 1),
      ('column client_grants.organization_usage', 'table client_grants has no column organization_usage', 1),
      ('column client_grants.scope', 'table client_grants has no column scope', 1),
      ('column client_grants.subject_type', 'table client_grants has no column subject_type', 1),
      ('column client_grants.tenant_id', 'table client_grants has no column tenant_id', 1),
      ('column client_grants.updated_at', 'table client_grants has no column updated_at', 1),
      ('column client_registration_tokens.client_id', 'table client_registration_tokens has no column client_id', 1),
      ('column client_registration_tokens.constraints', 'table client_registration_tokens has no column constraints', 1),
      ('column client_registration_tokens.created_at_ts', 'table client_registration_tokens has no column created_at_ts', 1),
      ('column client_registration_tokens.expires_at_ts', 'table client_registration_tokens has no column expires_at_ts', 1),
      ('column client_registration_tokens.id', 'table client_registration_tokens has no column id', 1),
      ('column client_registration_tokens.revoked_at_ts', 'table client_registration_tokens has no column revoked_at_ts', 1),
      ('column client_registration_tokens.single_use', 'table client_registration_tokens has no column single_use', 1),
      ('column client_registration_tokens.sub', 'table client_registration_tokens has no column sub', 1),
      ('column client_registration_tokens.tenant_id', 'table client_registration_tokens has no column tenant_id', 1),
      ('column client_registration_tokens.token_hash', 'table client_registration_tokens has no column token_hash', 1),
      ('column client_registration_tokens.type', 'table client_registration_tokens has no column type', 1),
      ('column client_registration_tokens.used_at_ts', 'table client_registration_tokens has no column used_at_ts', 1),
      ('column clients.addons', 'table clients has no column addons', 1),
      ('column clients.allowed_clients', 'table clients has no column allowed_clients', 1),
      ('column clients.allowed_logout_urls', 'table clients has no column allowed_logout_urls', 1),
      ('column clients.allowed_origins', 'table clients has no column allowed_origins', 1),
      ('column clients.app_type', 'table clients has no column app_type', 1),
      ('column clients.auth0_conformant', 'table clients has no column auth0_conformant', 1),
      ('column clients.callbacks', 'table clients has no column callbacks', 1),
      ('column clients.client_aliases', 'table clients has no column client_aliases', 1),
      ('column clients.client_authentication_methods', 'table clients has no column client_authentication_methods', 1),
      ('column clients.client_id', 'table clients has no column client_id', 1),
      ('column clients.client_metadata', 'table clients has no column client_metadata', 1),
      ('column clients.client_secret', 'table clients has no column client_secret', 1),
      ('column clients.compliance_level', 'table clients has no column compliance_level', 1),
      ('column clients.connections', 'table clients has no column connections', 1),
      ('column clients.created_at', 'table clients has no column created_at', 1),
      ('column clients.cross_origin_authentication', 'table clients has no column cross_origin_authentication', 1),
      ('column clients.cross_origin_loc', 'table clients has no column cross_origin_loc', 1),
      ('column clients.custom_login_page', 'table clients has no column custom_login_page', 1),
      ('column clients.custom_login_page_on', 'table clients has no column custom_login_page_on', 1),
      ('column clients.custom_login_page_preview', 'table clients has no column custom_login_page_preview', 1),
      ('column clients.default_organization', 'table clients has no column default_organization', 1),
      ('column clients.description', 'table clients has no column description', 1),
      ('column clients.encryption_key', 'table clients has no column encryption_key', 1),
      ('column clients.form_template', 'table clients has no column form_template', 1),
      ('column clients.global', 'table clients has no column global', 1),
      ('column clients.grant_types', 'table clients has no column grant_types', 1),
      ('column clients.hide_sign_up_disabled_error', 'table clients has no column hide_sign_up_disabled_error', 1),
      ('column clients.initiate_login_uri', 'table clients has no column initiate_login_uri', 1),
      ('column clients.is_first_party', 'table clients has no column is_first_party', 1),
      ('column clients.jwt_configuration', 'table clients has no column jwt_configuration', 1),
      ('column clients.logo_uri', 'table clients has no column logo_uri', 1),
      ('column clients.mobile', 'table clients has no column mobile', 1),
      ('column clients.name', 'table clients has no column name', 1),
      ('column clients.native_social_login', 'table clients has no column native_social_login', 1),
      ('column clients.oidc_conformant', 'table clients has no column oidc_conformant', 1),
      ('column clients.oidc_logout', 'table clients has no column oidc_logout', 1),
      ('column clients.organization_require_behavior', 'table clients has no column organization_require_behavior', 1),
      ('column clients.organization_usage', 'table clients has no column organization_usage', 1),
      ('column clients.owner_user_id', 'table clients has no column owner_user_id', 1),
      ('column clients.par_request_expiry', 'table clients has no column par_request_expiry', 1),
      ('column clients.refresh_token', 'table clients has no column refresh_token', 1),
      ('column clients.registration_metadata', 'table clients has no column registration_metadata', 1),
      ('column clients.registration_type', 'table clients has no column registration_type', 1),
      ('column clients.require_proof_of_possession', 'table clients has no column require_proof_of_possession', 1),
      ('column clients.require_pushed_authorization_requests', 'table clients has no column require_pushed_authorization_requests', 1),
      ('column clients.session_transfer', 'table clients has no column session_transfer', 1),
      ('column clients.signed_request_object', 'table clients has no column signed_request_object', 1),
      ('column clients.signing_keys', 'table clients has no column signing_keys', 1),
      ('column clients.sso', 'table clients has no column sso', 1),
      ('column clients.sso_disabled', 'table clients has no column sso_disabled', 1),
      ('column clients.tenant_id', 'table clients has no column tenant_id', 1),
      ('column clients.token_endpoint_auth_method', 'table clients has no column token_endpoint_auth_method', 1),
      ('column clients.token_quota', 'table clients has no column token_quota', 1),
      ('column clients.updated_at', 'table clients has no column updated_at', 1),
      ('column clients.user_linking_mode', 'table clients has no column user_linking_mode', 1),
      ('column clients.web_origins', 'table clients has no column web_origins', 1),
      ('column codes.code_challenge', 'table codes has no column code_challenge', 1),
      ('column codes.code_challenge_method', 'table codes has no column code_challenge_method', 1),
      ('column codes.code_id', 'table codes has no column code_id', 1),
      ('column codes.code_type', 'table codes has no column code_type', 1),
      ('column codes.code_verifier', 'table codes has no column code_verifier', 1),
      ('column codes.connection_id', 'table codes has no column connection_id', 1),
      ('column codes.created_at', 'table codes has no column created_at', 1),
      ('column codes.expires_at', 'table codes has no column expires_at', 1),
      ('column codes.expires_at_ts', 'table codes has no column expires_at_ts', 1),
      ('column codes.login_id', 'table codes has no column login_id', 1),
      ('column codes.nonce', 'table codes has no column nonce', 1),
      ('column codes.otp', 'table codes has no column otp', 1),
      ('column codes.redirect_uri', 'table codes has no column redirect_uri', 1),
      ('column codes.state', 'table codes has no column state', 1),
      ('column codes.tenant_id', 'table codes has no column tenant_id', 1),
      ('column codes.used_at', 'table codes has no column used_at', 1),
      ('column codes.user_id', 'table codes has no column user_id', 1),
      ('column connections.created_at', 'table connections has no column created_at', 1),
      ('column connections.display_name', 'table connections has no column display_name', 1),
      ('column connections.id', 'table connections has no column id', 1),
      ('column connections.is_domain_connection', 'table connections has no column is_domain_connection', 1),
      ('column connections.is_system', 'table connections has no column is_system', 1),
      ('column connections.metadata', 'table connections has no column metadata', 1),
      ('column connections.name', 'table connections has no column name', 1),
      ('column connections.options', 'table connections has no column options', 1),
      ('column connections.response_mode', 'table connections has no column response_mode', 1),
      ('column connections.response_type', 'table connections has no column response_type', 1),
      ('column connections.show_as_button', 'table connections has no column show_as_button', 1),
      ('column connections.strategy', 'table connections has no column strategy', 1),
      ('column connections.tenant_id', 'table connections has no column tenant_id', 1),
      ('column connections.updated_at', 'table connections has no column updated_at', 1),
      ('column control_plane_comm_keys.created_at', 'table control_plane_comm_keys has no column created_at', 1),
      ('column control_plane_comm_keys.kid', 'table control_plane_comm_keys has no column kid', 1),
      ('column control_plane_comm_keys.public_jwk', 'table control_plane_comm_keys has no column public_jwk', 1),
      ('column control_plane_comm_keys.revoked_at', 'table control_plane_comm_keys has no column revoked_at', 1),
      ('column control_plane_comm_keys.tenant_id', 'table control_plane_comm_keys has no column tenant_id', 1),
      ('column custom_domains.created_at', 'table custom_domains has no column created_at', 1),
      ('column custom_domains.custom_client_ip_header', 'table custom_domains has no column custom_client_ip_header', 1),
      ('column custom_domains.custom_domain_id', 'table custom_domains has no column custom_domain_id', 1),
      ('column custom_domains.domain', 'table custom_domains has no column domain', 1),
      ('column custom_domains.domain_metadata', 'table custom_domains has no column domain_metadata', 1),
      ('column custom_domains.origin_domain_name', 'table custom_domains has no column origin_domain_name', 1),
      ('column custom_domains.primary', 'table custom_domains has no column primary', 1),
      ('column custom_domains.status', 'table custom_domains has no column status', 1),
      ('column custom_domains.tenant_id', 'table custom_domains has no column tenant_id', 1),
      ('column custom_domains.tls_policy', 'table custom_domains has no column tls_policy', 1),
      ('column custom_domains.type', 'table custom_domains has no column type', 1),
      ('column custom_domains.updated_at', 'table custom_domains has no column updated_at', 1),
      ('column custom_domains.verification', 'table custom_domains has no column verification', 1),
      ('column custom_text.created_at_ts', 'table custom_text has no column created_at_ts', 1),
      ('column custom_text.custom_text', 'table custom_text has no column custom_text', 1),
      ('column custom_text.language', 'table custom_text has no column language', 1),
      ('column custom_text.prompt', 'table custom_text has no column prompt', 1),
      ('column custom_text.tenant_id', 'table custom_text has no column tenant_id', 1),
      ('column custom_text.updated_at_ts', 'table custom_text has no column updated_at_ts', 1),
      ('column email_providers.created_at', 'table email_providers has no column created_at', 1),
      ('column email_providers.credentials', 'table email_providers has no column credentials', 1),
      ('column email_providers.default_from_address', 'table email_providers has no column default_from_address', 1),
      ('column email_providers.enabled', 'table email_providers has no column enabled', 1),
      ('column email_providers.name', 'table email_providers has no column name', 1),
      ('column email_providers.settings', 'table email_providers has no column settings', 1),
      ('column email_providers.tenant_id', 'table email_providers has no column tenant_id', 1),
      ('column email_providers.updated_at', 'table email_providers has no column updated_at', 1),
      ('column email_templates.body', 'table email_templates has no column body', 1),
      ('column email_templates.created_at', 'table email_templates has no column created_at', 1),
      ('column email_templates.enabled', 'table email_templates has no column enabled', 1),
      ('column email_templates.from', 'table email_templates has no column from', 1),
      ('column email_templates.include_email_in_redirect', 'table email_templates has no column include_email_in_redirect', 1),
      ('column email_templates.result_url', 'table email_templates has no column result_url', 1),
      ('column email_templates.subject', 'table email_templates has no column subject', 1),
      ('column email_templates.syntax', 'table email_templates has no column syntax', 1),
      ('column email_templates.template', 'table email_templates has no column template', 1),
      ('column email_templates.tenant_id', 'table email_templates has no column tenant_id', 1),
      ('column email_templates.updated_at', 'table email_templates has no column updated_at', 1),
      ('column email_templates.url_lifetime_in_seconds', 'table email_templates has no column url_lifetime_in_seconds', 1),
      ('column flows.actions', 'table flows has no column actions', 1),
      ('column flows.created_at', 'table flows has no column created_at', 1),
      ('column flows.id', 'table flows has no column id', 1),
      ('column flows.name', 'table flows has no column name', 1),
      ('column flows.tenant_id', 'table flows has no column tenant_id', 1),
      ('column flows.updated_at', 'table flows has no column updated_at', 1),
      ('column forms.created_at', 'table forms has no column created_at', 1),
      ('column forms.ending', 'table forms has no column ending', 1),
      ('column forms.id', 'table forms has no column id', 1),
      ('column forms.languages', 'table forms has no column languages', 1),
      ('column forms.messages', 'table forms has no column messages', 1),
      ('column forms.name', 'table forms has no column name', 1),
      ('column forms.nodes', 'table forms has no column nodes', 1),
      ('column forms.start', 'table forms has no column start', 1),
      ('column forms.style', 'table forms has no column style', 1),
      ('column forms.tenant_id', 'table forms has no column tenant_id', 1),
      ('column forms.translations', 'table forms has no column translations', 1),
      ('column forms.updated_at', 'table forms has no column updated_at', 1),
      ('column grants.audience', 'table grants has no column audience', 1),
      ('column grants.client_id', 'table grants has no column client_id', 1),
      ('column grants.created_at', 'table grants has no column created_at', 1),
      ('column grants.id', 'table grants has no column id', 1),
      ('column grants.scope', 'table grants has no column scope', 1),
      ('column grants.tenant_id', 'table grants has no column tenant_id', 1),
      ('column grants.updated_at', 'table grants has no column updated_at', 1),
      ('column grants.user_id', 'table grants has no column user_id', 1),
      ('column hook_code.code', 'table hook_code has no column code', 1),
      ('column hook_code.created_at_ts', 'table hook_code has no column created_at_ts', 1),
      ('column hook_code.id', 'table hook_code has no column id', 1),
      ('column hook_code.secrets', 'table hook_code has no column secrets', 1),
      ('column hook_code.tenant_id', 'table hook_code has no column tenant_id', 1),
      ('column hook_code.updated_at_ts', 'table hook_code has no column updated_at_ts', 1),
      ('column hooks.code_id', 'table hooks has no column code_id', 1),
      ('column hooks.created_at_ts', 'table hooks has no column created_at_ts', 1),
      ('column hooks.enabled', 'table hooks has no column enabled', 1),
      ('column hooks.form_id', 'table hooks has no column form_id', 1),
      ('column hooks.hook_id', 'table hooks has no column hook_id', 1),
      ('column hooks.metadata', 'table hooks has no column metadata', 1),
      ('column hooks.priority', 'table hooks has no column priority', 1),
      ('column hooks.synchronous', 'table hooks has no column synchronous', 1),
      ('column hooks.template_id', 'table hooks has no column template_id', 1),
      ('column hooks.tenant_id', 'table hooks has no column tenant_id', 1),
      ('column hooks.trigger_id', 'table hooks has no column trigger_id', 1),
      ('column hooks.updated_at_ts', 'table hooks has no column updated_at_ts', 1),
      ('column hooks.url', 'table hooks has no column url', 1),
      ('column invites.app_metadata', 'table invites has no column app_metadata', 1),
      ('column invites.client_id', 'table invites has no column client_id', 1),
      ('column invites.connection_id', 'table invites has no column connection_id', 1),
      ('column invites.created_at', 'table invites has no column created_at', 1),
      ('column invites.expires_at', 'table invites has no column expires_at', 1),
      ('column invites.id', 'table invites has no column id', 1),
      ('column invites.invitation_url', 'table invites has no column invitation_url', 1),
      ('column invites.invitee', 'table invites has no column invitee', 1),
      ('column invites.inviter', 'table invites has no column inviter', 1),
      ('column invites.organization_id', 'table invites has no column organization_id', 1),
      ('column invites.roles', 'table invites has no column roles', 1),
      ('column invites.send_invitation_email', 'table invites has no column send_invitation_email', 1),
      ('column invites.tenant_id', 'table invites has no column tenant_id', 1),
      ('column invites.ticket_id', 'table invites has no column ticket_id', 1),
      ('column invites.ttl_sec', 'table invites has no column ttl_sec', 1),
      ('column invites.user_metadata', 'table invites has no column user_metadata', 1),
      ('column keys.cert', 'table keys has no column cert', 1),
      ('column keys.connection', 'table keys has no column connection', 1),
      ('column keys.created_at', 'table keys has no column created_at', 1),
      ('column keys.current_since', 'table keys has no column current_since', 1),
      ('column keys.current_until', 'table keys has no column current_until', 1),
      ('column keys.fingerprint', 'table keys has no column fingerprint', 1),
      ('column keys.kid', 'table keys has no column kid', 1),
      ('column keys.pkcs7', 'table keys has no column pkcs7', 1),
      ('column keys.revoked_at', 'table keys has no column revoked_at', 1),
      ('column keys.tenant_id', 'table keys has no column tenant_id', 1),
      ('column keys.thumbprint', 'table keys has no column thumbprint', 1),
      ('column keys.type', 'table keys has no column type', 1),
      ('column kysely_migration.name', 'table kysely_migration has no column name', 1),
      ('column kysely_migration.timestamp', 'table kysely_migration has no column timestamp', 1),
      ('column kysely_migration_lock.id', 'table kysely_migration_lock has no column id', 1),
      ('column kysely_migration_lock.is_locked', 'table kysely_migration_lock has no column is_locked', 1),
      ('column log_streams.created_at', 'table log_streams has no column created_at', 1),
      ('column log_streams.filters', 'table log_streams has no column filters', 1),
      ('column log_streams.id', 'table log_streams has no column id', 1),
      ('column log_streams.is_priority', 'table log_streams has no column is_priority', 1),
      ('column log_streams.name', 'table log_streams has no column name', 1),
      ('column log_streams.sink', 'table log_streams has no column sink', 1),
      ('column log_streams.status', 'table log_streams has no column status', 1),
      ('column log_streams.tenant_id', 'table log_streams has no column tenant_id', 1),
      ('column log_streams.type', 'table log_streams has no column type', 1),
      ('column log_streams.updated_at', 'table log_streams has no column updated_at', 1),
      ('column login_sessions.auth0Client', 'table login_sessions has no column auth0Client', 1),
      ('column login_sessions.auth_connection', 'table login_sessions has no column auth_connection', 1),
      ('column login_sessions.auth_params', 'table login_sessions has no column auth_params', 1),
      ('column login_sessions.auth_strategy_strategy', 'table login_sessions has no column auth_strategy_strategy', 1),
      ('column login_sessions.auth_strategy_strategy_type', 'table login_sessions has no column auth_strategy_strategy_type', 1),
      ('column login_sessions.authenticated_at', 'table login_sessions has no column authenticated_at', 1),
      ('column login_sessions.authorization_url', 'table login_sessions has no column authorization_url', 1),
      ('column login_sessions.created_at_ts', 'table login_sessions has no column created_at_ts', 1),
      ('column login_sessions.csrf_token', 'table login_sessions has no column csrf_token', 1),
      ('column login_sessions.expires_at_ts', 'table login_sessions has no column expires_at_ts', 1),
      ('column login_sessions.failure_reason', 'table login_sessions has no column failure_reason', 1),
      ('column login_sessions.id', 'table login_sessions has no column id', 1),
      ('column login_sessions.ip', 'table login_sessions has no column ip', 1),
      ('column login_sessions.session_id', 'table login_sessions has no column session_id', 1),
      ('column login_sessions.state', 'table login_sessions has no column state', 1),
      ('column login_sessions.state_data', 'table login_sessions has no column state_data', 1),
      ('column login_sessions.tenant_id', 'table login_sessions has no column tenant_id', 1),
      ('column login_sessions.updated_at_ts', 'table login_sessions has no column updated_at_ts', 1),
      ('column login_sessions.user_id', 'table login_sessions has no column user_id', 1),
      ('column login_sessions.useragent', 'table login_sessions has no column useragent', 1),
      ('column logs.audience', 'table logs has no column audience', 1),
      ('column logs.auth0_client', 'table logs has no column auth0_client', 1),
      ('column logs.category', 'table logs has no column category', 1),
      ('column logs.city_name', 'table logs has no column city_name', 1),
      ('column logs.client_id', 'table logs has no column client_id', 1),
      ('column logs.client_name', 'table logs has no column client_name', 1),
      ('column logs.connection', 'table logs has no column connection', 1),
      ('column logs.connection_id', 'table logs has no column connection_id', 1),
      ('column logs.continent_code', 'table logs has no column continent_code', 1),
      ('column logs.country_code', 'table logs has no column country_code', 1),
      ('column logs.date', 'table logs has no column date', 1),
      ('column logs.description', 'table logs has no column description', 1),
      ('column logs.details', 'table logs has no column details', 1),
      ('column logs.hostname', 'table logs has no column hostname', 1),
      ('column logs.ip', 'table logs has no column ip', 1),
      ('column logs.isMobile', 'table logs has no column isMobile', 1),
      ('column logs.latitude', 'table logs has no column latitude', 1),
      ('column logs.log_id', 'table logs has no column log_id', 1),
      ('column logs.longitude', 'table logs has no column longitude', 1),
      ('column logs.scope', 'table logs has no column scope', 1),
      ('column logs.session_connection', 'table logs has no column session_connection', 1),
      ('column logs.strategy', 'table logs has no column strategy', 1),
      ('column logs.strategy_type', 'table logs has no column strategy_type', 1),
      ('column logs.tenant_id', 'table logs has no column tenant_id', 1),
      ('column logs.time_zone', 'table logs has no column time_zone', 1),
      ('column logs.type', 'table logs has no column type', 1),
      ('column logs.user_agent', 'table logs has no column user_agent', 1),
      ('column logs.user_id', 'table logs has no column user_id', 1),
      ('column logs.user_name', 'table logs has no column user_name', 1),
      ('column migration_sources.connection', 'table migration_sources has no column connection', 1),
      ('column migration_sources.created_at', 'table migration_sources has no column created_at', 1),
      ('column migration_sources.credentials', 'table migration_sources has no column credentials', 1),
      ('column migration_sources.enabled', 'table migration_sources has no column enabled', 1),
      ('column migration_sources.id', 'table migration_sources has no column id', 1),
      ('column migration_sources.name', 'table migration_sources has no column name', 1),
      ('column migration_sources.provider', 'table migration_sources has no column provider', 1),
      ('column migration_sources.tenant_id', 'table migration_sources has no column tenant_id', 1),
      ('column migration_sources.updated_at', 'table migration_sources has no column updated_at', 1),
      ('column migrations.client_id', 'table migrations has no column client_id', 1),
      ('column migrations.created_at', 'table migrations has no column created_at', 1),
      ('column migrations.domain', 'table migrations has no column domain', 1),
      ('column migrations.id', 'table migrations has no column id', 1),
      ('column migrations.origin', 'table migrations has no column origin', 1),
      ('column migrations.provider', 'table migrations has no column provider', 1),
      ('column migrations.tenant_id', 'table migrations has no column tenant_id', 1),
      ('column migrations.updated_at', 'table migrations has no column updated_at', 1),
      ('column organization_connections.assign_membership_on_login', 'table organization_connections has no column assign_membership_on_login', 1),
      ('column organization_connections.connection_id', 'table organization_connections has no column connection_id', 1),
      ('column organization_connections.created_at', 'table organization_connections has no column created_at', 1),
      ('column organization_connections.is_signup_enabled', 'table organization_connections has no column is_signup_enabled', 1),
      ('column organization_connections.organization_id', 'table organization_connections has no column organization_id', 1),
      ('column organization_connections.show_as_button', 'table organization_connections has no column show_as_button', 1),
      ('column organization_connections.tenant_id', 'table organization_connections has no column tenant_id', 1),
      ('column organization_connections.updated_at', 'table organization_connections has no column updated_at', 1),
      ('column organizations.branding', 'table organizations has no column branding', 1),
      ('column organizations.created_at', 'table organizations has no column created_at', 1),
      ('column organizations.display_name', 'table organizations has no column display_name', 1),
      ('column organizations.enabled_connections', 'table organizations has no column enabled_connections', 1),
      ('column organizations.id', 'table organizations has no column id', 1),
      ('column organizations.metadata', 'table organizations has no column metadata', 1),
      ('column organizations.name', 'table organizations has no column name', 1),
      ('column organizations.tenant_id', 'table organizations has no column tenant_id', 1),
      ('column organizations.token_quota', 'table organizations has no column token_quota', 1),
      ('column organizations.updated_at', 'table organizations has no column updated_at', 1),
      ('column outbox_events.aggregate_id', 'table outbox_events has no column aggregate_id', 1),
      ('column outbox_events.aggregate_type', 'table outbox_events has no column aggregate_type', 1),
      ('column outbox_events.claim_expires_at', 'table outbox_events has no column claim_expires_at', 1),
      ('column outbox_events.claimed_by', 'table outbox_events has no column claimed_by', 1),
      ('column outbox_events.created_at', 'table outbox_events has no column created_at', 1),
      ('column outbox_events.dead_lettered_at', 'table outbox_events has no column dead_lettered_at', 1),
      ('column outbox_events.error', 'table outbox_events has no column error', 1),
      ('column outbox_events.event_type', 'table outbox_events has no column event_type', 1),
      ('column outbox_events.final_error', 'table outbox_events has no column final_error', 1),
      ('column outbox_events.id', 'table outbox_events has no column id', 1),
      ('column outbox_events.log_type', 'table outbox_events has no column log_type', 1),
      ('column outbox_events.next_retry_at', 'table outbox_events has no column next_retry_at', 1),
      ('column outbox_events.payload', 'table outbox_events has no column payload', 1),
      ('column outbox_events.processed_at', 'table outbox_events has no column processed_at', 1),
      ('column outbox_events.retry_count', 'table outbox_events has no column retry_count', 1),
      ('column outbox_events.tenant_id', 'table outbox_events has no column tenant_id', 1),
      ('column passwords.algorithm', 'table passwords has no column algorithm', 1),
      ('column passwords.created_at', 'table passwords has no column created_at', 1),
      ('column passwords.id', 'table passwords has no column id', 1),
      ('column passwords.is_current', 'table passwords has no column is_current', 1),
      ('column passwords.password', 'table passwords has no column password', 1),
      ('column passwords.tenant_id', 'table passwords has no column tenant_id', 1),
      ('column passwords.updated_at', 'table passwords has no column updated_at', 1),
      ('column passwords.user_id', 'table passwords has no column user_id', 1),
      ('column prompt_settings.identifier_first', 'table prompt_settings has no column identifier_first', 1),
      ('column prompt_settings.password_first', 'table prompt_settings has no column password_first', 1),
      ('column prompt_settings.tenant_id', 'table prompt_settings has no column tenant_id', 1),
      ('column prompt_settings.universal_login_experience', 'table prompt_settings has no column universal_login_experience', 1),
      ('column prompt_settings.webauthn_platform_first_factor', 'table prompt_settings has no column webauthn_platform_first_factor', 1),
      ('column proxy_routes.created_at', 'table proxy_routes has no column created_at', 1),
      ('column proxy_routes.custom_domain_id', 'table proxy_routes has no column custom_domain_id', 1),
      ('column proxy_routes.handlers', 'table proxy_routes has no column handlers', 1),
      ('column proxy_routes.id', 'table proxy_routes has no column id', 1),
      ('column proxy_routes.match', 'table proxy_routes has no column match', 1),
      ('column proxy_routes.priority', 'table proxy_routes has no column priority', 1),
      ('column proxy_routes.tenant_id', 'table proxy_routes has no column tenant_id', 1),
      ('column proxy_routes.updated_at', 'table proxy_routes has no column updated_at', 1),
      ('column refresh_tokens.client_id', 'table refresh_tokens has no column client_id', 1),
      ('column refresh_tokens.created_at_ts', 'table refresh_tokens has no column created_at_ts', 1),
      ('column refresh_tokens.device', 'table refresh_tokens has no column device', 1),
      ('column refresh_tokens.expires_at_ts', 'table refresh_tokens has no column expires_at_ts', 1),
      ('column refresh_tokens.family_id', 'table refresh_tokens has no column family_id', 1),
      ('column refresh_tokens.id', 'table refresh_tokens has no column id', 1),
      ('column refresh_tokens.idle_expires_at_ts', 'table refresh_tokens has no column idle_expires_at_ts', 1),
      ('column refresh_tokens.last_exchanged_at_ts', 'table refresh_tokens has no column last_exchanged_at_ts', 1),
      ('column refresh_tokens.login_id', 'table refresh_tokens has no column login_id', 1),
      ('column refresh_tokens.resource_servers', 'table refresh_tokens has no column resource_servers', 1),
      ('column refresh_tokens.revoked_at_ts', 'table refresh_tokens has no column revoked_at_ts', 1),
      ('column refresh_tokens.rotated_at_ts', 'table refresh_tokens has no column rotated_at_ts', 1),
      ('column refresh_tokens.rotated_to', 'table refresh_tokens has no column rotated_to', 1),
      ('column refresh_tokens.rotating', 'table refresh_tokens has no column rotating', 1),
      ('column refresh_tokens.tenant_id', 'table refresh_tokens has no column tenant_id', 1),
      ('column refresh_tokens.token_hash', 'table refresh_tokens has no column token_hash', 1),
      ('column refresh_tokens.token_lookup', 'table refresh_tokens has no column token_lookup', 1),
      ('column refresh_tokens.user_id', 'table refresh_tokens has no column user_id', 1),
      ('column resource_servers.allow_offline_access', 'table resource_servers has no column allow_offline_access', 1),
      ('column resource_servers.created_at', 'table resource_servers has no column created_at', 1),
      ('column resource_servers.id', 'table resource_servers has no column id', 1),
      ('column resource_servers.identifier', 'table resource_servers has no column identifier', 1),
      ('column resource_servers.is_system', 'table resource_servers has no column is_system', 1),
      ('column resource_servers.metadata', 'table resource_servers has no column metadata', 1),
      ('column resource_servers.name', 'table resource_servers has no column name', 1),
      ('column resource_servers.options', 'table resource_servers has no column options', 1),
      ('column resource_servers.scopes', 'table resource_servers has no column scopes', 1),
      ('column resource_servers.signing_alg', 'table resource_servers has no column signing_alg', 1),
      ('column resource_servers.signing_secret', 'table resource_servers has no column signing_secret', 1),
      ('column resource_servers.skip_consent_for_verifiable_first_party_clients', 'table resource_servers has no column skip_consent_for_verifiable_first_party_clients', 1),
      ('column resource_servers.tenant_id', 'table resource_servers has no column tenant_id', 1),
      ('column resource_servers.token_lifetime', 'table resource_servers has no column token_lifetime', 1),
      ('column resource_servers.token_lifetime_for_web', 'table resource_servers has no column token_lifetime_for_web', 1),
      ('column resource_servers.updated_at', 'table resource_servers has no column updated_at', 1),
      ('column resource_servers.verification_key', 'table resource_servers has no column verification_key', 1),
      ('column role_permissions.created_at', 'table role_permissions has no column created_at', 1),
      ('column role_permissions.permission_name', 'table role_permissions has no column permission_name', 1),
      ('column role_permissions.resource_server_identifier', 'table role_permissions has no column resource_server_identifier', 1),
      ('column role_permissions.role_id', 'table role_permissions has no column role_id', 1),
      ('column role_permissions.tenant_id', 'table role_permissions has no column tenant_id', 1),
      ('column roles.created_at', 'table roles has no column created_at', 1),
      ('column roles.description', 'table roles has no column description', 1),
      ('column roles.id', 'table roles has no column id', 1),
      ('column roles.is_system', 'table roles has no column is_system', 1),
      ('column roles.metadata', 'table roles has no column metadata', 1),
      ('column roles.name', 'table roles has no column name', 1),
      ('column roles.tenant_id', 'table roles has no column tenant_id', 1),
      ('column roles.updated_at', 'table roles has no column updated_at', 1),
      ('column rollouts.canary_tenant_ids', 'table rollouts has no column canary_tenant_ids', 1),
      ('column rollouts.created_at', 'table rollouts has no column created_at', 1),
      ('column rollouts.filter', 'table rollouts has no column filter', 1),
      ('column rollouts.finished_at', 'table rollouts has no column finished_at', 1),
      ('column rollouts.id', 'table rollouts has no column id', 1),
      ('column rollouts.initiated_by', 'table rollouts has no column initiated_by', 1),
      ('column rollouts.kind', 'table rollouts has no column kind', 1),
      ('column rollouts.status', 'table rollouts has no column status', 1),
      ('column rollouts.target_database_version', 'table rollouts has no column target_database_version', 1),
      ('column rollouts.target_worker_version', 'table rollouts has no column target_worker_version', 1),
      ('column rollouts.updated_at', 'table rollouts has no column updated_at', 1),
      ('column rollouts.wave_size', 'table rollouts has no column wave_size', 1),
      ('column sessions.authenticated_at_ts', 'table sessions has no column authenticated_at_ts', 1),
      ('column sessions.clients', 'table sessions has no column clients', 1),
      ('column sessions.created_at_ts', 'table sessions has no column created_at_ts', 1),
      ('column sessions.device', 'table sessions has no column device', 1),
      ('column sessions.expires_at_ts', 'table sessions has no column expires_at_ts', 1),
      ('column sessions.id', 'table sessions has no column id', 1),
      ('column sessions.idle_expires_at_ts', 'table sessions has no column idle_expires_at_ts', 1),
      ('column sessions.last_interaction_at_ts', 'table sessions has no column last_interaction_at_ts', 1),
      ('column sessions.login_session_id', 'table sessions has no column login_session_id', 1),
      ('column sessions.revoked_at_ts', 'table sessions has no column revoked_at_ts', 1),
      ('column sessions.tenant_id', 'table sessions has no column tenant_id', 1),
      ('column sessions.updated_at_ts', 'table sessions has no column updated_at_ts', 1),
      ('column sessions.used_at_ts', 'table sessions has no column used_at_ts', 1),
      ('column sessions.user_id', 'table sessions has no column user_id', 1),
      ('column tenant_operation_events.attempt', 'table tenant_operation_events has no column attempt', 1),
      ('column tenant_operation_events.created_at', 'table tenant_operation_events has no column created_at', 1),
      ('column tenant_operation_events.detail', 'table tenant_operation_events has no column detail', 1),
      ('column tenant_operation_events.id', 'table tenant_operation_events has no column id', 1),
      ('column tenant_operation_events.operation_id', 'table tenant_operation_events has no column operation_id', 1),
      ('column tenant_operation_events.outcome', 'table tenant_operation_events has no column outcome', 1),
      ('column tenant_operation_events.step', 'table tenant_operation_events has no column step', 1),
      ('column tenant_operations.created_at', 'table tenant_operations has no column created_at', 1),
      ('column tenant_operations.current_step', 'table tenant_operations has no column current_step', 1),
      ('column tenant_operations.engine', 'table tenant_operations has no column engine', 1),
      ('column tenant_operations.engine_instance_id', 'table tenant_operations has no column engine_instance_id', 1),
      ('column tenant_operations.error', 'table tenant_operations has no column error', 1),
      ('column tenant_operations.finished_at', 'table tenant_operations has no column finished_at', 1),
      ('column tenant_operations.id', 'table tenant_operations has no column id', 1),
      ('column tenant_operations.initiated_by', 'table tenant_operations has no column initiated_by', 1),
      ('column tenant_operations.kind', 'table tenant_operations has no column kind', 1),
      ('column tenant_operations.rollout_id', 'table tenant_operations has no column rollout_id', 1),
      ('column tenant_operations.status', 'table tenant_operations has no column status', 1),
      ('column tenant_operations.target_database_version', 'table tenant_operations has no column target_database_version', 1),
      ('column tenant_operations.target_worker_version', 'table tenant_operations has no column target_worker_version', 1),
      ('column tenant_operations.tenant_id', 'table tenant_operations has no column tenant_id', 1),
      ('column tenant_operations.updated_at', 'table tenant_operations has no column updated_at', 1),
      ('column tenants.acr_values_supported', 'table tenants has no column acr_values_supported', 1),
      ('column tenants.allow_organization_name_in_authentication_api', 'table tenants has no column allow_organization_name_in_authentication_api', 1),
      ('column tenants.allowed_logout_urls', 'table tenants has no column allowed_logout_urls', 1),
      ('column tenants.attack_protection', 'table tenants has no column attack_protection', 1),
      ('column tenants.audience', 'table tenants has no column audience', 1),
      ('column tenants.authorization_response_iss_parameter_supported', 'table tenants has no column authorization_response_iss_parameter_supported', 1),
      ('column tenants.bundle_configuration', 'table tenants has no column bundle_configuration', 1),
      ('column tenants.change_password', 'table tenants has no column change_password', 1),
      ('column tenants.created_at', 'table tenants has no column created_at', 1),
      ('column tenants.customize_mfa_in_postlogin_action', 'table tenants has no column customize_mfa_in_postlogin_action', 1),
      ('column tenants.d1_database_id', 'table tenants has no column d1_database_id', 1),
      ('column tenants.database_version', 'table tenants has no column database_version', 1),
      ('column tenants.default_audience', 'table tenants has no column default_audience', 1),
      ('column tenants.default_client_id', 'table tenants has no column default_client_id', 1),
      ('column tenants.default_directory', 'table tenants has no column default_directory', 1),
      ('column tenants.default_organization', 'table tenants has no column default_organization', 1),
      ('column tenants.default_redirection_uri', 'table tenants has no column default_redirection_uri', 1),
      ('column tenants.default_token_quota', 'table tenants has no column default_token_quota', 1),
      ('column tenants.deployment_type', 'table tenants has no column deployment_type', 1),
      ('column tenants.device_flow', 'table tenants has no column device_flow', 1),
      ('column tenants.enabled_locales', 'table tenants has no column enabled_locales', 1),
      ('column tenants.ephemeral_session_lifetime', 'table tenants has no column ephemeral_session_lifetime', 1),
      ('column tenants.error_page', 'table tenants has no column error_page', 1),
      ('column tenants.flags', 'table tenants has no column flags', 1),
      ('column tenants.friendly_name', 'table tenants has no column friendly_name', 1),
      ('column tenants.guardian_mfa_page', 'table tenants has no column guardian_mfa_page', 1),
      ('column tenants.id', 'table tenants has no column id', 1),
      ('column tenants.idle_ephemeral_session_lifetime', 'table tenants has no column idle_ephemeral_session_lifetime', 1),
      ('column tenants.idle_session_lifetime', 'table tenants has no column idle_session_lifetime', 1),
      ('column tenants.legacy_sandbox_version', 'table tenants has no column legacy_sandbox_version', 1),
      ('column tenants.mfa', 'table tenants has no column mfa', 1),
      ('column tenants.mtls', 'table tenants has no column mtls', 1),
      ('column tenants.oidc_logout', 'table tenants has no column oidc_logout', 1),
      ('column tenants.picture_url', 'table tenants has no column picture_url', 1),
      ('column tenants.provisioning_error', 'table tenants has no column provisioning_error', 1),
      ('column tenants.provisioning_state', 'table tenants has no column provisioning_state', 1),
      ('column tenants.provisioning_state_changed_at', 'table tenants has no column provisioning_state_changed_at', 1),
      ('column tenants.pushed_authorization_requests_supported', 'table tenants has no column pushed_authorization_requests_supported', 1),
      ('column tenants.sandbox_version', 'table tenants has no column sandbox_version', 1),
      ('column tenants.sandbox_versions_available', 'table tenants has no column sandbox_versions_available', 1),
      ('column tenants.sender_email', 'table tenants has no column sender_email', 1),
      ('column tenants.sender_name', 'table tenants has no column sender_name', 1),
      ('column tenants.session_cookie', 'table tenants has no column session_cookie', 1),
      ('column tenants.session_lifetime', 'table tenants has no column session_lifetime', 1),
      ('column tenants.sessions', 'table tenants has no column sessions', 1),
      ('column tenants.storage_kind', 'table tenants has no column storage_kind', 1),
      ('column tenants.support_email', 'table tenants has no column support_email', 1),
      ('column tenants.support_url', 'table tenants has no column support_url', 1),
      ('column tenants.updated_at', 'table tenants has no column updated_at', 1),
      ('column tenants.worker_script_name', 'table tenants has no column worker_script_name', 1),
      ('column tenants.worker_version', 'table tenants has no column worker_version', 1),
      ('column themes.borders_button_border_radius', 'table themes has no column borders_button_border_radius', 1),
      ('column themes.borders_button_border_weight', 'table themes has no column borders_button_border_weight', 1),
      ('column themes.borders_buttons_style', 'table themes has no column borders_buttons_style', 1),
      ('column themes.borders_input_border_radius', 'table themes has no column borders_input_border_radius', 1),
      ('column themes.borders_input_border_weight', 'table themes has no column borders_input_border_weight', 1),
      ('column themes.borders_inputs_style', 'table themes has no column borders_inputs_style', 1),
      ('column themes.borders_show_widget_shadow', 'table themes has no column borders_show_widget_shadow', 1),
      ('column themes.borders_widget_border_weight', 'table themes has no column borders_widget_border_weight', 1),
      ('column themes.borders_widget_corner_radius', 'table themes has no column borders_widget_corner_radius', 1),
      ('column themes.colors_base_focus_color', 'table themes has no column colors_base_focus_color', 1),
      ('column themes.colors_base_hover_color', 'table themes has no column colors_base_hover_color', 1),
      ('column themes.colors_body_text', 'table themes has no column colors_body_text', 1),
      ('column themes.colors_captcha_widget_theme', 'table themes has no column colors_captcha_widget_theme', 1),
      ('column themes.colors_error', 'table themes has no column colors_error', 1),
      ('column themes.colors_header', 'table themes has no column colors_header', 1),
      ('column themes.colors_icons', 'table themes has no column colors_icons', 1),
      ('column themes.colors_input_background', 'table themes has no column colors_input_background', 1),
      ('column themes.colors_input_border', 'table themes has no column colors_input_border', 1),
      ('column themes.colors_input_filled_text', 'table themes has no column colors_input_filled_text', 1),
      ('column themes.colors_input_labels_placeholders', 'table themes has no column colors_input_labels_placeholders', 1),
      ('column themes.colors_links_focused_components', 'table themes has no column colors_links_focused_components', 1),
      ('column themes.colors_primary_button', 'table themes has no column colors_primary_button', 1),
      ('column themes.colors_primary_button_label', 'table themes has no column colors_primary_button_label', 1),
      ('column themes.colors_secondary_button_border', 'table themes has no column colors_secondary_button_border', 1),
      ('column themes.colors_secondary_button_label', 'table themes has no column colors_secondary_button_label', 1),
      ('column themes.colors_success', 'table themes has no column colors_success', 1),
      ('column themes.colors_widget_background', 'table themes has no column colors_widget_background', 1),
      ('column themes.colors_widget_border', 'table themes has no column colors_widget_border', 1),
      ('column themes.created_at', 'table themes has no column created_at', 1),
      ('column themes.displayName', 'table themes has no column displayName', 1),
      ('column themes.fonts_body_text_bold', 'table themes has no column fonts_body_text_bold', 1),
      ('column themes.fonts_body_text_size', 'table themes has no column fonts_body_text_size', 1),
      ('column themes.fonts_buttons_text_bold', 'table themes has no column fonts_buttons_text_bold', 1),
      ('column themes.fonts_buttons_text_size', 'table themes has no column fonts_buttons_text_size', 1),
      ('column themes.fonts_font_url', 'table themes has no column fonts_font_url', 1),
      ('column themes.fonts_input_labels_bold', 'table themes has no column fonts_input_labels_bold', 1),
      ('column themes.fonts_input_labels_size', 'table themes has no column fonts_input_labels_size', 1),
      ('column themes.fonts_links_bold', 'table themes has no column fonts_links_bold', 1),
      ('column themes.fonts_links_size', 'table themes has no column fonts_links_size', 1),
      ('column themes.fonts_links_style', 'table themes has no column fonts_links_style', 1),
      ('column themes.fonts_reference_text_size', 'table themes has no column fonts_reference_text_size', 1),
      ('column themes.fonts_subtitle_bold', 'table themes has no column fonts_subtitle_bold', 1),
      ('column themes.fonts_subtitle_size', 'table themes has no column fonts_subtitle_size', 1),
      ('column themes.fonts_title_bold', 'table themes has no column fonts_title_bold', 1),
      ('column themes.fonts_title_size', 'table themes has no column fonts_title_size', 1),
      ('column themes.page_background_background_color', 'table themes has no column page_background_background_color', 1),
      ('column themes.page_background_background_image_url', 'table themes has no column page_background_background_image_url', 1),
      ('column themes.page_background_page_layout', 'table themes has no column page_background_page_layout', 1),
      ('column themes.tenant_id', 'table themes has no column tenant_id', 1),
      ('column themes.themeId', 'table themes has no column themeId', 1),
      ('column themes.updated_at', 'table themes has no column updated_at', 1),
      ('column themes.widget_header_text_alignment', 'table themes has no column widget_header_text_alignment', 1),
      ('column themes.widget_logo_height', 'table themes has no column widget_logo_height', 1),
      ('column themes.widget_logo_position', 'table themes has no column widget_logo_position', 1),
      ('column themes.widget_logo_url', 'table themes has no column widget_logo_url', 1),
      ('column themes.widget_social_buttons_layout', 'table themes has no column widget_social_buttons_layout', 1),
      ('column universal_login_templates.body', 'table universal_login_templates has no column body', 1),
      ('column universal_login_templates.created_at_ts', 'table universal_login_templates has no column created_at_ts', 1),
      ('column universal_login_templates.tenant_id', 'table universal_login_templates has no column tenant_id', 1),
      ('column universal_login_templates.updated_at_ts', 'table universal_login_templates has no column updated_at_ts', 1),
      ('column user_activity.failed_logins', 'table user_activity has no column failed_logins', 1),
      ('column user_activity.last_ip', 'table user_activity has no column last_ip', 1),
      ('column user_activity.last_login', 'table user_activity has no column last_login', 1),
      ('column user_activity.last_password_reset', 'table user_activity has no column last_password_reset', 1),
      ('column user_activity.login_count', 'table user_activity has no column login_count', 1),
      ('column user_activity.tenant_id', 'table user_activity has no column tenant_id', 1),
      ('column user_activity.user_id', 'table user_activity has no column user_id', 1),
      ('column user_organizations.created_at', 'table user_organizations has no column created_at', 1),
      ('column user_organizations.id', 'table user_organizations has no column id', 1),
      ('column user_organizations.organization_id', 'table user_organizations has no column organization_id', 1),
      ('column user_organizations.tenant_id', 'table user_organizations has no column tenant_id', 1),
      ('column user_organizations.updated_at', 'table user_organizations has no column updated_at', 1),
      ('column user_organizations.user_id', 'table user_organizations has no column user_id', 1),
      ('column user_permissions.created_at', 'table user_permissions has no column created_at', 1),
      ('column user_permissions.organization_id', 'table user_permissions has no column organization_id', 1),
      ('column user_permissions.permission_name', 'table user_permissions has no column permission_name', 1),
      ('column user_permissions.resource_server_identifier', 'table user_permissions has no column resource_server_identifier', 1),
      ('column user_permissions.tenant_id', 'table user_permissions has no column tenant_id', 1),
      ('column user_permissions.user_id', 'table user_permissions has no column user_id', 1),
      ('column user_roles.created_at', 'table user_roles has no column created_at', 1),
      ('column user_roles.organization_id', 'table user_roles has no column organization_id', 1),
      ('column user_roles.role_id', 'table user_roles has no column role_id', 1),
      ('column user_roles.tenant_id', 'table user_roles has no column tenant_id', 1),
      ('column user_roles.user_id', 'table user_roles has no column user_id', 1),
      ('column users.address', 'table users has no column address', 1),
      ('column users.app_metadata', 'table users has no column app_metadata', 1),
      ('column users.birthdate', 'table users has no column birthdate', 1),
      ('column users.connection', 'table users has no column connection', 1),
      ('column users.created_at', 'table users has no column created_at', 1),
      ('column users.email', 'table users has no column email', 1),
      ('column users.email_verified', 'table users has no column email_verified', 1),
      ('column users.family_name', 'table users has no column family_name', 1),
      ('column users.gender', 'table users has no column gender', 1),
      ('column users.given_name', 'table users has no column given_name', 1),
      ('column users.is_social', 'table users has no column is_social', 1),
      ('column users.linked_to', 'table users has no column linked_to', 1),
      ('column users.locale', 'table users has no column locale', 1),
      ('column users.middle_name', 'table users has no column middle_name', 1),
      ('column users.name', 'table users has no column name', 1),
      ('column users.nickname', 'table users has no column nickname', 1),
      ('column users.phone_number', 'table users has no column phone_number', 1),
      ('column users.phone_verified', 'table users has no column phone_verified', 1),
      ('column users.picture', 'table users has no column picture', 1),
      ('column users.preferred_username', 'table users has no column preferred_username', 1),
      ('column users.profile', 'table users has no column profile', 1),
      ('column users.profileData', 'table users has no column profileData', 1),
      ('column users.provider', 'table users has no column provider', 1),
      ('column users.registration_completed_at', 'table users has no column registration_completed_at', 1),
      ('column users.tenant_id', 'table users has no column tenant_id', 1),
      ('column users.updated_at', 'table users has no column updated_at', 1),
      ('column users.user_id', 'table users has no column user_id', 1),
      ('column users.user_metadata', 'table users has no column user_metadata', 1),
      ('column users.username', 'table users has no column username', 1),
      ('column users.website', 'table users has no column website', 1),
      ('column users.zoneinfo', 'table users has no column zoneinfo', 1),
      ('foreign_key authentication_methods.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table authentication_methods has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key branding.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table branding has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key client_grants.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table client_grants has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key client_grants.(tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table client_grants has no foreign key (tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key client_registration_tokens.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table client_registration_tokens has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key clients.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table clients has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key codes.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table codes has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key codes.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table codes has no foreign key (user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key connections.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table connections has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key custom_domains.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table custom_domains has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key custom_text.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table custom_text has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key email_templates.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table email_templates has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key grants.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table grants has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key grants.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table grants has no foreign key (user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key hooks.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table hooks has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key keys.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table keys has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key login_sessions.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table login_sessions has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key login_sessions.(tenant_id, session_id) -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table login_sessions has no foreign key (tenant_id, session_id) -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key migrations.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table migrations has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key organization_connections.(organization_id) -> organizations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table organization_connections has no foreign key (organization_id) -> organizations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key organization_connections.(tenant_id, connection_id) -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table organization_connections has no foreign key (tenant_id, connection_id) -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key passwords.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table passwords has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key passwords.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table passwords has no foreign key (user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key refresh_tokens.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table refresh_tokens has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key refresh_tokens.(tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table refresh_tokens has no foreign key (tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key sessions.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table sessions has no foreign key (user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key tenant_operation_events.(operation_id) -> tenant_operations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table tenant_operation_events has no foreign key (operation_id) -> tenant_operations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key themes.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table themes has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key universal_login_templates.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table universal_login_templates has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key user_activity.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table user_activity has no foreign key (user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('foreign_key users.(linked_to, tenant_id) -> users (user_id, tenant_id) ON DELETE NO ACTION ON UPDATE NO ACTION', 'table users has no foreign key (linked_to, tenant_id) -> users (user_id, tenant_id) ON DELETE NO ACTION ON UPDATE NO ACTION', 1),
      ('foreign_key users.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table users has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 1),
      ('index action_executions.idx_action_executions_tenant', 'table action_executions has no index idx_action_executions_tenant', 1),
      ('index action_versions.idx_action_versions_action', 'table action_versions has no index idx_action_versions_action', 1),
      ('index action_versions.uniq_action_versions_action_number', 'table action_versions has no index uniq_action_versions_action_number', 1),
      ('index actions.idx_actions_tenant', 'table actions has no index idx_actions_tenant', 1),
      ('index authentication_methods.authentication_methods_credential_id_idx', 'table authentication_methods has no index authentication_methods_credential_id_idx', 1),
      ('index authentication_methods.mfa_enrollments_tenant_user_idx', 'table authentication_methods has no index mfa_enrollments_tenant_user_idx', 1),
      ('index client_grants.idx_client_grants_audience', 'table client_grants has no index idx_client_grants_audience', 1),
      ('index client_grants.uq_client_grants_tenant_client_audience', 'table client_grants has no index uq_client_grants_tenant_client_audience', 1),
      ('index client_registration_tokens.idx_client_registration_tokens_client', 'table client_registration_tokens has no index idx_client_registration_tokens_client', 1),
      ('index client_registration_tokens.idx_client_registration_tokens_hash', 'table client_registration_tokens has no index idx_client_registration_tokens_hash', 1),
      ('index clients.idx_clients_owner_user_id', 'table clients has no index idx_clients_owner_user_id', 1),
      ('index codes.idx_codes_expires_at_ts', 'table codes has no index idx_codes_expires_at_ts', 1),
      ('index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'table control_plane_comm_keys has no index control_plane_comm_keys_tenant_id_created_at_idx', 1),
      ('index flows.flows_tenant_id_idx', 'table flows has no index flows_tenant_id_idx', 1),
      ('index forms.forms_tenant_id_idx', 'table forms has no index forms_tenant_id_idx', 1),
      ('index grants.grants_natural_key_idx', 'table grants has no index grants_natural_key_idx', 1),
      ('index grants.grants_tenant_user_idx', 'table grants has no index grants_tenant_user_idx', 1),
      ('index hook_code.idx_hook_code_tenant', 'table hook_code has no index idx_hook_code_tenant', 1),
      ('index invites.idx_invites_expires_at', 'table invites has no index idx_invites_expires_at', 1),
      ('index invites.idx_invites_organization_id', 'table invites has no index idx_invites_organization_id', 1),
      ('index invites.idx_invites_tenant_created', 'table invites has no index idx_invites_tenant_created', 1),
      ('index log_streams.idx_log_streams_tenant_id', 'table log_streams has no index idx_log_streams_tenant_id', 1),
      ('index login_sessions.idx_login_sessions_expires_at_ts', 'table login_sessions has no index idx_login_sessions_expires_at_ts', 1),
      ('index login_sessions.idx_login_sessions_session_id', 'table login_sessions has no index idx_login_sessions_session_id', 1),
      ('index login_sessions.login_sessions_id_index', 'table login_sessions has no index login_sessions_id_index', 1),
      ('index login_sessions.login_sessions_state_idx', 'table login_sessions has no index login_sessions_state_idx', 1),
      ('index login_sessions.login_sessions_tenant_user_idx', 'table login_sessions has no index login_sessions_tenant_user_idx', 1),
      ('index migration_sources.idx_migration_sources_tenant_id', 'table migration_sources has no index idx_migration_sources_tenant_id', 1),
      ('index organization_connections.idx_organization_connections_tenant_connection', 'table organization_connections has no index idx_organization_connections_tenant_connection', 1),
      ('index organization_connections.idx_organization_connections_tenant_org', 'table organization_connections has no index idx_organization_connections_tenant_org', 1),
      ('index organizations.idx_organizations_tenant_name_unique', 'table organizations has no index idx_organizations_tenant_name_unique', 1),
      ('index outbox_events.idx_outbox_claim', 'table outbox_events has no index idx_outbox_claim', 1),
      ('index outbox_events.idx_outbox_events_tenant_dead_lettered', 'table outbox_events has no index idx_outbox_events_tenant_dead_lettered', 1),
      ('index outbox_events.idx_outbox_tenant_type', 'table outbox_events has no index idx_outbox_tenant_type', 1),
      ('index outbox_events.idx_outbox_unprocessed', 'table outbox_events has no index idx_outbox_unprocessed', 1),
      ('index proxy_routes.proxy_routes_custom_domain_id_idx', 'table proxy_routes has no index proxy_routes_custom_domain_id_idx', 1),
      ('index proxy_routes.proxy_routes_tenant_id_idx', 'table proxy_routes has no index proxy_routes_tenant_id_idx', 1),
      ('index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_expires_at_ts', 1),
      ('index refresh_tokens.idx_refresh_tokens_family_id', 'table refresh_tokens has no index idx_refresh_tokens_family_id', 1),
      ('index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_idle_expires_at_ts', 1),
      ('index refresh_tokens.idx_refresh_tokens_login_id', 'table refresh_tokens has no index idx_refresh_tokens_login_id', 1),
      ('index refresh_tokens.idx_refresh_tokens_token_lookup', 'table refresh_tokens has no index idx_refresh_tokens_token_lookup', 1),
      ('index refresh_tokens.idx_refresh_tokens_user_id', 'table refresh_tokens has no index idx_refresh_tokens_user_id', 1),
      ('index resource_servers.resource_servers_tenant_identifier_uq', 'table resource_servers has no index resource_servers_tenant_identifier_uq', 1),
      ('index role_permissions.role_permissions_permission_fk', 'table role_permissions has no index role_permissions_permission_fk', 1),
      ('index roles.roles_tenant_name_uq', 'table roles has no index roles_tenant_name_uq', 1),
      ('index sessions.idx_sessions_expires_at_ts', 'table sessions has no index idx_sessions_expires_at_ts', 1),
      ('index sessions.idx_sessions_idle_expires_at_ts', 'table sessions has no index idx_sessions_idle_expires_at_ts', 1),
      ('index sessions.idx_sessions_user_id', 'table sessions has no index idx_sessions_user_id', 1),
      ('index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'table tenant_operation_events has no index tenant_operation_events_operation_id_created_at_idx', 1),
      ('index tenant_operations.tenant_operations_rollout_id_idx', 'table tenant_operations has no index tenant_operations_rollout_id_idx', 1),
      ('index tenant_operations.tenant_operations_status_idx', 'table tenant_operations has no index tenant_operations_status_idx', 1),
      ('index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'table tenant_operations has no index tenant_operations_tenant_id_created_at_idx', 1),
      ('index user_organizations.idx_user_organizations_organization_id', 'table user_organizations has no index idx_user_organizations_organization_id', 1),
      ('index user_organizations.idx_user_organizations_user_id', 'table user_organizations has no index idx_user_organizations_user_id', 1),
      ('index user_permissions.user_permissions_organization_fk', 'table user_permissions has no index user_permissions_organization_fk', 1),
      ('index user_permissions.user_permissions_permission_fk', 'table user_permissions has no index user_permissions_permission_fk', 1),
      ('index user_permissions.user_permissions_user_fk', 'table user_permissions has no index user_permissions_user_fk', 1),
      ('index user_roles.user_roles_organization_fk', 'table user_roles has no index user_roles_organization_fk', 1),
      ('index user_roles.user_roles_role_fk', 'table user_roles has no index user_roles_role_fk', 1),
      ('index user_roles.user_roles_user_fk', 'table user_roles has no index user_roles_user_fk', 1),
      ('index users.unique_username_provider', 'table users has no index unique_username_provider', 1),
      ('index users.users_email_index', 'table users has no index users_email_index', 1),
      ('index users.users_linked_to_index', 'table users has no index users_linked_to_index', 1),
      ('index users.users_name_index', 'table users has no index users_name_index', 1),
      ('index users.users_phone_tenant_provider_index', 'table users has no index users_phone_tenant_provider_index', 1),
      ('primary_key action_executions.PRIMARY', 'table action_executions has no primary key PRIMARY', 1),
      ('primary_key action_versions.PRIMARY', 'table action_versions has no primary key PRIMARY', 1),
      ('primary_key actions.PRIMARY', 'table actions has no primary key PRIMARY', 1),
      ('primary_key authentication_methods.PRIMARY', 'table authentication_methods has no primary key PRIMARY', 1),
      ('primary_key branding.PRIMARY', 'table branding has no primary key PRIMARY', 1),
      ('primary_key client_grants.PRIMARY', 'table client_grants has no primary key PRIMARY', 1),
      ('primary_key client_registration_tokens.PRIMARY', 'table client_registration_tokens has no primary key PRIMARY', 1),
      ('primary_key clients.PRIMARY', 'table clients has no primary key PRIMARY', 1),
      ('primary_key codes.PRIMARY', 'table codes has no primary key PRIMARY', 1),
      ('primary_key connections.PRIMARY', 'table connections has no primary key PRIMARY', 1),
      ('primary_key control_plane_comm_keys.PRIMARY', 'table control_plane_comm_keys has no primary key PRIMARY', 1),
      ('primary_key custom_domains.PRIMARY', 'table custom_domains has no primary key PRIMARY', 1),
      ('primary_key custom_text.PRIMARY', 'table custom_text has no primary key PRIMARY', 1),
      ('primary_key email_providers.PRIMARY', 'table email_providers has no primary key PRIMARY', 1),
      ('primary_key email_templates.PRIMARY', 'table email_templates has no primary key PRIMARY', 1),
      ('primary_key flows.PRIMARY', 'table flows has no primary key PRIMARY', 1),
      ('primary_key forms.PRIMARY', 'table forms has no primary key PRIMARY', 1),
      ('primary_key grants.PRIMARY', 'table grants has no primary key PRIMARY', 1),
      ('primary_key hook_code.PRIMARY', 'table hook_code has no primary key PRIMARY', 1),
      ('primary_key hooks.PRIMARY', 'table hooks has no primary key PRIMARY', 1),
      ('primary_key invites.PRIMARY', 'table invites has no primary key PRIMARY', 1),
      ('primary_key keys.PRIMARY', 'table keys has no primary key PRIMARY', 1),
      ('primary_key kysely_migration.PRIMARY', 'table kysely_migration has no primary key PRIMARY', 1),
      ('primary_key kysely_migration_lock.PRIMARY', 'table kysely_migration_lock has no primary key PRIMARY', 1),
      ('primary_key log_streams.PRIMARY', 'table log_streams has no primary key PRIMARY', 1),
      ('primary_key login_sessions.PRIMARY', 'table login_sessions has no primary key PRIMARY', 1),
      ('primary_key logs.PRIMARY', 'table logs has no primary key PRIMARY', 1),
      ('primary_key migration_sources.PRIMARY', 'table migration_sources has no primary key PRIMARY', 1),
      ('primary_key migrations.PRIMARY', 'table migrations has no primary key PRIMARY', 1),
      ('primary_key organizations.PRIMARY', 'table organizations has no primary key PRIMARY', 1),
      ('primary_key outbox_events.PRIMARY', 'table outbox_events has no primary key PRIMARY', 1),
      ('primary_key passwords.PRIMARY', 'table passwords has no primary key PRIMARY', 1),
      ('primary_key prompt_settings.PRIMARY', 'table prompt_settings has no primary key PRIMARY', 1),
      ('primary_key proxy_routes.PRIMARY', 'table proxy_routes has no primary key PRIMARY', 1),
      ('primary_key refresh_tokens.PRIMARY', 'table refresh_tokens has no primary key PRIMARY', 1),
      ('primary_key resource_servers.PRIMARY', 'table resource_servers has no primary key PRIMARY', 1),
      ('primary_key role_permissions.PRIMARY', 'table role_permissions has no primary key PRIMARY', 1),
      ('primary_key roles.PRIMARY', 'table roles has no primary key PRIMARY', 1),
      ('primary_key rollouts.PRIMARY', 'table rollouts has no primary key PRIMARY', 1),
      ('primary_key sessions.PRIMARY', 'table sessions has no primary key PRIMARY', 1),
      ('primary_key tenant_operation_events.PRIMARY', 'table tenant_operation_events has no primary key PRIMARY', 1),
      ('primary_key tenant_operations.PRIMARY', 'table tenant_operations has no primary key PRIMARY', 1),
      ('primary_key tenants.PRIMARY', 'table tenants has no primary key PRIMARY', 1),
      ('primary_key themes.PRIMARY', 'table themes has no primary key PRIMARY', 1),
      ('primary_key universal_login_templates.PRIMARY', 'table universal_login_templates has no primary key PRIMARY', 1),
      ('primary_key user_activity.PRIMARY', 'table user_activity has no primary key PRIMARY', 1),
      ('primary_key user_organizations.PRIMARY', 'table user_organizations has no primary key PRIMARY', 1),
      ('primary_key user_permissions.PRIMARY', 'table user_permissions has no primary key PRIMARY', 1),
      ('primary_key user_roles.PRIMARY', 'table user_roles has no primary key PRIMARY', 1),
      ('primary_key users.PRIMARY', 'table users has no primary key PRIMARY', 1),
      ('table action_executions', 'table action_executions is missing', 1),
      ('table action_versions', 'table action_versions is missing', 1),
      ('table actions', 'table actions is missing', 1),
      ('table authentication_methods', 'table authentication_methods is missing', 1),
      ('table branding', 'table branding is missing', 1),
      ('table client_grants', 'table client_grants is missing', 1),
      ('table client_registration_tokens', 'table client_registration_tokens is missing', 1),
      ('table clients', 'table clients is missing', 1),
      ('table codes', 'table codes is missing', 1),
      ('table connections', 'table connections is missing', 1),
      ('table control_plane_comm_keys', 'table control_plane_comm_keys is missing', 1),
      ('table custom_domains', 'table custom_domains is missing', 1),
      ('table custom_text', 'table custom_text is missing', 1),
      ('table email_providers', 'table email_providers is missing', 1),
      ('table email_templates', 'table email_templates is missing', 1),
      ('table flows', 'table flows is missing', 1),
      ('table forms', 'table forms is missing', 1),
      ('table grants', 'table grants is missing', 1),
      ('table hook_code', 'table hook_code is missing', 1),
      ('table hooks', 'table hooks is missing', 1),
      ('table invites', 'table invites is missing', 1),
      ('table keys', 'table keys is missing', 1),
      ('table kysely_migration', 'table kysely_migration is missing', 1),
      ('table kysely_migration_lock', 'table kysely_migration_lock is missing', 1),
      ('table log_streams', 'table log_streams is missing', 1),
      ('table login_sessions', 'table login_sessions is missing', 1),
      ('table logs', 'table logs is missing', 1),
      ('table migration_sources', 'table migration_sources is missing', 1),
      ('table migrations', 'table migrations is missing', 1),
      ('table organization_connections', 'table organization_connections is missing', 1),
      ('table organizations', 'table organizations is missing', 1),
      ('table outbox_events', 'table outbox_events is missing', 1),
      ('table passwords', 'table passwords is missing', 1),
      ('table prompt_settings', 'table prompt_settings is missing', 1),
      ('table proxy_routes', 'table proxy_routes is missing', 1),
      ('table refresh_tokens', 'table refresh_tokens is missing', 1),
      ('table resource_servers', 'table resource_servers is missing', 1),
      ('table role_permissions', 'table role_permissions is missing', 1),
      ('table roles', 'table roles is missing', 1),
      ('table rollouts', 'table rollouts is missing', 1),
      ('table sessions', 'table sessions is missing', 1),
      ('table tenant_operation_events', 'table tenant_operation_events is missing', 1),
      ('table tenant_operations', 'table tenant_operations is missing', 1),
      ('table tenants', 'table tenants is missing', 1),
      ('table themes', 'table themes is missing', 1),
      ('table universal_login_templates', 'table universal_login_templates is missing', 1),
      ('table user_activity', 'table user_activity is missing', 1),
      ('table user_organizations', 'table user_organizations is missing', 1),
      ('table user_permissions', 'table user_permissions is missing', 1),
      ('table user_roles', 'table user_roles is missing', 1),
      ('table users', 'table users is missing', 1),
      ('unique organization_connections.(tenant_id, organization_id, connection_id)', 'table organization_connections has no unique (tenant_id, organization_id, connection_id)', 1),
      ('unique user_organizations.(tenant_id, user_id, organization_id)', 'table user_organizations has no unique (tenant_id, user_id, organization_id)', 1),
      ('unique users.(email, provider, tenant_id)', 'table users has no unique (email, provider, tenant_id)', 1),
      ('unique users.(phone_number, provider, tenant_id)', 'table users has no unique (phone_number, provider, tenant_id)', 1));
SELECT 'plan: authhero 11.20 → 0 is already applied (the database is at the empty state): nothing to do. Nothing was changed.' AS plan WHERE NOT EXISTS (
  WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
  r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan: authhero 11.20 → 0 is already applied (the database is at the empty state): nothing to do. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE NOT EXISTS (
    WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
    r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
SELECT 'plan stopped: ' || 'this database is not at authhero 11.20: ' || m || '. Nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || 'Compile the script for the version this database is at (npx plan compile authhero <its version> 0), or run this one on the authhero 11.20 database it was made for.' AS plan FROM (
  SELECT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(m AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS m FROM (WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT k, def FROM temp.plan_expect WHERE f & 1),
    r AS (SELECT k, m FROM temp.plan_require WHERE f & 1),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1);
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: this database is not at authhero 11.20; the line printed above says what differs. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (
    SELECT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(m AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS m FROM (WITH f AS (
      SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p
      UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_table_info(p.name) c
      UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
      UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
      UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
      UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
    a AS (SELECT k, def FROM temp.plan_expect WHERE f & 1),
    r AS (SELECT k, m FROM temp.plan_require WHERE f & 1),
    i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
    SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
      FROM f
      WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
    UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1);
SELECT 'plan stopped: ' || 'foreign keys of tables outside authhero reference keys that authhero 11.20 → 0 drops or replaces, with no key after it that serves them as SQLite matches a foreign key (the primary key or a unique key on the same set of columns; a foreign key that names no columns takes the primary key''s columns in their order); SQLite would keep them, and every later write to those tables would fail with "foreign key mismatch" (or, naming no columns, check other columns than before): ' || group_concat((WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(x AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1), '; ') || '. Nothing was changed. Rebuild those tables without the foreign keys first (https://sqlite.org/lang_altertable.html#otheralter), and add them back once this script has run.' AS plan FROM (SELECT x FROM (
      SELECT m.name || ' (' || group_concat(k."from", ', ') || ') -> ' || k."table" || ' (' || COALESCE(group_concat(k."to", ', '), 'its primary key, naming no columns') || ')' AS x, k."table" AS rt,
        (SELECT group_concat(c, ',') FROM (SELECT lower(j."to") AS c FROM pragma_foreign_key_list(m.name) j WHERE j.id = k.id ORDER BY 1)) AS rcols
      FROM main.sqlite_schema m, pragma_foreign_key_list(m.name) k
      WHERE m.type = 'table' AND m.name NOT IN ('authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'custom_domains', 'custom_text', 'email_templates', 'grants', 'hooks', 'keys', 'login_sessions', 'migrations', 'organization_connections', 'passwords', 'refresh_tokens', 'sessions', 'tenant_operation_events', 'themes', 'universal_login_templates', 'user_activity', 'users')
      GROUP BY m.name, k.id) f
    WHERE f.rt COLLATE NOCASE IN ('actions', 'action_executions', 'action_versions', 'tenants', 'authentication_methods', 'branding', 'clients', 'client_grants', 'client_registration_tokens', 'users', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hooks', 'hook_code', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'sessions', 'login_sessions', 'logs', 'log_streams', 'migrations', 'migration_sources', 'organizations', 'organization_connections', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'roles', 'role_permissions', 'rollouts', 'tenant_operations', 'tenant_operation_events', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles') AND ((f.rt = 'actions' COLLATE NOCASE) OR (f.rt = 'action_executions' COLLATE NOCASE) OR (f.rt = 'action_versions' COLLATE NOCASE) OR (f.rt = 'tenants' COLLATE NOCASE) OR (f.rt = 'authentication_methods' COLLATE NOCASE) OR (f.rt = 'branding' COLLATE NOCASE) OR (f.rt = 'clients' COLLATE NOCASE) OR (f.rt = 'client_grants' COLLATE NOCASE) OR (f.rt = 'client_registration_tokens' COLLATE NOCASE) OR (f.rt = 'users' COLLATE NOCASE) OR (f.rt = 'codes' COLLATE NOCASE) OR (f.rt = 'connections' COLLATE NOCASE) OR (f.rt = 'control_plane_comm_keys' COLLATE NOCASE) OR (f.rt = 'custom_domains' COLLATE NOCASE) OR (f.rt = 'custom_text' COLLATE NOCASE) OR (f.rt = 'email_providers' COLLATE NOCASE) OR (f.rt = 'email_templates' COLLATE NOCASE) OR (f.rt = 'flows' COLLATE NOCASE) OR (f.rt = 'forms' COLLATE NOCASE) OR (f.rt = 'grants' COLLATE NOCASE) OR (f.rt = 'hooks' COLLATE NOCASE) OR (f.rt = 'hook_code' COLLATE NOCASE) OR (f.rt = 'invites' COLLATE NOCASE) OR (f.rt = 'keys' COLLATE NOCASE) OR (f.rt = 'kysely_migration' COLLATE NOCASE) OR (f.rt = 'kysely_migration_lock' COLLATE NOCASE) OR (f.rt = 'sessions' COLLATE NOCASE) OR (f.rt = 'login_sessions' COLLATE NOCASE) OR (f.rt = 'logs' COLLATE NOCASE) OR (f.rt = 'log_streams' COLLATE NOCASE) OR (f.rt = 'migrations' COLLATE NOCASE) OR (f.rt = 'migration_sources' COLLATE NOCASE) OR (f.rt = 'organizations' COLLATE NOCASE) OR (f.rt = 'organization_connections' COLLATE NOCASE) OR (f.rt = 'outbox_events' COLLATE NOCASE) OR (f.rt = 'passwords' COLLATE NOCASE) OR (f.rt = 'prompt_settings' COLLATE NOCASE) OR (f.rt = 'proxy_routes' COLLATE NOCASE) OR (f.rt = 'refresh_tokens' COLLATE NOCASE) OR (f.rt = 'resource_servers' COLLATE NOCASE) OR (f.rt = 'roles' COLLATE NOCASE) OR (f.rt = 'role_permissions' COLLATE NOCASE) OR (f.rt = 'rollouts' COLLATE NOCASE) OR (f.rt = 'tenant_operations' COLLATE NOCASE) OR (f.rt = 'tenant_operation_events' COLLATE NOCASE) OR (f.rt = 'themes' COLLATE NOCASE) OR (f.rt = 'universal_login_templates' COLLATE NOCASE) OR (f.rt = 'user_activity' COLLATE NOCASE) OR (f.rt = 'user_organizations' COLLATE NOCASE) OR (f.rt = 'user_permissions' COLLATE NOCASE) OR (f.rt = 'user_roles' COLLATE NOCASE))) HAVING count(*) > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: foreign keys of tables outside authhero reference keys that authhero 11.20 → 0 drops or replaces, with no key after it that serves them as SQLite matches a foreign key (the primary key or a unique key on the same set of columns; a foreign key that names no columns takes the primary key''s columns in their order); SQLite would keep them, and every later write to those tables would fail with "foreign key mismatch" (or, naming no columns, check other columns than before); the line printed above names them. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x FROM (
        SELECT m.name || ' (' || group_concat(k."from", ', ') || ') -> ' || k."table" || ' (' || COALESCE(group_concat(k."to", ', '), 'its primary key, naming no columns') || ')' AS x, k."table" AS rt,
          (SELECT group_concat(c, ',') FROM (SELECT lower(j."to") AS c FROM pragma_foreign_key_list(m.name) j WHERE j.id = k.id ORDER BY 1)) AS rcols
        FROM main.sqlite_schema m, pragma_foreign_key_list(m.name) k
        WHERE m.type = 'table' AND m.name NOT IN ('authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'custom_domains', 'custom_text', 'email_templates', 'grants', 'hooks', 'keys', 'login_sessions', 'migrations', 'organization_connections', 'passwords', 'refresh_tokens', 'sessions', 'tenant_operation_events', 'themes', 'universal_login_templates', 'user_activity', 'users')
        GROUP BY m.name, k.id) f
      WHERE f.rt COLLATE NOCASE IN ('actions', 'action_executions', 'action_versions', 'tenants', 'authentication_methods', 'branding', 'clients', 'client_grants', 'client_registration_tokens', 'users', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hooks', 'hook_code', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'sessions', 'login_sessions', 'logs', 'log_streams', 'migrations', 'migration_sources', 'organizations', 'organization_connections', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'roles', 'role_permissions', 'rollouts', 'tenant_operations', 'tenant_operation_events', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles') AND ((f.rt = 'actions' COLLATE NOCASE) OR (f.rt = 'action_executions' COLLATE NOCASE) OR (f.rt = 'action_versions' COLLATE NOCASE) OR (f.rt = 'tenants' COLLATE NOCASE) OR (f.rt = 'authentication_methods' COLLATE NOCASE) OR (f.rt = 'branding' COLLATE NOCASE) OR (f.rt = 'clients' COLLATE NOCASE) OR (f.rt = 'client_grants' COLLATE NOCASE) OR (f.rt = 'client_registration_tokens' COLLATE NOCASE) OR (f.rt = 'users' COLLATE NOCASE) OR (f.rt = 'codes' COLLATE NOCASE) OR (f.rt = 'connections' COLLATE NOCASE) OR (f.rt = 'control_plane_comm_keys' COLLATE NOCASE) OR (f.rt = 'custom_domains' COLLATE NOCASE) OR (f.rt = 'custom_text' COLLATE NOCASE) OR (f.rt = 'email_providers' COLLATE NOCASE) OR (f.rt = 'email_templates' COLLATE NOCASE) OR (f.rt = 'flows' COLLATE NOCASE) OR (f.rt = 'forms' COLLATE NOCASE) OR (f.rt = 'grants' COLLATE NOCASE) OR (f.rt = 'hooks' COLLATE NOCASE) OR (f.rt = 'hook_code' COLLATE NOCASE) OR (f.rt = 'invites' COLLATE NOCASE) OR (f.rt = 'keys' COLLATE NOCASE) OR (f.rt = 'kysely_migration' COLLATE NOCASE) OR (f.rt = 'kysely_migration_lock' COLLATE NOCASE) OR (f.rt = 'sessions' COLLATE NOCASE) OR (f.rt = 'login_sessions' COLLATE NOCASE) OR (f.rt = 'logs' COLLATE NOCASE) OR (f.rt = 'log_streams' COLLATE NOCASE) OR (f.rt = 'migrations' COLLATE NOCASE) OR (f.rt = 'migration_sources' COLLATE NOCASE) OR (f.rt = 'organizations' COLLATE NOCASE) OR (f.rt = 'organization_connections' COLLATE NOCASE) OR (f.rt = 'outbox_events' COLLATE NOCASE) OR (f.rt = 'passwords' COLLATE NOCASE) OR (f.rt = 'prompt_settings' COLLATE NOCASE) OR (f.rt = 'proxy_routes' COLLATE NOCASE) OR (f.rt = 'refresh_tokens' COLLATE NOCASE) OR (f.rt = 'resource_servers' COLLATE NOCASE) OR (f.rt = 'roles' COLLATE NOCASE) OR (f.rt = 'role_permissions' COLLATE NOCASE) OR (f.rt = 'rollouts' COLLATE NOCASE) OR (f.rt = 'tenant_operations' COLLATE NOCASE) OR (f.rt = 'tenant_operation_events' COLLATE NOCASE) OR (f.rt = 'themes' COLLATE NOCASE) OR (f.rt = 'universal_login_templates' COLLATE NOCASE) OR (f.rt = 'user_activity' COLLATE NOCASE) OR (f.rt = 'user_organizations' COLLATE NOCASE) OR (f.rt = 'user_permissions' COLLATE NOCASE) OR (f.rt = 'user_roles' COLLATE NOCASE)));
-- the tables this script rebuilds must have no triggers: the rebuild would drop them with the old table
SELECT 'plan stopped: ' || 'authhero 11.20 → 0 rebuilds tables that have triggers (a rebuild creates a new table, copies the rows and drops the old table, and dropping a table drops its triggers): save each trigger''s CREATE TRIGGER (SELECT sql || '';'' FROM sqlite_schema WHERE type = ''trigger'' prints them ready to run again), drop them, run this script, then create them again; the triggers: ' || group_concat((WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(name || ' ON ' || tbl_name AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1), ', ') || '. Nothing was changed.' AS plan FROM (SELECT * FROM (
  SELECT name, tbl_name FROM main.sqlite_schema WHERE type = 'trigger' AND tbl_name COLLATE NOCASE IN ('authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'custom_domains', 'custom_text', 'email_templates', 'grants', 'hooks', 'keys', 'login_sessions', 'migrations', 'organization_connections', 'passwords', 'refresh_tokens', 'sessions', 'tenant_operation_events', 'themes', 'universal_login_templates', 'user_activity', 'users')) ORDER BY tbl_name, name) HAVING count(*) > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: authhero 11.20 → 0 rebuilds tables that have triggers (a rebuild creates a new table, copies the rows and drops the old table, and dropping a table drops its triggers): save each trigger''s CREATE TRIGGER (SELECT sql || '';'' FROM sqlite_schema WHERE type = ''trigger'' prints them ready to run again), drop them, run this script, then create them again; the triggers (the line printed above names them). Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (
    SELECT name, tbl_name FROM main.sqlite_schema WHERE type = 'trigger' AND tbl_name COLLATE NOCASE IN ('authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'custom_domains', 'custom_text', 'email_templates', 'grants', 'hooks', 'keys', 'login_sessions', 'migrations', 'organization_connections', 'passwords', 'refresh_tokens', 'sessions', 'tenant_operation_events', 'themes', 'universal_login_templates', 'user_activity', 'users'));

-- ================================================================================================
-- authhero 11.20 → 0 (rollback): Fresh install of the @authhero/kysely-adapter 11.20 schema on MySQL/MariaDB and SQLite: the 49 tables the 181 kysely migrations (m1_init … o083_codes_expires_at_ts) leave, plus kysely_migration and kysely_migration_lock (sqlite: overrides and steps where AuthHero's SQLite schema differs; equal to AuthHero's own SQLite 11.20 schema, facts/catalogs/sqlite-11.20.catalog)
-- source: plans/authhero/0-11.20.yaml
-- ================================================================================================
-- 11.20 → 0 · 1/149 · drop foreign key user_activity_user_id_constraint on user_activity
-- locks: user_activity: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_user_activity" (
      "tenant_id" varchar(255) NOT NULL,
      "user_id" varchar(255) NOT NULL,
      "last_login" varchar(35),
      "last_ip" varchar(45),
      "login_count" integer NOT NULL DEFAULT 0,
      "failed_logins" text,
      "last_password_reset" varchar(35),
      PRIMARY KEY ("tenant_id", "user_id")
    );
INSERT INTO "plan_rebuild_user_activity" ("tenant_id", "user_id", "last_login", "last_ip", "login_count", "failed_logins", "last_password_reset")
    SELECT "tenant_id", "user_id", "last_login", "last_ip", "login_count", "failed_logins", "last_password_reset" FROM "user_activity";
DROP TABLE "user_activity";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_user_activity" RENAME TO "user_activity";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 2/149 · drop foreign key universal_login_templates_ibfk_1 on universal_login_templates
-- locks: universal_login_templates: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_universal_login_templates" (
      "tenant_id" varchar(191),
      "body" text NOT NULL,
      "updated_at_ts" integer NOT NULL,
      "created_at_ts" integer NOT NULL,
      PRIMARY KEY ("tenant_id")
    );
INSERT INTO "plan_rebuild_universal_login_templates" ("tenant_id", "body", "updated_at_ts", "created_at_ts")
    SELECT "tenant_id", "body", "updated_at_ts", "created_at_ts" FROM "universal_login_templates";
DROP TABLE "universal_login_templates";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_universal_login_templates" RENAME TO "universal_login_templates";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 3/149 · drop foreign key themes_ibfk_1 on themes
-- locks: themes: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_themes" (
      "tenant_id" varchar(255) NOT NULL,
      "themeId" varchar(255) NOT NULL,
      "displayName" varchar(255) NOT NULL,
      "colors_primary_button_label" varchar(24) NOT NULL,
      "colors_primary_button" varchar(24) NOT NULL,
      "colors_secondary_button_border" varchar(24) NOT NULL,
      "colors_secondary_button_label" varchar(24) NOT NULL,
      "colors_base_focus_color" varchar(24) NOT NULL,
      "colors_base_hover_color" varchar(24) NOT NULL,
      "colors_body_text" varchar(24) NOT NULL,
      "colors_captcha_widget_theme" varchar(24) NOT NULL,
      "colors_error" varchar(24) NOT NULL,
      "colors_header" varchar(24) NOT NULL,
      "colors_icons" varchar(24) NOT NULL,
      "colors_input_background" varchar(24) NOT NULL,
      "colors_input_border" varchar(24) NOT NULL,
      "colors_input_filled_text" varchar(24) NOT NULL,
      "colors_input_labels_placeholders" varchar(24) NOT NULL,
      "colors_links_focused_components" varchar(24) NOT NULL,
      "colors_success" varchar(24) NOT NULL,
      "colors_widget_background" varchar(24) NOT NULL,
      "colors_widget_border" varchar(24) NOT NULL,
      "borders_button_border_radius" integer NOT NULL,
      "borders_button_border_weight" integer NOT NULL,
      "borders_buttons_style" varchar(24) NOT NULL,
      "borders_input_border_radius" integer NOT NULL,
      "borders_input_border_weight" integer NOT NULL,
      "borders_inputs_style" varchar(24) NOT NULL,
      "borders_show_widget_shadow" boolean NOT NULL,
      "borders_widget_border_weight" integer NOT NULL,
      "borders_widget_corner_radius" integer NOT NULL,
      "fonts_body_text_bold" integer NOT NULL,
      "fonts_body_text_size" integer NOT NULL,
      "fonts_buttons_text_bold" integer NOT NULL,
      "fonts_buttons_text_size" integer NOT NULL,
      "fonts_font_url" varchar(255) NOT NULL,
      "fonts_input_labels_bold" integer NOT NULL,
      "fonts_input_labels_size" integer NOT NULL,
      "fonts_links_bold" boolean NOT NULL,
      "fonts_links_size" integer NOT NULL,
      "fonts_links_style" varchar(24) NOT NULL,
      "fonts_reference_text_size" integer NOT NULL,
      "fonts_subtitle_bold" boolean NOT NULL,
      "fonts_subtitle_size" integer NOT NULL,
      "fonts_title_bold" boolean NOT NULL,
      "fonts_title_size" integer NOT NULL,
      "page_background_background_color" varchar(24) NOT NULL,
      "page_background_background_image_url" varchar(255) NOT NULL,
      "page_background_page_layout" varchar(24) NOT NULL,
      "widget_header_text_alignment" varchar(24) NOT NULL,
      "widget_logo_height" integer NOT NULL,
      "widget_logo_position" varchar(24) NOT NULL,
      "widget_logo_url" varchar(255) NOT NULL,
      "widget_social_buttons_layout" varchar(24) NOT NULL,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("tenant_id", "themeId")
    );
INSERT INTO "plan_rebuild_themes" ("tenant_id", "themeId", "displayName", "colors_primary_button_label", "colors_primary_button", "colors_secondary_button_border", "colors_secondary_button_label", "colors_base_focus_color", "colors_base_hover_color", "colors_body_text", "colors_captcha_widget_theme", "colors_error", "colors_header", "colors_icons", "colors_input_background", "colors_input_border", "colors_input_filled_text", "colors_input_labels_placeholders", "colors_links_focused_components", "colors_success", "colors_widget_background", "colors_widget_border", "borders_button_border_radius", "borders_button_border_weight", "borders_buttons_style", "borders_input_border_radius", "borders_input_border_weight", "borders_inputs_style", "borders_show_widget_shadow", "borders_widget_border_weight", "borders_widget_corner_radius", "fonts_body_text_bold", "fonts_body_text_size", "fonts_buttons_text_bold", "fonts_buttons_text_size", "fonts_font_url", "fonts_input_labels_bold", "fonts_input_labels_size", "fonts_links_bold", "fonts_links_size", "fonts_links_style", "fonts_reference_text_size", "fonts_subtitle_bold", "fonts_subtitle_size", "fonts_title_bold", "fonts_title_size", "page_background_background_color", "page_background_background_image_url", "page_background_page_layout", "widget_header_text_alignment", "widget_logo_height", "widget_logo_position", "widget_logo_url", "widget_social_buttons_layout", "created_at", "updated_at")
    SELECT "tenant_id", "themeId", "displayName", "colors_primary_button_label", "colors_primary_button", "colors_secondary_button_border", "colors_secondary_button_label", "colors_base_focus_color", "colors_base_hover_color", "colors_body_text", "colors_captcha_widget_theme", "colors_error", "colors_header", "colors_icons", "colors_input_background", "colors_input_border", "colors_input_filled_text", "colors_input_labels_placeholders", "colors_links_focused_components", "colors_success", "colors_widget_background", "colors_widget_border", "borders_button_border_radius", "borders_button_border_weight", "borders_buttons_style", "borders_input_border_radius", "borders_input_border_weight", "borders_inputs_style", "borders_show_widget_shadow", "borders_widget_border_weight", "borders_widget_corner_radius", "fonts_body_text_bold", "fonts_body_text_size", "fonts_buttons_text_bold", "fonts_buttons_text_size", "fonts_font_url", "fonts_input_labels_bold", "fonts_input_labels_size", "fonts_links_bold", "fonts_links_size", "fonts_links_style", "fonts_reference_text_size", "fonts_subtitle_bold", "fonts_subtitle_size", "fonts_title_bold", "fonts_title_size", "page_background_background_color", "page_background_background_image_url", "page_background_page_layout", "widget_header_text_alignment", "widget_logo_height", "widget_logo_position", "widget_logo_url", "widget_social_buttons_layout", "created_at", "updated_at" FROM "themes";
DROP TABLE "themes";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_themes" RENAME TO "themes";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 4/149 · drop foreign key tenant_operation_events_operation_id_constraint on tenant_operation_events
-- locks: tenant_operation_events: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_tenant_operation_events" (
      "id" varchar(255) NOT NULL,
      "operation_id" varchar(255) NOT NULL,
      "step" varchar(255) NOT NULL,
      "outcome" varchar(32) NOT NULL,
      "detail" text,
      "attempt" integer NOT NULL DEFAULT 1,
      "created_at" varchar(35) NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_tenant_operation_events" ("id", "operation_id", "step", "outcome", "detail", "attempt", "created_at")
    SELECT "id", "operation_id", "step", "outcome", "detail", "attempt", "created_at" FROM "tenant_operation_events";
DROP TABLE "tenant_operation_events";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_tenant_operation_events" RENAME TO "tenant_operation_events";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "tenant_operation_events_operation_id_created_at_idx" ON "tenant_operation_events" ("operation_id", "created_at");

-- 11.20 → 0 · 5/149 · drop foreign key refresh_tokens_tenant_fk on refresh_tokens
-- rebuilt together with the next step (one copy of refresh_tokens)

-- 11.20 → 0 · 6/149 · drop foreign key refresh_tokens_client_fk on refresh_tokens
-- locks: refresh_tokens: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of refresh_tokens for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_refresh_tokens" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "client_id" varchar(191) NOT NULL,
      "user_id" varchar(255),
      "resource_servers" text NOT NULL,
      "device" text NOT NULL,
      "rotating" boolean NOT NULL,
      "created_at_ts" bigint,
      "expires_at_ts" bigint,
      "idle_expires_at_ts" bigint,
      "last_exchanged_at_ts" bigint,
      "login_id" varchar(26),
      "revoked_at_ts" bigint,
      "token_lookup" varchar(16),
      "token_hash" varchar(64),
      "family_id" varchar(26),
      "rotated_to" varchar(26),
      "rotated_at_ts" bigint,
      PRIMARY KEY ("tenant_id", "id")
    );
INSERT INTO "plan_rebuild_refresh_tokens" ("id", "tenant_id", "client_id", "user_id", "resource_servers", "device", "rotating", "created_at_ts", "expires_at_ts", "idle_expires_at_ts", "last_exchanged_at_ts", "login_id", "revoked_at_ts", "token_lookup", "token_hash", "family_id", "rotated_to", "rotated_at_ts")
    SELECT "id", "tenant_id", "client_id", "user_id", "resource_servers", "device", "rotating", "created_at_ts", "expires_at_ts", "idle_expires_at_ts", "last_exchanged_at_ts", "login_id", "revoked_at_ts", "token_lookup", "token_hash", "family_id", "rotated_to", "rotated_at_ts" FROM "refresh_tokens";
DROP TABLE "refresh_tokens";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_refresh_tokens" RENAME TO "refresh_tokens";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_refresh_tokens_expires_at_ts" ON "refresh_tokens" ("expires_at_ts");
CREATE INDEX "idx_refresh_tokens_family_id" ON "refresh_tokens" ("tenant_id", "family_id");
CREATE INDEX "idx_refresh_tokens_idle_expires_at_ts" ON "refresh_tokens" ("idle_expires_at_ts");
CREATE INDEX "idx_refresh_tokens_login_id" ON "refresh_tokens" ("login_id");
CREATE INDEX "idx_refresh_tokens_token_lookup" ON "refresh_tokens" ("tenant_id", "token_lookup");
CREATE INDEX "idx_refresh_tokens_user_id" ON "refresh_tokens" ("tenant_id", "user_id");

-- 11.20 → 0 · 7/149 · drop foreign key passwords_ibfk_1 on passwords
-- rebuilt together with the next step (one copy of passwords)

-- 11.20 → 0 · 8/149 · drop foreign key password_history_user_id_tenant_id_constraint on passwords
-- locks: passwords: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of passwords for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_passwords" (
      "id" varchar(21),
      "user_id" varchar(191) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "password" varchar(255) NOT NULL,
      "algorithm" varchar(255) NOT NULL DEFAULT 'bcrypt',
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "is_current" integer NOT NULL DEFAULT 1,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_passwords" ("id", "user_id", "tenant_id", "password", "algorithm", "created_at", "updated_at", "is_current")
    SELECT "id", "user_id", "tenant_id", "password", "algorithm", "created_at", "updated_at", "is_current" FROM "passwords";
DROP TABLE "passwords";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_passwords" RENAME TO "passwords";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 9/149 · drop foreign key organization_connections_organization_fk on organization_connections
-- rebuilt together with the next step (one copy of organization_connections)

-- 11.20 → 0 · 10/149 · drop foreign key organization_connections_connection_fk on organization_connections
-- locks: organization_connections: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of organization_connections for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_organization_connections" (
      "tenant_id" varchar(191) NOT NULL,
      "organization_id" varchar(21) NOT NULL,
      "connection_id" varchar(191) NOT NULL,
      "assign_membership_on_login" boolean NOT NULL DEFAULT 0,
      "show_as_button" boolean NOT NULL DEFAULT 1,
      "is_signup_enabled" boolean NOT NULL DEFAULT 1,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      CONSTRAINT "organization_connections_unique" UNIQUE ("tenant_id", "organization_id", "connection_id")
    );
INSERT INTO "plan_rebuild_organization_connections" ("tenant_id", "organization_id", "connection_id", "assign_membership_on_login", "show_as_button", "is_signup_enabled", "created_at", "updated_at")
    SELECT "tenant_id", "organization_id", "connection_id", "assign_membership_on_login", "show_as_button", "is_signup_enabled", "created_at", "updated_at" FROM "organization_connections";
DROP TABLE "organization_connections";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_organization_connections" RENAME TO "organization_connections";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_organization_connections_tenant_connection" ON "organization_connections" ("tenant_id", "connection_id");
CREATE INDEX "idx_organization_connections_tenant_org" ON "organization_connections" ("tenant_id", "organization_id");

-- 11.20 → 0 · 11/149 · drop foreign key migrations_ibfk_1 on migrations
-- locks: migrations: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_migrations" (
      "id" varchar(255) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "provider" varchar(255),
      "client_id" varchar(255),
      "origin" varchar(255),
      "domain" varchar(255),
      "created_at" varchar(255) NOT NULL,
      "updated_at" varchar(255) NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_migrations" ("id", "tenant_id", "provider", "client_id", "origin", "domain", "created_at", "updated_at")
    SELECT "id", "tenant_id", "provider", "client_id", "origin", "domain", "created_at", "updated_at" FROM "migrations";
DROP TABLE "migrations";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_migrations" RENAME TO "migrations";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 12/149 · drop foreign key login_sessions_tenant_fk on login_sessions
-- rebuilt together with the next step (one copy of login_sessions)

-- 11.20 → 0 · 13/149 · drop foreign key login_sessions_session_fk on login_sessions
-- locks: login_sessions: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of login_sessions for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_login_sessions" (
      "id" varchar(26) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "session_id" varchar(26),
      "csrf_token" varchar(26) NOT NULL,
      "authorization_url" text,
      "ip" varchar(39),
      "useragent" text,
      "auth0Client" varchar(255),
      "state" varchar(50) DEFAULT 'pending',
      "state_data" text,
      "failure_reason" text,
      "user_id" varchar(255),
      "created_at_ts" bigint,
      "updated_at_ts" bigint,
      "expires_at_ts" bigint,
      "auth_connection" varchar(255),
      "auth_strategy_strategy" varchar(64),
      "auth_strategy_strategy_type" varchar(64),
      "authenticated_at" varchar(35),
      "auth_params" text,
      PRIMARY KEY ("tenant_id", "id")
    );
INSERT INTO "plan_rebuild_login_sessions" ("id", "tenant_id", "session_id", "csrf_token", "authorization_url", "ip", "useragent", "auth0Client", "state", "state_data", "failure_reason", "user_id", "created_at_ts", "updated_at_ts", "expires_at_ts", "auth_connection", "auth_strategy_strategy", "auth_strategy_strategy_type", "authenticated_at", "auth_params")
    SELECT "id", "tenant_id", "session_id", "csrf_token", "authorization_url", "ip", "useragent", "auth0Client", "state", "state_data", "failure_reason", "user_id", "created_at_ts", "updated_at_ts", "expires_at_ts", "auth_connection", "auth_strategy_strategy", "auth_strategy_strategy_type", "authenticated_at", "auth_params" FROM "login_sessions";
DROP TABLE "login_sessions";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_login_sessions" RENAME TO "login_sessions";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_login_sessions_expires_at_ts" ON "login_sessions" ("expires_at_ts");
CREATE INDEX "login_sessions_id_index" ON "login_sessions" ("id");
CREATE INDEX "idx_login_sessions_session_id" ON "login_sessions" ("session_id");
CREATE INDEX "login_sessions_state_idx" ON "login_sessions" ("state");
CREATE INDEX "login_sessions_tenant_user_idx" ON "login_sessions" ("tenant_id", "user_id");

-- 11.20 → 0 · 14/149 · drop foreign key sessions_user_fk on sessions
-- locks: sessions: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_sessions" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "user_id" varchar(255),
      "device" text NOT NULL,
      "clients" text NOT NULL,
      "login_session_id" varchar(21),
      "created_at_ts" bigint,
      "updated_at_ts" bigint,
      "expires_at_ts" bigint,
      "idle_expires_at_ts" bigint,
      "authenticated_at_ts" bigint,
      "last_interaction_at_ts" bigint,
      "used_at_ts" bigint,
      "revoked_at_ts" bigint,
      PRIMARY KEY ("tenant_id", "id")
    );
INSERT INTO "plan_rebuild_sessions" ("id", "tenant_id", "user_id", "device", "clients", "login_session_id", "created_at_ts", "updated_at_ts", "expires_at_ts", "idle_expires_at_ts", "authenticated_at_ts", "last_interaction_at_ts", "used_at_ts", "revoked_at_ts")
    SELECT "id", "tenant_id", "user_id", "device", "clients", "login_session_id", "created_at_ts", "updated_at_ts", "expires_at_ts", "idle_expires_at_ts", "authenticated_at_ts", "last_interaction_at_ts", "used_at_ts", "revoked_at_ts" FROM "sessions";
DROP TABLE "sessions";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_sessions" RENAME TO "sessions";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_sessions_expires_at_ts" ON "sessions" ("expires_at_ts");
CREATE INDEX "idx_sessions_idle_expires_at_ts" ON "sessions" ("idle_expires_at_ts");
CREATE INDEX "idx_sessions_user_id" ON "sessions" ("tenant_id", "user_id");

-- 11.20 → 0 · 15/149 · drop foreign key keys_ibfk_1 on keys
-- locks: keys: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_keys" (
      "kid" varchar(255),
      "tenant_id" varchar(255),
      "created_at" varchar(255) NOT NULL,
      "revoked_at" varchar(255),
      "cert" varchar(4096),
      "pkcs7" varchar(4096),
      "fingerprint" varchar(256),
      "thumbprint" varchar(256),
      "current_since" varchar(256),
      "current_until" varchar(256),
      "type" varchar(50) NOT NULL DEFAULT 'jwt_signing',
      "connection" varchar(255),
      PRIMARY KEY ("kid")
    );
INSERT INTO "plan_rebuild_keys" ("kid", "tenant_id", "created_at", "revoked_at", "cert", "pkcs7", "fingerprint", "thumbprint", "current_since", "current_until", "type", "connection")
    SELECT "kid", "tenant_id", "created_at", "revoked_at", "cert", "pkcs7", "fingerprint", "thumbprint", "current_since", "current_until", "type", "connection" FROM "keys";
DROP TABLE "keys";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_keys" RENAME TO "keys";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 16/149 · drop foreign key hooks_ibfk_1 on hooks
-- locks: hooks: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_hooks" (
      "hook_id" varchar(255) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "trigger_id" varchar(255) NOT NULL,
      "enabled" boolean NOT NULL,
      "synchronous" boolean NOT NULL DEFAULT 0,
      "priority" integer,
      "form_id" text,
      "url" varchar(512),
      "template_id" text,
      "created_at_ts" bigint,
      "updated_at_ts" bigint,
      "code_id" varchar(21),
      "metadata" text,
      PRIMARY KEY ("hook_id")
    );
INSERT INTO "plan_rebuild_hooks" ("hook_id", "tenant_id", "trigger_id", "enabled", "synchronous", "priority", "form_id", "url", "template_id", "created_at_ts", "updated_at_ts", "code_id", "metadata")
    SELECT "hook_id", "tenant_id", "trigger_id", "enabled", "synchronous", "priority", "form_id", "url", "template_id", "created_at_ts", "updated_at_ts", "code_id", "metadata" FROM "hooks";
DROP TABLE "hooks";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_hooks" RENAME TO "hooks";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 17/149 · drop foreign key grants_user_id_constraint on grants
-- rebuilt together with the next step (one copy of grants)

-- 11.20 → 0 · 18/149 · drop foreign key grants_ibfk_1 on grants
-- locks: grants: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of grants for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_grants" (
      "id" varchar(21),
      "tenant_id" varchar(255) NOT NULL,
      "user_id" varchar(255) NOT NULL,
      "client_id" varchar(100) NOT NULL,
      "audience" varchar(100) NOT NULL DEFAULT '',
      "scope" text NOT NULL DEFAULT '[]',
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_grants" ("id", "tenant_id", "user_id", "client_id", "audience", "scope", "created_at", "updated_at")
    SELECT "id", "tenant_id", "user_id", "client_id", "audience", "scope", "created_at", "updated_at" FROM "grants";
DROP TABLE "grants";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_grants" RENAME TO "grants";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "grants_natural_key_idx" ON "grants" ("tenant_id", "user_id", "client_id", "audience");
CREATE INDEX "grants_tenant_user_idx" ON "grants" ("tenant_id", "user_id");

-- 11.20 → 0 · 19/149 · drop foreign key email_templates_tenant_fk on email_templates
-- locks: email_templates: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_email_templates" (
      "tenant_id" varchar(255) NOT NULL,
      "template" varchar(64) NOT NULL,
      "body" text NOT NULL,
      "from" varchar(255) NOT NULL,
      "subject" varchar(255) NOT NULL,
      "syntax" varchar(16) NOT NULL DEFAULT 'liquid',
      "result_url" varchar(2048),
      "url_lifetime_in_seconds" integer,
      "include_email_in_redirect" integer NOT NULL DEFAULT 0,
      "enabled" integer NOT NULL DEFAULT 1,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("tenant_id", "template"),
      CONSTRAINT "include_email_in_redirect" CHECK (`include_email_in_redirect` in (0,1)),
      CONSTRAINT "enabled" CHECK (`enabled` in (0,1))
    );
INSERT INTO "plan_rebuild_email_templates" ("tenant_id", "template", "body", "from", "subject", "syntax", "result_url", "url_lifetime_in_seconds", "include_email_in_redirect", "enabled", "created_at", "updated_at")
    SELECT "tenant_id", "template", "body", "from", "subject", "syntax", "result_url", "url_lifetime_in_seconds", "include_email_in_redirect", "enabled", "created_at", "updated_at" FROM "email_templates";
DROP TABLE "email_templates";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_email_templates" RENAME TO "email_templates";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 20/149 · drop foreign key custom_text_ibfk_1 on custom_text
-- locks: custom_text: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_custom_text" (
      "tenant_id" varchar(191) NOT NULL,
      "prompt" varchar(64) NOT NULL,
      "language" varchar(16) NOT NULL,
      "custom_text" text NOT NULL,
      "created_at_ts" bigint NOT NULL,
      "updated_at_ts" bigint NOT NULL,
      PRIMARY KEY ("tenant_id", "prompt", "language")
    );
INSERT INTO "plan_rebuild_custom_text" ("tenant_id", "prompt", "language", "custom_text", "created_at_ts", "updated_at_ts")
    SELECT "tenant_id", "prompt", "language", "custom_text", "created_at_ts", "updated_at_ts" FROM "custom_text";
DROP TABLE "custom_text";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_custom_text" RENAME TO "custom_text";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 21/149 · drop foreign key custom_domains_ibfk_1 on custom_domains
-- locks: custom_domains: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_custom_domains" (
      "custom_domain_id" varchar(256) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "domain" varchar(255) NOT NULL,
      "primary" boolean NOT NULL,
      "status" varchar(50) NOT NULL,
      "type" varchar(50) NOT NULL,
      "origin_domain_name" varchar(255),
      "verification" varchar(2048),
      "custom_client_ip_header" varchar(50),
      "tls_policy" varchar(50),
      "domain_metadata" varchar(2048),
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("custom_domain_id")
    );
INSERT INTO "plan_rebuild_custom_domains" ("custom_domain_id", "tenant_id", "domain", "primary", "status", "type", "origin_domain_name", "verification", "custom_client_ip_header", "tls_policy", "domain_metadata", "created_at", "updated_at")
    SELECT "custom_domain_id", "tenant_id", "domain", "primary", "status", "type", "origin_domain_name", "verification", "custom_client_ip_header", "tls_policy", "domain_metadata", "created_at", "updated_at" FROM "custom_domains";
DROP TABLE "custom_domains";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_custom_domains" RENAME TO "custom_domains";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 22/149 · drop foreign key connections_ibfk_1 on connections
-- locks: connections: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_connections" (
      "id" varchar(255) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "name" varchar(255) NOT NULL,
      "response_type" varchar(255),
      "response_mode" varchar(255),
      "strategy" varchar(64),
      "options" varchar(8192) NOT NULL DEFAULT '{}',
      "created_at" varchar(255) NOT NULL,
      "updated_at" varchar(255) NOT NULL,
      "display_name" varchar(255),
      "is_domain_connection" integer,
      "show_as_button" integer,
      "metadata" varchar(4096),
      "is_system" integer NOT NULL DEFAULT 0,
      PRIMARY KEY ("tenant_id", "id")
    );
INSERT INTO "plan_rebuild_connections" ("id", "tenant_id", "name", "response_type", "response_mode", "strategy", "options", "created_at", "updated_at", "display_name", "is_domain_connection", "show_as_button", "metadata", "is_system")
    SELECT "id", "tenant_id", "name", "response_type", "response_mode", "strategy", "options", "created_at", "updated_at", "display_name", "is_domain_connection", "show_as_button", "metadata", "is_system" FROM "connections";
DROP TABLE "connections";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_connections" RENAME TO "connections";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 23/149 · drop foreign key codes_user_id_tenant_id_constraint on codes
-- rebuilt together with the next step (one copy of codes)

-- 11.20 → 0 · 24/149 · drop foreign key codes_ibfk_1 on codes
-- locks: codes: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of codes for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_codes" (
      "code_id" varchar(255) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "user_id" varchar(255),
      "login_id" varchar(255),
      "connection_id" varchar(255),
      "code_type" varchar(255) NOT NULL,
      "created_at" varchar(255) NOT NULL,
      "expires_at" varchar(255) NOT NULL,
      "used_at" varchar(255),
      "code_verifier" varchar(128),
      "code_challenge" varchar(128),
      "code_challenge_method" varchar(5),
      "redirect_uri" varchar(1024),
      "nonce" varchar(1024),
      "state" varchar(2048),
      "otp" varchar(32),
      "expires_at_ts" bigint,
      PRIMARY KEY ("code_id", "code_type")
    );
INSERT INTO "plan_rebuild_codes" ("code_id", "tenant_id", "user_id", "login_id", "connection_id", "code_type", "created_at", "expires_at", "used_at", "code_verifier", "code_challenge", "code_challenge_method", "redirect_uri", "nonce", "state", "otp", "expires_at_ts")
    SELECT "code_id", "tenant_id", "user_id", "login_id", "connection_id", "code_type", "created_at", "expires_at", "used_at", "code_verifier", "code_challenge", "code_challenge_method", "redirect_uri", "nonce", "state", "otp", "expires_at_ts" FROM "codes";
DROP TABLE "codes";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_codes" RENAME TO "codes";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_codes_expires_at_ts" ON "codes" ("expires_at_ts");

-- 11.20 → 0 · 25/149 · drop foreign key users_ibfk_1 on users
-- rebuilt together with the next step (one copy of users)

-- 11.20 → 0 · 26/149 · drop foreign key linked_to_constraint on users
-- locks: users: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of users for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_users" (
      "user_id" varchar(255) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "email" varchar(255),
      "given_name" varchar(255),
      "family_name" varchar(255),
      "nickname" varchar(255),
      "name" varchar(255),
      "picture" varchar(2083),
      "phone_number" varchar(17),
      "phone_verified" boolean,
      "username" varchar(128),
      "created_at" varchar(255) NOT NULL,
      "updated_at" varchar(255) NOT NULL,
      "linked_to" varchar(255),
      "provider" varchar(255) NOT NULL,
      "connection" varchar(255),
      "email_verified" boolean NOT NULL,
      "is_social" boolean NOT NULL,
      "app_metadata" varchar(4096) NOT NULL DEFAULT '{}',
      "profileData" varchar(2048),
      "locale" varchar(255),
      "user_metadata" text,
      "middle_name" varchar(100),
      "profile" text,
      "website" text,
      "gender" varchar(50),
      "birthdate" varchar(10),
      "zoneinfo" varchar(100),
      "preferred_username" varchar(255),
      "address" text,
      "registration_completed_at" varchar(35),
      PRIMARY KEY ("user_id", "tenant_id"),
      CONSTRAINT "unique_email_provider" UNIQUE ("email", "provider", "tenant_id"),
      CONSTRAINT "unique_phone_provider" UNIQUE ("phone_number", "provider", "tenant_id")
    );
INSERT INTO "plan_rebuild_users" ("user_id", "tenant_id", "email", "given_name", "family_name", "nickname", "name", "picture", "phone_number", "phone_verified", "username", "created_at", "updated_at", "linked_to", "provider", "connection", "email_verified", "is_social", "app_metadata", "profileData", "locale", "user_metadata", "middle_name", "profile", "website", "gender", "birthdate", "zoneinfo", "preferred_username", "address", "registration_completed_at")
    SELECT "user_id", "tenant_id", "email", "given_name", "family_name", "nickname", "name", "picture", "phone_number", "phone_verified", "username", "created_at", "updated_at", "linked_to", "provider", "connection", "email_verified", "is_social", "app_metadata", "profileData", "locale", "user_metadata", "middle_name", "profile", "website", "gender", "birthdate", "zoneinfo", "preferred_username", "address", "registration_completed_at" FROM "users";
DROP TABLE "users";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_users" RENAME TO "users";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "unique_username_provider" ON "users" ("username", "provider", "tenant_id");
CREATE INDEX "users_email_index" ON "users" ("email");
CREATE INDEX "users_linked_to_index" ON "users" ("linked_to");
CREATE INDEX "users_name_index" ON "users" ("name");
CREATE INDEX "users_phone_tenant_provider_index" ON "users" ("tenant_id", "phone_number", "provider");

-- 11.20 → 0 · 27/149 · drop foreign key client_registration_tokens_ibfk_1 on client_registration_tokens
-- locks: client_registration_tokens: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_client_registration_tokens" (
      "id" varchar(255),
      "tenant_id" varchar(191) NOT NULL,
      "token_hash" varchar(64) NOT NULL,
      "type" varchar(8) NOT NULL,
      "client_id" varchar(191),
      "sub" varchar(255),
      "constraints" text,
      "single_use" integer NOT NULL DEFAULT 0,
      "used_at_ts" bigint,
      "expires_at_ts" bigint,
      "created_at_ts" bigint NOT NULL,
      "revoked_at_ts" bigint,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_client_registration_tokens" ("id", "tenant_id", "token_hash", "type", "client_id", "sub", "constraints", "single_use", "used_at_ts", "expires_at_ts", "created_at_ts", "revoked_at_ts")
    SELECT "id", "tenant_id", "token_hash", "type", "client_id", "sub", "constraints", "single_use", "used_at_ts", "expires_at_ts", "created_at_ts", "revoked_at_ts" FROM "client_registration_tokens";
DROP TABLE "client_registration_tokens";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_client_registration_tokens" RENAME TO "client_registration_tokens";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "idx_client_registration_tokens_hash" ON "client_registration_tokens" ("tenant_id", "token_hash");
CREATE INDEX "idx_client_registration_tokens_client" ON "client_registration_tokens" ("tenant_id", "client_id");

-- 11.20 → 0 · 28/149 · drop foreign key fk_client_grants_clients on client_grants
-- rebuilt together with the next step (one copy of client_grants)

-- 11.20 → 0 · 29/149 · drop foreign key client_grants_ibfk_1 on client_grants
-- locks: client_grants: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of client_grants for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_client_grants" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "client_id" varchar(191) NOT NULL,
      "audience" varchar(191) NOT NULL,
      "scope" text DEFAULT '[]',
      "organization_usage" varchar(32),
      "allow_any_organization" integer DEFAULT 0,
      "is_system" integer DEFAULT 0,
      "subject_type" varchar(32),
      "authorization_details_types" text DEFAULT '[]',
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("tenant_id", "id")
    );
INSERT INTO "plan_rebuild_client_grants" ("id", "tenant_id", "client_id", "audience", "scope", "organization_usage", "allow_any_organization", "is_system", "subject_type", "authorization_details_types", "created_at", "updated_at")
    SELECT "id", "tenant_id", "client_id", "audience", "scope", "organization_usage", "allow_any_organization", "is_system", "subject_type", "authorization_details_types", "created_at", "updated_at" FROM "client_grants";
DROP TABLE "client_grants";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_client_grants" RENAME TO "client_grants";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "uq_client_grants_tenant_client_audience" ON "client_grants" ("tenant_id", "client_id", "audience");
CREATE INDEX "idx_client_grants_audience" ON "client_grants" ("audience");

-- 11.20 → 0 · 30/149 · drop foreign key clients_ibfk_1 on clients
-- locks: clients: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_clients" (
      "client_id" varchar(191) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "name" varchar(255) NOT NULL,
      "description" varchar(140),
      "global" integer NOT NULL DEFAULT 0,
      "client_secret" varchar(255),
      "app_type" varchar(64) DEFAULT 'regular_web',
      "logo_uri" varchar(2083),
      "is_first_party" integer NOT NULL DEFAULT 0,
      "oidc_conformant" integer NOT NULL DEFAULT 1,
      "callbacks" text NOT NULL,
      "allowed_origins" text NOT NULL,
      "web_origins" text NOT NULL,
      "client_aliases" text NOT NULL,
      "allowed_clients" text NOT NULL,
      "allowed_logout_urls" text NOT NULL,
      "session_transfer" text NOT NULL,
      "oidc_logout" text NOT NULL,
      "grant_types" text NOT NULL,
      "jwt_configuration" text NOT NULL,
      "signing_keys" text NOT NULL,
      "encryption_key" text NOT NULL,
      "sso" integer NOT NULL DEFAULT 0,
      "sso_disabled" integer NOT NULL DEFAULT 1,
      "cross_origin_authentication" integer NOT NULL DEFAULT 0,
      "cross_origin_loc" varchar(2083),
      "custom_login_page_on" integer NOT NULL DEFAULT 0,
      "custom_login_page" text,
      "custom_login_page_preview" text,
      "form_template" text,
      "addons" text NOT NULL,
      "token_endpoint_auth_method" varchar(64) DEFAULT 'client_secret_basic',
      "client_metadata" text NOT NULL,
      "mobile" text NOT NULL,
      "initiate_login_uri" varchar(2083),
      "native_social_login" text NOT NULL,
      "refresh_token" text NOT NULL,
      "default_organization" text NOT NULL,
      "organization_usage" varchar(32) DEFAULT 'deny',
      "organization_require_behavior" varchar(32) DEFAULT 'no_prompt',
      "client_authentication_methods" text NOT NULL,
      "require_pushed_authorization_requests" integer NOT NULL DEFAULT 0,
      "require_proof_of_possession" integer NOT NULL DEFAULT 0,
      "signed_request_object" text NOT NULL,
      "compliance_level" varchar(64),
      "par_request_expiry" integer,
      "token_quota" text NOT NULL,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "connections" text NOT NULL DEFAULT '[]',
      "auth0_conformant" integer DEFAULT 1,
      "owner_user_id" varchar(255),
      "registration_type" varchar(32),
      "registration_metadata" text,
      "user_linking_mode" varchar(16),
      "hide_sign_up_disabled_error" integer NOT NULL DEFAULT 0,
      PRIMARY KEY ("tenant_id", "client_id")
    );
INSERT INTO "plan_rebuild_clients" ("client_id", "tenant_id", "name", "description", "global", "client_secret", "app_type", "logo_uri", "is_first_party", "oidc_conformant", "callbacks", "allowed_origins", "web_origins", "client_aliases", "allowed_clients", "allowed_logout_urls", "session_transfer", "oidc_logout", "grant_types", "jwt_configuration", "signing_keys", "encryption_key", "sso", "sso_disabled", "cross_origin_authentication", "cross_origin_loc", "custom_login_page_on", "custom_login_page", "custom_login_page_preview", "form_template", "addons", "token_endpoint_auth_method", "client_metadata", "mobile", "initiate_login_uri", "native_social_login", "refresh_token", "default_organization", "organization_usage", "organization_require_behavior", "client_authentication_methods", "require_pushed_authorization_requests", "require_proof_of_possession", "signed_request_object", "compliance_level", "par_request_expiry", "token_quota", "created_at", "updated_at", "connections", "auth0_conformant", "owner_user_id", "registration_type", "registration_metadata", "user_linking_mode", "hide_sign_up_disabled_error")
    SELECT "client_id", "tenant_id", "name", "description", "global", "client_secret", "app_type", "logo_uri", "is_first_party", "oidc_conformant", "callbacks", "allowed_origins", "web_origins", "client_aliases", "allowed_clients", "allowed_logout_urls", "session_transfer", "oidc_logout", "grant_types", "jwt_configuration", "signing_keys", "encryption_key", "sso", "sso_disabled", "cross_origin_authentication", "cross_origin_loc", "custom_login_page_on", "custom_login_page", "custom_login_page_preview", "form_template", "addons", "token_endpoint_auth_method", "client_metadata", "mobile", "initiate_login_uri", "native_social_login", "refresh_token", "default_organization", "organization_usage", "organization_require_behavior", "client_authentication_methods", "require_pushed_authorization_requests", "require_proof_of_possession", "signed_request_object", "compliance_level", "par_request_expiry", "token_quota", "created_at", "updated_at", "connections", "auth0_conformant", "owner_user_id", "registration_type", "registration_metadata", "user_linking_mode", "hide_sign_up_disabled_error" FROM "clients";
DROP TABLE "clients";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_clients" RENAME TO "clients";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_clients_owner_user_id" ON "clients" ("tenant_id", "owner_user_id");

-- 11.20 → 0 · 31/149 · drop foreign key branding_ibfk_1 on branding
-- locks: branding: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_branding" (
      "tenant_id" varchar(255) NOT NULL,
      "logo_url" varchar(512),
      "favicon_url" varchar(512),
      "font_url" varchar(512),
      "colors_primary" varchar(8),
      "colors_page_background_type" varchar(32),
      "colors_page_background_start" varchar(8),
      "colors_page_background_end" varchar(8),
      "colors_page_background_angle_dev" integer,
      "dark_mode" varchar(8),
      PRIMARY KEY ("tenant_id")
    );
INSERT INTO "plan_rebuild_branding" ("tenant_id", "logo_url", "favicon_url", "font_url", "colors_primary", "colors_page_background_type", "colors_page_background_start", "colors_page_background_end", "colors_page_background_angle_dev", "dark_mode")
    SELECT "tenant_id", "logo_url", "favicon_url", "font_url", "colors_primary", "colors_page_background_type", "colors_page_background_start", "colors_page_background_end", "colors_page_background_angle_dev", "dark_mode" FROM "branding";
DROP TABLE "branding";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_branding" RENAME TO "branding";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 0 · 32/149 · drop foreign key authentication_methods_ibfk_1 on authentication_methods
-- locks: authentication_methods: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_authentication_methods" (
      "id" varchar(26),
      "tenant_id" varchar(191) NOT NULL,
      "user_id" varchar(255) NOT NULL,
      "type" varchar(32) NOT NULL,
      "phone_number" varchar(32),
      "totp_secret" varchar(255),
      "confirmed" integer NOT NULL DEFAULT 0,
      "created_at_ts" bigint NOT NULL,
      "updated_at_ts" bigint NOT NULL,
      "credential_id" varchar(512),
      "public_key" text,
      "sign_count" integer,
      "credential_backed_up" integer,
      "transports" varchar(512),
      "friendly_name" varchar(255),
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_authentication_methods" ("id", "tenant_id", "user_id", "type", "phone_number", "totp_secret", "confirmed", "created_at_ts", "updated_at_ts", "credential_id", "public_key", "sign_count", "credential_backed_up", "transports", "friendly_name")
    SELECT "id", "tenant_id", "user_id", "type", "phone_number", "totp_secret", "confirmed", "created_at_ts", "updated_at_ts", "credential_id", "public_key", "sign_count", "credential_backed_up", "transports", "friendly_name" FROM "authentication_methods";
DROP TABLE "authentication_methods";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_authentication_methods" RENAME TO "authentication_methods";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "authentication_methods_credential_id_idx" ON "authentication_methods" ("credential_id");
CREATE INDEX "mfa_enrollments_tenant_user_idx" ON "authentication_methods" ("tenant_id", "user_id");

-- 11.20 → 0 · 33/149 · drop index user_roles_user_fk on user_roles
-- locks: user_roles: catalog-only
DROP INDEX IF EXISTS "user_roles_user_fk";

-- 11.20 → 0 · 34/149 · drop index user_roles_role_fk on user_roles
-- locks: user_roles: catalog-only
DROP INDEX IF EXISTS "user_roles_role_fk";

-- 11.20 → 0 · 35/149 · drop index user_roles_organization_fk on user_roles
-- locks: user_roles: catalog-only
DROP INDEX IF EXISTS "user_roles_organization_fk";

-- 11.20 → 0 · 36/149 · drop table user_roles
-- locks: user_roles: catalog-only; drops the table and its rows
DROP TABLE "user_roles";

-- 11.20 → 0 · 37/149 · drop index user_permissions_user_fk on user_permissions
-- locks: user_permissions: catalog-only
DROP INDEX IF EXISTS "user_permissions_user_fk";

-- 11.20 → 0 · 38/149 · drop index user_permissions_permission_fk on user_permissions
-- locks: user_permissions: catalog-only
DROP INDEX IF EXISTS "user_permissions_permission_fk";

-- 11.20 → 0 · 39/149 · drop index user_permissions_organization_fk on user_permissions
-- locks: user_permissions: catalog-only
DROP INDEX IF EXISTS "user_permissions_organization_fk";

-- 11.20 → 0 · 40/149 · drop table user_permissions
-- locks: user_permissions: catalog-only; drops the table and its rows
DROP TABLE "user_permissions";

-- 11.20 → 0 · 41/149 · drop index idx_user_organizations_user_id on user_organizations
-- locks: user_organizations: catalog-only
DROP INDEX IF EXISTS "idx_user_organizations_user_id";

-- 11.20 → 0 · 42/149 · drop index idx_user_organizations_organization_id on user_organizations
-- locks: user_organizations: catalog-only
DROP INDEX IF EXISTS "idx_user_organizations_organization_id";

-- 11.20 → 0 · 43/149 · drop table user_organizations
-- locks: user_organizations: catalog-only; drops the table and its rows
DROP TABLE "user_organizations";

-- 11.20 → 0 · 44/149 · drop table user_activity
-- locks: user_activity: catalog-only; drops the table and its rows
DROP TABLE "user_activity";

-- 11.20 → 0 · 45/149 · drop table universal_login_templates
-- locks: universal_login_templates: catalog-only; drops the table and its rows
DROP TABLE "universal_login_templates";

-- 11.20 → 0 · 46/149 · drop table themes
-- locks: themes: catalog-only; drops the table and its rows
DROP TABLE "themes";

-- 11.20 → 0 · 47/149 · drop index tenant_operation_events_operation_id_created_at_idx on tenant_operation_events
-- locks: tenant_operation_events: catalog-only
DROP INDEX IF EXISTS "tenant_operation_events_operation_id_created_at_idx";

-- 11.20 → 0 · 48/149 · drop table tenant_operation_events
-- locks: tenant_operation_events: catalog-only; drops the table and its rows
DROP TABLE "tenant_operation_events";

-- 11.20 → 0 · 49/149 · drop index tenant_operations_tenant_id_created_at_idx on tenant_operations
-- locks: tenant_operations: catalog-only
DROP INDEX IF EXISTS "tenant_operations_tenant_id_created_at_idx";

-- 11.20 → 0 · 50/149 · drop index tenant_operations_status_idx on tenant_operations
-- locks: tenant_operations: catalog-only
DROP INDEX IF EXISTS "tenant_operations_status_idx";

-- 11.20 → 0 · 51/149 · drop index tenant_operations_rollout_id_idx on tenant_operations
-- locks: tenant_operations: catalog-only
DROP INDEX IF EXISTS "tenant_operations_rollout_id_idx";

-- 11.20 → 0 · 52/149 · drop table tenant_operations
-- locks: tenant_operations: catalog-only; drops the table and its rows
DROP TABLE "tenant_operations";

-- 11.20 → 0 · 53/149 · drop table rollouts
-- locks: rollouts: catalog-only; drops the table and its rows
DROP TABLE "rollouts";

-- 11.20 → 0 · 54/149 · drop index role_permissions_permission_fk on role_permissions
-- locks: role_permissions: catalog-only
DROP INDEX IF EXISTS "role_permissions_permission_fk";

-- 11.20 → 0 · 55/149 · drop table role_permissions
-- locks: role_permissions: catalog-only; drops the table and its rows
DROP TABLE "role_permissions";

-- 11.20 → 0 · 56/149 · drop index roles_tenant_name_uq on roles
-- locks: roles: catalog-only
DROP INDEX IF EXISTS "roles_tenant_name_uq";

-- 11.20 → 0 · 57/149 · drop table roles
-- locks: roles: catalog-only; drops the table and its rows
DROP TABLE "roles";

-- 11.20 → 0 · 58/149 · drop index resource_servers_tenant_identifier_uq on resource_servers
-- locks: resource_servers: catalog-only
DROP INDEX IF EXISTS "resource_servers_tenant_identifier_uq";

-- 11.20 → 0 · 59/149 · drop table resource_servers
-- locks: resource_servers: catalog-only; drops the table and its rows
DROP TABLE "resource_servers";

-- 11.20 → 0 · 60/149 · drop index idx_refresh_tokens_user_id on refresh_tokens
-- locks: refresh_tokens: catalog-only
DROP INDEX IF EXISTS "idx_refresh_tokens_user_id";

-- 11.20 → 0 · 61/149 · drop index idx_refresh_tokens_token_lookup on refresh_tokens
-- locks: refresh_tokens: catalog-only
DROP INDEX IF EXISTS "idx_refresh_tokens_token_lookup";

-- 11.20 → 0 · 62/149 · drop index idx_refresh_tokens_login_id on refresh_tokens
-- locks: refresh_tokens: catalog-only
DROP INDEX IF EXISTS "idx_refresh_tokens_login_id";

-- 11.20 → 0 · 63/149 · drop index idx_refresh_tokens_idle_expires_at_ts on refresh_tokens
-- locks: refresh_tokens: catalog-only
DROP INDEX IF EXISTS "idx_refresh_tokens_idle_expires_at_ts";

-- 11.20 → 0 · 64/149 · drop index idx_refresh_tokens_family_id on refresh_tokens
-- locks: refresh_tokens: catalog-only
DROP INDEX IF EXISTS "idx_refresh_tokens_family_id";

-- 11.20 → 0 · 65/149 · drop index idx_refresh_tokens_expires_at_ts on refresh_tokens
-- locks: refresh_tokens: catalog-only
DROP INDEX IF EXISTS "idx_refresh_tokens_expires_at_ts";

-- 11.20 → 0 · 66/149 · drop table refresh_tokens
-- locks: refresh_tokens: catalog-only; drops the table and its rows
DROP TABLE "refresh_tokens";

-- 11.20 → 0 · 67/149 · drop index proxy_routes_tenant_id_idx on proxy_routes
-- locks: proxy_routes: catalog-only
DROP INDEX IF EXISTS "proxy_routes_tenant_id_idx";

-- 11.20 → 0 · 68/149 · drop index proxy_routes_custom_domain_id_idx on proxy_routes
-- locks: proxy_routes: catalog-only
DROP INDEX IF EXISTS "proxy_routes_custom_domain_id_idx";

-- 11.20 → 0 · 69/149 · drop table proxy_routes
-- locks: proxy_routes: catalog-only; drops the table and its rows
DROP TABLE "proxy_routes";

-- 11.20 → 0 · 70/149 · drop table prompt_settings
-- locks: prompt_settings: catalog-only; drops the table and its rows
DROP TABLE "prompt_settings";

-- 11.20 → 0 · 71/149 · drop table passwords
-- locks: passwords: catalog-only; drops the table and its rows
DROP TABLE "passwords";

-- 11.20 → 0 · 72/149 · drop index idx_outbox_unprocessed on outbox_events
-- locks: outbox_events: catalog-only
DROP INDEX IF EXISTS "idx_outbox_unprocessed";

-- 11.20 → 0 · 73/149 · drop index idx_outbox_tenant_type on outbox_events
-- locks: outbox_events: catalog-only
DROP INDEX IF EXISTS "idx_outbox_tenant_type";

-- 11.20 → 0 · 74/149 · drop index idx_outbox_events_tenant_dead_lettered on outbox_events
-- locks: outbox_events: catalog-only
DROP INDEX IF EXISTS "idx_outbox_events_tenant_dead_lettered";

-- 11.20 → 0 · 75/149 · drop index idx_outbox_claim on outbox_events
-- locks: outbox_events: catalog-only
DROP INDEX IF EXISTS "idx_outbox_claim";

-- 11.20 → 0 · 76/149 · drop table outbox_events
-- locks: outbox_events: catalog-only; drops the table and its rows
DROP TABLE "outbox_events";

-- 11.20 → 0 · 77/149 · drop index idx_organization_connections_tenant_org on organization_connections
-- locks: organization_connections: catalog-only
DROP INDEX IF EXISTS "idx_organization_connections_tenant_org";

-- 11.20 → 0 · 78/149 · drop index idx_organization_connections_tenant_connection on organization_connections
-- locks: organization_connections: catalog-only
DROP INDEX IF EXISTS "idx_organization_connections_tenant_connection";

-- 11.20 → 0 · 79/149 · drop table organization_connections
-- locks: organization_connections: catalog-only; drops the table and its rows
DROP TABLE "organization_connections";

-- 11.20 → 0 · 80/149 · drop index idx_organizations_tenant_name_unique on organizations
-- locks: organizations: catalog-only
DROP INDEX IF EXISTS "idx_organizations_tenant_name_unique";

-- 11.20 → 0 · 81/149 · drop table organizations
-- locks: organizations: catalog-only; drops the table and its rows
DROP TABLE "organizations";

-- 11.20 → 0 · 82/149 · drop index idx_migration_sources_tenant_id on migration_sources
-- locks: migration_sources: catalog-only
DROP INDEX IF EXISTS "idx_migration_sources_tenant_id";

-- 11.20 → 0 · 83/149 · drop table migration_sources
-- locks: migration_sources: catalog-only; drops the table and its rows
DROP TABLE "migration_sources";

-- 11.20 → 0 · 84/149 · drop table migrations
-- locks: migrations: catalog-only; drops the table and its rows
DROP TABLE "migrations";

-- 11.20 → 0 · 85/149 · drop index idx_log_streams_tenant_id on log_streams
-- locks: log_streams: catalog-only
DROP INDEX IF EXISTS "idx_log_streams_tenant_id";

-- 11.20 → 0 · 86/149 · drop table log_streams
-- locks: log_streams: catalog-only; drops the table and its rows
DROP TABLE "log_streams";

-- 11.20 → 0 · 87/149 · drop table logs
-- locks: logs: catalog-only; drops the table and its rows
DROP TABLE "logs";

-- 11.20 → 0 · 88/149 · drop index login_sessions_tenant_user_idx on login_sessions
-- locks: login_sessions: catalog-only
DROP INDEX IF EXISTS "login_sessions_tenant_user_idx";

-- 11.20 → 0 · 89/149 · drop index login_sessions_state_idx on login_sessions
-- locks: login_sessions: catalog-only
DROP INDEX IF EXISTS "login_sessions_state_idx";

-- 11.20 → 0 · 90/149 · drop index idx_login_sessions_session_id on login_sessions
-- locks: login_sessions: catalog-only
DROP INDEX IF EXISTS "idx_login_sessions_session_id";

-- 11.20 → 0 · 91/149 · drop index login_sessions_id_index on login_sessions
-- locks: login_sessions: catalog-only
DROP INDEX IF EXISTS "login_sessions_id_index";

-- 11.20 → 0 · 92/149 · drop index idx_login_sessions_expires_at_ts on login_sessions
-- locks: login_sessions: catalog-only
DROP INDEX IF EXISTS "idx_login_sessions_expires_at_ts";

-- 11.20 → 0 · 93/149 · drop table login_sessions
-- locks: login_sessions: catalog-only; drops the table and its rows
DROP TABLE "login_sessions";

-- 11.20 → 0 · 94/149 · drop index idx_sessions_user_id on sessions
-- locks: sessions: catalog-only
DROP INDEX IF EXISTS "idx_sessions_user_id";

-- 11.20 → 0 · 95/149 · drop index idx_sessions_idle_expires_at_ts on sessions
-- locks: sessions: catalog-only
DROP INDEX IF EXISTS "idx_sessions_idle_expires_at_ts";

-- 11.20 → 0 · 96/149 · drop index idx_sessions_expires_at_ts on sessions
-- locks: sessions: catalog-only
DROP INDEX IF EXISTS "idx_sessions_expires_at_ts";

-- 11.20 → 0 · 97/149 · drop table sessions
-- locks: sessions: catalog-only; drops the table and its rows
DROP TABLE "sessions";

-- 11.20 → 0 · 98/149 · drop table kysely_migration_lock
-- locks: kysely_migration_lock: catalog-only; drops the table and its rows
DROP TABLE "kysely_migration_lock";

-- 11.20 → 0 · 99/149 · drop table kysely_migration
-- locks: kysely_migration: catalog-only; drops the table and its rows
DROP TABLE "kysely_migration";

-- 11.20 → 0 · 100/149 · drop table keys
-- locks: keys: catalog-only; drops the table and its rows
DROP TABLE "keys";

-- 11.20 → 0 · 101/149 · drop index idx_invites_tenant_created on invites
-- locks: invites: catalog-only
DROP INDEX IF EXISTS "idx_invites_tenant_created";

-- 11.20 → 0 · 102/149 · drop index idx_invites_organization_id on invites
-- locks: invites: catalog-only
DROP INDEX IF EXISTS "idx_invites_organization_id";

-- 11.20 → 0 · 103/149 · drop index idx_invites_expires_at on invites
-- locks: invites: catalog-only
DROP INDEX IF EXISTS "idx_invites_expires_at";

-- 11.20 → 0 · 104/149 · drop table invites
-- locks: invites: catalog-only; drops the table and its rows
DROP TABLE "invites";

-- 11.20 → 0 · 105/149 · drop index idx_hook_code_tenant on hook_code
-- locks: hook_code: catalog-only
DROP INDEX IF EXISTS "idx_hook_code_tenant";

-- 11.20 → 0 · 106/149 · drop table hook_code
-- locks: hook_code: catalog-only; drops the table and its rows
DROP TABLE "hook_code";

-- 11.20 → 0 · 107/149 · drop table hooks
-- locks: hooks: catalog-only; drops the table and its rows
DROP TABLE "hooks";

-- 11.20 → 0 · 108/149 · drop index grants_tenant_user_idx on grants
-- locks: grants: catalog-only
DROP INDEX IF EXISTS "grants_tenant_user_idx";

-- 11.20 → 0 · 109/149 · drop index grants_natural_key_idx on grants
-- locks: grants: catalog-only
DROP INDEX IF EXISTS "grants_natural_key_idx";

-- 11.20 → 0 · 110/149 · drop table grants
-- locks: grants: catalog-only; drops the table and its rows
DROP TABLE "grants";

-- 11.20 → 0 · 111/149 · drop index forms_tenant_id_idx on forms
-- locks: forms: catalog-only
DROP INDEX IF EXISTS "forms_tenant_id_idx";

-- 11.20 → 0 · 112/149 · drop table forms
-- locks: forms: catalog-only; drops the table and its rows
DROP TABLE "forms";

-- 11.20 → 0 · 113/149 · drop index flows_tenant_id_idx on flows
-- locks: flows: catalog-only
DROP INDEX IF EXISTS "flows_tenant_id_idx";

-- 11.20 → 0 · 114/149 · drop table flows
-- locks: flows: catalog-only; drops the table and its rows
DROP TABLE "flows";

-- 11.20 → 0 · 115/149 · drop table email_templates
-- locks: email_templates: catalog-only; drops the table and its rows
DROP TABLE "email_templates";

-- 11.20 → 0 · 116/149 · drop table email_providers
-- locks: email_providers: catalog-only; drops the table and its rows
DROP TABLE "email_providers";

-- 11.20 → 0 · 117/149 · drop table custom_text
-- locks: custom_text: catalog-only; drops the table and its rows
DROP TABLE "custom_text";

-- 11.20 → 0 · 118/149 · drop table custom_domains
-- locks: custom_domains: catalog-only; drops the table and its rows
DROP TABLE "custom_domains";

-- 11.20 → 0 · 119/149 · drop index control_plane_comm_keys_tenant_id_created_at_idx on control_plane_comm_keys
-- locks: control_plane_comm_keys: catalog-only
DROP INDEX IF EXISTS "control_plane_comm_keys_tenant_id_created_at_idx";

-- 11.20 → 0 · 120/149 · drop table control_plane_comm_keys
-- locks: control_plane_comm_keys: catalog-only; drops the table and its rows
DROP TABLE "control_plane_comm_keys";

-- 11.20 → 0 · 121/149 · drop table connections
-- locks: connections: catalog-only; drops the table and its rows
DROP TABLE "connections";

-- 11.20 → 0 · 122/149 · drop index idx_codes_expires_at_ts on codes
-- locks: codes: catalog-only
DROP INDEX IF EXISTS "idx_codes_expires_at_ts";

-- 11.20 → 0 · 123/149 · drop table codes
-- locks: codes: catalog-only; drops the table and its rows
DROP TABLE "codes";

-- 11.20 → 0 · 124/149 · drop index users_phone_tenant_provider_index on users
-- locks: users: catalog-only
DROP INDEX IF EXISTS "users_phone_tenant_provider_index";

-- 11.20 → 0 · 125/149 · drop index users_name_index on users
-- locks: users: catalog-only
DROP INDEX IF EXISTS "users_name_index";

-- 11.20 → 0 · 126/149 · drop index users_linked_to_index on users
-- locks: users: catalog-only
DROP INDEX IF EXISTS "users_linked_to_index";

-- 11.20 → 0 · 127/149 · drop index users_email_index on users
-- locks: users: catalog-only
DROP INDEX IF EXISTS "users_email_index";

-- 11.20 → 0 · 128/149 · drop index unique_username_provider on users
-- locks: users: catalog-only
DROP INDEX IF EXISTS "unique_username_provider";

-- 11.20 → 0 · 129/149 · drop table users
-- locks: users: catalog-only; drops the table and its rows
DROP TABLE "users";

-- 11.20 → 0 · 130/149 · drop index idx_client_registration_tokens_client on client_registration_tokens
-- locks: client_registration_tokens: catalog-only
DROP INDEX IF EXISTS "idx_client_registration_tokens_client";

-- 11.20 → 0 · 131/149 · drop index idx_client_registration_tokens_hash on client_registration_tokens
-- locks: client_registration_tokens: catalog-only
DROP INDEX IF EXISTS "idx_client_registration_tokens_hash";

-- 11.20 → 0 · 132/149 · drop table client_registration_tokens
-- locks: client_registration_tokens: catalog-only; drops the table and its rows
DROP TABLE "client_registration_tokens";

-- 11.20 → 0 · 133/149 · drop index idx_client_grants_audience on client_grants
-- locks: client_grants: catalog-only
DROP INDEX IF EXISTS "idx_client_grants_audience";

-- 11.20 → 0 · 134/149 · drop index uq_client_grants_tenant_client_audience on client_grants
-- locks: client_grants: catalog-only
DROP INDEX IF EXISTS "uq_client_grants_tenant_client_audience";

-- 11.20 → 0 · 135/149 · drop table client_grants
-- locks: client_grants: catalog-only; drops the table and its rows
DROP TABLE "client_grants";

-- 11.20 → 0 · 136/149 · drop index idx_clients_owner_user_id on clients
-- locks: clients: catalog-only
DROP INDEX IF EXISTS "idx_clients_owner_user_id";

-- 11.20 → 0 · 137/149 · drop table clients
-- locks: clients: catalog-only; drops the table and its rows
DROP TABLE "clients";

-- 11.20 → 0 · 138/149 · drop table branding
-- locks: branding: catalog-only; drops the table and its rows
DROP TABLE "branding";

-- 11.20 → 0 · 139/149 · drop index mfa_enrollments_tenant_user_idx on authentication_methods
-- locks: authentication_methods: catalog-only
DROP INDEX IF EXISTS "mfa_enrollments_tenant_user_idx";

-- 11.20 → 0 · 140/149 · drop index authentication_methods_credential_id_idx on authentication_methods
-- locks: authentication_methods: catalog-only
DROP INDEX IF EXISTS "authentication_methods_credential_id_idx";

-- 11.20 → 0 · 141/149 · drop table authentication_methods
-- locks: authentication_methods: catalog-only; drops the table and its rows
DROP TABLE "authentication_methods";

-- 11.20 → 0 · 142/149 · drop table tenants
-- locks: tenants: catalog-only; drops the table and its rows
DROP TABLE "tenants";

-- 11.20 → 0 · 143/149 · drop index idx_action_versions_action on action_versions
-- locks: action_versions: catalog-only
DROP INDEX IF EXISTS "idx_action_versions_action";

-- 11.20 → 0 · 144/149 · drop index uniq_action_versions_action_number on action_versions
-- locks: action_versions: catalog-only
DROP INDEX IF EXISTS "uniq_action_versions_action_number";

-- 11.20 → 0 · 145/149 · drop table action_versions
-- locks: action_versions: catalog-only; drops the table and its rows
DROP TABLE "action_versions";

-- 11.20 → 0 · 146/149 · drop index idx_action_executions_tenant on action_executions
-- locks: action_executions: catalog-only
DROP INDEX IF EXISTS "idx_action_executions_tenant";

-- 11.20 → 0 · 147/149 · drop table action_executions
-- locks: action_executions: catalog-only; drops the table and its rows
DROP TABLE "action_executions";

-- 11.20 → 0 · 148/149 · drop index idx_actions_tenant on actions
-- locks: actions: catalog-only
DROP INDEX IF EXISTS "idx_actions_tenant";

-- 11.20 → 0 · 149/149 · drop table actions
-- locks: actions: catalog-only; drops the table and its rows
DROP TABLE "actions";

-- before COMMIT: the database is at the empty state and its foreign keys hold, or everything this run did is rolled back
DROP TABLE IF EXISTS temp.plan_end;
CREATE TEMP TABLE plan_end AS SELECT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(m AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS m FROM (WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
  r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k)) ORDER BY o, m LIMIT 1;
SELECT 'plan stopped: ' || 'the database is not at authhero the empty state at the end of this script (a statement did not do what its plan says): ' || m || '. Everything this run did is rolled back: nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect authhero names every difference.' AS plan FROM temp.plan_end;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ROLLBACK, 'plan stopped: the database is not at authhero the empty state at the end of this script (a statement did not do what its plan says); the line printed above says what differs. Everything this run did is rolled back: nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT 1 FROM temp.plan_end);
COMMIT;
PRAGMA foreign_keys = ON;

-- printed only when the database is now at the target state
SELECT 'plan: authhero 11.20 → 0 applied' AS plan WHERE NOT EXISTS (
  WITH f AS (
    SELECT 'table' AS kind, p.name AS tbl, '' AS name, 'present' AS def FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p
    UNION ALL SELECT 'column', p.name, c.name, lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_table_info(p.name) c
    UNION ALL SELECT 'primary_key', p.name, 'PRIMARY', (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
    UNION ALL SELECT 'unique', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')', 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'u'
    UNION ALL SELECT 'index', p.name, i.name, CASE WHEN i."unique" THEN 'UNIQUE ' ELSE '' END || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '') FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_index_list(p.name) i WHERE i.origin = 'c'
    UNION ALL SELECT 'foreign_key', p.name, '(' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq)) || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update, 'present' FROM (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')) p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0),
  a AS (SELECT k, def FROM temp.plan_expect WHERE f & 2),
  r AS (SELECT k, m FROM temp.plan_require WHERE f & 2),
  i AS (SELECT NULL AS a, NULL AS b, NULL AS m WHERE 0)
  SELECT 1 AS o, 'table ' || f.tbl || CASE WHEN f.kind = 'table' THEN ' exists' ELSE ' has ' || replace(f.kind, '_', ' ') || ' ' || f.name || CASE WHEN f.def = 'present' THEN '' ELSE ' ' || f.def END END || ', which no version on this path has' AS m
    FROM f
    WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END NOT IN ('')
      AND NOT EXISTS (SELECT 1 FROM a WHERE a.k = f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END AND a.def = f.def)
  UNION ALL SELECT CASE WHEN r.m LIKE '% is missing' THEN 2 ELSE 3 END, r.m FROM r WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.kind || ' ' || f.tbl || CASE WHEN f.kind = 'table' THEN '' ELSE '.' || f.name END = r.k));
