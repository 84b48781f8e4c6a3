-- plan 0.1.0 · authhero 11.20 → 11.21 · sqlite · upgrade
-- what:     this script upgrades an authhero database from 11.20 to 11.21 on SQLite (generated from the plans listed below)
-- stop:     first, before the backup: every AuthHero process that writes to this database (its migrator must not run before this script)
-- backup:   then: sqlite3 -readonly DATABASE.db '.backup authhero-11.20-before.db.partial' && mv authhero-11.20-before.db.partial authhero-11.20-before.db   (restore, while nothing else has it open: sqlite3 DATABASE.db '.restore authhero-11.20-before.db'; not a copy over it: a -wal file left beside the database would be replayed onto the copy)
-- apply:    sqlite3 -bail DATABASE.db < up.sql   (the sqlite3 client: the first line, .bail on, makes it stop at the first error even without -bail)
-- reverse:  npx plan compile authhero 11.21 11.20 --dialect sqlite --param control_plane_tenant_id=main -o down.sql
-- the rollback would drop: 2 columns logs.country_code3, logs.country_name, and the data in them
-- parameters: control_plane_tenant_id=main refresh_tokens_without_login=delete
-- sources (sha256 of each file; check: sha256sum plans/authhero/product.yaml plans/authhero/11.20-11.21.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/authhero/product.yaml 3230b2d67f9773df002f045b96fc84632f1db3aa0e081f0b8f87471a83991ef4
--   plans/authhero/11.20-11.21.yaml 6b6803aa0c9368a6bffabd03d41c4279fbb1892d85aaa3a6bec2c5e22e299ceb
--   schema at 11.20 replayed from 1 plan (plans/authhero/0-11.20.yaml …) 684a5e81ddcc7909203a08f95e3c371ec81415693016142b9bf1d61dfe1c3265
--     (check: cat plans/authhero/0-11.20.yaml > /dev/null && for f in plans/authhero/0-11.20.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- a second run stops at its first check with "… is already applied: nothing to do" (exit status 1 under -bail) and changes nothing; a run cut short changed nothing, so running the file again completes it.
-- the whole script is one transaction: a failure, a crash or a kill at any statement leaves the database as it was; fix the cause and run the file again.
-- lock:     .timeout 5000 (the sqlite3 client's busy timeout, PRAGMA busy_timeout without its printed value; milliseconds; npx plan compile --lock-timeout 5s, 0: none): while another connection writes to the database (or reads it as this script commits), the script retries for up to that long instead of failing at once; then it fails with "database is locked" and, being one transaction, changes nothing: run the file again later.
-- locks:    SQLite locks the whole database: the script takes its write lock at BEGIN IMMEDIATE and holds it until COMMIT (other writers wait for busy_timeout, then fail with SQLITE_BUSY; in rollback-journal mode readers are shut out while it commits). Tables rebuilt (every row copied): users, codes, grants, organizations, themes, client_grants, clients, proxy_routes, resource_servers, universal_login_templates, user_organizations, hooks, refresh_tokens, sessions, user_permissions, login_sessions, organization_connections, action_executions, action_versions, actions, authentication_methods, branding, client_registration_tokens, connections, custom_domains, email_providers, email_templates, flows, forms, hook_code, invites, keys, log_streams, logs, migration_sources, outbox_events, passwords, prompt_settings, roles, rollouts, tenant_operation_events, tenants, user_activity.
-- rows not copied: [11.20 → 11.21] step 183/191 copies rows of tenants into organizations except those where id is the value of control_plane_tenant_id=main (or is NULL) — As @authhero/multi-tenancy provisions a tenant: name = the tenant id, display_name = friendly_name || id (src/hooks/provisioning.ts: JavaScript's ||, so an empty friendly_name gives the id too, and one of spaces is kept; a length test, not = '', which MySQL's PAD SPACE collations would let match spaces), JSON columns as organizations.create writes them. The id is org_ + 17 of [0-9a-z], AuthHero's shape, derived from the tenant id by SQL every engine runs alike, so a re-run finds it and the rollback deletes exactly the organizations this step made; a tenant that already has its organization (same name on the control plane) is left as it is.
-- ROWS DELETED: [11.20 → 11.21] step 57/191 deletes the rows of refresh_tokens where login_id IS NULL — Tokens issued before AuthHero had login_id (o033); 11.21 requires one. Their users sign in again. The rollback cannot bring them back (back up first: the header says how).
-- ROWS DELETED: [11.20 → 11.21] step 184/191 deletes the rows of kysely_migration where name is one of 181 values — AuthHero 11.21's migrator stops with kysely's "corrupted migrations: previously executed migration m1_init is missing" while these rows are there. The rollback writes them back with times one second apart in kysely's order (the original times are not kept: kysely reads them only to order the rows).
-- MANUAL STEPS (5), not done by this script:
--   1. [11.20 → 11.21] Before this script: stop every AuthHero process that writes to this database, and upgrade the application to @authhero/kysely-adapter 11.21.x and add @authhero/multi-tenancy (pnpm add @authhero/multi-tenancy), without starting it: its migrator must not run before this script (it would stop on the old history).
--   2. [11.20 → 11.21] Only if this script stops at its check for foreign keys of tables outside authhero onto the keys it drops or replaces (it looks before any change): rebuild the tables it names without those foreign keys (https://sqlite.org/lang_altertable.html#otheralter), run the script again, then add them back the same way.
--   3. [11.20 → 11.21] Configure multi-tenancy with the control-plane tenant this script used (setupMultiTenancy({ accessControl: { controlPlaneTenantId: "main" } }); older guides call it mainTenantId), apply its middleware and mount its management routes, and pass its hooks to createAuthhero.
--   4. [11.20 → 11.21] Update the client applications (React Admin and others) to request tokens with the organization of the tenant they manage (organization = the tenant id), then start AuthHero: its migrator finds the 11.21 history and has nothing to run. Test sign-in and the management API on one tenant before the others.
--   5. [11.20 → 11.21] If a tenant is to move to a database of its own (the guide's strategy 2), provision that database with the install script (npx plan compile authhero 0 11.21 --dialect mysql -o install.sql, or --dialect sqlite, applied as its header says) and copy the tenant's rows; this script keeps every tenant in this database.

.bail on
.timeout 5000
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TEMP TABLE IF NOT EXISTS plan_stop (n INTEGER);

-- a second run: the database is at 11.21 already, so there is nothing to do
-- check that the database is at 11.20: this script is one transaction and runs only from there
DROP TABLE IF EXISTS temp.plan_expect;
CREATE TEMP TABLE plan_expect AS SELECT column1 AS k, column2 AS def, column3 AS f FROM (VALUES
      ('column action_executions.created_at_ts', 'bigint NOT NULL', 3),
      ('column action_executions.id', 'varchar(255)', 1),
      ('column action_executions.id', 'varchar(255) NOT NULL', 2),
      ('column action_executions.logs', 'text', 3),
      ('column action_executions.results', 'text NOT NULL', 3),
      ('column action_executions.status', 'varchar(32) NOT NULL', 3),
      ('column action_executions.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column action_executions.trigger_id', 'varchar(64) NOT NULL', 3),
      ('column action_executions.updated_at_ts', 'bigint NOT NULL', 3),
      ('column action_versions.action_id', 'varchar(255) NOT NULL', 3),
      ('column action_versions.code', 'text NOT NULL', 3),
      ('column action_versions.created_at_ts', 'bigint NOT NULL', 3),
      ('column action_versions.dependencies', 'text', 3),
      ('column action_versions.deployed', 'int NOT NULL DEFAULT 0', 2),
      ('column action_versions.deployed', 'integer NOT NULL DEFAULT 0', 1),
      ('column action_versions.id', 'varchar(255)', 1),
      ('column action_versions.id', 'varchar(255) NOT NULL', 2),
      ('column action_versions.number', 'int NOT NULL', 2),
      ('column action_versions.number', 'integer NOT NULL', 1),
      ('column action_versions.runtime', 'varchar(50)', 3),
      ('column action_versions.secrets', 'text', 3),
      ('column action_versions.supported_triggers', 'text', 3),
      ('column action_versions.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column action_versions.updated_at_ts', 'bigint NOT NULL', 3),
      ('column actions.code', 'text NOT NULL', 3),
      ('column actions.created_at_ts', 'bigint NOT NULL', 3),
      ('column actions.dependencies', 'text', 3),
      ('column actions.deployed_at_ts', 'bigint', 3),
      ('column actions.id', 'varchar(255)', 1),
      ('column actions.id', 'varchar(255) NOT NULL', 2),
      ('column actions.inherit', 'int NOT NULL DEFAULT 0', 2),
      ('column actions.inherit', 'integer NOT NULL DEFAULT 0', 1),
      ('column actions.is_system', 'int NOT NULL DEFAULT 0', 2),
      ('column actions.is_system', 'integer NOT NULL DEFAULT 0', 1),
      ('column actions.name', 'varchar(255) NOT NULL', 3),
      ('column actions.runtime', 'varchar(50)', 3),
      ('column actions.secrets', 'text', 3),
      ('column actions.status', 'varchar(50) DEFAULT ''built''', 3),
      ('column actions.supported_triggers', 'text', 3),
      ('column actions.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column actions.updated_at_ts', 'bigint NOT NULL', 3),
      ('column authentication_methods.confirmed', 'int NOT NULL DEFAULT 0', 2),
      ('column authentication_methods.confirmed', 'integer NOT NULL DEFAULT 0', 1),
      ('column authentication_methods.created_at_ts', 'bigint NOT NULL', 3),
      ('column authentication_methods.credential_backed_up', 'int', 2),
      ('column authentication_methods.credential_backed_up', 'integer', 1),
      ('column authentication_methods.credential_id', 'varchar(512)', 3),
      ('column authentication_methods.friendly_name', 'varchar(255)', 3),
      ('column authentication_methods.id', 'varchar(26)', 1),
      ('column authentication_methods.id', 'varchar(26) NOT NULL', 2),
      ('column authentication_methods.phone_number', 'varchar(32)', 3),
      ('column authentication_methods.public_key', 'text', 3),
      ('column authentication_methods.sign_count', 'int', 2),
      ('column authentication_methods.sign_count', 'integer', 1),
      ('column authentication_methods.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column authentication_methods.totp_secret', 'varchar(255)', 3),
      ('column authentication_methods.transports', 'varchar(512)', 3),
      ('column authentication_methods.type', 'varchar(32) NOT NULL', 3),
      ('column authentication_methods.updated_at_ts', 'bigint NOT NULL', 3),
      ('column authentication_methods.user_id', 'varchar(255) NOT NULL', 3),
      ('column branding.colors_page_background_angle_dev', 'int', 2),
      ('column branding.colors_page_background_angle_dev', 'integer', 1),
      ('column branding.colors_page_background_end', 'varchar(8)', 3),
      ('column branding.colors_page_background_start', 'varchar(8)', 3),
      ('column branding.colors_page_background_type', 'varchar(32)', 3),
      ('column branding.colors_primary', 'varchar(8)', 3),
      ('column branding.dark_mode', 'varchar(8)', 3),
      ('column branding.favicon_url', 'varchar(512)', 3),
      ('column branding.font_url', 'varchar(512)', 3),
      ('column branding.logo_url', 'varchar(512)', 3),
      ('column branding.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column client_grants.allow_any_organization', 'int DEFAULT 0', 2),
      ('column client_grants.allow_any_organization', 'integer DEFAULT 0', 1),
      ('column client_grants.audience', 'varchar(191) NOT NULL', 3),
      ('column client_grants.authorization_details_types', 'text', 2),
      ('column client_grants.authorization_details_types', 'text DEFAULT ''[]''', 1),
      ('column client_grants.client_id', 'varchar(191) NOT NULL', 3),
      ('column client_grants.created_at', 'varchar(35) NOT NULL', 3),
      ('column client_grants.id', 'varchar(21) NOT NULL', 3),
      ('column client_grants.is_system', 'int DEFAULT 0', 2),
      ('column client_grants.is_system', 'integer DEFAULT 0', 1),
      ('column client_grants.organization_usage', 'varchar(32)', 3),
      ('column client_grants.scope', 'text', 2),
      ('column client_grants.scope', 'text DEFAULT ''[]''', 1),
      ('column client_grants.subject_type', 'varchar(32)', 3),
      ('column client_grants.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column client_grants.updated_at', 'varchar(35) NOT NULL', 3),
      ('column client_registration_tokens.client_id', 'varchar(191)', 3),
      ('column client_registration_tokens.constraints', 'text', 3),
      ('column client_registration_tokens.created_at_ts', 'bigint NOT NULL', 3),
      ('column client_registration_tokens.expires_at_ts', 'bigint', 3),
      ('column client_registration_tokens.id', 'varchar(255)', 1),
      ('column client_registration_tokens.id', 'varchar(255) NOT NULL', 2),
      ('column client_registration_tokens.revoked_at_ts', 'bigint', 3),
      ('column client_registration_tokens.single_use', 'int NOT NULL DEFAULT 0', 2),
      ('column client_registration_tokens.single_use', 'integer NOT NULL DEFAULT 0', 1),
      ('column client_registration_tokens.sub', 'varchar(255)', 3),
      ('column client_registration_tokens.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column client_registration_tokens.token_hash', 'varchar(64) NOT NULL', 3),
      ('column client_registration_tokens.type', 'varchar(8) NOT NULL', 3),
      ('column client_registration_tokens.used_at_ts', 'bigint', 3),
      ('column clients.addons', 'text NOT NULL', 3),
      ('column clients.allowed_clients', 'text NOT NULL', 3),
      ('column clients.allowed_logout_urls', 'text NOT NULL', 3),
      ('column clients.allowed_origins', 'text NOT NULL', 3),
      ('column clients.app_type', 'varchar(64) DEFAULT ''regular_web''', 3),
      ('column clients.auth0_conformant', 'int DEFAULT 1', 2),
      ('column clients.auth0_conformant', 'integer DEFAULT 1', 1),
      ('column clients.callbacks', 'text NOT NULL', 3),
      ('column clients.client_aliases', 'text NOT NULL', 3),
      ('column clients.client_authentication_methods', 'text NOT NULL', 3),
      ('column clients.client_id', 'varchar(191) NOT NULL', 3),
      ('column clients.client_metadata', 'text NOT NULL', 3),
      ('column clients.client_secret', 'varchar(255)', 3),
      ('column clients.compliance_level', 'varchar(64)', 3),
      ('column clients.connections', 'text', 2),
      ('column clients.connections', 'text NOT NULL DEFAULT ''[]''', 1),
      ('column clients.created_at', 'varchar(35) NOT NULL', 3),
      ('column clients.cross_origin_authentication', 'int NOT NULL DEFAULT 0', 2),
      ('column clients.cross_origin_authentication', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.cross_origin_loc', 'varchar(2083)', 3),
      ('column clients.custom_login_page', 'text', 3),
      ('column clients.custom_login_page_on', 'int NOT NULL DEFAULT 0', 2),
      ('column clients.custom_login_page_on', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.custom_login_page_preview', 'text', 3),
      ('column clients.default_organization', 'text NOT NULL', 3),
      ('column clients.description', 'varchar(140)', 3),
      ('column clients.encryption_key', 'text NOT NULL', 3),
      ('column clients.form_template', 'text', 3),
      ('column clients.global', 'int NOT NULL DEFAULT 0', 2),
      ('column clients.global', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.grant_types', 'text NOT NULL', 3),
      ('column clients.hide_sign_up_disabled_error', 'int NOT NULL DEFAULT 0', 2),
      ('column clients.hide_sign_up_disabled_error', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.initiate_login_uri', 'varchar(2083)', 3),
      ('column clients.is_first_party', 'int NOT NULL DEFAULT 0', 2),
      ('column clients.is_first_party', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.jwt_configuration', 'text NOT NULL', 3),
      ('column clients.logo_uri', 'varchar(2083)', 3),
      ('column clients.mobile', 'text NOT NULL', 3),
      ('column clients.name', 'varchar(255) NOT NULL', 3),
      ('column clients.native_social_login', 'text NOT NULL', 3),
      ('column clients.oidc_conformant', 'int NOT NULL DEFAULT 1', 2),
      ('column clients.oidc_conformant', 'integer NOT NULL DEFAULT 1', 1),
      ('column clients.oidc_logout', 'text NOT NULL', 3),
      ('column clients.organization_require_behavior', 'varchar(32) DEFAULT ''no_prompt''', 3),
      ('column clients.organization_usage', 'varchar(32) DEFAULT ''deny''', 3),
      ('column clients.owner_user_id', 'varchar(255)', 3),
      ('column clients.par_request_expiry', 'int', 2),
      ('column clients.par_request_expiry', 'integer', 1),
      ('column clients.refresh_token', 'text NOT NULL', 3),
      ('column clients.registration_metadata', 'text', 3),
      ('column clients.registration_type', 'varchar(32)', 3),
      ('column clients.require_proof_of_possession', 'int NOT NULL DEFAULT 0', 2),
      ('column clients.require_proof_of_possession', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.require_pushed_authorization_requests', 'int NOT NULL DEFAULT 0', 2),
      ('column clients.require_pushed_authorization_requests', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.session_transfer', 'text NOT NULL', 3),
      ('column clients.signed_request_object', 'text NOT NULL', 3),
      ('column clients.signing_keys', 'text NOT NULL', 3),
      ('column clients.sso', 'int NOT NULL DEFAULT 0', 2),
      ('column clients.sso', 'integer NOT NULL DEFAULT 0', 1),
      ('column clients.sso_disabled', 'int NOT NULL DEFAULT 1', 2),
      ('column clients.sso_disabled', 'integer NOT NULL DEFAULT 1', 1),
      ('column clients.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT ''client_secret_basic''', 3),
      ('column clients.token_quota', 'text NOT NULL', 3),
      ('column clients.updated_at', 'varchar(35) NOT NULL', 3),
      ('column clients.user_linking_mode', 'varchar(16)', 3),
      ('column clients.web_origins', 'text NOT NULL', 3),
      ('column codes.code_challenge', 'varchar(128)', 3),
      ('column codes.code_challenge_method', 'varchar(5)', 3),
      ('column codes.code_id', 'varchar(255) NOT NULL', 3),
      ('column codes.code_type', 'varchar(255) NOT NULL', 3),
      ('column codes.code_verifier', 'varchar(128)', 3),
      ('column codes.connection_id', 'varchar(255)', 3),
      ('column codes.created_at', 'varchar(255) NOT NULL', 3),
      ('column codes.expires_at', 'varchar(255) NOT NULL', 3),
      ('column codes.expires_at_ts', 'bigint', 3),
      ('column codes.login_id', 'varchar(255)', 3),
      ('column codes.nonce', 'varchar(1024)', 3),
      ('column codes.otp', 'varchar(32)', 3),
      ('column codes.redirect_uri', 'varchar(1024)', 3),
      ('column codes.state', 'varchar(2048)', 3),
      ('column codes.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column codes.used_at', 'varchar(255)', 3),
      ('column codes.user_id', 'varchar(255)', 3),
      ('column connections.created_at', 'varchar(255) NOT NULL', 3),
      ('column connections.display_name', 'varchar(255)', 3),
      ('column connections.id', 'varchar(255) NOT NULL', 3),
      ('column connections.is_domain_connection', 'int', 2),
      ('column connections.is_domain_connection', 'integer', 1),
      ('column connections.is_system', 'int NOT NULL DEFAULT 0', 2),
      ('column connections.is_system', 'integer NOT NULL DEFAULT 0', 1),
      ('column connections.metadata', 'varchar(4096)', 3),
      ('column connections.name', 'varchar(255) NOT NULL', 3),
      ('column connections.options', 'varchar(8192) NOT NULL DEFAULT ''{}''', 3),
      ('column connections.response_mode', 'varchar(255)', 3),
      ('column connections.response_type', 'varchar(255)', 3),
      ('column connections.show_as_button', 'int', 2),
      ('column connections.show_as_button', 'integer', 1),
      ('column connections.strategy', 'varchar(64)', 3),
      ('column connections.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column connections.updated_at', 'varchar(255) NOT NULL', 3),
      ('column control_plane_comm_keys.created_at', 'varchar(35) NOT NULL', 3),
      ('column control_plane_comm_keys.kid', 'varchar(255) NOT NULL', 3),
      ('column control_plane_comm_keys.public_jwk', 'text NOT NULL', 3),
      ('column control_plane_comm_keys.revoked_at', 'varchar(35)', 3),
      ('column control_plane_comm_keys.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column custom_domains.created_at', 'varchar(35) NOT NULL', 3),
      ('column custom_domains.custom_client_ip_header', 'varchar(50)', 3),
      ('column custom_domains.custom_domain_id', 'varchar(256) NOT NULL', 3),
      ('column custom_domains.domain', 'varchar(255) NOT NULL', 3),
      ('column custom_domains.domain_metadata', 'varchar(2048)', 3),
      ('column custom_domains.origin_domain_name', 'varchar(255)', 3),
      ('column custom_domains.primary', 'boolean NOT NULL', 1),
      ('column custom_domains.primary', 'tinyint(1) NOT NULL', 2),
      ('column custom_domains.status', 'varchar(50) NOT NULL', 3),
      ('column custom_domains.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column custom_domains.tls_policy', 'varchar(50)', 3),
      ('column custom_domains.type', 'varchar(50) NOT NULL', 3),
      ('column custom_domains.updated_at', 'varchar(35) NOT NULL', 3),
      ('column custom_domains.verification', 'varchar(2048)', 3),
      ('column custom_text.created_at_ts', 'bigint NOT NULL', 3),
      ('column custom_text.custom_text', 'text NOT NULL', 3),
      ('column custom_text.language', 'varchar(16) NOT NULL', 3),
      ('column custom_text.prompt', 'varchar(64) NOT NULL', 3),
      ('column custom_text.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column custom_text.updated_at_ts', 'bigint NOT NULL', 3),
      ('column email_providers.created_at', 'varchar(29) NOT NULL', 3),
      ('column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT ''{}''', 3),
      ('column email_providers.default_from_address', 'varchar(255)', 3),
      ('column email_providers.enabled', 'boolean NOT NULL', 1),
      ('column email_providers.enabled', 'tinyint(1) NOT NULL', 2),
      ('column email_providers.name', 'varchar(255) NOT NULL', 3),
      ('column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT ''{}''', 3),
      ('column email_providers.tenant_id', 'varchar(255)', 1),
      ('column email_providers.tenant_id', 'varchar(255) NOT NULL', 2),
      ('column email_providers.updated_at', 'varchar(29) NOT NULL', 3),
      ('column email_templates.body', 'text NOT NULL', 3),
      ('column email_templates.created_at', 'varchar(35) NOT NULL', 3),
      ('column email_templates.enabled', 'int NOT NULL DEFAULT 1', 2),
      ('column email_templates.enabled', 'integer NOT NULL DEFAULT 1', 1),
      ('column email_templates.from', 'varchar(255) NOT NULL', 3),
      ('column email_templates.include_email_in_redirect', 'int NOT NULL DEFAULT 0', 2),
      ('column email_templates.include_email_in_redirect', 'integer NOT NULL DEFAULT 0', 1),
      ('column email_templates.result_url', 'varchar(2048)', 3),
      ('column email_templates.subject', 'varchar(255) NOT NULL', 3),
      ('column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT ''liquid''', 3),
      ('column email_templates.template', 'varchar(64) NOT NULL', 3),
      ('column email_templates.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column email_templates.updated_at', 'varchar(35) NOT NULL', 3),
      ('column email_templates.url_lifetime_in_seconds', 'int', 2),
      ('column email_templates.url_lifetime_in_seconds', 'integer', 1),
      ('column flows.actions', 'text', 3),
      ('column flows.created_at', 'varchar(35) NOT NULL', 3),
      ('column flows.id', 'varchar(24)', 1),
      ('column flows.id', 'varchar(24) NOT NULL', 2),
      ('column flows.name', 'varchar(150) NOT NULL', 3),
      ('column flows.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column flows.updated_at', 'varchar(35) NOT NULL', 3),
      ('column forms.created_at', 'varchar(255) NOT NULL', 3),
      ('column forms.ending', 'varchar(255)', 3),
      ('column forms.id', 'varchar(255)', 1),
      ('column forms.id', 'varchar(255) NOT NULL', 2),
      ('column forms.languages', 'varchar(255)', 3),
      ('column forms.messages', 'varchar(255)', 3),
      ('column forms.name', 'varchar(255) NOT NULL', 3),
      ('column forms.nodes', 'varchar(4096)', 3),
      ('column forms.start', 'varchar(255)', 3),
      ('column forms.style', 'varchar(1042)', 3),
      ('column forms.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column forms.translations', 'varchar(4096)', 3),
      ('column forms.updated_at', 'varchar(255) NOT NULL', 3),
      ('column grants.audience', 'varchar(100) NOT NULL DEFAULT ''''', 3),
      ('column grants.client_id', 'varchar(100) NOT NULL', 1),
      ('column grants.client_id', 'varchar(191) NOT NULL', 2),
      ('column grants.created_at', 'varchar(35) NOT NULL', 3),
      ('column grants.id', 'varchar(21)', 1),
      ('column grants.id', 'varchar(21) NOT NULL', 2),
      ('column grants.scope', 'text NOT NULL', 2),
      ('column grants.scope', 'text NOT NULL DEFAULT ''[]''', 1),
      ('column grants.tenant_id', 'varchar(191) NOT NULL', 2),
      ('column grants.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column grants.updated_at', 'varchar(35) NOT NULL', 3),
      ('column grants.user_id', 'varchar(191) NOT NULL', 2),
      ('column grants.user_id', 'varchar(255) NOT NULL', 1),
      ('column hook_code.code', 'text NOT NULL', 3),
      ('column hook_code.created_at_ts', 'bigint NOT NULL', 3),
      ('column hook_code.id', 'varchar(21)', 1),
      ('column hook_code.id', 'varchar(21) NOT NULL', 2),
      ('column hook_code.secrets', 'text', 3),
      ('column hook_code.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column hook_code.updated_at_ts', 'bigint NOT NULL', 3),
      ('column hooks.code_id', 'varchar(21)', 3),
      ('column hooks.created_at_ts', 'bigint', 3),
      ('column hooks.enabled', 'boolean NOT NULL', 1),
      ('column hooks.enabled', 'tinyint(1) NOT NULL', 2),
      ('column hooks.form_id', 'text', 1),
      ('column hooks.form_id', 'varchar(128)', 2),
      ('column hooks.hook_id', 'varchar(21) NOT NULL', 2),
      ('column hooks.hook_id', 'varchar(255) NOT NULL', 1),
      ('column hooks.metadata', 'text', 3),
      ('column hooks.priority', 'int', 2),
      ('column hooks.priority', 'integer', 1),
      ('column hooks.synchronous', 'boolean NOT NULL DEFAULT 0', 1),
      ('column hooks.synchronous', 'tinyint(1) NOT NULL DEFAULT 0', 2),
      ('column hooks.template_id', 'text', 1),
      ('column hooks.template_id', 'varchar(64)', 2),
      ('column hooks.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column hooks.trigger_id', 'varchar(255) NOT NULL', 3),
      ('column hooks.updated_at_ts', 'bigint', 3),
      ('column hooks.url', 'varchar(512)', 3),
      ('column invites.app_metadata', 'text', 3),
      ('column invites.client_id', 'varchar(191) NOT NULL', 3),
      ('column invites.connection_id', 'varchar(21)', 3),
      ('column invites.created_at', 'varchar(35) NOT NULL', 3),
      ('column invites.expires_at', 'varchar(35) NOT NULL', 3),
      ('column invites.id', 'varchar(21)', 1),
      ('column invites.id', 'varchar(21) NOT NULL', 2),
      ('column invites.invitation_url', 'text NOT NULL', 3),
      ('column invites.invitee', 'text NOT NULL', 3),
      ('column invites.inviter', 'text NOT NULL', 3),
      ('column invites.organization_id', 'varchar(21) NOT NULL', 3),
      ('column invites.roles', 'text', 3),
      ('column invites.send_invitation_email', 'int', 2),
      ('column invites.send_invitation_email', 'integer', 1),
      ('column invites.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column invites.ticket_id', 'varchar(191)', 3),
      ('column invites.ttl_sec', 'int', 2),
      ('column invites.ttl_sec', 'integer', 1),
      ('column invites.user_metadata', 'text', 3),
      ('column keys.cert', 'varchar(4096)', 3),
      ('column keys.connection', 'varchar(255)', 3),
      ('column keys.created_at', 'varchar(255) NOT NULL', 3),
      ('column keys.current_since', 'varchar(256)', 3),
      ('column keys.current_until', 'varchar(256)', 3),
      ('column keys.fingerprint', 'varchar(256)', 3),
      ('column keys.kid', 'varchar(255)', 1),
      ('column keys.kid', 'varchar(255) NOT NULL', 2),
      ('column keys.pkcs7', 'varchar(4096)', 3),
      ('column keys.revoked_at', 'varchar(255)', 3),
      ('column keys.tenant_id', 'varchar(255)', 3),
      ('column keys.thumbprint', 'varchar(256)', 3),
      ('column keys.type', 'varchar(50) NOT NULL DEFAULT ''jwt_signing''', 3),
      ('column kysely_migration.name', 'varchar(255) NOT NULL', 3),
      ('column kysely_migration.timestamp', 'varchar(255) NOT NULL', 3),
      ('column kysely_migration_lock.id', 'varchar(255) NOT NULL', 3),
      ('column kysely_migration_lock.is_locked', 'integer NOT NULL DEFAULT 0', 3),
      ('column log_streams.created_at', 'varchar(35) NOT NULL', 3),
      ('column log_streams.filters', 'text', 3),
      ('column log_streams.id', 'varchar(64)', 1),
      ('column log_streams.id', 'varchar(64) NOT NULL', 2),
      ('column log_streams.is_priority', 'boolean', 1),
      ('column log_streams.is_priority', 'tinyint(1)', 2),
      ('column log_streams.name', 'varchar(255) NOT NULL', 3),
      ('column log_streams.sink', 'text NOT NULL', 3),
      ('column log_streams.status', 'varchar(32) NOT NULL', 3),
      ('column log_streams.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column log_streams.type', 'varchar(64) NOT NULL', 3),
      ('column log_streams.updated_at', 'varchar(35) NOT NULL', 3),
      ('column login_sessions.auth0Client', 'varchar(255)', 3),
      ('column login_sessions.auth_connection', 'varchar(255)', 3),
      ('column login_sessions.auth_params', 'text', 3),
      ('column login_sessions.auth_strategy_strategy', 'varchar(64)', 3),
      ('column login_sessions.auth_strategy_strategy_type', 'varchar(64)', 3),
      ('column login_sessions.authenticated_at', 'varchar(35)', 3),
      ('column login_sessions.authorization_url', 'text', 3),
      ('column login_sessions.created_at_ts', 'bigint', 3),
      ('column login_sessions.csrf_token', 'varchar(26)', 2),
      ('column login_sessions.csrf_token', 'varchar(26) NOT NULL', 1),
      ('column login_sessions.expires_at_ts', 'bigint', 3),
      ('column login_sessions.failure_reason', 'text', 3),
      ('column login_sessions.id', 'varchar(26) NOT NULL', 3),
      ('column login_sessions.ip', 'varchar(39)', 3),
      ('column login_sessions.session_id', 'varchar(26)', 3),
      ('column login_sessions.state', 'varchar(50) DEFAULT ''pending''', 3),
      ('column login_sessions.state_data', 'text', 3),
      ('column login_sessions.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column login_sessions.updated_at_ts', 'bigint', 3),
      ('column login_sessions.user_id', 'varchar(255)', 3),
      ('column login_sessions.useragent', 'text', 3),
      ('column logs.audience', 'varchar(255)', 3),
      ('column logs.auth0_client', 'varchar(8192)', 3),
      ('column logs.category', 'varchar(255)', 3),
      ('column logs.city_name', 'varchar(255)', 3),
      ('column logs.client_id', 'varchar(255)', 3),
      ('column logs.client_name', 'varchar(255)', 3),
      ('column logs.connection', 'varchar(255)', 3),
      ('column logs.connection_id', 'varchar(255)', 3),
      ('column logs.continent_code', 'varchar(2)', 3),
      ('column logs.country_code', 'varchar(2)', 3),
      ('column logs.country_code3', 'varchar(3)', 2),
      ('column logs.country_name', 'varchar(255)', 2),
      ('column logs.date', 'varchar(25) NOT NULL', 3),
      ('column logs.description', 'varchar(255)', 3),
      ('column logs.details', 'varchar(2048)', 3),
      ('column logs.hostname', 'varchar(255)', 3),
      ('column logs.ip', 'varchar(255)', 3),
      ('column logs.isMobile', 'int', 2),
      ('column logs.isMobile', 'integer', 1),
      ('column logs.latitude', 'varchar(255)', 3),
      ('column logs.log_id', 'varchar(21) NOT NULL', 3),
      ('column logs.longitude', 'varchar(255)', 3),
      ('column logs.scope', 'varchar(255)', 3),
      ('column logs.session_connection', 'varchar(255)', 3),
      ('column logs.strategy', 'varchar(255)', 3),
      ('column logs.strategy_type', 'varchar(255)', 3),
      ('column logs.tenant_id', 'varchar(64)', 3),
      ('column logs.time_zone', 'varchar(255)', 3),
      ('column logs.type', 'varchar(8) NOT NULL', 3),
      ('column logs.user_agent', 'varchar(255)', 3),
      ('column logs.user_id', 'varchar(64)', 3),
      ('column logs.user_name', 'varchar(255)', 3),
      ('column migration_sources.connection', 'varchar(255) NOT NULL', 3),
      ('column migration_sources.created_at', 'varchar(35) NOT NULL', 3),
      ('column migration_sources.credentials', 'text NOT NULL', 3),
      ('column migration_sources.enabled', 'boolean NOT NULL', 1),
      ('column migration_sources.enabled', 'tinyint(1) NOT NULL', 2),
      ('column migration_sources.id', 'varchar(64)', 1),
      ('column migration_sources.id', 'varchar(64) NOT NULL', 2),
      ('column migration_sources.name', 'varchar(255) NOT NULL', 3),
      ('column migration_sources.provider', 'varchar(32) NOT NULL', 3),
      ('column migration_sources.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column migration_sources.updated_at', 'varchar(35) NOT NULL', 3),
      ('column migrations.client_id', 'varchar(255)', 3),
      ('column migrations.created_at', 'varchar(255) NOT NULL', 3),
      ('column migrations.domain', 'varchar(255)', 3),
      ('column migrations.id', 'varchar(255) NOT NULL', 3),
      ('column migrations.origin', 'varchar(255)', 3),
      ('column migrations.provider', 'varchar(255)', 3),
      ('column migrations.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column migrations.updated_at', 'varchar(255) NOT NULL', 3),
      ('column organization_connections.assign_membership_on_login', 'boolean NOT NULL DEFAULT 0', 1),
      ('column organization_connections.assign_membership_on_login', 'tinyint(1) NOT NULL DEFAULT 0', 2),
      ('column organization_connections.connection_id', 'varchar(191) NOT NULL', 3),
      ('column organization_connections.created_at', 'varchar(35) NOT NULL', 3),
      ('column organization_connections.is_signup_enabled', 'boolean NOT NULL DEFAULT 1', 1),
      ('column organization_connections.is_signup_enabled', 'tinyint(1) NOT NULL DEFAULT 1', 2),
      ('column organization_connections.organization_id', 'varchar(21) NOT NULL', 3),
      ('column organization_connections.show_as_button', 'boolean NOT NULL DEFAULT 1', 1),
      ('column organization_connections.show_as_button', 'tinyint(1) NOT NULL DEFAULT 1', 2),
      ('column organization_connections.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column organization_connections.updated_at', 'varchar(35) NOT NULL', 3),
      ('column organizations.branding', 'text', 3),
      ('column organizations.created_at', 'varchar(256) NOT NULL', 2),
      ('column organizations.created_at', 'varchar(35) NOT NULL', 1),
      ('column organizations.display_name', 'varchar(256)', 3),
      ('column organizations.enabled_connections', 'text', 3),
      ('column organizations.id', 'varchar(21)', 1),
      ('column organizations.id', 'varchar(256) NOT NULL', 2),
      ('column organizations.metadata', 'text', 3),
      ('column organizations.name', 'varchar(256) NOT NULL', 3),
      ('column organizations.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column organizations.tenant_id', 'varchar(256) NOT NULL', 2),
      ('column organizations.token_quota', 'text', 3),
      ('column organizations.updated_at', 'varchar(256) NOT NULL', 2),
      ('column organizations.updated_at', 'varchar(35) NOT NULL', 1),
      ('column outbox_events.aggregate_id', 'varchar(255) NOT NULL', 3),
      ('column outbox_events.aggregate_type', 'varchar(64) NOT NULL', 3),
      ('column outbox_events.claim_expires_at', 'varchar(35)', 3),
      ('column outbox_events.claimed_by', 'varchar(64)', 3),
      ('column outbox_events.created_at', 'varchar(35) NOT NULL', 3),
      ('column outbox_events.dead_lettered_at', 'varchar(35)', 3),
      ('column outbox_events.error', 'text', 3),
      ('column outbox_events.event_type', 'varchar(255) NOT NULL', 3),
      ('column outbox_events.final_error', 'text', 3),
      ('column outbox_events.id', 'varchar(21)', 1),
      ('column outbox_events.id', 'varchar(21) NOT NULL', 2),
      ('column outbox_events.log_type', 'varchar(64) NOT NULL', 3),
      ('column outbox_events.next_retry_at', 'varchar(35)', 3),
      ('column outbox_events.payload', 'text NOT NULL', 3),
      ('column outbox_events.processed_at', 'varchar(35)', 3),
      ('column outbox_events.retry_count', 'int NOT NULL DEFAULT 0', 2),
      ('column outbox_events.retry_count', 'integer NOT NULL DEFAULT 0', 1),
      ('column outbox_events.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT ''bcrypt''', 3),
      ('column passwords.created_at', 'varchar(35) NOT NULL', 3),
      ('column passwords.id', 'varchar(21)', 1),
      ('column passwords.id', 'varchar(21) NOT NULL', 2),
      ('column passwords.is_current', 'int NOT NULL DEFAULT 1', 2),
      ('column passwords.is_current', 'integer NOT NULL DEFAULT 1', 1),
      ('column passwords.password', 'varchar(255) NOT NULL', 3),
      ('column passwords.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column passwords.updated_at', 'varchar(35) NOT NULL', 3),
      ('column passwords.user_id', 'varchar(191) NOT NULL', 3),
      ('column prompt_settings.identifier_first', 'boolean NOT NULL DEFAULT 1', 1),
      ('column prompt_settings.identifier_first', 'tinyint(1) NOT NULL DEFAULT 1', 2),
      ('column prompt_settings.password_first', 'boolean NOT NULL DEFAULT 0', 1),
      ('column prompt_settings.password_first', 'tinyint(1) NOT NULL DEFAULT 0', 2),
      ('column prompt_settings.tenant_id', 'varchar(64)', 1),
      ('column prompt_settings.tenant_id', 'varchar(64) NOT NULL', 2),
      ('column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT ''new''', 3),
      ('column prompt_settings.webauthn_platform_first_factor', 'boolean NOT NULL DEFAULT 0', 1),
      ('column prompt_settings.webauthn_platform_first_factor', 'tinyint(1) NOT NULL DEFAULT 0', 2),
      ('column proxy_routes.created_at', 'varchar(35) NOT NULL', 3),
      ('column proxy_routes.custom_domain_id', 'varchar(256) NOT NULL', 3),
      ('column proxy_routes.handlers', 'text NOT NULL', 2),
      ('column proxy_routes.handlers', 'text NOT NULL DEFAULT ''[]''', 1),
      ('column proxy_routes.id', 'varchar(64) NOT NULL', 3),
      ('column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT ''{"path":"/*"}''', 3),
      ('column proxy_routes.priority', 'int NOT NULL DEFAULT 100', 2),
      ('column proxy_routes.priority', 'integer NOT NULL DEFAULT 100', 1),
      ('column proxy_routes.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column proxy_routes.updated_at', 'varchar(35) NOT NULL', 3),
      ('column refresh_tokens.client_id', 'varchar(191) NOT NULL', 3),
      ('column refresh_tokens.created_at_ts', 'bigint', 3),
      ('column refresh_tokens.device', 'text NOT NULL', 3),
      ('column refresh_tokens.expires_at_ts', 'bigint', 3),
      ('column refresh_tokens.family_id', 'varchar(26)', 3),
      ('column refresh_tokens.id', 'varchar(21) NOT NULL', 1),
      ('column refresh_tokens.id', 'varchar(26) NOT NULL', 2),
      ('column refresh_tokens.idle_expires_at_ts', 'bigint', 3),
      ('column refresh_tokens.last_exchanged_at_ts', 'bigint', 3),
      ('column refresh_tokens.login_id', 'varchar(26)', 1),
      ('column refresh_tokens.login_id', 'varchar(26) NOT NULL', 2),
      ('column refresh_tokens.resource_servers', 'text NOT NULL', 3),
      ('column refresh_tokens.revoked_at_ts', 'bigint', 3),
      ('column refresh_tokens.rotated_at_ts', 'bigint', 3),
      ('column refresh_tokens.rotated_to', 'varchar(26)', 3),
      ('column refresh_tokens.rotating', 'boolean NOT NULL', 1),
      ('column refresh_tokens.rotating', 'tinyint(1) NOT NULL', 2),
      ('column refresh_tokens.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column refresh_tokens.token_hash', 'varchar(64)', 3),
      ('column refresh_tokens.token_lookup', 'varchar(16)', 3),
      ('column refresh_tokens.user_id', 'varchar(255)', 3),
      ('column resource_servers.allow_offline_access', 'int', 2),
      ('column resource_servers.allow_offline_access', 'integer', 1),
      ('column resource_servers.created_at', 'varchar(35) NOT NULL', 3),
      ('column resource_servers.id', 'varchar(21) NOT NULL', 3),
      ('column resource_servers.identifier', 'varchar(191) NOT NULL', 3),
      ('column resource_servers.is_system', 'int NOT NULL DEFAULT 0', 2),
      ('column resource_servers.is_system', 'integer NOT NULL DEFAULT 0', 1),
      ('column resource_servers.metadata', 'varchar(4096)', 3),
      ('column resource_servers.name', 'varchar(255) NOT NULL', 3),
      ('column resource_servers.options', 'varchar(4096)', 3),
      ('column resource_servers.scopes', 'text', 2),
      ('column resource_servers.scopes', 'varchar(4096)', 1),
      ('column resource_servers.signing_alg', 'varchar(64)', 3),
      ('column resource_servers.signing_secret', 'varchar(2048)', 3),
      ('column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int', 2),
      ('column resource_servers.skip_consent_for_verifiable_first_party_clients', 'integer', 1),
      ('column resource_servers.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column resource_servers.token_lifetime', 'int', 2),
      ('column resource_servers.token_lifetime', 'integer', 1),
      ('column resource_servers.token_lifetime_for_web', 'int', 2),
      ('column resource_servers.token_lifetime_for_web', 'integer', 1),
      ('column resource_servers.updated_at', 'varchar(35) NOT NULL', 3),
      ('column resource_servers.verification_key', 'varchar(4096)', 3),
      ('column role_permissions.created_at', 'varchar(35) NOT NULL', 3),
      ('column role_permissions.permission_name', 'varchar(191) NOT NULL', 3),
      ('column role_permissions.resource_server_identifier', 'varchar(191) NOT NULL', 3),
      ('column role_permissions.role_id', 'varchar(21) NOT NULL', 3),
      ('column role_permissions.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column roles.created_at', 'varchar(35) NOT NULL', 3),
      ('column roles.description', 'varchar(255)', 3),
      ('column roles.id', 'varchar(21) NOT NULL', 3),
      ('column roles.is_system', 'int NOT NULL DEFAULT 0', 2),
      ('column roles.is_system', 'integer NOT NULL DEFAULT 0', 1),
      ('column roles.metadata', 'varchar(4096)', 3),
      ('column roles.name', 'varchar(50) NOT NULL', 3),
      ('column roles.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column roles.updated_at', 'varchar(35) NOT NULL', 3),
      ('column rollouts.canary_tenant_ids', 'text', 3),
      ('column rollouts.created_at', 'varchar(35) NOT NULL', 3),
      ('column rollouts.filter', 'text', 3),
      ('column rollouts.finished_at', 'varchar(35)', 3),
      ('column rollouts.id', 'varchar(255) NOT NULL', 3),
      ('column rollouts.initiated_by', 'varchar(255)', 3),
      ('column rollouts.kind', 'varchar(32) NOT NULL', 3),
      ('column rollouts.status', 'varchar(32) NOT NULL', 3),
      ('column rollouts.target_database_version', 'varchar(255)', 3),
      ('column rollouts.target_worker_version', 'varchar(255)', 3),
      ('column rollouts.updated_at', 'varchar(35) NOT NULL', 3),
      ('column rollouts.wave_size', 'int NOT NULL DEFAULT 10', 2),
      ('column rollouts.wave_size', 'integer NOT NULL DEFAULT 10', 1),
      ('column sessions.authenticated_at_ts', 'bigint', 3),
      ('column sessions.clients', 'text NOT NULL', 3),
      ('column sessions.created_at_ts', 'bigint', 3),
      ('column sessions.device', 'text NOT NULL', 3),
      ('column sessions.expires_at_ts', 'bigint', 3),
      ('column sessions.id', 'varchar(21) NOT NULL', 1),
      ('column sessions.id', 'varchar(26) NOT NULL', 2),
      ('column sessions.idle_expires_at_ts', 'bigint', 3),
      ('column sessions.last_interaction_at_ts', 'bigint', 3),
      ('column sessions.login_session_id', 'varchar(21)', 1),
      ('column sessions.login_session_id', 'varchar(26)', 2),
      ('column sessions.revoked_at_ts', 'bigint', 3),
      ('column sessions.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column sessions.updated_at_ts', 'bigint', 3),
      ('column sessions.used_at_ts', 'bigint', 3),
      ('column sessions.user_id', 'varchar(255)', 3),
      ('column tenant_operation_events.attempt', 'int NOT NULL DEFAULT 1', 2),
      ('column tenant_operation_events.attempt', 'integer NOT NULL DEFAULT 1', 1),
      ('column tenant_operation_events.created_at', 'varchar(35) NOT NULL', 3),
      ('column tenant_operation_events.detail', 'text', 3),
      ('column tenant_operation_events.id', 'varchar(255) NOT NULL', 3),
      ('column tenant_operation_events.operation_id', 'varchar(255) NOT NULL', 3),
      ('column tenant_operation_events.outcome', 'varchar(32) NOT NULL', 3),
      ('column tenant_operation_events.step', 'varchar(255) NOT NULL', 3),
      ('column tenant_operations.created_at', 'varchar(35) NOT NULL', 3),
      ('column tenant_operations.current_step', 'varchar(255)', 3),
      ('column tenant_operations.engine', 'varchar(64) NOT NULL', 3),
      ('column tenant_operations.engine_instance_id', 'varchar(100)', 3),
      ('column tenant_operations.error', 'text', 3),
      ('column tenant_operations.finished_at', 'varchar(35)', 3),
      ('column tenant_operations.id', 'varchar(255) NOT NULL', 3),
      ('column tenant_operations.initiated_by', 'varchar(255)', 3),
      ('column tenant_operations.kind', 'varchar(32) NOT NULL', 3),
      ('column tenant_operations.rollout_id', 'varchar(255)', 3),
      ('column tenant_operations.status', 'varchar(32) NOT NULL', 3),
      ('column tenant_operations.target_database_version', 'varchar(255)', 3),
      ('column tenant_operations.target_worker_version', 'varchar(255)', 3),
      ('column tenant_operations.tenant_id', 'varchar(255)', 3),
      ('column tenant_operations.updated_at', 'varchar(35) NOT NULL', 3),
      ('column tenants.acr_values_supported', 'text', 3),
      ('column tenants.allow_organization_name_in_authentication_api', 'int', 2),
      ('column tenants.allow_organization_name_in_authentication_api', 'integer', 1),
      ('column tenants.allowed_logout_urls', 'text', 3),
      ('column tenants.attack_protection', 'text', 3),
      ('column tenants.audience', 'varchar(255)', 3),
      ('column tenants.authorization_response_iss_parameter_supported', 'int', 2),
      ('column tenants.authorization_response_iss_parameter_supported', 'integer', 1),
      ('column tenants.bundle_configuration', 'varchar(64)', 3),
      ('column tenants.change_password', 'text', 3),
      ('column tenants.created_at', 'varchar(255) NOT NULL', 3),
      ('column tenants.customize_mfa_in_postlogin_action', 'int', 2),
      ('column tenants.customize_mfa_in_postlogin_action', 'integer', 1),
      ('column tenants.d1_database_id', 'varchar(64)', 3),
      ('column tenants.database_version', 'varchar(64)', 3),
      ('column tenants.default_audience', 'varchar(255)', 3),
      ('column tenants.default_client_id', 'varchar(255)', 3),
      ('column tenants.default_directory', 'varchar(255)', 3),
      ('column tenants.default_organization', 'varchar(255)', 3),
      ('column tenants.default_redirection_uri', 'text', 3),
      ('column tenants.default_token_quota', 'text', 3),
      ('column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT ''shared''', 3),
      ('column tenants.device_flow', 'text', 3),
      ('column tenants.enabled_locales', 'text', 3),
      ('column tenants.ephemeral_session_lifetime', 'int', 2),
      ('column tenants.ephemeral_session_lifetime', 'integer', 1),
      ('column tenants.error_page', 'text', 3),
      ('column tenants.flags', 'text', 3),
      ('column tenants.friendly_name', 'varchar(255)', 3),
      ('column tenants.guardian_mfa_page', 'text', 3),
      ('column tenants.id', 'varchar(255)', 1),
      ('column tenants.id', 'varchar(255) NOT NULL', 2),
      ('column tenants.idle_ephemeral_session_lifetime', 'int', 2),
      ('column tenants.idle_ephemeral_session_lifetime', 'integer', 1),
      ('column tenants.idle_session_lifetime', 'int', 2),
      ('column tenants.idle_session_lifetime', 'integer', 1),
      ('column tenants.legacy_sandbox_version', 'varchar(50)', 3),
      ('column tenants.mfa', 'text', 3),
      ('column tenants.mtls', 'text', 3),
      ('column tenants.oidc_logout', 'text', 3),
      ('column tenants.picture_url', 'text', 3),
      ('column tenants.provisioning_error', 'varchar(2048)', 3),
      ('column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ''ready''', 3),
      ('column tenants.provisioning_state_changed_at', 'varchar(35)', 3),
      ('column tenants.pushed_authorization_requests_supported', 'int', 2),
      ('column tenants.pushed_authorization_requests_supported', 'integer', 1),
      ('column tenants.sandbox_version', 'varchar(50)', 3),
      ('column tenants.sandbox_versions_available', 'text', 3),
      ('column tenants.sender_email', 'varchar(255)', 3),
      ('column tenants.sender_name', 'varchar(255)', 3),
      ('column tenants.session_cookie', 'text', 3),
      ('column tenants.session_lifetime', 'int', 2),
      ('column tenants.session_lifetime', 'integer', 1),
      ('column tenants.sessions', 'text', 3),
      ('column tenants.storage_kind', 'varchar(32)', 3),
      ('column tenants.support_email', 'varchar(255)', 3),
      ('column tenants.support_url', 'varchar(255)', 3),
      ('column tenants.updated_at', 'varchar(255) NOT NULL', 3),
      ('column tenants.worker_script_name', 'varchar(255)', 3),
      ('column tenants.worker_version', 'varchar(64)', 3),
      ('column themes.borders_button_border_radius', 'int NOT NULL', 2),
      ('column themes.borders_button_border_radius', 'integer NOT NULL', 1),
      ('column themes.borders_button_border_weight', 'int NOT NULL', 2),
      ('column themes.borders_button_border_weight', 'integer NOT NULL', 1),
      ('column themes.borders_buttons_style', 'varchar(24) NOT NULL', 3),
      ('column themes.borders_input_border_radius', 'int NOT NULL', 2),
      ('column themes.borders_input_border_radius', 'integer NOT NULL', 1),
      ('column themes.borders_input_border_weight', 'int NOT NULL', 2),
      ('column themes.borders_input_border_weight', 'integer NOT NULL', 1),
      ('column themes.borders_inputs_style', 'varchar(24) NOT NULL', 3),
      ('column themes.borders_show_widget_shadow', 'boolean NOT NULL', 1),
      ('column themes.borders_show_widget_shadow', 'tinyint(1) NOT NULL', 2),
      ('column themes.borders_widget_border_weight', 'int NOT NULL', 2),
      ('column themes.borders_widget_border_weight', 'integer NOT NULL', 1),
      ('column themes.borders_widget_corner_radius', 'int NOT NULL', 2),
      ('column themes.borders_widget_corner_radius', 'integer NOT NULL', 1),
      ('column themes.colors_base_focus_color', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_base_hover_color', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_body_text', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_captcha_widget_theme', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_error', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_header', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_icons', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_input_background', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_input_border', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_input_filled_text', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_input_labels_placeholders', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_links_focused_components', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_primary_button', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_primary_button_label', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_secondary_button_border', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_secondary_button_label', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_success', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_widget_background', 'varchar(24) NOT NULL', 3),
      ('column themes.colors_widget_border', 'varchar(24) NOT NULL', 3),
      ('column themes.created_at', 'varchar(35) NOT NULL', 3),
      ('column themes.displayName', 'varchar(255) NOT NULL', 3),
      ('column themes.fonts_body_text_bold', 'int NOT NULL', 2),
      ('column themes.fonts_body_text_bold', 'integer NOT NULL', 1),
      ('column themes.fonts_body_text_size', 'int NOT NULL', 2),
      ('column themes.fonts_body_text_size', 'integer NOT NULL', 1),
      ('column themes.fonts_buttons_text_bold', 'int NOT NULL', 2),
      ('column themes.fonts_buttons_text_bold', 'integer NOT NULL', 1),
      ('column themes.fonts_buttons_text_size', 'int NOT NULL', 2),
      ('column themes.fonts_buttons_text_size', 'integer NOT NULL', 1),
      ('column themes.fonts_font_url', 'varchar(255) NOT NULL', 3),
      ('column themes.fonts_input_labels_bold', 'int NOT NULL', 2),
      ('column themes.fonts_input_labels_bold', 'integer NOT NULL', 1),
      ('column themes.fonts_input_labels_size', 'int NOT NULL', 2),
      ('column themes.fonts_input_labels_size', 'integer NOT NULL', 1),
      ('column themes.fonts_links_bold', 'boolean NOT NULL', 1),
      ('column themes.fonts_links_bold', 'tinyint(1) NOT NULL', 2),
      ('column themes.fonts_links_size', 'int NOT NULL', 2),
      ('column themes.fonts_links_size', 'integer NOT NULL', 1),
      ('column themes.fonts_links_style', 'varchar(24) NOT NULL', 3),
      ('column themes.fonts_reference_text_size', 'int NOT NULL', 2),
      ('column themes.fonts_reference_text_size', 'integer NOT NULL', 1),
      ('column themes.fonts_subtitle_bold', 'boolean NOT NULL', 1),
      ('column themes.fonts_subtitle_bold', 'tinyint(1) NOT NULL', 2),
      ('column themes.fonts_subtitle_size', 'int NOT NULL', 2),
      ('column themes.fonts_subtitle_size', 'integer NOT NULL', 1),
      ('column themes.fonts_title_bold', 'boolean NOT NULL', 1),
      ('column themes.fonts_title_bold', 'tinyint(1) NOT NULL', 2),
      ('column themes.fonts_title_size', 'int NOT NULL', 2),
      ('column themes.fonts_title_size', 'integer NOT NULL', 1),
      ('column themes.page_background_background_color', 'varchar(24) NOT NULL', 3),
      ('column themes.page_background_background_image_url', 'varchar(255) NOT NULL', 3),
      ('column themes.page_background_page_layout', 'varchar(24) NOT NULL', 3),
      ('column themes.tenant_id', 'varchar(191) NOT NULL', 2),
      ('column themes.tenant_id', 'varchar(255) NOT NULL', 1),
      ('column themes.themeId', 'varchar(21) NOT NULL', 2),
      ('column themes.themeId', 'varchar(255) NOT NULL', 1),
      ('column themes.updated_at', 'varchar(35) NOT NULL', 3),
      ('column themes.widget_header_text_alignment', 'varchar(24) NOT NULL', 3),
      ('column themes.widget_logo_height', 'int NOT NULL', 2),
      ('column themes.widget_logo_height', 'integer NOT NULL', 1),
      ('column themes.widget_logo_position', 'varchar(24) NOT NULL', 3),
      ('column themes.widget_logo_url', 'varchar(255) NOT NULL', 3),
      ('column themes.widget_social_buttons_layout', 'varchar(24) NOT NULL', 3),
      ('column universal_login_templates.body', 'text NOT NULL', 3),
      ('column universal_login_templates.created_at_ts', 'bigint NOT NULL', 2),
      ('column universal_login_templates.created_at_ts', 'integer NOT NULL', 1),
      ('column universal_login_templates.tenant_id', 'varchar(191)', 1),
      ('column universal_login_templates.tenant_id', 'varchar(191) NOT NULL', 2),
      ('column universal_login_templates.updated_at_ts', 'bigint NOT NULL', 2),
      ('column universal_login_templates.updated_at_ts', 'integer NOT NULL', 1),
      ('column user_activity.failed_logins', 'text', 3),
      ('column user_activity.last_ip', 'varchar(45)', 3),
      ('column user_activity.last_login', 'varchar(35)', 3),
      ('column user_activity.last_password_reset', 'varchar(35)', 3),
      ('column user_activity.login_count', 'int NOT NULL DEFAULT 0', 2),
      ('column user_activity.login_count', 'integer NOT NULL DEFAULT 0', 1),
      ('column user_activity.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column user_activity.user_id', 'varchar(255) NOT NULL', 3),
      ('column user_organizations.created_at', 'varchar(256) NOT NULL', 2),
      ('column user_organizations.created_at', 'varchar(35) NOT NULL', 1),
      ('column user_organizations.id', 'varchar(21)', 1),
      ('column user_organizations.id', 'varchar(256) NOT NULL', 2),
      ('column user_organizations.organization_id', 'varchar(21) NOT NULL', 1),
      ('column user_organizations.organization_id', 'varchar(256) NOT NULL', 2),
      ('column user_organizations.tenant_id', 'varchar(191) NOT NULL', 1),
      ('column user_organizations.tenant_id', 'varchar(256) NOT NULL', 2),
      ('column user_organizations.updated_at', 'varchar(256) NOT NULL', 2),
      ('column user_organizations.updated_at', 'varchar(35) NOT NULL', 1),
      ('column user_organizations.user_id', 'varchar(191) NOT NULL', 1),
      ('column user_organizations.user_id', 'varchar(256) NOT NULL', 2),
      ('column user_permissions.created_at', 'varchar(35) NOT NULL', 3),
      ('column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT ''''', 3),
      ('column user_permissions.permission_name', 'varchar(191) NOT NULL', 3),
      ('column user_permissions.resource_server_identifier', 'varchar(100) NOT NULL', 2),
      ('column user_permissions.resource_server_identifier', 'varchar(21) NOT NULL', 1),
      ('column user_permissions.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column user_permissions.user_id', 'varchar(191) NOT NULL', 3),
      ('column user_roles.created_at', 'varchar(35) NOT NULL', 3),
      ('column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT ''''', 3),
      ('column user_roles.role_id', 'varchar(21) NOT NULL', 3),
      ('column user_roles.tenant_id', 'varchar(191) NOT NULL', 3),
      ('column user_roles.user_id', 'varchar(191) NOT NULL', 3),
      ('column users.address', 'text', 3),
      ('column users.app_metadata', 'text NOT NULL DEFAULT ''{}''', 2),
      ('column users.app_metadata', 'varchar(4096) NOT NULL DEFAULT ''{}''', 1),
      ('column users.birthdate', 'varchar(10)', 3),
      ('column users.connection', 'varchar(255)', 1),
      ('column users.connection', 'varchar(255) NOT NULL', 2),
      ('column users.created_at', 'varchar(255) NOT NULL', 1),
      ('column users.created_at', 'varchar(35) NOT NULL', 2),
      ('column users.email', 'varchar(255)', 3),
      ('column users.email_verified', 'boolean NOT NULL', 1),
      ('column users.email_verified', 'tinyint(1) NOT NULL', 2),
      ('column users.family_name', 'varchar(255)', 3),
      ('column users.gender', 'varchar(50)', 3),
      ('column users.given_name', 'varchar(255)', 3),
      ('column users.is_social', 'boolean NOT NULL', 1),
      ('column users.is_social', 'tinyint(1) NOT NULL', 2),
      ('column users.linked_to', 'varchar(255)', 3),
      ('column users.locale', 'varchar(255)', 1),
      ('column users.locale', 'varchar(64)', 2),
      ('column users.middle_name', 'varchar(100)', 3),
      ('column users.name', 'varchar(255)', 3),
      ('column users.nickname', 'varchar(255)', 3),
      ('column users.phone_number', 'varchar(17)', 3),
      ('column users.phone_verified', 'boolean', 1),
      ('column users.phone_verified', 'tinyint(1)', 2),
      ('column users.picture', 'text', 2),
      ('column users.picture', 'varchar(2083)', 1),
      ('column users.preferred_username', 'varchar(255)', 3),
      ('column users.profile', 'text', 3),
      ('column users.profileData', 'text', 2),
      ('column users.profileData', 'varchar(2048)', 1),
      ('column users.provider', 'varchar(255) NOT NULL', 3),
      ('column users.registration_completed_at', 'varchar(35)', 3),
      ('column users.tenant_id', 'varchar(255) NOT NULL', 3),
      ('column users.updated_at', 'varchar(255) NOT NULL', 1),
      ('column users.updated_at', 'varchar(35) NOT NULL', 2),
      ('column users.user_id', 'varchar(255) NOT NULL', 3),
      ('column users.user_metadata', 'text', 3),
      ('column users.username', 'varchar(128)', 3),
      ('column users.website', 'text', 3),
      ('column users.zoneinfo', 'varchar(100)', 3),
      ('foreign_key authentication_methods.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key branding.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key client_grants.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key client_grants.(tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key client_registration_tokens.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key clients.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key codes.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key codes.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key connections.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key custom_domains.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key custom_text.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key email_templates.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key grants.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key grants.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key hooks.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key keys.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key login_sessions.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key login_sessions.(tenant_id, session_id) -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key migrations.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key organization_connections.(organization_id) -> organizations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key organization_connections.(tenant_id, connection_id) -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key passwords.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key passwords.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key refresh_tokens.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key refresh_tokens.(tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key sessions.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key tenant_operation_events.(operation_id) -> tenant_operations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key themes.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key universal_login_templates.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key user_activity.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('foreign_key user_organizations.(organization_id) -> organizations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 2),
      ('foreign_key user_organizations.(tenant_id, user_id) -> users (tenant_id, user_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 2),
      ('foreign_key users.(linked_to, tenant_id) -> users (user_id, tenant_id) ON DELETE NO ACTION ON UPDATE NO ACTION', 'present', 1),
      ('foreign_key users.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'present', 3),
      ('index action_executions.idx_action_executions_tenant', 'tenant_id, id', 3),
      ('index action_versions.idx_action_versions_action', 'tenant_id, action_id', 3),
      ('index action_versions.uniq_action_versions_action_number', 'UNIQUE tenant_id, action_id, number', 3),
      ('index actions.idx_actions_tenant', 'tenant_id', 3),
      ('index authentication_methods.authentication_methods_credential_id_idx', 'credential_id', 3),
      ('index authentication_methods.mfa_enrollments_tenant_user_idx', 'tenant_id, user_id', 3),
      ('index client_grants.idx_client_grants_audience', 'audience', 3),
      ('index client_grants.uq_client_grants_tenant_client_audience', 'UNIQUE tenant_id, client_id, audience', 3),
      ('index client_registration_tokens.idx_client_registration_tokens_client', 'tenant_id, client_id', 3),
      ('index client_registration_tokens.idx_client_registration_tokens_hash', 'UNIQUE tenant_id, token_hash', 3),
      ('index clients.idx_clients_owner_user_id', 'tenant_id, owner_user_id', 3),
      ('index codes.FK_codes_user_id_tenant_id_constraint', 'user_id, tenant_id', 2),
      ('index codes.idx_codes_expires_at_ts', 'expires_at_ts', 3),
      ('index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'tenant_id, created_at', 3),
      ('index flows.flows_tenant_id_idx', 'tenant_id', 3),
      ('index forms.forms_tenant_id_idx', 'tenant_id', 3),
      ('index grants.grants_natural_key_idx', 'UNIQUE tenant_id, user_id, client_id, audience', 3),
      ('index grants.grants_tenant_user_idx', 'tenant_id, user_id', 3),
      ('index grants.grants_user_id_constraint', 'user_id, tenant_id', 2),
      ('index hook_code.idx_hook_code_tenant', 'tenant_id', 3),
      ('index invites.idx_invites_expires_at', 'expires_at', 3),
      ('index invites.idx_invites_organization_id', 'organization_id', 3),
      ('index invites.idx_invites_tenant_created', 'tenant_id, created_at', 3),
      ('index log_streams.idx_log_streams_tenant_id', 'tenant_id', 3),
      ('index login_sessions.idx_login_sessions_expires_at_ts', 'expires_at_ts', 3),
      ('index login_sessions.idx_login_sessions_session_id', 'session_id', 1),
      ('index login_sessions.login_sessions_id_index', 'id', 3),
      ('index login_sessions.login_sessions_session_fk', 'tenant_id, session_id', 2),
      ('index login_sessions.login_sessions_state_idx', 'state', 3),
      ('index login_sessions.login_sessions_state_updated_idx', 'state', 2),
      ('index login_sessions.login_sessions_tenant_user_idx', 'tenant_id, user_id', 3),
      ('index logs.logs_date', 'date', 2),
      ('index logs.logs_tenant_id', 'tenant_id', 2),
      ('index logs.logs_user_id', 'user_id', 2),
      ('index migration_sources.idx_migration_sources_tenant_id', 'tenant_id', 3),
      ('index organization_connections.idx_organization_connections_tenant_connection', 'tenant_id, connection_id', 3),
      ('index organization_connections.idx_organization_connections_tenant_org', 'tenant_id, organization_id', 3),
      ('index organization_connections.organization_connections_organization_fk', 'organization_id', 2),
      ('index organization_connections.organization_connections_unique', 'UNIQUE tenant_id, organization_id, connection_id', 2),
      ('index organizations.idx_organizations_tenant_name_unique', 'UNIQUE tenant_id, name', 3),
      ('index outbox_events.idx_outbox_claim', 'processed_at, claim_expires_at, next_retry_at, created_at', 3),
      ('index outbox_events.idx_outbox_events_tenant_dead_lettered', 'tenant_id, dead_lettered_at', 3),
      ('index outbox_events.idx_outbox_tenant_type', 'tenant_id, event_type, created_at', 3),
      ('index outbox_events.idx_outbox_unprocessed', 'processed_at, created_at', 3),
      ('index passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id', 2),
      ('index proxy_routes.proxy_routes_custom_domain_id_idx', 'custom_domain_id', 3),
      ('index proxy_routes.proxy_routes_tenant_id_idx', 'tenant_id', 3),
      ('index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'expires_at_ts', 3),
      ('index refresh_tokens.idx_refresh_tokens_family_id', 'tenant_id, family_id', 3),
      ('index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'idle_expires_at_ts', 3),
      ('index refresh_tokens.idx_refresh_tokens_login_id', 'login_id', 3),
      ('index refresh_tokens.idx_refresh_tokens_token_lookup', 'tenant_id, token_lookup', 3),
      ('index refresh_tokens.idx_refresh_tokens_user_id', 'tenant_id, user_id', 3),
      ('index refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id', 2),
      ('index resource_servers.resource_servers_tenant_identifier_uq', 'UNIQUE tenant_id, identifier', 3),
      ('index role_permissions.role_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name', 3),
      ('index roles.roles_tenant_name_uq', 'UNIQUE tenant_id, name', 3),
      ('index sessions.idx_sessions_expires_at_ts', 'expires_at_ts', 3),
      ('index sessions.idx_sessions_idle_expires_at_ts', 'idle_expires_at_ts', 3),
      ('index sessions.idx_sessions_user_id', 'tenant_id, user_id', 3),
      ('index sessions.sessions_user_fk', 'user_id, tenant_id', 2),
      ('index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'operation_id, created_at', 3),
      ('index tenant_operations.tenant_operations_rollout_id_idx', 'rollout_id', 3),
      ('index tenant_operations.tenant_operations_status_idx', 'status', 3),
      ('index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'tenant_id, created_at', 3),
      ('index user_activity.user_activity_user_id_constraint', 'user_id, tenant_id', 2),
      ('index user_organizations.idx_user_organizations_organization_id', 'organization_id', 3),
      ('index user_organizations.idx_user_organizations_unique', 'UNIQUE tenant_id, user_id, organization_id', 2),
      ('index user_organizations.idx_user_organizations_user_id', 'user_id', 3),
      ('index user_permissions.user_permissions_organization_fk', 'organization_id', 3),
      ('index user_permissions.user_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name', 3),
      ('index user_permissions.user_permissions_user_fk', 'tenant_id, user_id', 3),
      ('index user_roles.user_roles_organization_fk', 'organization_id', 3),
      ('index user_roles.user_roles_role_fk', 'tenant_id, role_id', 3),
      ('index user_roles.user_roles_user_fk', 'tenant_id, user_id', 3),
      ('index users.unique_email_provider', 'UNIQUE email, provider, tenant_id', 2),
      ('index users.unique_username_provider', 'UNIQUE username, provider, tenant_id', 3),
      ('index users.users_email_index', 'email', 1),
      ('index users.users_linked_to_index', 'linked_to', 3),
      ('index users.users_name_index', 'name', 3),
      ('index users.users_phone_tenant_provider_index', 'tenant_id, phone_number, provider', 3),
      ('index users.users_user_id_tenant_id', 'user_id, tenant_id', 2),
      ('primary_key action_executions.PRIMARY', 'id', 3),
      ('primary_key action_versions.PRIMARY', 'id', 3),
      ('primary_key actions.PRIMARY', 'id', 3),
      ('primary_key authentication_methods.PRIMARY', 'id', 3),
      ('primary_key branding.PRIMARY', 'tenant_id', 3),
      ('primary_key client_grants.PRIMARY', 'tenant_id, id', 3),
      ('primary_key client_registration_tokens.PRIMARY', 'id', 3),
      ('primary_key clients.PRIMARY', 'tenant_id, client_id', 3),
      ('primary_key codes.PRIMARY', 'code_id, code_type', 1),
      ('primary_key codes.PRIMARY', 'code_id, code_type, tenant_id', 2),
      ('primary_key connections.PRIMARY', 'tenant_id, id', 3),
      ('primary_key control_plane_comm_keys.PRIMARY', 'kid', 3),
      ('primary_key custom_domains.PRIMARY', 'custom_domain_id', 3),
      ('primary_key custom_text.PRIMARY', 'tenant_id, prompt, language', 3),
      ('primary_key email_providers.PRIMARY', 'tenant_id', 3),
      ('primary_key email_templates.PRIMARY', 'tenant_id, template', 3),
      ('primary_key flows.PRIMARY', 'id', 3),
      ('primary_key forms.PRIMARY', 'id', 3),
      ('primary_key grants.PRIMARY', 'id', 3),
      ('primary_key hook_code.PRIMARY', 'id', 3),
      ('primary_key hooks.PRIMARY', 'hook_id', 3),
      ('primary_key invites.PRIMARY', 'id', 3),
      ('primary_key keys.PRIMARY', 'kid', 3),
      ('primary_key kysely_migration.PRIMARY', 'name', 3),
      ('primary_key kysely_migration_lock.PRIMARY', 'id', 3),
      ('primary_key log_streams.PRIMARY', 'id', 3),
      ('primary_key login_sessions.PRIMARY', 'tenant_id, id', 3),
      ('primary_key logs.PRIMARY', 'log_id', 3),
      ('primary_key migration_sources.PRIMARY', 'id', 3),
      ('primary_key migrations.PRIMARY', 'id', 3),
      ('primary_key organizations.PRIMARY', 'id', 3),
      ('primary_key outbox_events.PRIMARY', 'id', 3),
      ('primary_key passwords.PRIMARY', 'id', 3),
      ('primary_key prompt_settings.PRIMARY', 'tenant_id', 3),
      ('primary_key proxy_routes.PRIMARY', 'id', 3),
      ('primary_key refresh_tokens.PRIMARY', 'tenant_id, id', 3),
      ('primary_key resource_servers.PRIMARY', 'tenant_id, id', 3),
      ('primary_key role_permissions.PRIMARY', 'tenant_id, role_id, resource_server_identifier, permission_name', 3),
      ('primary_key roles.PRIMARY', 'tenant_id, id', 3),
      ('primary_key rollouts.PRIMARY', 'id', 3),
      ('primary_key sessions.PRIMARY', 'tenant_id, id', 3),
      ('primary_key tenant_operation_events.PRIMARY', 'id', 3),
      ('primary_key tenant_operations.PRIMARY', 'id', 3),
      ('primary_key tenants.PRIMARY', 'id', 3),
      ('primary_key themes.PRIMARY', 'tenant_id, themeId', 3),
      ('primary_key universal_login_templates.PRIMARY', 'tenant_id', 3),
      ('primary_key user_activity.PRIMARY', 'tenant_id, user_id', 3),
      ('primary_key user_organizations.PRIMARY', 'id', 3),
      ('primary_key user_permissions.PRIMARY', 'tenant_id, user_id, resource_server_identifier, permission_name, organization_id', 3),
      ('primary_key user_roles.PRIMARY', 'tenant_id, user_id, role_id, organization_id', 3),
      ('primary_key users.PRIMARY', 'tenant_id, user_id', 2),
      ('primary_key users.PRIMARY', 'user_id, tenant_id', 1),
      ('table action_executions', 'present', 3),
      ('table action_versions', 'present', 3),
      ('table actions', 'present', 3),
      ('table authentication_methods', 'present', 3),
      ('table branding', 'present', 3),
      ('table client_grants', 'present', 3),
      ('table client_registration_tokens', 'present', 3),
      ('table clients', 'present', 3),
      ('table codes', 'present', 3),
      ('table connections', 'present', 3),
      ('table control_plane_comm_keys', 'present', 3),
      ('table custom_domains', 'present', 3),
      ('table custom_text', 'present', 3),
      ('table email_providers', 'present', 3),
      ('table email_templates', 'present', 3),
      ('table flows', 'present', 3),
      ('table forms', 'present', 3),
      ('table grants', 'present', 3),
      ('table hook_code', 'present', 3),
      ('table hooks', 'present', 3),
      ('table invites', 'present', 3),
      ('table keys', 'present', 3),
      ('table kysely_migration', 'present', 3),
      ('table kysely_migration_lock', 'present', 3),
      ('table log_streams', 'present', 3),
      ('table login_sessions', 'present', 3),
      ('table logs', 'present', 3),
      ('table migration_sources', 'present', 3),
      ('table migrations', 'present', 3),
      ('table organization_connections', 'present', 3),
      ('table organizations', 'present', 3),
      ('table outbox_events', 'present', 3),
      ('table passwords', 'present', 3),
      ('table prompt_settings', 'present', 3),
      ('table proxy_routes', 'present', 3),
      ('table refresh_tokens', 'present', 3),
      ('table resource_servers', 'present', 3),
      ('table role_permissions', 'present', 3),
      ('table roles', 'present', 3),
      ('table rollouts', 'present', 3),
      ('table sessions', 'present', 3),
      ('table tenant_operation_events', 'present', 3),
      ('table tenant_operations', 'present', 3),
      ('table tenants', 'present', 3),
      ('table themes', 'present', 3),
      ('table universal_login_templates', 'present', 3),
      ('table user_activity', 'present', 3),
      ('table user_organizations', 'present', 3),
      ('table user_permissions', 'present', 3),
      ('table user_roles', 'present', 3),
      ('table users', 'present', 3),
      ('unique organization_connections.(tenant_id, organization_id, connection_id)', 'present', 1),
      ('unique user_organizations.(tenant_id, user_id, organization_id)', 'present', 1),
      ('unique users.(email, provider, tenant_id)', 'present', 1),
      ('unique users.(phone_number, provider, tenant_id)', 'present', 1));
DROP TABLE IF EXISTS temp.plan_require;
CREATE TEMP TABLE plan_require AS SELECT column1 AS k, column2 AS m, column3 AS f FROM (VALUES
      ('column action_executions.created_at_ts', 'table action_executions has no column created_at_ts', 3),
      ('column action_executions.id', 'table action_executions has no column id', 3),
      ('column action_executions.logs', 'table action_executions has no column logs', 3),
      ('column action_executions.results', 'table action_executions has no column results', 3),
      ('column action_executions.status', 'table action_executions has no column status', 3),
      ('column action_executions.tenant_id', 'table action_executions has no column tenant_id', 3),
      ('column action_executions.trigger_id', 'table action_executions has no column trigger_id', 3),
      ('column action_executions.updated_at_ts', 'table action_executions has no column updated_at_ts', 3),
      ('column action_versions.action_id', 'table action_versions has no column action_id', 3),
      ('column action_versions.code', 'table action_versions has no column code', 3),
      ('column action_versions.created_at_ts', 'table action_versions has no column created_at_ts', 3),
      ('column action_versions.dependencies', 'table action_versions has no column dependencies', 3),
      ('column action_versions.deployed', 'table action_versions has no column deployed', 3),
      ('column action_versions.id', 'table action_versions has no column id', 3),
      ('column action_versions.number', 'table action_versions has no column number', 3),
      ('column action_versions.runtime', 'table action_versions has no column runtime', 3),
      ('column action_versions.secrets', 'table action_versions has no column secrets', 3),
      ('column action_versions.supported_triggers', 'table action_versions has no column supported_triggers', 3),
      ('column action_versions.tenant_id', 'table action_versions has no column tenant_id', 3),
      ('column action_versions.updated_at_ts', 'table action_versions has no column updated_at_ts', 3),
      ('column actions.code', 'table actions has no column code', 3),
      ('column actions.created_at_ts', 'table actions has no column created_at_ts', 3),
      ('column actions.dependencies', 'table actions has no column dependencies', 3),
      ('column actions.deployed_at_ts', 'table actions has no column deployed_at_ts', 3),
      ('column actions.id', 'table actions has no column id', 3),
      ('column actions.inherit', 'table actions has no column inherit', 3),
      ('column actions.is_system', 'table actions has no column is_system', 3),
      ('column actions.name', 'table actions has no column name', 3),
      ('column actions.runtime', 'table actions has no column runtime', 3),
      ('column actions.secrets', 'table actions has no column secrets', 3),
      ('column actions.status', 'table actions has no column status', 3),
      ('column actions.supported_triggers', 'table actions has no column supported_triggers', 3),
      ('column actions.tenant_id', 'table actions has no column tenant_id', 3),
      ('column actions.updated_at_ts', 'table actions has no column updated_at_ts', 3),
      ('column authentication_methods.confirmed', 'table authentication_methods has no column confirmed', 3),
      ('column authentication_methods.created_at_ts', 'table authentication_methods has no column created_at_ts', 3),
      ('column authentication_methods.credential_backed_up', 'table authentication_methods has no column credential_backed_up', 3),
      ('column authentication_methods.credential_id', 'table authentication_methods has no column credential_id', 3),
      ('column authentication_methods.friendly_name', 'table authentication_methods has no column friendly_name', 3),
      ('column authentication_methods.id', 'table authentication_methods has no column id', 3),
      ('column authentication_methods.phone_number', 'table authentication_methods has no column phone_number', 3),
      ('column authentication_methods.public_key', 'table authentication_methods has no column public_key', 3),
      ('column authentication_methods.sign_count', 'table authentication_methods has no column sign_count', 3),
      ('column authentication_methods.tenant_id', 'table authentication_methods has no column tenant_id', 3),
      ('column authentication_methods.totp_secret', 'table authentication_methods has no column totp_secret', 3),
      ('column authentication_methods.transports', 'table authentication_methods has no column transports', 3),
      ('column authentication_methods.type', 'table authentication_methods has no column type', 3),
      ('column authentication_methods.updated_at_ts', 'table authentication_methods has no column updated_at_ts', 3),
      ('column authentication_methods.user_id', 'table authentication_methods has no column user_id', 3),
      ('column branding.colors_page_background_angle_dev', 'table branding has no column colors_page_background_angle_dev', 3),
      ('column branding.colors_page_background_end', 'table branding has no column colors_page_background_end', 3),
      ('column branding.colors_page_background_start', 'table branding has no column colors_page_background_start', 3),
      ('column branding.colors_page_background_type', 'table branding has no column colors_page_background_type', 3),
      ('column branding.colors_primary', 'table branding has no column colors_primary', 3),
      ('column branding.dark_mode', 'table branding has no column dark_mode', 3),
      ('column branding.favicon_url', 'table branding has no column favicon_url', 3),
      ('column branding.font_url', 'table branding has no column font_url', 3),
      ('column branding.logo_url', 'table branding has no column logo_url', 3),
      ('column branding.tenant_id', 'table branding has no column tenant_id', 3),
      ('column client_grants.allow_any_organization', 'table client_grants has no column allow_any_organization', 3),
      ('column client_grants.audience', 'table client_grants has no column audience', 3),
      ('column client_grants.authorization_details_types', 'table client_grants has no column authorization_details_types', 3),
      ('column client_grants.client_id', 'table client_grants has no column client_id', 3),
      ('column client_grants.created_at', 'table client_grants has no column created_at', 3),
      ('column client_grants.id', 'table client_grants has no column id', 3),
      ('column client_grants.is_system', 'table client_grants has no column is_system', 3),
      ('column client_grants.organization_usage', 'table client_grants has no column organization_usage', 3),
      ('column client_grants.scope', 'table client_grants has no column scope', 3),
      ('column client_grants.subject_type', 'table client_grants has no column subject_type', 3),
      ('column client_grants.tenant_id', 'table client_grants has no column tenant_id', 3),
      ('column client_grants.updated_at', 'table client_grants has no column updated_at', 3),
      ('column client_registration_tokens.client_id', 'table client_registration_tokens has no column client_id', 3),
      ('column client_registration_tokens.constraints', 'table client_registration_tokens has no column constraints', 3),
      ('column client_registration_tokens.created_at_ts', 'table client_registration_tokens has no column created_at_ts', 3),
      ('column client_registration_tokens.expires_at_ts', 'table client_registration_tokens has no column expires_at_ts', 3),
      ('column client_registration_tokens.id', 'table client_registration_tokens has no column id', 3),
      ('column client_registration_tokens.revoked_at_ts', 'table client_registration_tokens has no column revoked_at_ts', 3),
      ('column client_registration_tokens.single_use', 'table client_registration_tokens has no column single_use', 3),
      ('column client_registration_tokens.sub', 'table client_registration_tokens has no column sub', 3),
      ('column client_registration_tokens.tenant_id', 'table client_registration_tokens has no column tenant_id', 3),
      ('column client_registration_tokens.token_hash', 'table client_registration_tokens has no column token_hash', 3),
      ('column client_registration_tokens.type', 'table client_registration_tokens has no column type', 3),
      ('column client_registration_tokens.used_at_ts', 'table client_registration_tokens has no column used_at_ts', 3),
      ('column clients.addons', 'table clients has no column addons', 3),
      ('column clients.allowed_clients', 'table clients has no column allowed_clients', 3),
      ('column clients.allowed_logout_urls', 'table clients has no column allowed_logout_urls', 3),
      ('column clients.allowed_origins', 'table clients has no column allowed_origins', 3),
      ('column clients.app_type', 'table clients has no column app_type', 3),
      ('column clients.auth0_conformant', 'table clients has no column auth0_conformant', 3),
      ('column clients.callbacks', 'table clients has no column callbacks', 3),
      ('column clients.client_aliases', 'table clients has no column client_aliases', 3),
      ('column clients.client_authentication_methods', 'table clients has no column client_authentication_methods', 3),
      ('column clients.client_id', 'table clients has no column client_id', 3),
      ('column clients.client_metadata', 'table clients has no column client_metadata', 3),
      ('column clients.client_secret', 'table clients has no column client_secret', 3),
      ('column clients.compliance_level', 'table clients has no column compliance_level', 3),
      ('column clients.connections', 'table clients has no column connections', 3),
      ('column clients.created_at', 'table clients has no column created_at', 3),
      ('column clients.cross_origin_authentication', 'table clients has no column cross_origin_authentication', 3),
      ('column clients.cross_origin_loc', 'table clients has no column cross_origin_loc', 3),
      ('column clients.custom_login_page', 'table clients has no column custom_login_page', 3),
      ('column clients.custom_login_page_on', 'table clients has no column custom_login_page_on', 3),
      ('column clients.custom_login_page_preview', 'table clients has no column custom_login_page_preview', 3),
      ('column clients.default_organization', 'table clients has no column default_organization', 3),
      ('column clients.description', 'table clients has no column description', 3),
      ('column clients.encryption_key', 'table clients has no column encryption_key', 3),
      ('column clients.form_template', 'table clients has no column form_template', 3),
      ('column clients.global', 'table clients has no column global', 3),
      ('column clients.grant_types', 'table clients has no column grant_types', 3),
      ('column clients.hide_sign_up_disabled_error', 'table clients has no column hide_sign_up_disabled_error', 3),
      ('column clients.initiate_login_uri', 'table clients has no column initiate_login_uri', 3),
      ('column clients.is_first_party', 'table clients has no column is_first_party', 3),
      ('column clients.jwt_configuration', 'table clients has no column jwt_configuration', 3),
      ('column clients.logo_uri', 'table clients has no column logo_uri', 3),
      ('column clients.mobile', 'table clients has no column mobile', 3),
      ('column clients.name', 'table clients has no column name', 3),
      ('column clients.native_social_login', 'table clients has no column native_social_login', 3),
      ('column clients.oidc_conformant', 'table clients has no column oidc_conformant', 3),
      ('column clients.oidc_logout', 'table clients has no column oidc_logout', 3),
      ('column clients.organization_require_behavior', 'table clients has no column organization_require_behavior', 3),
      ('column clients.organization_usage', 'table clients has no column organization_usage', 3),
      ('column clients.owner_user_id', 'table clients has no column owner_user_id', 3),
      ('column clients.par_request_expiry', 'table clients has no column par_request_expiry', 3),
      ('column clients.refresh_token', 'table clients has no column refresh_token', 3),
      ('column clients.registration_metadata', 'table clients has no column registration_metadata', 3),
      ('column clients.registration_type', 'table clients has no column registration_type', 3),
      ('column clients.require_proof_of_possession', 'table clients has no column require_proof_of_possession', 3),
      ('column clients.require_pushed_authorization_requests', 'table clients has no column require_pushed_authorization_requests', 3),
      ('column clients.session_transfer', 'table clients has no column session_transfer', 3),
      ('column clients.signed_request_object', 'table clients has no column signed_request_object', 3),
      ('column clients.signing_keys', 'table clients has no column signing_keys', 3),
      ('column clients.sso', 'table clients has no column sso', 3),
      ('column clients.sso_disabled', 'table clients has no column sso_disabled', 3),
      ('column clients.tenant_id', 'table clients has no column tenant_id', 3),
      ('column clients.token_endpoint_auth_method', 'table clients has no column token_endpoint_auth_method', 3),
      ('column clients.token_quota', 'table clients has no column token_quota', 3),
      ('column clients.updated_at', 'table clients has no column updated_at', 3),
      ('column clients.user_linking_mode', 'table clients has no column user_linking_mode', 3),
      ('column clients.web_origins', 'table clients has no column web_origins', 3),
      ('column codes.code_challenge', 'table codes has no column code_challenge', 3),
      ('column codes.code_challenge_method', 'table codes has no column code_challenge_method', 3),
      ('column codes.code_id', 'table codes has no column code_id', 3),
      ('column codes.code_type', 'table codes has no column code_type', 3),
      ('column codes.code_verifier', 'table codes has no column code_verifier', 3),
      ('column codes.connection_id', 'table codes has no column connection_id', 3),
      ('column codes.created_at', 'table codes has no column created_at', 3),
      ('column codes.expires_at', 'table codes has no column expires_at', 3),
      ('column codes.expires_at_ts', 'table codes has no column expires_at_ts', 3),
      ('column codes.login_id', 'table codes has no column login_id', 3),
      ('column codes.nonce', 'table codes has no column nonce', 3),
      ('column codes.otp', 'table codes has no column otp', 3),
      ('column codes.redirect_uri', 'table codes has no column redirect_uri', 3),
      ('column codes.state', 'table codes has no column state', 3),
      ('column codes.tenant_id', 'table codes has no column tenant_id', 3),
      ('column codes.used_at', 'table codes has no column used_at', 3),
      ('column codes.user_id', 'table codes has no column user_id', 3),
      ('column connections.created_at', 'table connections has no column created_at', 3),
      ('column connections.display_name', 'table connections has no column display_name', 3),
      ('column connections.id', 'table connections has no column id', 3),
      ('column connections.is_domain_connection', 'table connections has no column is_domain_connection', 3),
      ('column connections.is_system', 'table connections has no column is_system', 3),
      ('column connections.metadata', 'table connections has no column metadata', 3),
      ('column connections.name', 'table connections has no column name', 3),
      ('column connections.options', 'table connections has no column options', 3),
      ('column connections.response_mode', 'table connections has no column response_mode', 3),
      ('column connections.response_type', 'table connections has no column response_type', 3),
      ('column connections.show_as_button', 'table connections has no column show_as_button', 3),
      ('column connections.strategy', 'table connections has no column strategy', 3),
      ('column connections.tenant_id', 'table connections has no column tenant_id', 3),
      ('column connections.updated_at', 'table connections has no column updated_at', 3),
      ('column control_plane_comm_keys.created_at', 'table control_plane_comm_keys has no column created_at', 3),
      ('column control_plane_comm_keys.kid', 'table control_plane_comm_keys has no column kid', 3),
      ('column control_plane_comm_keys.public_jwk', 'table control_plane_comm_keys has no column public_jwk', 3),
      ('column control_plane_comm_keys.revoked_at', 'table control_plane_comm_keys has no column revoked_at', 3),
      ('column control_plane_comm_keys.tenant_id', 'table control_plane_comm_keys has no column tenant_id', 3),
      ('column custom_domains.created_at', 'table custom_domains has no column created_at', 3),
      ('column custom_domains.custom_client_ip_header', 'table custom_domains has no column custom_client_ip_header', 3),
      ('column custom_domains.custom_domain_id', 'table custom_domains has no column custom_domain_id', 3),
      ('column custom_domains.domain', 'table custom_domains has no column domain', 3),
      ('column custom_domains.domain_metadata', 'table custom_domains has no column domain_metadata', 3),
      ('column custom_domains.origin_domain_name', 'table custom_domains has no column origin_domain_name', 3),
      ('column custom_domains.primary', 'table custom_domains has no column primary', 3),
      ('column custom_domains.status', 'table custom_domains has no column status', 3),
      ('column custom_domains.tenant_id', 'table custom_domains has no column tenant_id', 3),
      ('column custom_domains.tls_policy', 'table custom_domains has no column tls_policy', 3),
      ('column custom_domains.type', 'table custom_domains has no column type', 3),
      ('column custom_domains.updated_at', 'table custom_domains has no column updated_at', 3),
      ('column custom_domains.verification', 'table custom_domains has no column verification', 3),
      ('column custom_text.created_at_ts', 'table custom_text has no column created_at_ts', 3),
      ('column custom_text.custom_text', 'table custom_text has no column custom_text', 3),
      ('column custom_text.language', 'table custom_text has no column language', 3),
      ('column custom_text.prompt', 'table custom_text has no column prompt', 3),
      ('column custom_text.tenant_id', 'table custom_text has no column tenant_id', 3),
      ('column custom_text.updated_at_ts', 'table custom_text has no column updated_at_ts', 3),
      ('column email_providers.created_at', 'table email_providers has no column created_at', 3),
      ('column email_providers.credentials', 'table email_providers has no column credentials', 3),
      ('column email_providers.default_from_address', 'table email_providers has no column default_from_address', 3),
      ('column email_providers.enabled', 'table email_providers has no column enabled', 3),
      ('column email_providers.name', 'table email_providers has no column name', 3),
      ('column email_providers.settings', 'table email_providers has no column settings', 3),
      ('column email_providers.tenant_id', 'table email_providers has no column tenant_id', 3),
      ('column email_providers.updated_at', 'table email_providers has no column updated_at', 3),
      ('column email_templates.body', 'table email_templates has no column body', 3),
      ('column email_templates.created_at', 'table email_templates has no column created_at', 3),
      ('column email_templates.enabled', 'table email_templates has no column enabled', 3),
      ('column email_templates.from', 'table email_templates has no column from', 3),
      ('column email_templates.include_email_in_redirect', 'table email_templates has no column include_email_in_redirect', 3),
      ('column email_templates.result_url', 'table email_templates has no column result_url', 3),
      ('column email_templates.subject', 'table email_templates has no column subject', 3),
      ('column email_templates.syntax', 'table email_templates has no column syntax', 3),
      ('column email_templates.template', 'table email_templates has no column template', 3),
      ('column email_templates.tenant_id', 'table email_templates has no column tenant_id', 3),
      ('column email_templates.updated_at', 'table email_templates has no column updated_at', 3),
      ('column email_templates.url_lifetime_in_seconds', 'table email_templates has no column url_lifetime_in_seconds', 3),
      ('column flows.actions', 'table flows has no column actions', 3),
      ('column flows.created_at', 'table flows has no column created_at', 3),
      ('column flows.id', 'table flows has no column id', 3),
      ('column flows.name', 'table flows has no column name', 3),
      ('column flows.tenant_id', 'table flows has no column tenant_id', 3),
      ('column flows.updated_at', 'table flows has no column updated_at', 3),
      ('column forms.created_at', 'table forms has no column created_at', 3),
      ('column forms.ending', 'table forms has no column ending', 3),
      ('column forms.id', 'table forms has no column id', 3),
      ('column forms.languages', 'table forms has no column languages', 3),
      ('column forms.messages', 'table forms has no column messages', 3),
      ('column forms.name', 'table forms has no column name', 3),
      ('column forms.nodes', 'table forms has no column nodes', 3),
      ('column forms.start', 'table forms has no column start', 3),
      ('column forms.style', 'table forms has no column style', 3),
      ('column forms.tenant_id', 'table forms has no column tenant_id', 3),
      ('column forms.translations', 'table forms has no column translations', 3),
      ('column forms.updated_at', 'table forms has no column updated_at', 3),
      ('column grants.audience', 'table grants has no column audience', 3),
      ('column grants.client_id', 'table grants has no column client_id', 3),
      ('column grants.created_at', 'table grants has no column created_at', 3),
      ('column grants.id', 'table grants has no column id', 3),
      ('column grants.scope', 'table grants has no column scope', 3),
      ('column grants.tenant_id', 'table grants has no column tenant_id', 3),
      ('column grants.updated_at', 'table grants has no column updated_at', 3),
      ('column grants.user_id', 'table grants has no column user_id', 3),
      ('column hook_code.code', 'table hook_code has no column code', 3),
      ('column hook_code.created_at_ts', 'table hook_code has no column created_at_ts', 3),
      ('column hook_code.id', 'table hook_code has no column id', 3),
      ('column hook_code.secrets', 'table hook_code has no column secrets', 3),
      ('column hook_code.tenant_id', 'table hook_code has no column tenant_id', 3),
      ('column hook_code.updated_at_ts', 'table hook_code has no column updated_at_ts', 3),
      ('column hooks.code_id', 'table hooks has no column code_id', 3),
      ('column hooks.created_at_ts', 'table hooks has no column created_at_ts', 3),
      ('column hooks.enabled', 'table hooks has no column enabled', 3),
      ('column hooks.form_id', 'table hooks has no column form_id', 3),
      ('column hooks.hook_id', 'table hooks has no column hook_id', 3),
      ('column hooks.metadata', 'table hooks has no column metadata', 3),
      ('column hooks.priority', 'table hooks has no column priority', 3),
      ('column hooks.synchronous', 'table hooks has no column synchronous', 3),
      ('column hooks.template_id', 'table hooks has no column template_id', 3),
      ('column hooks.tenant_id', 'table hooks has no column tenant_id', 3),
      ('column hooks.trigger_id', 'table hooks has no column trigger_id', 3),
      ('column hooks.updated_at_ts', 'table hooks has no column updated_at_ts', 3),
      ('column hooks.url', 'table hooks has no column url', 3),
      ('column invites.app_metadata', 'table invites has no column app_metadata', 3),
      ('column invites.client_id', 'table invites has no column client_id', 3),
      ('column invites.connection_id', 'table invites has no column connection_id', 3),
      ('column invites.created_at', 'table invites has no column created_at', 3),
      ('column invites.expires_at', 'table invites has no column expires_at', 3),
      ('column invites.id', 'table invites has no column id', 3),
      ('column invites.invitation_url', 'table invites has no column invitation_url', 3),
      ('column invites.invitee', 'table invites has no column invitee', 3),
      ('column invites.inviter', 'table invites has no column inviter', 3),
      ('column invites.organization_id', 'table invites has no column organization_id', 3),
      ('column invites.roles', 'table invites has no column roles', 3),
      ('column invites.send_invitation_email', 'table invites has no column send_invitation_email', 3),
      ('column invites.tenant_id', 'table invites has no column tenant_id', 3),
      ('column invites.ticket_id', 'table invites has no column ticket_id', 3),
      ('column invites.ttl_sec', 'table invites has no column ttl_sec', 3),
      ('column invites.user_metadata', 'table invites has no column user_metadata', 3),
      ('column keys.cert', 'table keys has no column cert', 3),
      ('column keys.connection', 'table keys has no column connection', 3),
      ('column keys.created_at', 'table keys has no column created_at', 3),
      ('column keys.current_since', 'table keys has no column current_since', 3),
      ('column keys.current_until', 'table keys has no column current_until', 3),
      ('column keys.fingerprint', 'table keys has no column fingerprint', 3),
      ('column keys.kid', 'table keys has no column kid', 3),
      ('column keys.pkcs7', 'table keys has no column pkcs7', 3),
      ('column keys.revoked_at', 'table keys has no column revoked_at', 3),
      ('column keys.tenant_id', 'table keys has no column tenant_id', 3),
      ('column keys.thumbprint', 'table keys has no column thumbprint', 3),
      ('column keys.type', 'table keys has no column type', 3),
      ('column kysely_migration.name', 'table kysely_migration has no column name', 3),
      ('column kysely_migration.timestamp', 'table kysely_migration has no column timestamp', 3),
      ('column kysely_migration_lock.id', 'table kysely_migration_lock has no column id', 3),
      ('column kysely_migration_lock.is_locked', 'table kysely_migration_lock has no column is_locked', 3),
      ('column log_streams.created_at', 'table log_streams has no column created_at', 3),
      ('column log_streams.filters', 'table log_streams has no column filters', 3),
      ('column log_streams.id', 'table log_streams has no column id', 3),
      ('column log_streams.is_priority', 'table log_streams has no column is_priority', 3),
      ('column log_streams.name', 'table log_streams has no column name', 3),
      ('column log_streams.sink', 'table log_streams has no column sink', 3),
      ('column log_streams.status', 'table log_streams has no column status', 3),
      ('column log_streams.tenant_id', 'table log_streams has no column tenant_id', 3),
      ('column log_streams.type', 'table log_streams has no column type', 3),
      ('column log_streams.updated_at', 'table log_streams has no column updated_at', 3),
      ('column login_sessions.auth0Client', 'table login_sessions has no column auth0Client', 3),
      ('column login_sessions.auth_connection', 'table login_sessions has no column auth_connection', 3),
      ('column login_sessions.auth_params', 'table login_sessions has no column auth_params', 3),
      ('column login_sessions.auth_strategy_strategy', 'table login_sessions has no column auth_strategy_strategy', 3),
      ('column login_sessions.auth_strategy_strategy_type', 'table login_sessions has no column auth_strategy_strategy_type', 3),
      ('column login_sessions.authenticated_at', 'table login_sessions has no column authenticated_at', 3),
      ('column login_sessions.authorization_url', 'table login_sessions has no column authorization_url', 3),
      ('column login_sessions.created_at_ts', 'table login_sessions has no column created_at_ts', 3),
      ('column login_sessions.csrf_token', 'table login_sessions has no column csrf_token', 3),
      ('column login_sessions.expires_at_ts', 'table login_sessions has no column expires_at_ts', 3),
      ('column login_sessions.failure_reason', 'table login_sessions has no column failure_reason', 3),
      ('column login_sessions.id', 'table login_sessions has no column id', 3),
      ('column login_sessions.ip', 'table login_sessions has no column ip', 3),
      ('column login_sessions.session_id', 'table login_sessions has no column session_id', 3),
      ('column login_sessions.state', 'table login_sessions has no column state', 3),
      ('column login_sessions.state_data', 'table login_sessions has no column state_data', 3),
      ('column login_sessions.tenant_id', 'table login_sessions has no column tenant_id', 3),
      ('column login_sessions.updated_at_ts', 'table login_sessions has no column updated_at_ts', 3),
      ('column login_sessions.user_id', 'table login_sessions has no column user_id', 3),
      ('column login_sessions.useragent', 'table login_sessions has no column useragent', 3),
      ('column logs.audience', 'table logs has no column audience', 3),
      ('column logs.auth0_client', 'table logs has no column auth0_client', 3),
      ('column logs.category', 'table logs has no column category', 3),
      ('column logs.city_name', 'table logs has no column city_name', 3),
      ('column logs.client_id', 'table logs has no column client_id', 3),
      ('column logs.client_name', 'table logs has no column client_name', 3),
      ('column logs.connection', 'table logs has no column connection', 3),
      ('column logs.connection_id', 'table logs has no column connection_id', 3),
      ('column logs.continent_code', 'table logs has no column continent_code', 3),
      ('column logs.country_code', 'table logs has no column country_code', 3),
      ('column logs.country_code3', 'table logs has no column country_code3', 2),
      ('column logs.country_name', 'table logs has no column country_name', 2),
      ('column logs.date', 'table logs has no column date', 3),
      ('column logs.description', 'table logs has no column description', 3),
      ('column logs.details', 'table logs has no column details', 3),
      ('column logs.hostname', 'table logs has no column hostname', 3),
      ('column logs.ip', 'table logs has no column ip', 3),
      ('column logs.isMobile', 'table logs has no column isMobile', 3),
      ('column logs.latitude', 'table logs has no column latitude', 3),
      ('column logs.log_id', 'table logs has no column log_id', 3),
      ('column logs.longitude', 'table logs has no column longitude', 3),
      ('column logs.scope', 'table logs has no column scope', 3),
      ('column logs.session_connection', 'table logs has no column session_connection', 3),
      ('column logs.strategy', 'table logs has no column strategy', 3),
      ('column logs.strategy_type', 'table logs has no column strategy_type', 3),
      ('column logs.tenant_id', 'table logs has no column tenant_id', 3),
      ('column logs.time_zone', 'table logs has no column time_zone', 3),
      ('column logs.type', 'table logs has no column type', 3),
      ('column logs.user_agent', 'table logs has no column user_agent', 3),
      ('column logs.user_id', 'table logs has no column user_id', 3),
      ('column logs.user_name', 'table logs has no column user_name', 3),
      ('column migration_sources.connection', 'table migration_sources has no column connection', 3),
      ('column migration_sources.created_at', 'table migration_sources has no column created_at', 3),
      ('column migration_sources.credentials', 'table migration_sources has no column credentials', 3),
      ('column migration_sources.enabled', 'table migration_sources has no column enabled', 3),
      ('column migration_sources.id', 'table migration_sources has no column id', 3),
      ('column migration_sources.name', 'table migration_sources has no column name', 3),
      ('column migration_sources.provider', 'table migration_sources has no column provider', 3),
      ('column migration_sources.tenant_id', 'table migration_sources has no column tenant_id', 3),
      ('column migration_sources.updated_at', 'table migration_sources has no column updated_at', 3),
      ('column migrations.client_id', 'table migrations has no column client_id', 3),
      ('column migrations.created_at', 'table migrations has no column created_at', 3),
      ('column migrations.domain', 'table migrations has no column domain', 3),
      ('column migrations.id', 'table migrations has no column id', 3),
      ('column migrations.origin', 'table migrations has no column origin', 3),
      ('column migrations.provider', 'table migrations has no column provider', 3),
      ('column migrations.tenant_id', 'table migrations has no column tenant_id', 3),
      ('column migrations.updated_at', 'table migrations has no column updated_at', 3),
      ('column organization_connections.assign_membership_on_login', 'table organization_connections has no column assign_membership_on_login', 3),
      ('column organization_connections.connection_id', 'table organization_connections has no column connection_id', 3),
      ('column organization_connections.created_at', 'table organization_connections has no column created_at', 3),
      ('column organization_connections.is_signup_enabled', 'table organization_connections has no column is_signup_enabled', 3),
      ('column organization_connections.organization_id', 'table organization_connections has no column organization_id', 3),
      ('column organization_connections.show_as_button', 'table organization_connections has no column show_as_button', 3),
      ('column organization_connections.tenant_id', 'table organization_connections has no column tenant_id', 3),
      ('column organization_connections.updated_at', 'table organization_connections has no column updated_at', 3),
      ('column organizations.branding', 'table organizations has no column branding', 3),
      ('column organizations.created_at', 'table organizations has no column created_at', 3),
      ('column organizations.display_name', 'table organizations has no column display_name', 3),
      ('column organizations.enabled_connections', 'table organizations has no column enabled_connections', 3),
      ('column organizations.id', 'table organizations has no column id', 3),
      ('column organizations.metadata', 'table organizations has no column metadata', 3),
      ('column organizations.name', 'table organizations has no column name', 3),
      ('column organizations.tenant_id', 'table organizations has no column tenant_id', 3),
      ('column organizations.token_quota', 'table organizations has no column token_quota', 3),
      ('column organizations.updated_at', 'table organizations has no column updated_at', 3),
      ('column outbox_events.aggregate_id', 'table outbox_events has no column aggregate_id', 3),
      ('column outbox_events.aggregate_type', 'table outbox_events has no column aggregate_type', 3),
      ('column outbox_events.claim_expires_at', 'table outbox_events has no column claim_expires_at', 3),
      ('column outbox_events.claimed_by', 'table outbox_events has no column claimed_by', 3),
      ('column outbox_events.created_at', 'table outbox_events has no column created_at', 3),
      ('column outbox_events.dead_lettered_at', 'table outbox_events has no column dead_lettered_at', 3),
      ('column outbox_events.error', 'table outbox_events has no column error', 3),
      ('column outbox_events.event_type', 'table outbox_events has no column event_type', 3),
      ('column outbox_events.final_error', 'table outbox_events has no column final_error', 3),
      ('column outbox_events.id', 'table outbox_events has no column id', 3),
      ('column outbox_events.log_type', 'table outbox_events has no column log_type', 3),
      ('column outbox_events.next_retry_at', 'table outbox_events has no column next_retry_at', 3),
      ('column outbox_events.payload', 'table outbox_events has no column payload', 3),
      ('column outbox_events.processed_at', 'table outbox_events has no column processed_at', 3),
      ('column outbox_events.retry_count', 'table outbox_events has no column retry_count', 3),
      ('column outbox_events.tenant_id', 'table outbox_events has no column tenant_id', 3),
      ('column passwords.algorithm', 'table passwords has no column algorithm', 3),
      ('column passwords.created_at', 'table passwords has no column created_at', 3),
      ('column passwords.id', 'table passwords has no column id', 3),
      ('column passwords.is_current', 'table passwords has no column is_current', 3),
      ('column passwords.password', 'table passwords has no column password', 3),
      ('column passwords.tenant_id', 'table passwords has no column tenant_id', 3),
      ('column passwords.updated_at', 'table passwords has no column updated_at', 3),
      ('column passwords.user_id', 'table passwords has no column user_id', 3),
      ('column prompt_settings.identifier_first', 'table prompt_settings has no column identifier_first', 3),
      ('column prompt_settings.password_first', 'table prompt_settings has no column password_first', 3),
      ('column prompt_settings.tenant_id', 'table prompt_settings has no column tenant_id', 3),
      ('column prompt_settings.universal_login_experience', 'table prompt_settings has no column universal_login_experience', 3),
      ('column prompt_settings.webauthn_platform_first_factor', 'table prompt_settings has no column webauthn_platform_first_factor', 3),
      ('column proxy_routes.created_at', 'table proxy_routes has no column created_at', 3),
      ('column proxy_routes.custom_domain_id', 'table proxy_routes has no column custom_domain_id', 3),
      ('column proxy_routes.handlers', 'table proxy_routes has no column handlers', 3),
      ('column proxy_routes.id', 'table proxy_routes has no column id', 3),
      ('column proxy_routes.match', 'table proxy_routes has no column match', 3),
      ('column proxy_routes.priority', 'table proxy_routes has no column priority', 3),
      ('column proxy_routes.tenant_id', 'table proxy_routes has no column tenant_id', 3),
      ('column proxy_routes.updated_at', 'table proxy_routes has no column updated_at', 3),
      ('column refresh_tokens.client_id', 'table refresh_tokens has no column client_id', 3),
      ('column refresh_tokens.created_at_ts', 'table refresh_tokens has no column created_at_ts', 3),
      ('column refresh_tokens.device', 'table refresh_tokens has no column device', 3),
      ('column refresh_tokens.expires_at_ts', 'table refresh_tokens has no column expires_at_ts', 3),
      ('column refresh_tokens.family_id', 'table refresh_tokens has no column family_id', 3),
      ('column refresh_tokens.id', 'table refresh_tokens has no column id', 3),
      ('column refresh_tokens.idle_expires_at_ts', 'table refresh_tokens has no column idle_expires_at_ts', 3),
      ('column refresh_tokens.last_exchanged_at_ts', 'table refresh_tokens has no column last_exchanged_at_ts', 3),
      ('column refresh_tokens.login_id', 'table refresh_tokens has no column login_id', 3),
      ('column refresh_tokens.resource_servers', 'table refresh_tokens has no column resource_servers', 3),
      ('column refresh_tokens.revoked_at_ts', 'table refresh_tokens has no column revoked_at_ts', 3),
      ('column refresh_tokens.rotated_at_ts', 'table refresh_tokens has no column rotated_at_ts', 3),
      ('column refresh_tokens.rotated_to', 'table refresh_tokens has no column rotated_to', 3),
      ('column refresh_tokens.rotating', 'table refresh_tokens has no column rotating', 3),
      ('column refresh_tokens.tenant_id', 'table refresh_tokens has no column tenant_id', 3),
      ('column refresh_tokens.token_hash', 'table refresh_tokens has no column token_hash', 3),
      ('column refresh_tokens.token_lookup', 'table refresh_tokens has no column token_lookup', 3),
      ('column refresh_tokens.user_id', 'table refresh_tokens has no column user_id', 3),
      ('column resource_servers.allow_offline_access', 'table resource_servers has no column allow_offline_access', 3),
      ('column resource_servers.created_at', 'table resource_servers has no column created_at', 3),
      ('column resource_servers.id', 'table resource_servers has no column id', 3),
      ('column resource_servers.identifier', 'table resource_servers has no column identifier', 3),
      ('column resource_servers.is_system', 'table resource_servers has no column is_system', 3),
      ('column resource_servers.metadata', 'table resource_servers has no column metadata', 3),
      ('column resource_servers.name', 'table resource_servers has no column name', 3),
      ('column resource_servers.options', 'table resource_servers has no column options', 3),
      ('column resource_servers.scopes', 'table resource_servers has no column scopes', 3),
      ('column resource_servers.signing_alg', 'table resource_servers has no column signing_alg', 3),
      ('column resource_servers.signing_secret', 'table resource_servers has no column signing_secret', 3),
      ('column resource_servers.skip_consent_for_verifiable_first_party_clients', 'table resource_servers has no column skip_consent_for_verifiable_first_party_clients', 3),
      ('column resource_servers.tenant_id', 'table resource_servers has no column tenant_id', 3),
      ('column resource_servers.token_lifetime', 'table resource_servers has no column token_lifetime', 3),
      ('column resource_servers.token_lifetime_for_web', 'table resource_servers has no column token_lifetime_for_web', 3),
      ('column resource_servers.updated_at', 'table resource_servers has no column updated_at', 3),
      ('column resource_servers.verification_key', 'table resource_servers has no column verification_key', 3),
      ('column role_permissions.created_at', 'table role_permissions has no column created_at', 3),
      ('column role_permissions.permission_name', 'table role_permissions has no column permission_name', 3),
      ('column role_permissions.resource_server_identifier', 'table role_permissions has no column resource_server_identifier', 3),
      ('column role_permissions.role_id', 'table role_permissions has no column role_id', 3),
      ('column role_permissions.tenant_id', 'table role_permissions has no column tenant_id', 3),
      ('column roles.created_at', 'table roles has no column created_at', 3),
      ('column roles.description', 'table roles has no column description', 3),
      ('column roles.id', 'table roles has no column id', 3),
      ('column roles.is_system', 'table roles has no column is_system', 3),
      ('column roles.metadata', 'table roles has no column metadata', 3),
      ('column roles.name', 'table roles has no column name', 3),
      ('column roles.tenant_id', 'table roles has no column tenant_id', 3),
      ('column roles.updated_at', 'table roles has no column updated_at', 3),
      ('column rollouts.canary_tenant_ids', 'table rollouts has no column canary_tenant_ids', 3),
      ('column rollouts.created_at', 'table rollouts has no column created_at', 3),
      ('column rollouts.filter', 'table rollouts has no column filter', 3),
      ('column rollouts.finished_at', 'table rollouts has no column finished_at', 3),
      ('column rollouts.id', 'table rollouts has no column id', 3),
      ('column rollouts.initiated_by', 'table rollouts has no column initiated_by', 3),
      ('column rollouts.kind', 'table rollouts has no column kind', 3),
      ('column rollouts.status', 'table rollouts has no column status', 3),
      ('column rollouts.target_database_version', 'table rollouts has no column target_database_version', 3),
      ('column rollouts.target_worker_version', 'table rollouts has no column target_worker_version', 3),
      ('column rollouts.updated_at', 'table rollouts has no column updated_at', 3),
      ('column rollouts.wave_size', 'table rollouts has no column wave_size', 3),
      ('column sessions.authenticated_at_ts', 'table sessions has no column authenticated_at_ts', 3),
      ('column sessions.clients', 'table sessions has no column clients', 3),
      ('column sessions.created_at_ts', 'table sessions has no column created_at_ts', 3),
      ('column sessions.device', 'table sessions has no column device', 3),
      ('column sessions.expires_at_ts', 'table sessions has no column expires_at_ts', 3),
      ('column sessions.id', 'table sessions has no column id', 3),
      ('column sessions.idle_expires_at_ts', 'table sessions has no column idle_expires_at_ts', 3),
      ('column sessions.last_interaction_at_ts', 'table sessions has no column last_interaction_at_ts', 3),
      ('column sessions.login_session_id', 'table sessions has no column login_session_id', 3),
      ('column sessions.revoked_at_ts', 'table sessions has no column revoked_at_ts', 3),
      ('column sessions.tenant_id', 'table sessions has no column tenant_id', 3),
      ('column sessions.updated_at_ts', 'table sessions has no column updated_at_ts', 3),
      ('column sessions.used_at_ts', 'table sessions has no column used_at_ts', 3),
      ('column sessions.user_id', 'table sessions has no column user_id', 3),
      ('column tenant_operation_events.attempt', 'table tenant_operation_events has no column attempt', 3),
      ('column tenant_operation_events.created_at', 'table tenant_operation_events has no column created_at', 3),
      ('column tenant_operation_events.detail', 'table tenant_operation_events has no column detail', 3),
      ('column tenant_operation_events.id', 'table tenant_operation_events has no column id', 3),
      ('column tenant_operation_events.operation_id', 'table tenant_operation_events has no column operation_id', 3),
      ('column tenant_operation_events.outcome', 'table tenant_operation_events has no column outcome', 3),
      ('column tenant_operation_events.step', 'table tenant_operation_events has no column step', 3),
      ('column tenant_operations.created_at', 'table tenant_operations has no column created_at', 3),
      ('column tenant_operations.current_step', 'table tenant_operations has no column current_step', 3),
      ('column tenant_operations.engine', 'table tenant_operations has no column engine', 3),
      ('column tenant_operations.engine_instance_id', 'table tenant_operations has no column engine_instance_id', 3),
      ('column tenant_operations.error', 'table tenant_operations has no column error', 3),
      ('column tenant_operations.finished_at', 'table tenant_operations has no column finished_at', 3),
      ('column tenant_operations.id', 'table tenant_operations has no column id', 3),
      ('column tenant_operations.initiated_by', 'table tenant_operations has no column initiated_by', 3),
      ('column tenant_operations.kind', 'table tenant_operations has no column kind', 3),
      ('column tenant_operations.rollout_id', 'table tenant_operations has no column rollout_id', 3),
      ('column tenant_operations.status', 'table tenant_operations has no column status', 3),
      ('column tenant_operations.target_database_version', 'table tenant_operations has no column target_database_version', 3),
      ('column tenant_operations.target_worker_version', 'table tenant_operations has no column target_worker_version', 3),
      ('column tenant_operations.tenant_id', 'table tenant_operations has no column tenant_id', 3),
      ('column tenant_operations.updated_at', 'table tenant_operations has no column updated_at', 3),
      ('column tenants.acr_values_supported', 'table tenants has no column acr_values_supported', 3),
      ('column tenants.allow_organization_name_in_authentication_api', 'table tenants has no column allow_organization_name_in_authentication_api', 3),
      ('column tenants.allowed_logout_urls', 'table tenants has no column allowed_logout_urls', 3),
      ('column tenants.attack_protection', 'table tenants has no column attack_protection', 3),
      ('column tenants.audience', 'table tenants has no column audience', 3),
      ('column tenants.authorization_response_iss_parameter_supported', 'table tenants has no column authorization_response_iss_parameter_supported', 3),
      ('column tenants.bundle_configuration', 'table tenants has no column bundle_configuration', 3),
      ('column tenants.change_password', 'table tenants has no column change_password', 3),
      ('column tenants.created_at', 'table tenants has no column created_at', 3),
      ('column tenants.customize_mfa_in_postlogin_action', 'table tenants has no column customize_mfa_in_postlogin_action', 3),
      ('column tenants.d1_database_id', 'table tenants has no column d1_database_id', 3),
      ('column tenants.database_version', 'table tenants has no column database_version', 3),
      ('column tenants.default_audience', 'table tenants has no column default_audience', 3),
      ('column tenants.default_client_id', 'table tenants has no column default_client_id', 3),
      ('column tenants.default_directory', 'table tenants has no column default_directory', 3),
      ('column tenants.default_organization', 'table tenants has no column default_organization', 3),
      ('column tenants.default_redirection_uri', 'table tenants has no column default_redirection_uri', 3),
      ('column tenants.default_token_quota', 'table tenants has no column default_token_quota', 3),
      ('column tenants.deployment_type', 'table tenants has no column deployment_type', 3),
      ('column tenants.device_flow', 'table tenants has no column device_flow', 3),
      ('column tenants.enabled_locales', 'table tenants has no column enabled_locales', 3),
      ('column tenants.ephemeral_session_lifetime', 'table tenants has no column ephemeral_session_lifetime', 3),
      ('column tenants.error_page', 'table tenants has no column error_page', 3),
      ('column tenants.flags', 'table tenants has no column flags', 3),
      ('column tenants.friendly_name', 'table tenants has no column friendly_name', 3),
      ('column tenants.guardian_mfa_page', 'table tenants has no column guardian_mfa_page', 3),
      ('column tenants.id', 'table tenants has no column id', 3),
      ('column tenants.idle_ephemeral_session_lifetime', 'table tenants has no column idle_ephemeral_session_lifetime', 3),
      ('column tenants.idle_session_lifetime', 'table tenants has no column idle_session_lifetime', 3),
      ('column tenants.legacy_sandbox_version', 'table tenants has no column legacy_sandbox_version', 3),
      ('column tenants.mfa', 'table tenants has no column mfa', 3),
      ('column tenants.mtls', 'table tenants has no column mtls', 3),
      ('column tenants.oidc_logout', 'table tenants has no column oidc_logout', 3),
      ('column tenants.picture_url', 'table tenants has no column picture_url', 3),
      ('column tenants.provisioning_error', 'table tenants has no column provisioning_error', 3),
      ('column tenants.provisioning_state', 'table tenants has no column provisioning_state', 3),
      ('column tenants.provisioning_state_changed_at', 'table tenants has no column provisioning_state_changed_at', 3),
      ('column tenants.pushed_authorization_requests_supported', 'table tenants has no column pushed_authorization_requests_supported', 3),
      ('column tenants.sandbox_version', 'table tenants has no column sandbox_version', 3),
      ('column tenants.sandbox_versions_available', 'table tenants has no column sandbox_versions_available', 3),
      ('column tenants.sender_email', 'table tenants has no column sender_email', 3),
      ('column tenants.sender_name', 'table tenants has no column sender_name', 3),
      ('column tenants.session_cookie', 'table tenants has no column session_cookie', 3),
      ('column tenants.session_lifetime', 'table tenants has no column session_lifetime', 3),
      ('column tenants.sessions', 'table tenants has no column sessions', 3),
      ('column tenants.storage_kind', 'table tenants has no column storage_kind', 3),
      ('column tenants.support_email', 'table tenants has no column support_email', 3),
      ('column tenants.support_url', 'table tenants has no column support_url', 3),
      ('column tenants.updated_at', 'table tenants has no column updated_at', 3),
      ('column tenants.worker_script_name', 'table tenants has no column worker_script_name', 3),
      ('column tenants.worker_version', 'table tenants has no column worker_version', 3),
      ('column themes.borders_button_border_radius', 'table themes has no column borders_button_border_radius', 3),
      ('column themes.borders_button_border_weight', 'table themes has no column borders_button_border_weight', 3),
      ('column themes.borders_buttons_style', 'table themes has no column borders_buttons_style', 3),
      ('column themes.borders_input_border_radius', 'table themes has no column borders_input_border_radius', 3),
      ('column themes.borders_input_border_weight', 'table themes has no column borders_input_border_weight', 3),
      ('column themes.borders_inputs_style', 'table themes has no column borders_inputs_style', 3),
      ('column themes.borders_show_widget_shadow', 'table themes has no column borders_show_widget_shadow', 3),
      ('column themes.borders_widget_border_weight', 'table themes has no column borders_widget_border_weight', 3),
      ('column themes.borders_widget_corner_radius', 'table themes has no column borders_widget_corner_radius', 3),
      ('column themes.colors_base_focus_color', 'table themes has no column colors_base_focus_color', 3),
      ('column themes.colors_base_hover_color', 'table themes has no column colors_base_hover_color', 3),
      ('column themes.colors_body_text', 'table themes has no column colors_body_text', 3),
      ('column themes.colors_captcha_widget_theme', 'table themes has no column colors_captcha_widget_theme', 3),
      ('column themes.colors_error', 'table themes has no column colors_error', 3),
      ('column themes.colors_header', 'table themes has no column colors_header', 3),
      ('column themes.colors_icons', 'table themes has no column colors_icons', 3),
      ('column themes.colors_input_background', 'table themes has no column colors_input_background', 3),
      ('column themes.colors_input_border', 'table themes has no column colors_input_border', 3),
      ('column themes.colors_input_filled_text', 'table themes has no column colors_input_filled_text', 3),
      ('column themes.colors_input_labels_placeholders', 'table themes has no column colors_input_labels_placeholders', 3),
      ('column themes.colors_links_focused_components', 'table themes has no column colors_links_focused_components', 3),
      ('column themes.colors_primary_button', 'table themes has no column colors_primary_button', 3),
      ('column themes.colors_primary_button_label', 'table themes has no column colors_primary_button_label', 3),
      ('column themes.colors_secondary_button_border', 'table themes has no column colors_secondary_button_border', 3),
      ('column themes.colors_secondary_button_label', 'table themes has no column colors_secondary_button_label', 3),
      ('column themes.colors_success', 'table themes has no column colors_success', 3),
      ('column themes.colors_widget_background', 'table themes has no column colors_widget_background', 3),
      ('column themes.colors_widget_border', 'table themes has no column colors_widget_border', 3),
      ('column themes.created_at', 'table themes has no column created_at', 3),
      ('column themes.displayName', 'table themes has no column displayName', 3),
      ('column themes.fonts_body_text_bold', 'table themes has no column fonts_body_text_bold', 3),
      ('column themes.fonts_body_text_size', 'table themes has no column fonts_body_text_size', 3),
      ('column themes.fonts_buttons_text_bold', 'table themes has no column fonts_buttons_text_bold', 3),
      ('column themes.fonts_buttons_text_size', 'table themes has no column fonts_buttons_text_size', 3),
      ('column themes.fonts_font_url', 'table themes has no column fonts_font_url', 3),
      ('column themes.fonts_input_labels_bold', 'table themes has no column fonts_input_labels_bold', 3),
      ('column themes.fonts_input_labels_size', 'table themes has no column fonts_input_labels_size', 3),
      ('column themes.fonts_links_bold', 'table themes has no column fonts_links_bold', 3),
      ('column themes.fonts_links_size', 'table themes has no column fonts_links_size', 3),
      ('column themes.fonts_links_style', 'table themes has no column fonts_links_style', 3),
      ('column themes.fonts_reference_text_size', 'table themes has no column fonts_reference_text_size', 3),
      ('column themes.fonts_subtitle_bold', 'table themes has no column fonts_subtitle_bold', 3),
      ('column themes.fonts_subtitle_size', 'table themes has no column fonts_subtitle_size', 3),
      ('column themes.fonts_title_bold', 'table themes has no column fonts_title_bold', 3),
      ('column themes.fonts_title_size', 'table themes has no column fonts_title_size', 3),
      ('column themes.page_background_background_color', 'table themes has no column page_background_background_color', 3),
      ('column themes.page_background_background_image_url', 'table themes has no column page_background_background_image_url', 3),
      ('column themes.page_background_page_layout', 'table themes has no column page_background_page_layout', 3),
      ('column themes.tenant_id', 'table themes has no column tenant_id', 3),
      ('column themes.themeId', 'table themes has no column themeId', 3),
      ('column themes.updated_at', 'table themes has no column updated_at', 3),
      ('column themes.widget_header_text_alignment', 'table themes has no column widget_header_text_alignment', 3),
      ('column themes.widget_logo_height', 'table themes has no column widget_logo_height', 3),
      ('column themes.widget_logo_position', 'table themes has no column widget_logo_position', 3),
      ('column themes.widget_logo_url', 'table themes has no column widget_logo_url', 3),
      ('column themes.widget_social_buttons_layout', 'table themes has no column widget_social_buttons_layout', 3),
      ('column universal_login_templates.body', 'table universal_login_templates has no column body', 3),
      ('column universal_login_templates.created_at_ts', 'table universal_login_templates has no column created_at_ts', 3),
      ('column universal_login_templates.tenant_id', 'table universal_login_templates has no column tenant_id', 3),
      ('column universal_login_templates.updated_at_ts', 'table universal_login_templates has no column updated_at_ts', 3),
      ('column user_activity.failed_logins', 'table user_activity has no column failed_logins', 3),
      ('column user_activity.last_ip', 'table user_activity has no column last_ip', 3),
      ('column user_activity.last_login', 'table user_activity has no column last_login', 3),
      ('column user_activity.last_password_reset', 'table user_activity has no column last_password_reset', 3),
      ('column user_activity.login_count', 'table user_activity has no column login_count', 3),
      ('column user_activity.tenant_id', 'table user_activity has no column tenant_id', 3),
      ('column user_activity.user_id', 'table user_activity has no column user_id', 3),
      ('column user_organizations.created_at', 'table user_organizations has no column created_at', 3),
      ('column user_organizations.id', 'table user_organizations has no column id', 3),
      ('column user_organizations.organization_id', 'table user_organizations has no column organization_id', 3),
      ('column user_organizations.tenant_id', 'table user_organizations has no column tenant_id', 3),
      ('column user_organizations.updated_at', 'table user_organizations has no column updated_at', 3),
      ('column user_organizations.user_id', 'table user_organizations has no column user_id', 3),
      ('column user_permissions.created_at', 'table user_permissions has no column created_at', 3),
      ('column user_permissions.organization_id', 'table user_permissions has no column organization_id', 3),
      ('column user_permissions.permission_name', 'table user_permissions has no column permission_name', 3),
      ('column user_permissions.resource_server_identifier', 'table user_permissions has no column resource_server_identifier', 3),
      ('column user_permissions.tenant_id', 'table user_permissions has no column tenant_id', 3),
      ('column user_permissions.user_id', 'table user_permissions has no column user_id', 3),
      ('column user_roles.created_at', 'table user_roles has no column created_at', 3),
      ('column user_roles.organization_id', 'table user_roles has no column organization_id', 3),
      ('column user_roles.role_id', 'table user_roles has no column role_id', 3),
      ('column user_roles.tenant_id', 'table user_roles has no column tenant_id', 3),
      ('column user_roles.user_id', 'table user_roles has no column user_id', 3),
      ('column users.address', 'table users has no column address', 3),
      ('column users.app_metadata', 'table users has no column app_metadata', 3),
      ('column users.birthdate', 'table users has no column birthdate', 3),
      ('column users.connection', 'table users has no column connection', 3),
      ('column users.created_at', 'table users has no column created_at', 3),
      ('column users.email', 'table users has no column email', 3),
      ('column users.email_verified', 'table users has no column email_verified', 3),
      ('column users.family_name', 'table users has no column family_name', 3),
      ('column users.gender', 'table users has no column gender', 3),
      ('column users.given_name', 'table users has no column given_name', 3),
      ('column users.is_social', 'table users has no column is_social', 3),
      ('column users.linked_to', 'table users has no column linked_to', 3),
      ('column users.locale', 'table users has no column locale', 3),
      ('column users.middle_name', 'table users has no column middle_name', 3),
      ('column users.name', 'table users has no column name', 3),
      ('column users.nickname', 'table users has no column nickname', 3),
      ('column users.phone_number', 'table users has no column phone_number', 3),
      ('column users.phone_verified', 'table users has no column phone_verified', 3),
      ('column users.picture', 'table users has no column picture', 3),
      ('column users.preferred_username', 'table users has no column preferred_username', 3),
      ('column users.profile', 'table users has no column profile', 3),
      ('column users.profileData', 'table users has no column profileData', 3),
      ('column users.provider', 'table users has no column provider', 3),
      ('column users.registration_completed_at', 'table users has no column registration_completed_at', 3),
      ('column users.tenant_id', 'table users has no column tenant_id', 3),
      ('column users.updated_at', 'table users has no column updated_at', 3),
      ('column users.user_id', 'table users has no column user_id', 3),
      ('column users.user_metadata', 'table users has no column user_metadata', 3),
      ('column users.username', 'table users has no column username', 3),
      ('column users.website', 'table users has no column website', 3),
      ('column users.zoneinfo', 'table users has no column zoneinfo', 3),
      ('foreign_key authentication_methods.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table authentication_methods has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key branding.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table branding has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key client_grants.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table client_grants has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key client_grants.(tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table client_grants has no foreign key (tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key client_registration_tokens.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table client_registration_tokens has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key clients.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table clients has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key codes.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table codes has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key codes.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table codes has no foreign key (user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key connections.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table connections has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key custom_domains.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table custom_domains has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key custom_text.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table custom_text has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key email_templates.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table email_templates has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key grants.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table grants has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key grants.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table grants has no foreign key (user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key hooks.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table hooks has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key keys.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table keys has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key login_sessions.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table login_sessions has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key login_sessions.(tenant_id, session_id) -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table login_sessions has no foreign key (tenant_id, session_id) -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key migrations.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table migrations has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key organization_connections.(organization_id) -> organizations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table organization_connections has no foreign key (organization_id) -> organizations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key organization_connections.(tenant_id, connection_id) -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table organization_connections has no foreign key (tenant_id, connection_id) -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key passwords.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table passwords has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key passwords.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table passwords has no foreign key (user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key refresh_tokens.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table refresh_tokens has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key refresh_tokens.(tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table refresh_tokens has no foreign key (tenant_id, client_id) -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key sessions.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table sessions has no foreign key (user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key tenant_operation_events.(operation_id) -> tenant_operations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table tenant_operation_events has no foreign key (operation_id) -> tenant_operations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key themes.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table themes has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key universal_login_templates.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table universal_login_templates has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key user_activity.(user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table user_activity has no foreign key (user_id, tenant_id) -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('foreign_key user_organizations.(organization_id) -> organizations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table user_organizations has no foreign key (organization_id) -> organizations (id) ON DELETE CASCADE ON UPDATE NO ACTION', 2),
      ('foreign_key user_organizations.(tenant_id, user_id) -> users (tenant_id, user_id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table user_organizations has no foreign key (tenant_id, user_id) -> users (tenant_id, user_id) ON DELETE CASCADE ON UPDATE NO ACTION', 2),
      ('foreign_key users.(linked_to, tenant_id) -> users (user_id, tenant_id) ON DELETE NO ACTION ON UPDATE NO ACTION', 'table users has no foreign key (linked_to, tenant_id) -> users (user_id, tenant_id) ON DELETE NO ACTION ON UPDATE NO ACTION', 1),
      ('foreign_key users.(tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 'table users has no foreign key (tenant_id) -> tenants (id) ON DELETE CASCADE ON UPDATE NO ACTION', 3),
      ('index action_executions.idx_action_executions_tenant', 'table action_executions has no index idx_action_executions_tenant', 3),
      ('index action_versions.idx_action_versions_action', 'table action_versions has no index idx_action_versions_action', 3),
      ('index action_versions.uniq_action_versions_action_number', 'table action_versions has no index uniq_action_versions_action_number', 3),
      ('index actions.idx_actions_tenant', 'table actions has no index idx_actions_tenant', 3),
      ('index authentication_methods.authentication_methods_credential_id_idx', 'table authentication_methods has no index authentication_methods_credential_id_idx', 3),
      ('index authentication_methods.mfa_enrollments_tenant_user_idx', 'table authentication_methods has no index mfa_enrollments_tenant_user_idx', 3),
      ('index client_grants.idx_client_grants_audience', 'table client_grants has no index idx_client_grants_audience', 3),
      ('index client_grants.uq_client_grants_tenant_client_audience', 'table client_grants has no index uq_client_grants_tenant_client_audience', 3),
      ('index client_registration_tokens.idx_client_registration_tokens_client', 'table client_registration_tokens has no index idx_client_registration_tokens_client', 3),
      ('index client_registration_tokens.idx_client_registration_tokens_hash', 'table client_registration_tokens has no index idx_client_registration_tokens_hash', 3),
      ('index clients.idx_clients_owner_user_id', 'table clients has no index idx_clients_owner_user_id', 3),
      ('index codes.FK_codes_user_id_tenant_id_constraint', 'table codes has no index FK_codes_user_id_tenant_id_constraint', 2),
      ('index codes.idx_codes_expires_at_ts', 'table codes has no index idx_codes_expires_at_ts', 3),
      ('index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'table control_plane_comm_keys has no index control_plane_comm_keys_tenant_id_created_at_idx', 3),
      ('index flows.flows_tenant_id_idx', 'table flows has no index flows_tenant_id_idx', 3),
      ('index forms.forms_tenant_id_idx', 'table forms has no index forms_tenant_id_idx', 3),
      ('index grants.grants_natural_key_idx', 'table grants has no index grants_natural_key_idx', 3),
      ('index grants.grants_tenant_user_idx', 'table grants has no index grants_tenant_user_idx', 3),
      ('index grants.grants_user_id_constraint', 'table grants has no index grants_user_id_constraint', 2),
      ('index hook_code.idx_hook_code_tenant', 'table hook_code has no index idx_hook_code_tenant', 3),
      ('index invites.idx_invites_expires_at', 'table invites has no index idx_invites_expires_at', 3),
      ('index invites.idx_invites_organization_id', 'table invites has no index idx_invites_organization_id', 3),
      ('index invites.idx_invites_tenant_created', 'table invites has no index idx_invites_tenant_created', 3),
      ('index log_streams.idx_log_streams_tenant_id', 'table log_streams has no index idx_log_streams_tenant_id', 3),
      ('index login_sessions.idx_login_sessions_expires_at_ts', 'table login_sessions has no index idx_login_sessions_expires_at_ts', 3),
      ('index login_sessions.idx_login_sessions_session_id', 'table login_sessions has no index idx_login_sessions_session_id', 1),
      ('index login_sessions.login_sessions_id_index', 'table login_sessions has no index login_sessions_id_index', 3),
      ('index login_sessions.login_sessions_session_fk', 'table login_sessions has no index login_sessions_session_fk', 2),
      ('index login_sessions.login_sessions_state_idx', 'table login_sessions has no index login_sessions_state_idx', 3),
      ('index login_sessions.login_sessions_state_updated_idx', 'table login_sessions has no index login_sessions_state_updated_idx', 2),
      ('index login_sessions.login_sessions_tenant_user_idx', 'table login_sessions has no index login_sessions_tenant_user_idx', 3),
      ('index logs.logs_date', 'table logs has no index logs_date', 2),
      ('index logs.logs_tenant_id', 'table logs has no index logs_tenant_id', 2),
      ('index logs.logs_user_id', 'table logs has no index logs_user_id', 2),
      ('index migration_sources.idx_migration_sources_tenant_id', 'table migration_sources has no index idx_migration_sources_tenant_id', 3),
      ('index organization_connections.idx_organization_connections_tenant_connection', 'table organization_connections has no index idx_organization_connections_tenant_connection', 3),
      ('index organization_connections.idx_organization_connections_tenant_org', 'table organization_connections has no index idx_organization_connections_tenant_org', 3),
      ('index organization_connections.organization_connections_organization_fk', 'table organization_connections has no index organization_connections_organization_fk', 2),
      ('index organization_connections.organization_connections_unique', 'table organization_connections has no index organization_connections_unique', 2),
      ('index organizations.idx_organizations_tenant_name_unique', 'table organizations has no index idx_organizations_tenant_name_unique', 3),
      ('index outbox_events.idx_outbox_claim', 'table outbox_events has no index idx_outbox_claim', 3),
      ('index outbox_events.idx_outbox_events_tenant_dead_lettered', 'table outbox_events has no index idx_outbox_events_tenant_dead_lettered', 3),
      ('index outbox_events.idx_outbox_tenant_type', 'table outbox_events has no index idx_outbox_tenant_type', 3),
      ('index outbox_events.idx_outbox_unprocessed', 'table outbox_events has no index idx_outbox_unprocessed', 3),
      ('index passwords.password_history_user_id_tenant_id_constraint', 'table passwords has no index password_history_user_id_tenant_id_constraint', 2),
      ('index proxy_routes.proxy_routes_custom_domain_id_idx', 'table proxy_routes has no index proxy_routes_custom_domain_id_idx', 3),
      ('index proxy_routes.proxy_routes_tenant_id_idx', 'table proxy_routes has no index proxy_routes_tenant_id_idx', 3),
      ('index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_expires_at_ts', 3),
      ('index refresh_tokens.idx_refresh_tokens_family_id', 'table refresh_tokens has no index idx_refresh_tokens_family_id', 3),
      ('index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_idle_expires_at_ts', 3),
      ('index refresh_tokens.idx_refresh_tokens_login_id', 'table refresh_tokens has no index idx_refresh_tokens_login_id', 3),
      ('index refresh_tokens.idx_refresh_tokens_token_lookup', 'table refresh_tokens has no index idx_refresh_tokens_token_lookup', 3),
      ('index refresh_tokens.idx_refresh_tokens_user_id', 'table refresh_tokens has no index idx_refresh_tokens_user_id', 3),
      ('index refresh_tokens.refresh_tokens_client_fk', 'table refresh_tokens has no index refresh_tokens_client_fk', 2),
      ('index resource_servers.resource_servers_tenant_identifier_uq', 'table resource_servers has no index resource_servers_tenant_identifier_uq', 3),
      ('index role_permissions.role_permissions_permission_fk', 'table role_permissions has no index role_permissions_permission_fk', 3),
      ('index roles.roles_tenant_name_uq', 'table roles has no index roles_tenant_name_uq', 3),
      ('index sessions.idx_sessions_expires_at_ts', 'table sessions has no index idx_sessions_expires_at_ts', 3),
      ('index sessions.idx_sessions_idle_expires_at_ts', 'table sessions has no index idx_sessions_idle_expires_at_ts', 3),
      ('index sessions.idx_sessions_user_id', 'table sessions has no index idx_sessions_user_id', 3),
      ('index sessions.sessions_user_fk', 'table sessions has no index sessions_user_fk', 2),
      ('index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'table tenant_operation_events has no index tenant_operation_events_operation_id_created_at_idx', 3),
      ('index tenant_operations.tenant_operations_rollout_id_idx', 'table tenant_operations has no index tenant_operations_rollout_id_idx', 3),
      ('index tenant_operations.tenant_operations_status_idx', 'table tenant_operations has no index tenant_operations_status_idx', 3),
      ('index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'table tenant_operations has no index tenant_operations_tenant_id_created_at_idx', 3),
      ('index user_activity.user_activity_user_id_constraint', 'table user_activity has no index user_activity_user_id_constraint', 2),
      ('index user_organizations.idx_user_organizations_organization_id', 'table user_organizations has no index idx_user_organizations_organization_id', 3),
      ('index user_organizations.idx_user_organizations_unique', 'table user_organizations has no index idx_user_organizations_unique', 2),
      ('index user_organizations.idx_user_organizations_user_id', 'table user_organizations has no index idx_user_organizations_user_id', 3),
      ('index user_permissions.user_permissions_organization_fk', 'table user_permissions has no index user_permissions_organization_fk', 3),
      ('index user_permissions.user_permissions_permission_fk', 'table user_permissions has no index user_permissions_permission_fk', 3),
      ('index user_permissions.user_permissions_user_fk', 'table user_permissions has no index user_permissions_user_fk', 3),
      ('index user_roles.user_roles_organization_fk', 'table user_roles has no index user_roles_organization_fk', 3),
      ('index user_roles.user_roles_role_fk', 'table user_roles has no index user_roles_role_fk', 3),
      ('index user_roles.user_roles_user_fk', 'table user_roles has no index user_roles_user_fk', 3),
      ('index users.unique_email_provider', 'table users has no index unique_email_provider', 2),
      ('index users.unique_username_provider', 'table users has no index unique_username_provider', 3),
      ('index users.users_email_index', 'table users has no index users_email_index', 1),
      ('index users.users_linked_to_index', 'table users has no index users_linked_to_index', 3),
      ('index users.users_name_index', 'table users has no index users_name_index', 3),
      ('index users.users_phone_tenant_provider_index', 'table users has no index users_phone_tenant_provider_index', 3),
      ('index users.users_user_id_tenant_id', 'table users has no index users_user_id_tenant_id', 2),
      ('primary_key action_executions.PRIMARY', 'table action_executions has no primary key PRIMARY', 3),
      ('primary_key action_versions.PRIMARY', 'table action_versions has no primary key PRIMARY', 3),
      ('primary_key actions.PRIMARY', 'table actions has no primary key PRIMARY', 3),
      ('primary_key authentication_methods.PRIMARY', 'table authentication_methods has no primary key PRIMARY', 3),
      ('primary_key branding.PRIMARY', 'table branding has no primary key PRIMARY', 3),
      ('primary_key client_grants.PRIMARY', 'table client_grants has no primary key PRIMARY', 3),
      ('primary_key client_registration_tokens.PRIMARY', 'table client_registration_tokens has no primary key PRIMARY', 3),
      ('primary_key clients.PRIMARY', 'table clients has no primary key PRIMARY', 3),
      ('primary_key codes.PRIMARY', 'table codes has no primary key PRIMARY', 3),
      ('primary_key connections.PRIMARY', 'table connections has no primary key PRIMARY', 3),
      ('primary_key control_plane_comm_keys.PRIMARY', 'table control_plane_comm_keys has no primary key PRIMARY', 3),
      ('primary_key custom_domains.PRIMARY', 'table custom_domains has no primary key PRIMARY', 3),
      ('primary_key custom_text.PRIMARY', 'table custom_text has no primary key PRIMARY', 3),
      ('primary_key email_providers.PRIMARY', 'table email_providers has no primary key PRIMARY', 3),
      ('primary_key email_templates.PRIMARY', 'table email_templates has no primary key PRIMARY', 3),
      ('primary_key flows.PRIMARY', 'table flows has no primary key PRIMARY', 3),
      ('primary_key forms.PRIMARY', 'table forms has no primary key PRIMARY', 3),
      ('primary_key grants.PRIMARY', 'table grants has no primary key PRIMARY', 3),
      ('primary_key hook_code.PRIMARY', 'table hook_code has no primary key PRIMARY', 3),
      ('primary_key hooks.PRIMARY', 'table hooks has no primary key PRIMARY', 3),
      ('primary_key invites.PRIMARY', 'table invites has no primary key PRIMARY', 3),
      ('primary_key keys.PRIMARY', 'table keys has no primary key PRIMARY', 3),
      ('primary_key kysely_migration.PRIMARY', 'table kysely_migration has no primary key PRIMARY', 3),
      ('primary_key kysely_migration_lock.PRIMARY', 'table kysely_migration_lock has no primary key PRIMARY', 3),
      ('primary_key log_streams.PRIMARY', 'table log_streams has no primary key PRIMARY', 3),
      ('primary_key login_sessions.PRIMARY', 'table login_sessions has no primary key PRIMARY', 3),
      ('primary_key logs.PRIMARY', 'table logs has no primary key PRIMARY', 3),
      ('primary_key migration_sources.PRIMARY', 'table migration_sources has no primary key PRIMARY', 3),
      ('primary_key migrations.PRIMARY', 'table migrations has no primary key PRIMARY', 3),
      ('primary_key organizations.PRIMARY', 'table organizations has no primary key PRIMARY', 3),
      ('primary_key outbox_events.PRIMARY', 'table outbox_events has no primary key PRIMARY', 3),
      ('primary_key passwords.PRIMARY', 'table passwords has no primary key PRIMARY', 3),
      ('primary_key prompt_settings.PRIMARY', 'table prompt_settings has no primary key PRIMARY', 3),
      ('primary_key proxy_routes.PRIMARY', 'table proxy_routes has no primary key PRIMARY', 3),
      ('primary_key refresh_tokens.PRIMARY', 'table refresh_tokens has no primary key PRIMARY', 3),
      ('primary_key resource_servers.PRIMARY', 'table resource_servers has no primary key PRIMARY', 3),
      ('primary_key role_permissions.PRIMARY', 'table role_permissions has no primary key PRIMARY', 3),
      ('primary_key roles.PRIMARY', 'table roles has no primary key PRIMARY', 3),
      ('primary_key rollouts.PRIMARY', 'table rollouts has no primary key PRIMARY', 3),
      ('primary_key sessions.PRIMARY', 'table sessions has no primary key PRIMARY', 3),
      ('primary_key tenant_operation_events.PRIMARY', 'table tenant_operation_events has no primary key PRIMARY', 3),
      ('primary_key tenant_operations.PRIMARY', 'table tenant_operations has no primary key PRIMARY', 3),
      ('primary_key tenants.PRIMARY', 'table tenants has no primary key PRIMARY', 3),
      ('primary_key themes.PRIMARY', 'table themes has no primary key PRIMARY', 3),
      ('primary_key universal_login_templates.PRIMARY', 'table universal_login_templates has no primary key PRIMARY', 3),
      ('primary_key user_activity.PRIMARY', 'table user_activity has no primary key PRIMARY', 3),
      ('primary_key user_organizations.PRIMARY', 'table user_organizations has no primary key PRIMARY', 3),
      ('primary_key user_permissions.PRIMARY', 'table user_permissions has no primary key PRIMARY', 3),
      ('primary_key user_roles.PRIMARY', 'table user_roles has no primary key PRIMARY', 3),
      ('primary_key users.PRIMARY', 'table users has no primary key PRIMARY', 3),
      ('table action_executions', 'table action_executions is missing', 3),
      ('table action_versions', 'table action_versions is missing', 3),
      ('table actions', 'table actions is missing', 3),
      ('table authentication_methods', 'table authentication_methods is missing', 3),
      ('table branding', 'table branding is missing', 3),
      ('table client_grants', 'table client_grants is missing', 3),
      ('table client_registration_tokens', 'table client_registration_tokens is missing', 3),
      ('table clients', 'table clients is missing', 3),
      ('table codes', 'table codes is missing', 3),
      ('table connections', 'table connections is missing', 3),
      ('table control_plane_comm_keys', 'table control_plane_comm_keys is missing', 3),
      ('table custom_domains', 'table custom_domains is missing', 3),
      ('table custom_text', 'table custom_text is missing', 3),
      ('table email_providers', 'table email_providers is missing', 3),
      ('table email_templates', 'table email_templates is missing', 3),
      ('table flows', 'table flows is missing', 3),
      ('table forms', 'table forms is missing', 3),
      ('table grants', 'table grants is missing', 3),
      ('table hook_code', 'table hook_code is missing', 3),
      ('table hooks', 'table hooks is missing', 3),
      ('table invites', 'table invites is missing', 3),
      ('table keys', 'table keys is missing', 3),
      ('table kysely_migration', 'table kysely_migration is missing', 3),
      ('table kysely_migration_lock', 'table kysely_migration_lock is missing', 3),
      ('table log_streams', 'table log_streams is missing', 3),
      ('table login_sessions', 'table login_sessions is missing', 3),
      ('table logs', 'table logs is missing', 3),
      ('table migration_sources', 'table migration_sources is missing', 3),
      ('table migrations', 'table migrations is missing', 3),
      ('table organization_connections', 'table organization_connections is missing', 3),
      ('table organizations', 'table organizations is missing', 3),
      ('table outbox_events', 'table outbox_events is missing', 3),
      ('table passwords', 'table passwords is missing', 3),
      ('table prompt_settings', 'table prompt_settings is missing', 3),
      ('table proxy_routes', 'table proxy_routes is missing', 3),
      ('table refresh_tokens', 'table refresh_tokens is missing', 3),
      ('table resource_servers', 'table resource_servers is missing', 3),
      ('table role_permissions', 'table role_permissions is missing', 3),
      ('table roles', 'table roles is missing', 3),
      ('table rollouts', 'table rollouts is missing', 3),
      ('table sessions', 'table sessions is missing', 3),
      ('table tenant_operation_events', 'table tenant_operation_events is missing', 3),
      ('table tenant_operations', 'table tenant_operations is missing', 3),
      ('table tenants', 'table tenants is missing', 3),
      ('table themes', 'table themes is missing', 3),
      ('table universal_login_templates', 'table universal_login_templates is missing', 3),
      ('table user_activity', 'table user_activity is missing', 3),
      ('table user_organizations', 'table user_organizations is missing', 3),
      ('table user_permissions', 'table user_permissions is missing', 3),
      ('table user_roles', 'table user_roles is missing', 3),
      ('table users', 'table users is missing', 3),
      ('unique organization_connections.(tenant_id, organization_id, connection_id)', 'table organization_connections has no unique (tenant_id, organization_id, connection_id)', 1),
      ('unique user_organizations.(tenant_id, user_id, organization_id)', 'table user_organizations has no unique (tenant_id, user_id, organization_id)', 1),
      ('unique users.(email, provider, tenant_id)', 'table users has no unique (email, provider, tenant_id)', 1),
      ('unique users.(phone_number, provider, tenant_id)', 'table users has no unique (phone_number, provider, tenant_id)', 1));
SELECT 'plan: authhero 11.20 → 11.21 is already applied (the database is at 11.21): nothing to do. Nothing was changed.' AS plan WHERE NOT EXISTS (
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
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan: authhero 11.20 → 11.21 is already applied (the database is at 11.21): nothing to do. Nothing was changed.'); END;
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
SELECT 'plan stopped: ' || 'this database is not at authhero 11.20: ' || m || '. Nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || 'Compile the script for the version this database is at (npx plan compile authhero <its version> 11.21), or run this one on the authhero 11.20 database it was made for.' AS plan FROM (
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
-- data check: users.connection holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of users has no connection (NULL), which 11.21 requires' ELSE 'rows of users have no connection (NULL), which 11.21 requires' END || ' (first keys (user_id, tenant_id): ' || x.keys || '). Fill in connection or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."user_id" AS k1, x."tenant_id" AS k2 FROM "users" x WHERE x."connection" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT '(' || (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) || ', ' || (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k2 AS TEXT))) > 40 THEN substr(quote(CAST(r.k2 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k2 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) || ')' AS y FROM (SELECT x."user_id" AS k1, x."tenant_id" AS k2 FROM "users" x WHERE x."connection" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."user_id" AS k1, x."tenant_id" AS k2 FROM "users" x WHERE x."connection" IS NULL);
-- data check: every user_organizations row has its organizations row (11.21 foreign key fk_user_organizations_organization)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of user_organizations has a organization_id that organizations does not have, which 11.21 requires (foreign key fk_user_organizations_organization)' ELSE 'rows of user_organizations have a organization_id that organizations does not have, which 11.21 requires (foreign key fk_user_organizations_organization)' END || ' (first keys: ' || x.keys || '). Add the missing organizations rows or remove these, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "user_organizations" x WHERE x."organization_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "organizations" p WHERE p."id" = x."organization_id")) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "user_organizations" x WHERE x."organization_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "organizations" p WHERE p."id" = x."organization_id")) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "user_organizations" x WHERE x."organization_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "organizations" p WHERE p."id" = x."organization_id"));
-- data check: every user_organizations row has its users row (11.21 foreign key fk_user_organizations_user)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of user_organizations has a (tenant_id, user_id) that users does not have, which 11.21 requires (foreign key fk_user_organizations_user)' ELSE 'rows of user_organizations have a (tenant_id, user_id) that users does not have, which 11.21 requires (foreign key fk_user_organizations_user)' END || ' (first keys: ' || x.keys || '). Add the missing users rows or remove these, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "user_organizations" x WHERE x."tenant_id" IS NOT NULL AND x."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" p WHERE p."tenant_id" = x."tenant_id" AND p."user_id" = x."user_id")) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "user_organizations" x WHERE x."tenant_id" IS NOT NULL AND x."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" p WHERE p."tenant_id" = x."tenant_id" AND p."user_id" = x."user_id")) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "user_organizations" x WHERE x."tenant_id" IS NOT NULL AND x."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" p WHERE p."tenant_id" = x."tenant_id" AND p."user_id" = x."user_id"));
-- data check: action_executions.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of action_executions has no id (NULL), which 11.21 requires' ELSE 'rows of action_executions have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "action_executions" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "action_executions" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "action_executions" x WHERE x."id" IS NULL);
-- data check: action_versions.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of action_versions has no id (NULL), which 11.21 requires' ELSE 'rows of action_versions have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "action_versions" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "action_versions" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "action_versions" x WHERE x."id" IS NULL);
-- data check: actions.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of actions has no id (NULL), which 11.21 requires' ELSE 'rows of actions have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "actions" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "actions" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "actions" x WHERE x."id" IS NULL);
-- data check: authentication_methods.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of authentication_methods has no id (NULL), which 11.21 requires' ELSE 'rows of authentication_methods have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "authentication_methods" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "authentication_methods" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "authentication_methods" x WHERE x."id" IS NULL);
-- data check: client_registration_tokens.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of client_registration_tokens has no id (NULL), which 11.21 requires' ELSE 'rows of client_registration_tokens have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "client_registration_tokens" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "client_registration_tokens" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "client_registration_tokens" x WHERE x."id" IS NULL);
-- data check: email_providers.tenant_id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of email_providers has no tenant_id (NULL), which 11.21 requires' ELSE 'rows of email_providers have no tenant_id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in tenant_id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."tenant_id" AS k1 FROM "email_providers" x WHERE x."tenant_id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."tenant_id" AS k1 FROM "email_providers" x WHERE x."tenant_id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."tenant_id" AS k1 FROM "email_providers" x WHERE x."tenant_id" IS NULL);
-- data check: flows.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of flows has no id (NULL), which 11.21 requires' ELSE 'rows of flows have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "flows" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "flows" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "flows" x WHERE x."id" IS NULL);
-- data check: forms.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of forms has no id (NULL), which 11.21 requires' ELSE 'rows of forms have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "forms" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "forms" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "forms" x WHERE x."id" IS NULL);
-- data check: grants.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of grants has no id (NULL), which 11.21 requires' ELSE 'rows of grants have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "grants" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "grants" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "grants" x WHERE x."id" IS NULL);
-- data check: hook_code.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of hook_code has no id (NULL), which 11.21 requires' ELSE 'rows of hook_code have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "hook_code" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "hook_code" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "hook_code" x WHERE x."id" IS NULL);
-- data check: invites.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of invites has no id (NULL), which 11.21 requires' ELSE 'rows of invites have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "invites" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "invites" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "invites" x WHERE x."id" IS NULL);
-- data check: keys.kid holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of keys has no kid (NULL), which 11.21 requires' ELSE 'rows of keys have no kid (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in kid or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."kid" AS k1 FROM "keys" x WHERE x."kid" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."kid" AS k1 FROM "keys" x WHERE x."kid" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."kid" AS k1 FROM "keys" x WHERE x."kid" IS NULL);
-- data check: log_streams.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of log_streams has no id (NULL), which 11.21 requires' ELSE 'rows of log_streams have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "log_streams" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "log_streams" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "log_streams" x WHERE x."id" IS NULL);
-- data check: migration_sources.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of migration_sources has no id (NULL), which 11.21 requires' ELSE 'rows of migration_sources have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "migration_sources" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "migration_sources" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "migration_sources" x WHERE x."id" IS NULL);
-- data check: organizations.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of organizations has no id (NULL), which 11.21 requires' ELSE 'rows of organizations have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "organizations" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "organizations" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "organizations" x WHERE x."id" IS NULL);
-- data check: outbox_events.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of outbox_events has no id (NULL), which 11.21 requires' ELSE 'rows of outbox_events have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "outbox_events" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "outbox_events" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "outbox_events" x WHERE x."id" IS NULL);
-- data check: passwords.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of passwords has no id (NULL), which 11.21 requires' ELSE 'rows of passwords have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "passwords" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "passwords" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "passwords" x WHERE x."id" IS NULL);
-- data check: prompt_settings.tenant_id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of prompt_settings has no tenant_id (NULL), which 11.21 requires' ELSE 'rows of prompt_settings have no tenant_id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in tenant_id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."tenant_id" AS k1 FROM "prompt_settings" x WHERE x."tenant_id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."tenant_id" AS k1 FROM "prompt_settings" x WHERE x."tenant_id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."tenant_id" AS k1 FROM "prompt_settings" x WHERE x."tenant_id" IS NULL);
-- data check: tenants.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of tenants has no id (NULL), which 11.21 requires' ELSE 'rows of tenants have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "tenants" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "tenants" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "tenants" x WHERE x."id" IS NULL);
-- data check: universal_login_templates.tenant_id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of universal_login_templates has no tenant_id (NULL), which 11.21 requires' ELSE 'rows of universal_login_templates have no tenant_id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in tenant_id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."tenant_id" AS k1 FROM "universal_login_templates" x WHERE x."tenant_id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."tenant_id" AS k1 FROM "universal_login_templates" x WHERE x."tenant_id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."tenant_id" AS k1 FROM "universal_login_templates" x WHERE x."tenant_id" IS NULL);
-- data check: user_organizations.id holds no NULL (11.21)
SELECT 'plan stopped: ' || x.n || ' ' || CASE WHEN x.n = 1 THEN 'row of user_organizations has no id (NULL), which 11.21 requires' ELSE 'rows of user_organizations have no id (NULL), which 11.21 requires' END || ' (first keys: ' || x.keys || '). Fill in id or remove those rows, or stay at 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(*) FROM (SELECT x."id" AS k1 FROM "user_organizations" x WHERE x."id" IS NULL) r) AS n, (SELECT group_concat(y, '; ') FROM (SELECT DISTINCT (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(CASE WHEN length(quote(CAST(r.k1 AS TEXT))) > 40 THEN substr(quote(CAST(r.k1 AS TEXT)), 1, 37) || '...' ELSE quote(CAST(r.k1 AS TEXT)) END AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS y FROM (SELECT x."id" AS k1 FROM "user_organizations" x WHERE x."id" IS NULL) r ORDER BY y LIMIT 3)) AS keys) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows do not fit the next version; the line printed above says which. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x."id" AS k1 FROM "user_organizations" x WHERE x."id" IS NULL);
SELECT 'plan stopped: ' || 'foreign keys of tables outside authhero reference keys that authhero 11.20 → 11.21 drops or replaces, with no key after it that serves them as SQLite matches a foreign key (the primary key or a unique key on the same set of columns; a foreign key that names no columns takes the primary key''s columns in their order); SQLite would keep them, and every later write to those tables would fail with "foreign key mismatch" (or, naming no columns, check other columns than before): ' || group_concat((WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(x AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1), '; ') || '. Nothing was changed. Rebuild those tables without the foreign keys first (https://sqlite.org/lang_altertable.html#otheralter), and add them back once this script has run.' AS plan FROM (SELECT x FROM (
      SELECT m.name || ' (' || group_concat(k."from", ', ') || ') -> ' || k."table" || ' (' || COALESCE(group_concat(k."to", ', '), 'its primary key, naming no columns') || ')' AS x, k."table" AS rt,
        (SELECT group_concat(c, ',') FROM (SELECT lower(j."to") AS c FROM pragma_foreign_key_list(m.name) j WHERE j.id = k.id ORDER BY 1)) AS rcols
      FROM main.sqlite_schema m, pragma_foreign_key_list(m.name) k
      WHERE m.type = 'table' AND m.name NOT IN ('authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'custom_domains', 'custom_text', 'email_templates', 'grants', 'hooks', 'keys', 'login_sessions', 'migrations', 'organization_connections', 'passwords', 'refresh_tokens', 'sessions', 'tenant_operation_events', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'users')
      GROUP BY m.name, k.id) f
    WHERE f.rt COLLATE NOCASE IN ('users', 'codes') AND ((f.rt = 'users' COLLATE NOCASE AND (f.rcols IS NULL)) OR (f.rt = 'users' COLLATE NOCASE AND (f.rcols = 'phone_number,provider,tenant_id')) OR (f.rt = 'codes' COLLATE NOCASE AND (f.rcols = 'code_id,code_type' OR f.rcols IS NULL)))) HAVING count(*) > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: foreign keys of tables outside authhero reference keys that authhero 11.20 → 11.21 drops or replaces, with no key after it that serves them as SQLite matches a foreign key (the primary key or a unique key on the same set of columns; a foreign key that names no columns takes the primary key''s columns in their order); SQLite would keep them, and every later write to those tables would fail with "foreign key mismatch" (or, naming no columns, check other columns than before); the line printed above names them. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT x FROM (
        SELECT m.name || ' (' || group_concat(k."from", ', ') || ') -> ' || k."table" || ' (' || COALESCE(group_concat(k."to", ', '), 'its primary key, naming no columns') || ')' AS x, k."table" AS rt,
          (SELECT group_concat(c, ',') FROM (SELECT lower(j."to") AS c FROM pragma_foreign_key_list(m.name) j WHERE j.id = k.id ORDER BY 1)) AS rcols
        FROM main.sqlite_schema m, pragma_foreign_key_list(m.name) k
        WHERE m.type = 'table' AND m.name NOT IN ('authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'custom_domains', 'custom_text', 'email_templates', 'grants', 'hooks', 'keys', 'login_sessions', 'migrations', 'organization_connections', 'passwords', 'refresh_tokens', 'sessions', 'tenant_operation_events', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'users')
        GROUP BY m.name, k.id) f
      WHERE f.rt COLLATE NOCASE IN ('users', 'codes') AND ((f.rt = 'users' COLLATE NOCASE AND (f.rcols IS NULL)) OR (f.rt = 'users' COLLATE NOCASE AND (f.rcols = 'phone_number,provider,tenant_id')) OR (f.rt = 'codes' COLLATE NOCASE AND (f.rcols = 'code_id,code_type' OR f.rcols IS NULL))));
-- index names: the indexes this script creates (FK_codes_user_id_tenant_id_constraint, grants_user_id_constraint, idx_user_organizations_unique, login_sessions_session_fk, login_sessions_state_updated_idx, logs_date, logs_tenant_id, logs_user_id, organization_connections_organization_fk, organization_connections_unique, password_history_user_id_tenant_id_constraint, refresh_tokens_client_fk, sessions_user_fk, unique_email_provider, user_activity_user_id_constraint, users_user_id_tenant_id) take names unique across the database: the script stops before any change when an object that is not an index of a authhero table holds one
SELECT 'plan stopped: ' || CASE f.type WHEN 'index' THEN 'an index ' || f.name || ' on table ' || f.tbl_name WHEN 'table' THEN 'a table ' || f.name ELSE 'a view ' || f.name END || ' exists; authhero''s index ' || f.claim || ' on ' || f.claimer || ' needs that name (SQLite''s index names are database-wide, and the script drops nothing it does not own): rename or drop that ' || f.type || ', then run this script again. Nothing was changed.' AS plan FROM (SELECT * FROM (
  SELECT s.type, s.name, s.tbl_name, c.column1 AS claim, c.column2 AS claimer FROM main.sqlite_schema s JOIN (VALUES ('FK_codes_user_id_tenant_id_constraint', 'codes'), ('grants_user_id_constraint', 'grants'), ('idx_user_organizations_unique', 'user_organizations'), ('login_sessions_session_fk', 'login_sessions'), ('login_sessions_state_updated_idx', 'login_sessions'), ('logs_date', 'logs'), ('logs_tenant_id', 'logs'), ('logs_user_id', 'logs'), ('organization_connections_organization_fk', 'organization_connections'), ('organization_connections_unique', 'organization_connections'), ('password_history_user_id_tenant_id_constraint', 'passwords'), ('refresh_tokens_client_fk', 'refresh_tokens'), ('sessions_user_fk', 'sessions'), ('unique_email_provider', 'users'), ('user_activity_user_id_constraint', 'user_activity'), ('users_user_id_tenant_id', 'users')) c ON s.name = c.column1 COLLATE NOCASE
  WHERE s.type IN ('index', 'table', 'view') AND NOT (s.type = 'index' AND s.tbl_name COLLATE NOCASE IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users'))) ORDER BY claim, name LIMIT 1) f;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: an object outside authhero holds the name of an index authhero 11.20 → 11.21 creates (the line printed above names it). Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (
    SELECT s.type, s.name, s.tbl_name, c.column1 AS claim, c.column2 AS claimer FROM main.sqlite_schema s JOIN (VALUES ('FK_codes_user_id_tenant_id_constraint', 'codes'), ('grants_user_id_constraint', 'grants'), ('idx_user_organizations_unique', 'user_organizations'), ('login_sessions_session_fk', 'login_sessions'), ('login_sessions_state_updated_idx', 'login_sessions'), ('logs_date', 'logs'), ('logs_tenant_id', 'logs'), ('logs_user_id', 'logs'), ('organization_connections_organization_fk', 'organization_connections'), ('organization_connections_unique', 'organization_connections'), ('password_history_user_id_tenant_id_constraint', 'passwords'), ('refresh_tokens_client_fk', 'refresh_tokens'), ('sessions_user_fk', 'sessions'), ('unique_email_provider', 'users'), ('user_activity_user_id_constraint', 'user_activity'), ('users_user_id_tenant_id', 'users')) c ON s.name = c.column1 COLLATE NOCASE
    WHERE s.type IN ('index', 'table', 'view') AND NOT (s.type = 'index' AND s.tbl_name COLLATE NOCASE IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')));
-- the tables this script rebuilds must have no triggers: the rebuild would drop them with the old table
SELECT 'plan stopped: ' || 'authhero 11.20 → 11.21 rebuilds tables that have triggers (a rebuild creates a new table, copies the rows and drops the old table, and dropping a table drops its triggers): save each trigger''s CREATE TRIGGER (SELECT sql || '';'' FROM sqlite_schema WHERE type = ''trigger'' prints them ready to run again), drop them, run this script, then create them again; the triggers: ' || group_concat((WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(name || ' ON ' || tbl_name AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1), ', ') || '. Nothing was changed.' AS plan FROM (SELECT * FROM (
  SELECT name, tbl_name FROM main.sqlite_schema WHERE type = 'trigger' AND tbl_name COLLATE NOCASE IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'custom_domains', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'users')) ORDER BY tbl_name, name) HAVING count(*) > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: authhero 11.20 → 11.21 rebuilds tables that have triggers (a rebuild creates a new table, copies the rows and drops the old table, and dropping a table drops its triggers): save each trigger''s CREATE TRIGGER (SELECT sql || '';'' FROM sqlite_schema WHERE type = ''trigger'' prints them ready to run again), drop them, run this script, then create them again; the triggers (the line printed above names them). Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (
    SELECT name, tbl_name FROM main.sqlite_schema WHERE type = 'trigger' AND tbl_name COLLATE NOCASE IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'custom_domains', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'users'));
-- the rows of authentication_methods, branding, clients, client_grants, client_registration_tokens, users, codes, connections, custom_domains, custom_text, email_templates, grants, hooks, keys, sessions, login_sessions, migrations, organization_connections, passwords, refresh_tokens, tenant_operation_events, themes, universal_login_templates, user_activity keep their foreign keys as they are, before any change (SQLite lets rows break them unless PRAGMA foreign_keys is on): the script stops, naming the rows by their keys, when some do not
DROP TABLE IF EXISTS temp.plan_fk_start;
CREATE TEMP TABLE plan_fk_start AS SELECT t, k, p, f FROM (
    SELECT 'authentication_methods' AS t, 'authentication_methods (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('authentication_methods') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('authentication_methods') c JOIN main."authentication_methods" x ON x.rowid = c.rowid
    UNION ALL SELECT 'branding' AS t, 'branding (tenant_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('branding') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('branding') c JOIN main."branding" x ON x.rowid = c.rowid
    UNION ALL SELECT 'clients' AS t, 'clients (tenant_id, client_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."client_id")) > 40 THEN substr(quote(x."client_id"), 1, 37) || '...' ELSE quote(x."client_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('clients') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('clients') c JOIN main."clients" x ON x.rowid = c.rowid
    UNION ALL SELECT 'client_grants' AS t, 'client_grants (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('client_grants') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('client_grants') c JOIN main."client_grants" x ON x.rowid = c.rowid
    UNION ALL SELECT 'client_registration_tokens' AS t, 'client_registration_tokens (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('client_registration_tokens') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('client_registration_tokens') c JOIN main."client_registration_tokens" x ON x.rowid = c.rowid
    UNION ALL SELECT 'users' AS t, 'users (user_id, tenant_id) = (' || CASE WHEN length(quote(x."user_id")) > 40 THEN substr(quote(x."user_id"), 1, 37) || '...' ELSE quote(x."user_id") END || ', ' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('users') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('users') c JOIN main."users" x ON x.rowid = c.rowid
    UNION ALL SELECT 'codes' AS t, 'codes (code_id, code_type) = (' || CASE WHEN length(quote(x."code_id")) > 40 THEN substr(quote(x."code_id"), 1, 37) || '...' ELSE quote(x."code_id") END || ', ' || CASE WHEN length(quote(x."code_type")) > 40 THEN substr(quote(x."code_type"), 1, 37) || '...' ELSE quote(x."code_type") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('codes') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('codes') c JOIN main."codes" x ON x.rowid = c.rowid
    UNION ALL SELECT 'connections' AS t, 'connections (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('connections') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('connections') c JOIN main."connections" x ON x.rowid = c.rowid
    UNION ALL SELECT 'custom_domains' AS t, 'custom_domains (custom_domain_id) = (' || CASE WHEN length(quote(x."custom_domain_id")) > 40 THEN substr(quote(x."custom_domain_id"), 1, 37) || '...' ELSE quote(x."custom_domain_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('custom_domains') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('custom_domains') c JOIN main."custom_domains" x ON x.rowid = c.rowid
    UNION ALL SELECT 'custom_text' AS t, 'custom_text (tenant_id, prompt, language) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."prompt")) > 40 THEN substr(quote(x."prompt"), 1, 37) || '...' ELSE quote(x."prompt") END || ', ' || CASE WHEN length(quote(x."language")) > 40 THEN substr(quote(x."language"), 1, 37) || '...' ELSE quote(x."language") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('custom_text') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('custom_text') c JOIN main."custom_text" x ON x.rowid = c.rowid
    UNION ALL SELECT 'email_templates' AS t, 'email_templates (tenant_id, template) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."template")) > 40 THEN substr(quote(x."template"), 1, 37) || '...' ELSE quote(x."template") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('email_templates') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('email_templates') c JOIN main."email_templates" x ON x.rowid = c.rowid
    UNION ALL SELECT 'grants' AS t, 'grants (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('grants') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('grants') c JOIN main."grants" x ON x.rowid = c.rowid
    UNION ALL SELECT 'hooks' AS t, 'hooks (hook_id) = (' || CASE WHEN length(quote(x."hook_id")) > 40 THEN substr(quote(x."hook_id"), 1, 37) || '...' ELSE quote(x."hook_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('hooks') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('hooks') c JOIN main."hooks" x ON x.rowid = c.rowid
    UNION ALL SELECT 'keys' AS t, 'keys (kid) = (' || CASE WHEN length(quote(x."kid")) > 40 THEN substr(quote(x."kid"), 1, 37) || '...' ELSE quote(x."kid") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('keys') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('keys') c JOIN main."keys" x ON x.rowid = c.rowid
    UNION ALL SELECT 'sessions' AS t, 'sessions (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('sessions') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('sessions') c JOIN main."sessions" x ON x.rowid = c.rowid
    UNION ALL SELECT 'login_sessions' AS t, 'login_sessions (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('login_sessions') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('login_sessions') c JOIN main."login_sessions" x ON x.rowid = c.rowid
    UNION ALL SELECT 'migrations' AS t, 'migrations (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('migrations') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('migrations') c JOIN main."migrations" x ON x.rowid = c.rowid
    UNION ALL SELECT 'organization_connections' AS t, 'organization_connections (tenant_id, organization_id, connection_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."organization_id")) > 40 THEN substr(quote(x."organization_id"), 1, 37) || '...' ELSE quote(x."organization_id") END || ', ' || CASE WHEN length(quote(x."connection_id")) > 40 THEN substr(quote(x."connection_id"), 1, 37) || '...' ELSE quote(x."connection_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('organization_connections') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('organization_connections') c JOIN main."organization_connections" x ON x.rowid = c.rowid
    UNION ALL SELECT 'passwords' AS t, 'passwords (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('passwords') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('passwords') c JOIN main."passwords" x ON x.rowid = c.rowid
    UNION ALL SELECT 'refresh_tokens' AS t, 'refresh_tokens (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('refresh_tokens') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('refresh_tokens') c JOIN main."refresh_tokens" x ON x.rowid = c.rowid
    UNION ALL SELECT 'tenant_operation_events' AS t, 'tenant_operation_events (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('tenant_operation_events') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('tenant_operation_events') c JOIN main."tenant_operation_events" x ON x.rowid = c.rowid
    UNION ALL SELECT 'themes' AS t, 'themes (tenant_id, themeId) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."themeId")) > 40 THEN substr(quote(x."themeId"), 1, 37) || '...' ELSE quote(x."themeId") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('themes') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('themes') c JOIN main."themes" x ON x.rowid = c.rowid
    UNION ALL SELECT 'universal_login_templates' AS t, 'universal_login_templates (tenant_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('universal_login_templates') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('universal_login_templates') c JOIN main."universal_login_templates" x ON x.rowid = c.rowid
    UNION ALL SELECT 'user_activity' AS t, 'user_activity (tenant_id, user_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."user_id")) > 40 THEN substr(quote(x."user_id"), 1, 37) || '...' ELSE quote(x."user_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('user_activity') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('user_activity') c JOIN main."user_activity" x ON x.rowid = c.rowid)
  WHERE lower(t || ' ' || p || ' ' || f) IN ('authentication_methods tenants tenant_id', 'branding tenants tenant_id', 'clients tenants tenant_id', 'client_grants tenants tenant_id', 'client_grants clients tenant_id, client_id', 'client_registration_tokens tenants tenant_id', 'users tenants tenant_id', 'codes tenants tenant_id', 'codes users user_id, tenant_id', 'connections tenants tenant_id', 'custom_domains tenants tenant_id', 'custom_text tenants tenant_id', 'email_templates tenants tenant_id', 'grants tenants tenant_id', 'grants users user_id, tenant_id', 'hooks tenants tenant_id', 'keys tenants tenant_id', 'sessions users user_id, tenant_id', 'login_sessions sessions tenant_id, session_id', 'login_sessions tenants tenant_id', 'migrations tenants tenant_id', 'organization_connections connections tenant_id, connection_id', 'organization_connections organizations organization_id', 'passwords users user_id, tenant_id', 'passwords tenants tenant_id', 'refresh_tokens clients tenant_id, client_id', 'refresh_tokens tenants tenant_id', 'tenant_operation_events tenant_operations operation_id', 'themes tenants tenant_id', 'universal_login_templates tenants tenant_id', 'user_activity users user_id, tenant_id');
SELECT 'plan stopped: ' || x.n || CASE WHEN x.n = 1 THEN ' row breaks a foreign key' ELSE ' rows break foreign keys' END || ' (' || x.rows || '). ' || 'They were there before authhero 11.20 → 11.21 ran (SQLite lets such rows be written unless PRAGMA foreign_keys is on), and the script keeps these foreign keys: delete them or give them the parent rows they lack (SELECT * FROM pragma_foreign_key_check; lists every one, by table and rowid), then run this script again; or stay at authhero 11.20. Nothing was changed.' AS plan FROM (SELECT (SELECT count(DISTINCT t || ' ' || k) FROM temp.plan_fk_start) AS n, (WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST((SELECT group_concat(y, '; ') FROM (SELECT k || ' -> ' || p || ' (' || f || ')' AS y FROM temp.plan_fk_start ORDER BY t, k, p, f LIMIT 3)) AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1) AS rows) x WHERE x.n > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: rows break foreign keys of authhero 11.20 → 11.21 before it changed anything: they were there already (the line printed above names them and says what to do). Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT 1 FROM temp.plan_fk_start);
DROP TABLE temp.plan_fk_start;

-- ================================================================================================
-- authhero 11.20 → 11.21: @authhero/kysely-adapter 11.20 → 11.21.1 and the move to multi-tenancy: the kysely_migration history the squash requires, one organization per tenant on the control-plane tenant, and the schema part: the 181 kysely migrations squashed into one baseline (2026-07-16T14:00:00_baseline), which is a snapshot of AuthHero's production (PlanetScale) schema. MySQL: users PK reorder, codes PK, tenant foreign keys renamed, widenings and default drops, logs columns and indexes. SQLite: the same, plus the baseline's MySQL spellings (int, tinyint(1)), named unique indexes instead of inline UNIQUE and the FK-supporting indexes MySQL had.
-- source: plans/authhero/11.20-11.21.yaml
-- ================================================================================================
-- 11.20 → 11.21 · 1/191 · check: the control-plane tenant (parameter control_plane_tenant_id) is not in tenants; create it first, or pass the right id. Nothing was changed.
-- why: The organizations this plan creates belong to the control-plane tenant, which must exist (a database without tenants passes).
-- locks: tenants: read
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ABORT, 'plan stopped: the control-plane tenant (parameter control_plane_tenant_id) is not in tenants; create it first, or pass the right id. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE NOT ((EXISTS (SELECT 1 FROM pragma_table_info('tenants') WHERE name = 'id'))
    AND ((EXISTS (SELECT 1 FROM "tenants" WHERE "id" = 'main') OR NOT EXISTS (SELECT 1 FROM "tenants" WHERE NOT ("id" = 'main')))));

-- 11.20 → 11.21 · 2/191 · create index users_user_id_tenant_id on users
-- why: Serves the foreign keys that reference users (user_id, tenant_id) (codes, grants, passwords, sessions, user_activity) once the primary key is (tenant_id, user_id).
-- locks: users: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "users_user_id_tenant_id";
CREATE INDEX "users_user_id_tenant_id" ON "users" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 3/191 · drop foreign key linked_to_constraint on users
-- locks: users: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
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
      CONSTRAINT "unique_phone_provider" UNIQUE ("phone_number", "provider", "tenant_id"),
      CONSTRAINT "users_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
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
CREATE INDEX "users_user_id_tenant_id" ON "users" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 4/191 · drop index users_email_index on users
-- locks: users: catalog-only
DROP INDEX IF EXISTS "users_email_index";

-- 11.20 → 11.21 · 5/191 · drop unique unique_phone_provider on users
-- why: 11.21.0 restored it (2026-07-16T16:00:00_restore_unique_phone_provider); 11.21.1 removed that migration again (changeset 089c6d2).
-- rebuilt together with the next step (one copy of users)

-- 11.20 → 11.21 · 6/191 · primary key of users becomes (tenant_id, user_id)
-- why: The foreign keys that reference users (user_id, tenant_id) (codes, grants, passwords, sessions, user_activity) keep that column order: MySQL serves them with users_user_id_tenant_id, SQLite matches a foreign key to a key with the same columns in any order.
-- rebuilt together with the next step (one copy of users)

-- 11.20 → 11.21 · 7/191 · set users.connection NOT NULL
-- why: Stops before any change when a user row has no connection (AuthHero 11.21 requires one).
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
      "connection" varchar(255) NOT NULL,
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
      PRIMARY KEY ("tenant_id", "user_id"),
      CONSTRAINT "unique_email_provider" UNIQUE ("email", "provider", "tenant_id"),
      CONSTRAINT "users_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_users" ("user_id", "tenant_id", "email", "given_name", "family_name", "nickname", "name", "picture", "phone_number", "phone_verified", "username", "created_at", "updated_at", "linked_to", "provider", "connection", "email_verified", "is_social", "app_metadata", "profileData", "locale", "user_metadata", "middle_name", "profile", "website", "gender", "birthdate", "zoneinfo", "preferred_username", "address", "registration_completed_at")
    SELECT "user_id", "tenant_id", "email", "given_name", "family_name", "nickname", "name", "picture", "phone_number", "phone_verified", "username", "created_at", "updated_at", "linked_to", "provider", "connection", "email_verified", "is_social", "app_metadata", "profileData", "locale", "user_metadata", "middle_name", "profile", "website", "gender", "birthdate", "zoneinfo", "preferred_username", "address", "registration_completed_at" FROM "users";
DROP TABLE "users";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_users" RENAME TO "users";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "unique_username_provider" ON "users" ("username", "provider", "tenant_id");
CREATE INDEX "users_linked_to_index" ON "users" ("linked_to");
CREATE INDEX "users_name_index" ON "users" ("name");
CREATE INDEX "users_phone_tenant_provider_index" ON "users" ("tenant_id", "phone_number", "provider");
CREATE INDEX "users_user_id_tenant_id" ON "users" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 8/191 · primary key of codes becomes (code_id, code_type, tenant_id)
-- locks: codes: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
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
      PRIMARY KEY ("code_id", "code_type", "tenant_id"),
      CONSTRAINT "codes_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "codes_user_id_tenant_id_constraint" FOREIGN KEY ("user_id", "tenant_id") REFERENCES "users" ("user_id", "tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_codes" ("code_id", "tenant_id", "user_id", "login_id", "connection_id", "code_type", "created_at", "expires_at", "used_at", "code_verifier", "code_challenge", "code_challenge_method", "redirect_uri", "nonce", "state", "otp", "expires_at_ts")
    SELECT "code_id", "tenant_id", "user_id", "login_id", "connection_id", "code_type", "created_at", "expires_at", "used_at", "code_verifier", "code_challenge", "code_challenge_method", "redirect_uri", "nonce", "state", "otp", "expires_at_ts" FROM "codes";
DROP TABLE "codes";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_codes" RENAME TO "codes";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_codes_expires_at_ts" ON "codes" ("expires_at_ts");

-- 11.20 → 11.21 · 9/191 · create index FK_codes_user_id_tenant_id_constraint on codes
-- locks: codes: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "FK_codes_user_id_tenant_id_constraint";
CREATE INDEX "FK_codes_user_id_tenant_id_constraint" ON "codes" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 10/191 · change type of grants.client_id to varchar(191)
-- rebuilt together with the next step (one copy of grants)

-- 11.20 → 11.21 · 11/191 · change type of grants.tenant_id to varchar(191)
-- rebuilt together with the next step (one copy of grants)

-- 11.20 → 11.21 · 12/191 · change type of grants.user_id to varchar(191)
-- locks: grants: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of grants for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_grants" (
      "id" varchar(21),
      "tenant_id" varchar(191) NOT NULL,
      "user_id" varchar(191) NOT NULL,
      "client_id" varchar(191) NOT NULL,
      "audience" varchar(100) NOT NULL DEFAULT '',
      "scope" text NOT NULL DEFAULT '[]',
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("id"),
      CONSTRAINT "grants_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "grants_user_id_constraint" FOREIGN KEY ("user_id", "tenant_id") REFERENCES "users" ("user_id", "tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_grants" ("id", "tenant_id", "user_id", "client_id", "audience", "scope", "created_at", "updated_at")
    SELECT "id", "tenant_id", "user_id", "client_id", "audience", "scope", "created_at", "updated_at" FROM "grants";
DROP TABLE "grants";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_grants" RENAME TO "grants";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "grants_natural_key_idx" ON "grants" ("tenant_id", "user_id", "client_id", "audience");
CREATE INDEX "grants_tenant_user_idx" ON "grants" ("tenant_id", "user_id");

-- 11.20 → 11.21 · 13/191 · change type of organizations.id to varchar(256)
-- locks: organizations: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_organizations" (
      "id" varchar(256),
      "tenant_id" varchar(191) NOT NULL,
      "name" varchar(256) NOT NULL,
      "display_name" varchar(256),
      "branding" text,
      "metadata" text,
      "enabled_connections" text,
      "token_quota" text,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_organizations" ("id", "tenant_id", "name", "display_name", "branding", "metadata", "enabled_connections", "token_quota", "created_at", "updated_at")
    SELECT "id", "tenant_id", "name", "display_name", "branding", "metadata", "enabled_connections", "token_quota", "created_at", "updated_at" FROM "organizations";
DROP TABLE "organizations";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_organizations" RENAME TO "organizations";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "idx_organizations_tenant_name_unique" ON "organizations" ("tenant_id", "name");

-- 11.20 → 11.21 · 14/191 · change type of themes.tenant_id to varchar(191)
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 15/191 · change type of themes.themeId to varchar(21)
-- locks: themes: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of themes for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_themes" (
      "tenant_id" varchar(191) NOT NULL,
      "themeId" varchar(21) NOT NULL,
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
      PRIMARY KEY ("tenant_id", "themeId"),
      CONSTRAINT "themes_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_themes" ("tenant_id", "themeId", "displayName", "colors_primary_button_label", "colors_primary_button", "colors_secondary_button_border", "colors_secondary_button_label", "colors_base_focus_color", "colors_base_hover_color", "colors_body_text", "colors_captcha_widget_theme", "colors_error", "colors_header", "colors_icons", "colors_input_background", "colors_input_border", "colors_input_filled_text", "colors_input_labels_placeholders", "colors_links_focused_components", "colors_success", "colors_widget_background", "colors_widget_border", "borders_button_border_radius", "borders_button_border_weight", "borders_buttons_style", "borders_input_border_radius", "borders_input_border_weight", "borders_inputs_style", "borders_show_widget_shadow", "borders_widget_border_weight", "borders_widget_corner_radius", "fonts_body_text_bold", "fonts_body_text_size", "fonts_buttons_text_bold", "fonts_buttons_text_size", "fonts_font_url", "fonts_input_labels_bold", "fonts_input_labels_size", "fonts_links_bold", "fonts_links_size", "fonts_links_style", "fonts_reference_text_size", "fonts_subtitle_bold", "fonts_subtitle_size", "fonts_title_bold", "fonts_title_size", "page_background_background_color", "page_background_background_image_url", "page_background_page_layout", "widget_header_text_alignment", "widget_logo_height", "widget_logo_position", "widget_logo_url", "widget_social_buttons_layout", "created_at", "updated_at")
    SELECT "tenant_id", "themeId", "displayName", "colors_primary_button_label", "colors_primary_button", "colors_secondary_button_border", "colors_secondary_button_label", "colors_base_focus_color", "colors_base_hover_color", "colors_body_text", "colors_captcha_widget_theme", "colors_error", "colors_header", "colors_icons", "colors_input_background", "colors_input_border", "colors_input_filled_text", "colors_input_labels_placeholders", "colors_links_focused_components", "colors_success", "colors_widget_background", "colors_widget_border", "borders_button_border_radius", "borders_button_border_weight", "borders_buttons_style", "borders_input_border_radius", "borders_input_border_weight", "borders_inputs_style", "borders_show_widget_shadow", "borders_widget_border_weight", "borders_widget_corner_radius", "fonts_body_text_bold", "fonts_body_text_size", "fonts_buttons_text_bold", "fonts_buttons_text_size", "fonts_font_url", "fonts_input_labels_bold", "fonts_input_labels_size", "fonts_links_bold", "fonts_links_size", "fonts_links_style", "fonts_reference_text_size", "fonts_subtitle_bold", "fonts_subtitle_size", "fonts_title_bold", "fonts_title_size", "page_background_background_color", "page_background_background_image_url", "page_background_page_layout", "widget_header_text_alignment", "widget_logo_height", "widget_logo_position", "widget_logo_url", "widget_social_buttons_layout", "created_at", "updated_at" FROM "themes";
DROP TABLE "themes";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_themes" RENAME TO "themes";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 16/191 · drop default of client_grants.scope
-- rebuilt together with the next step (one copy of client_grants)

-- 11.20 → 11.21 · 17/191 · drop default of client_grants.authorization_details_types
-- locks: client_grants: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of client_grants for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_client_grants" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "client_id" varchar(191) NOT NULL,
      "audience" varchar(191) NOT NULL,
      "scope" text,
      "organization_usage" varchar(32),
      "allow_any_organization" integer DEFAULT 0,
      "is_system" integer DEFAULT 0,
      "subject_type" varchar(32),
      "authorization_details_types" text,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("tenant_id", "id"),
      CONSTRAINT "client_grants_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_client_grants_clients" FOREIGN KEY ("tenant_id", "client_id") REFERENCES "clients" ("tenant_id", "client_id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_client_grants" ("id", "tenant_id", "client_id", "audience", "scope", "organization_usage", "allow_any_organization", "is_system", "subject_type", "authorization_details_types", "created_at", "updated_at")
    SELECT "id", "tenant_id", "client_id", "audience", "scope", "organization_usage", "allow_any_organization", "is_system", "subject_type", "authorization_details_types", "created_at", "updated_at" FROM "client_grants";
DROP TABLE "client_grants";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_client_grants" RENAME TO "client_grants";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "uq_client_grants_tenant_client_audience" ON "client_grants" ("tenant_id", "client_id", "audience");
CREATE INDEX "idx_client_grants_audience" ON "client_grants" ("audience");

-- 11.20 → 11.21 · 18/191 · drop default of clients.connections
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 19/191 · allow NULL in clients.connections
-- locks: clients: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of clients for this step and the ones before it that say so
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
      "connections" text,
      "auth0_conformant" integer DEFAULT 1,
      "owner_user_id" varchar(255),
      "registration_type" varchar(32),
      "registration_metadata" text,
      "user_linking_mode" varchar(16),
      "hide_sign_up_disabled_error" integer NOT NULL DEFAULT 0,
      PRIMARY KEY ("tenant_id", "client_id"),
      CONSTRAINT "clients_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_clients" ("client_id", "tenant_id", "name", "description", "global", "client_secret", "app_type", "logo_uri", "is_first_party", "oidc_conformant", "callbacks", "allowed_origins", "web_origins", "client_aliases", "allowed_clients", "allowed_logout_urls", "session_transfer", "oidc_logout", "grant_types", "jwt_configuration", "signing_keys", "encryption_key", "sso", "sso_disabled", "cross_origin_authentication", "cross_origin_loc", "custom_login_page_on", "custom_login_page", "custom_login_page_preview", "form_template", "addons", "token_endpoint_auth_method", "client_metadata", "mobile", "initiate_login_uri", "native_social_login", "refresh_token", "default_organization", "organization_usage", "organization_require_behavior", "client_authentication_methods", "require_pushed_authorization_requests", "require_proof_of_possession", "signed_request_object", "compliance_level", "par_request_expiry", "token_quota", "created_at", "updated_at", "connections", "auth0_conformant", "owner_user_id", "registration_type", "registration_metadata", "user_linking_mode", "hide_sign_up_disabled_error")
    SELECT "client_id", "tenant_id", "name", "description", "global", "client_secret", "app_type", "logo_uri", "is_first_party", "oidc_conformant", "callbacks", "allowed_origins", "web_origins", "client_aliases", "allowed_clients", "allowed_logout_urls", "session_transfer", "oidc_logout", "grant_types", "jwt_configuration", "signing_keys", "encryption_key", "sso", "sso_disabled", "cross_origin_authentication", "cross_origin_loc", "custom_login_page_on", "custom_login_page", "custom_login_page_preview", "form_template", "addons", "token_endpoint_auth_method", "client_metadata", "mobile", "initiate_login_uri", "native_social_login", "refresh_token", "default_organization", "organization_usage", "organization_require_behavior", "client_authentication_methods", "require_pushed_authorization_requests", "require_proof_of_possession", "signed_request_object", "compliance_level", "par_request_expiry", "token_quota", "created_at", "updated_at", "connections", "auth0_conformant", "owner_user_id", "registration_type", "registration_metadata", "user_linking_mode", "hide_sign_up_disabled_error" FROM "clients";
DROP TABLE "clients";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_clients" RENAME TO "clients";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_clients_owner_user_id" ON "clients" ("tenant_id", "owner_user_id");

-- 11.20 → 11.21 · 20/191 · drop default of grants.scope
-- locks: grants: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_grants" (
      "id" varchar(21),
      "tenant_id" varchar(191) NOT NULL,
      "user_id" varchar(191) NOT NULL,
      "client_id" varchar(191) NOT NULL,
      "audience" varchar(100) NOT NULL DEFAULT '',
      "scope" text NOT NULL,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("id"),
      CONSTRAINT "grants_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "grants_user_id_constraint" FOREIGN KEY ("user_id", "tenant_id") REFERENCES "users" ("user_id", "tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_grants" ("id", "tenant_id", "user_id", "client_id", "audience", "scope", "created_at", "updated_at")
    SELECT "id", "tenant_id", "user_id", "client_id", "audience", "scope", "created_at", "updated_at" FROM "grants";
DROP TABLE "grants";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_grants" RENAME TO "grants";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "grants_natural_key_idx" ON "grants" ("tenant_id", "user_id", "client_id", "audience");
CREATE INDEX "grants_tenant_user_idx" ON "grants" ("tenant_id", "user_id");

-- 11.20 → 11.21 · 21/191 · drop default of proxy_routes.handlers
-- locks: proxy_routes: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_proxy_routes" (
      "id" varchar(64) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "custom_domain_id" varchar(256) NOT NULL,
      "priority" integer NOT NULL DEFAULT 100,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "match" varchar(2048) NOT NULL DEFAULT '{"path":"/*"}',
      "handlers" text NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_proxy_routes" ("id", "tenant_id", "custom_domain_id", "priority", "created_at", "updated_at", "match", "handlers")
    SELECT "id", "tenant_id", "custom_domain_id", "priority", "created_at", "updated_at", "match", "handlers" FROM "proxy_routes";
DROP TABLE "proxy_routes";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_proxy_routes" RENAME TO "proxy_routes";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "proxy_routes_custom_domain_id_idx" ON "proxy_routes" ("custom_domain_id");
CREATE INDEX "proxy_routes_tenant_id_idx" ON "proxy_routes" ("tenant_id");

-- 11.20 → 11.21 · 22/191 · change type of organizations.tenant_id to varchar(256)
-- rebuilt together with the next step (one copy of organizations)

-- 11.20 → 11.21 · 23/191 · change type of organizations.created_at to varchar(256)
-- rebuilt together with the next step (one copy of organizations)

-- 11.20 → 11.21 · 24/191 · change type of organizations.updated_at to varchar(256)
-- locks: organizations: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of organizations for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_organizations" (
      "id" varchar(256),
      "tenant_id" varchar(256) NOT NULL,
      "name" varchar(256) NOT NULL,
      "display_name" varchar(256),
      "branding" text,
      "metadata" text,
      "enabled_connections" text,
      "token_quota" text,
      "created_at" varchar(256) NOT NULL,
      "updated_at" varchar(256) NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_organizations" ("id", "tenant_id", "name", "display_name", "branding", "metadata", "enabled_connections", "token_quota", "created_at", "updated_at")
    SELECT "id", "tenant_id", "name", "display_name", "branding", "metadata", "enabled_connections", "token_quota", "created_at", "updated_at" FROM "organizations";
DROP TABLE "organizations";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_organizations" RENAME TO "organizations";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "idx_organizations_tenant_name_unique" ON "organizations" ("tenant_id", "name");

-- 11.20 → 11.21 · 25/191 · change type of resource_servers.scopes to text
-- locks: resource_servers: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_resource_servers" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "identifier" varchar(191) NOT NULL,
      "name" varchar(255) NOT NULL,
      "scopes" text,
      "signing_alg" varchar(64),
      "signing_secret" varchar(2048),
      "token_lifetime" integer,
      "token_lifetime_for_web" integer,
      "skip_consent_for_verifiable_first_party_clients" integer,
      "allow_offline_access" integer,
      "verification_key" varchar(4096),
      "options" varchar(4096),
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "is_system" integer NOT NULL DEFAULT 0,
      "metadata" varchar(4096),
      PRIMARY KEY ("tenant_id", "id")
    );
INSERT INTO "plan_rebuild_resource_servers" ("id", "tenant_id", "identifier", "name", "scopes", "signing_alg", "signing_secret", "token_lifetime", "token_lifetime_for_web", "skip_consent_for_verifiable_first_party_clients", "allow_offline_access", "verification_key", "options", "created_at", "updated_at", "is_system", "metadata")
    SELECT "id", "tenant_id", "identifier", "name", "scopes", "signing_alg", "signing_secret", "token_lifetime", "token_lifetime_for_web", "skip_consent_for_verifiable_first_party_clients", "allow_offline_access", "verification_key", "options", "created_at", "updated_at", "is_system", "metadata" FROM "resource_servers";
DROP TABLE "resource_servers";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_resource_servers" RENAME TO "resource_servers";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "resource_servers_tenant_identifier_uq" ON "resource_servers" ("tenant_id", "identifier");

-- 11.20 → 11.21 · 26/191 · change type of universal_login_templates.created_at_ts to bigint
-- rebuilt together with the next step (one copy of universal_login_templates)

-- 11.20 → 11.21 · 27/191 · change type of universal_login_templates.updated_at_ts to bigint
-- locks: universal_login_templates: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of universal_login_templates for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_universal_login_templates" (
      "tenant_id" varchar(191),
      "body" text NOT NULL,
      "updated_at_ts" bigint NOT NULL,
      "created_at_ts" bigint NOT NULL,
      PRIMARY KEY ("tenant_id"),
      CONSTRAINT "universal_login_templates_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_universal_login_templates" ("tenant_id", "body", "updated_at_ts", "created_at_ts")
    SELECT "tenant_id", "body", "updated_at_ts", "created_at_ts" FROM "universal_login_templates";
DROP TABLE "universal_login_templates";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_universal_login_templates" RENAME TO "universal_login_templates";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 28/191 · change type of user_organizations.id to varchar(256)
-- rebuilt together with the next step (one copy of user_organizations)

-- 11.20 → 11.21 · 29/191 · change type of user_organizations.tenant_id to varchar(256)
-- rebuilt together with the next step (one copy of user_organizations)

-- 11.20 → 11.21 · 30/191 · change type of user_organizations.user_id to varchar(256)
-- rebuilt together with the next step (one copy of user_organizations)

-- 11.20 → 11.21 · 31/191 · change type of user_organizations.organization_id to varchar(256)
-- rebuilt together with the next step (one copy of user_organizations)

-- 11.20 → 11.21 · 32/191 · change type of user_organizations.created_at to varchar(256)
-- rebuilt together with the next step (one copy of user_organizations)

-- 11.20 → 11.21 · 33/191 · change type of user_organizations.updated_at to varchar(256)
-- locks: user_organizations: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of user_organizations for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_user_organizations" (
      "id" varchar(256),
      "tenant_id" varchar(256) NOT NULL,
      "user_id" varchar(256) NOT NULL,
      "organization_id" varchar(256) NOT NULL,
      "created_at" varchar(256) NOT NULL,
      "updated_at" varchar(256) NOT NULL,
      PRIMARY KEY ("id"),
      CONSTRAINT "user_organizations_unique" UNIQUE ("tenant_id", "user_id", "organization_id")
    );
INSERT INTO "plan_rebuild_user_organizations" ("id", "tenant_id", "user_id", "organization_id", "created_at", "updated_at")
    SELECT "id", "tenant_id", "user_id", "organization_id", "created_at", "updated_at" FROM "user_organizations";
DROP TABLE "user_organizations";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_user_organizations" RENAME TO "user_organizations";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_user_organizations_organization_id" ON "user_organizations" ("organization_id");
CREATE INDEX "idx_user_organizations_user_id" ON "user_organizations" ("user_id");

-- 11.20 → 11.21 · 34/191 · create index idx_user_organizations_unique on user_organizations
-- locks: user_organizations: scan; builds an index (reads every row); fails on duplicate rows
DROP INDEX IF EXISTS "idx_user_organizations_unique";
CREATE UNIQUE INDEX "idx_user_organizations_unique" ON "user_organizations" ("tenant_id", "user_id", "organization_id");

-- 11.20 → 11.21 · 35/191 · drop unique user_organizations_unique on user_organizations
-- rebuilt together with the next step (one copy of user_organizations)

-- 11.20 → 11.21 · 36/191 · add foreign key fk_user_organizations_organization on user_organizations
-- why: Stops before any change when a membership names an organization that does not exist.
-- rebuilt together with the next step (one copy of user_organizations)

-- 11.20 → 11.21 · 37/191 · add foreign key fk_user_organizations_user on user_organizations
-- why: Stops before any change when a membership names a user that does not exist.
-- locks: user_organizations: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of user_organizations for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_user_organizations" (
      "id" varchar(256),
      "tenant_id" varchar(256) NOT NULL,
      "user_id" varchar(256) NOT NULL,
      "organization_id" varchar(256) NOT NULL,
      "created_at" varchar(256) NOT NULL,
      "updated_at" varchar(256) NOT NULL,
      PRIMARY KEY ("id"),
      CONSTRAINT "fk_user_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_user_organizations_user" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "user_id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_user_organizations" ("id", "tenant_id", "user_id", "organization_id", "created_at", "updated_at")
    SELECT "id", "tenant_id", "user_id", "organization_id", "created_at", "updated_at" FROM "user_organizations";
DROP TABLE "user_organizations";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_user_organizations" RENAME TO "user_organizations";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_user_organizations_organization_id" ON "user_organizations" ("organization_id");
CREATE INDEX "idx_user_organizations_user_id" ON "user_organizations" ("user_id");
CREATE UNIQUE INDEX "idx_user_organizations_unique" ON "user_organizations" ("tenant_id", "user_id", "organization_id");

-- 11.20 → 11.21 · 38/191 · add column logs.country_code3
-- locks: logs: catalog-only
ALTER TABLE "logs" ADD COLUMN "country_code3" varchar(3);

-- 11.20 → 11.21 · 39/191 · add column logs.country_name
-- locks: logs: catalog-only
ALTER TABLE "logs" ADD COLUMN "country_name" varchar(255);

-- 11.20 → 11.21 · 40/191 · create index logs_date on logs
-- locks: logs: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "logs_date";
CREATE INDEX "logs_date" ON "logs" ("date");

-- 11.20 → 11.21 · 41/191 · create index logs_tenant_id on logs
-- locks: logs: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "logs_tenant_id";
CREATE INDEX "logs_tenant_id" ON "logs" ("tenant_id");

-- 11.20 → 11.21 · 42/191 · create index logs_user_id on logs
-- locks: logs: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "logs_user_id";
CREATE INDEX "logs_user_id" ON "logs" ("user_id");

-- 11.20 → 11.21 · 43/191 · change type of hooks.hook_id to varchar(21)
-- rebuilt together with the next step (one copy of hooks)

-- 11.20 → 11.21 · 44/191 · change type of hooks.form_id to varchar(128)
-- rebuilt together with the next step (one copy of hooks)

-- 11.20 → 11.21 · 45/191 · change type of hooks.template_id to varchar(64)
-- locks: hooks: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of hooks for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_hooks" (
      "hook_id" varchar(21) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "trigger_id" varchar(255) NOT NULL,
      "enabled" boolean NOT NULL,
      "synchronous" boolean NOT NULL DEFAULT 0,
      "priority" integer,
      "form_id" varchar(128),
      "url" varchar(512),
      "template_id" varchar(64),
      "created_at_ts" bigint,
      "updated_at_ts" bigint,
      "code_id" varchar(21),
      "metadata" text,
      PRIMARY KEY ("hook_id"),
      CONSTRAINT "hooks_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_hooks" ("hook_id", "tenant_id", "trigger_id", "enabled", "synchronous", "priority", "form_id", "url", "template_id", "created_at_ts", "updated_at_ts", "code_id", "metadata")
    SELECT "hook_id", "tenant_id", "trigger_id", "enabled", "synchronous", "priority", "form_id", "url", "template_id", "created_at_ts", "updated_at_ts", "code_id", "metadata" FROM "hooks";
DROP TABLE "hooks";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_hooks" RENAME TO "hooks";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 46/191 · change type of refresh_tokens.id to varchar(26)
-- locks: refresh_tokens: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_refresh_tokens" (
      "id" varchar(26) NOT NULL,
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
      PRIMARY KEY ("tenant_id", "id"),
      CONSTRAINT "refresh_tokens_client_fk" FOREIGN KEY ("tenant_id", "client_id") REFERENCES "clients" ("tenant_id", "client_id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "refresh_tokens_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
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

-- 11.20 → 11.21 · 47/191 · change type of sessions.id to varchar(26)
-- rebuilt together with the next step (one copy of sessions)

-- 11.20 → 11.21 · 48/191 · change type of sessions.login_session_id to varchar(26)
-- locks: sessions: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of sessions for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_sessions" (
      "id" varchar(26) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "user_id" varchar(255),
      "device" text NOT NULL,
      "clients" text NOT NULL,
      "login_session_id" varchar(26),
      "created_at_ts" bigint,
      "updated_at_ts" bigint,
      "expires_at_ts" bigint,
      "idle_expires_at_ts" bigint,
      "authenticated_at_ts" bigint,
      "last_interaction_at_ts" bigint,
      "used_at_ts" bigint,
      "revoked_at_ts" bigint,
      PRIMARY KEY ("tenant_id", "id"),
      CONSTRAINT "sessions_user_fk" FOREIGN KEY ("user_id", "tenant_id") REFERENCES "users" ("user_id", "tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION
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

-- 11.20 → 11.21 · 49/191 · change type of user_permissions.resource_server_identifier to varchar(100)
-- locks: user_permissions: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_user_permissions" (
      "tenant_id" varchar(191) NOT NULL,
      "user_id" varchar(191) NOT NULL,
      "resource_server_identifier" varchar(100) NOT NULL,
      "permission_name" varchar(191) NOT NULL,
      "organization_id" varchar(21) NOT NULL DEFAULT '',
      "created_at" varchar(35) NOT NULL,
      PRIMARY KEY ("tenant_id", "user_id", "resource_server_identifier", "permission_name", "organization_id")
    );
INSERT INTO "plan_rebuild_user_permissions" ("tenant_id", "user_id", "resource_server_identifier", "permission_name", "organization_id", "created_at")
    SELECT "tenant_id", "user_id", "resource_server_identifier", "permission_name", "organization_id", "created_at" FROM "user_permissions";
DROP TABLE "user_permissions";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_user_permissions" RENAME TO "user_permissions";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "user_permissions_organization_fk" ON "user_permissions" ("organization_id");
CREATE INDEX "user_permissions_permission_fk" ON "user_permissions" ("tenant_id", "resource_server_identifier", "permission_name");
CREATE INDEX "user_permissions_user_fk" ON "user_permissions" ("tenant_id", "user_id");

-- 11.20 → 11.21 · 50/191 · change type of users.app_metadata to text
-- rebuilt together with the next step (one copy of users)

-- 11.20 → 11.21 · 51/191 · change type of users.created_at to varchar(35)
-- rebuilt together with the next step (one copy of users)

-- 11.20 → 11.21 · 52/191 · change type of users.updated_at to varchar(35)
-- rebuilt together with the next step (one copy of users)

-- 11.20 → 11.21 · 53/191 · change type of users.locale to varchar(64)
-- rebuilt together with the next step (one copy of users)

-- 11.20 → 11.21 · 54/191 · change type of users.picture to text
-- rebuilt together with the next step (one copy of users)

-- 11.20 → 11.21 · 55/191 · change type of users.profileData to text
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
      "picture" text,
      "phone_number" varchar(17),
      "phone_verified" boolean,
      "username" varchar(128),
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "linked_to" varchar(255),
      "provider" varchar(255) NOT NULL,
      "connection" varchar(255) NOT NULL,
      "email_verified" boolean NOT NULL,
      "is_social" boolean NOT NULL,
      "app_metadata" text NOT NULL DEFAULT '{}',
      "profileData" text,
      "locale" varchar(64),
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
      PRIMARY KEY ("tenant_id", "user_id"),
      CONSTRAINT "unique_email_provider" UNIQUE ("email", "provider", "tenant_id"),
      CONSTRAINT "users_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_users" ("user_id", "tenant_id", "email", "given_name", "family_name", "nickname", "name", "picture", "phone_number", "phone_verified", "username", "created_at", "updated_at", "linked_to", "provider", "connection", "email_verified", "is_social", "app_metadata", "profileData", "locale", "user_metadata", "middle_name", "profile", "website", "gender", "birthdate", "zoneinfo", "preferred_username", "address", "registration_completed_at")
    SELECT "user_id", "tenant_id", "email", "given_name", "family_name", "nickname", "name", "picture", "phone_number", "phone_verified", "username", "created_at", "updated_at", "linked_to", "provider", "connection", "email_verified", "is_social", "app_metadata", "profileData", "locale", "user_metadata", "middle_name", "profile", "website", "gender", "birthdate", "zoneinfo", "preferred_username", "address", "registration_completed_at" FROM "users";
DROP TABLE "users";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_users" RENAME TO "users";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "unique_username_provider" ON "users" ("username", "provider", "tenant_id");
CREATE INDEX "users_linked_to_index" ON "users" ("linked_to");
CREATE INDEX "users_name_index" ON "users" ("name");
CREATE INDEX "users_phone_tenant_provider_index" ON "users" ("tenant_id", "phone_number", "provider");
CREATE INDEX "users_user_id_tenant_id" ON "users" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 56/191 · allow NULL in login_sessions.csrf_token
-- locks: login_sessions: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_login_sessions" (
      "id" varchar(26) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "session_id" varchar(26),
      "csrf_token" varchar(26),
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
      PRIMARY KEY ("tenant_id", "id"),
      CONSTRAINT "login_sessions_session_fk" FOREIGN KEY ("tenant_id", "session_id") REFERENCES "sessions" ("tenant_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "login_sessions_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
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

-- 11.20 → 11.21 · 57/191 · delete rows of refresh_tokens where login_id IS NULL
-- why: Tokens issued before AuthHero had login_id (o033); 11.21 requires one. Their users sign in again. The rollback cannot bring them back (back up first: the header says how).
-- locks: refresh_tokens: rows
DELETE FROM "refresh_tokens" WHERE "login_id" IS NULL;

-- 11.20 → 11.21 · 58/191 · set refresh_tokens.login_id NOT NULL
-- why: Stops before any change when a refresh token has no login_id (MySQL had it NOT NULL already). Such rows are tokens issued before login_id existed (AuthHero o033, 2026-03-04) that AuthHero's MySQL-only backfill (scripts/backfill_refresh_token_login_id.sql, via session_id) never reached; on SQLite o034 dropped session_id without the NOT NULL, so nothing in the database can fill them in. 11.21 still redeems them (login_id is optional in refresh-token.ts) but cannot rotate them (the child row copies login_id into the NOT NULL column) and logout cannot revoke them; AuthHero ships no reconcile path (CHANGELOG 11.21.0). Delete them or re-link them by hand, or stay at 11.20.
-- locks: refresh_tokens: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_refresh_tokens" (
      "id" varchar(26) NOT NULL,
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
      "login_id" varchar(26) NOT NULL,
      "revoked_at_ts" bigint,
      "token_lookup" varchar(16),
      "token_hash" varchar(64),
      "family_id" varchar(26),
      "rotated_to" varchar(26),
      "rotated_at_ts" bigint,
      PRIMARY KEY ("tenant_id", "id"),
      CONSTRAINT "refresh_tokens_client_fk" FOREIGN KEY ("tenant_id", "client_id") REFERENCES "clients" ("tenant_id", "client_id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "refresh_tokens_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
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

-- 11.20 → 11.21 · 59/191 · drop unique unique_email_provider on users
-- locks: users: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_users" (
      "user_id" varchar(255) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "email" varchar(255),
      "given_name" varchar(255),
      "family_name" varchar(255),
      "nickname" varchar(255),
      "name" varchar(255),
      "picture" text,
      "phone_number" varchar(17),
      "phone_verified" boolean,
      "username" varchar(128),
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "linked_to" varchar(255),
      "provider" varchar(255) NOT NULL,
      "connection" varchar(255) NOT NULL,
      "email_verified" boolean NOT NULL,
      "is_social" boolean NOT NULL,
      "app_metadata" text NOT NULL DEFAULT '{}',
      "profileData" text,
      "locale" varchar(64),
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
      PRIMARY KEY ("tenant_id", "user_id"),
      CONSTRAINT "users_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_users" ("user_id", "tenant_id", "email", "given_name", "family_name", "nickname", "name", "picture", "phone_number", "phone_verified", "username", "created_at", "updated_at", "linked_to", "provider", "connection", "email_verified", "is_social", "app_metadata", "profileData", "locale", "user_metadata", "middle_name", "profile", "website", "gender", "birthdate", "zoneinfo", "preferred_username", "address", "registration_completed_at")
    SELECT "user_id", "tenant_id", "email", "given_name", "family_name", "nickname", "name", "picture", "phone_number", "phone_verified", "username", "created_at", "updated_at", "linked_to", "provider", "connection", "email_verified", "is_social", "app_metadata", "profileData", "locale", "user_metadata", "middle_name", "profile", "website", "gender", "birthdate", "zoneinfo", "preferred_username", "address", "registration_completed_at" FROM "users";
DROP TABLE "users";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_users" RENAME TO "users";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "unique_username_provider" ON "users" ("username", "provider", "tenant_id");
CREATE INDEX "users_linked_to_index" ON "users" ("linked_to");
CREATE INDEX "users_name_index" ON "users" ("name");
CREATE INDEX "users_phone_tenant_provider_index" ON "users" ("tenant_id", "phone_number", "provider");
CREATE INDEX "users_user_id_tenant_id" ON "users" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 60/191 · create index unique_email_provider on users
-- why: SQLite: the inline UNIQUE constraint becomes a named unique index (as on MySQL).
-- locks: users: scan; builds an index (reads every row); fails on duplicate rows
DROP INDEX IF EXISTS "unique_email_provider";
CREATE UNIQUE INDEX "unique_email_provider" ON "users" ("email", "provider", "tenant_id");

-- 11.20 → 11.21 · 61/191 · drop unique organization_connections_unique on organization_connections
-- locks: organization_connections: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_organization_connections" (
      "tenant_id" varchar(191) NOT NULL,
      "organization_id" varchar(21) NOT NULL,
      "connection_id" varchar(191) NOT NULL,
      "assign_membership_on_login" boolean NOT NULL DEFAULT 0,
      "show_as_button" boolean NOT NULL DEFAULT 1,
      "is_signup_enabled" boolean NOT NULL DEFAULT 1,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      CONSTRAINT "organization_connections_connection_fk" FOREIGN KEY ("tenant_id", "connection_id") REFERENCES "connections" ("tenant_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "organization_connections_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_organization_connections" ("tenant_id", "organization_id", "connection_id", "assign_membership_on_login", "show_as_button", "is_signup_enabled", "created_at", "updated_at")
    SELECT "tenant_id", "organization_id", "connection_id", "assign_membership_on_login", "show_as_button", "is_signup_enabled", "created_at", "updated_at" FROM "organization_connections";
DROP TABLE "organization_connections";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_organization_connections" RENAME TO "organization_connections";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_organization_connections_tenant_connection" ON "organization_connections" ("tenant_id", "connection_id");
CREATE INDEX "idx_organization_connections_tenant_org" ON "organization_connections" ("tenant_id", "organization_id");

-- 11.20 → 11.21 · 62/191 · create index organization_connections_unique on organization_connections
-- locks: organization_connections: scan; builds an index (reads every row); fails on duplicate rows
DROP INDEX IF EXISTS "organization_connections_unique";
CREATE UNIQUE INDEX "organization_connections_unique" ON "organization_connections" ("tenant_id", "organization_id", "connection_id");

-- 11.20 → 11.21 · 63/191 · create index grants_user_id_constraint on grants
-- locks: grants: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "grants_user_id_constraint";
CREATE INDEX "grants_user_id_constraint" ON "grants" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 64/191 · create index password_history_user_id_tenant_id_constraint on passwords
-- locks: passwords: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "password_history_user_id_tenant_id_constraint";
CREATE INDEX "password_history_user_id_tenant_id_constraint" ON "passwords" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 65/191 · create index sessions_user_fk on sessions
-- locks: sessions: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "sessions_user_fk";
CREATE INDEX "sessions_user_fk" ON "sessions" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 66/191 · create index refresh_tokens_client_fk on refresh_tokens
-- locks: refresh_tokens: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "refresh_tokens_client_fk";
CREATE INDEX "refresh_tokens_client_fk" ON "refresh_tokens" ("tenant_id", "client_id");

-- 11.20 → 11.21 · 67/191 · create index user_activity_user_id_constraint on user_activity
-- locks: user_activity: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "user_activity_user_id_constraint";
CREATE INDEX "user_activity_user_id_constraint" ON "user_activity" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 68/191 · create index organization_connections_organization_fk on organization_connections
-- locks: organization_connections: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "organization_connections_organization_fk";
CREATE INDEX "organization_connections_organization_fk" ON "organization_connections" ("organization_id");

-- 11.20 → 11.21 · 69/191 · create index login_sessions_session_fk on login_sessions
-- locks: login_sessions: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "login_sessions_session_fk";
CREATE INDEX "login_sessions_session_fk" ON "login_sessions" ("tenant_id", "session_id");

-- 11.20 → 11.21 · 70/191 · create index login_sessions_state_updated_idx on login_sessions
-- locks: login_sessions: scan; builds an index (reads every row)
DROP INDEX IF EXISTS "login_sessions_state_updated_idx";
CREATE INDEX "login_sessions_state_updated_idx" ON "login_sessions" ("state");

-- 11.20 → 11.21 · 71/191 · drop index idx_login_sessions_session_id on login_sessions
-- locks: login_sessions: catalog-only
DROP INDEX IF EXISTS "idx_login_sessions_session_id";

-- 11.20 → 11.21 · 72/191 · set action_executions.id NOT NULL
-- locks: action_executions: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_action_executions" (
      "id" varchar(255) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "trigger_id" varchar(64) NOT NULL,
      "status" varchar(32) NOT NULL,
      "results" text NOT NULL,
      "logs" text,
      "created_at_ts" bigint NOT NULL,
      "updated_at_ts" bigint NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_action_executions" ("id", "tenant_id", "trigger_id", "status", "results", "logs", "created_at_ts", "updated_at_ts")
    SELECT "id", "tenant_id", "trigger_id", "status", "results", "logs", "created_at_ts", "updated_at_ts" FROM "action_executions";
DROP TABLE "action_executions";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_action_executions" RENAME TO "action_executions";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_action_executions_tenant" ON "action_executions" ("tenant_id", "id");

-- 11.20 → 11.21 · 73/191 · set action_versions.id NOT NULL
-- rebuilt together with the next step (one copy of action_versions)

-- 11.20 → 11.21 · 74/191 · change type of action_versions.deployed to int
-- rebuilt together with the next step (one copy of action_versions)

-- 11.20 → 11.21 · 75/191 · change type of action_versions.number to int
-- locks: action_versions: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of action_versions for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_action_versions" (
      "id" varchar(255) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "action_id" varchar(255) NOT NULL,
      "number" int NOT NULL,
      "code" text NOT NULL,
      "runtime" varchar(50),
      "secrets" text,
      "dependencies" text,
      "supported_triggers" text,
      "deployed" int NOT NULL DEFAULT 0,
      "created_at_ts" bigint NOT NULL,
      "updated_at_ts" bigint NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_action_versions" ("id", "tenant_id", "action_id", "number", "code", "runtime", "secrets", "dependencies", "supported_triggers", "deployed", "created_at_ts", "updated_at_ts")
    SELECT "id", "tenant_id", "action_id", "number", "code", "runtime", "secrets", "dependencies", "supported_triggers", "deployed", "created_at_ts", "updated_at_ts" FROM "action_versions";
DROP TABLE "action_versions";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_action_versions" RENAME TO "action_versions";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "uniq_action_versions_action_number" ON "action_versions" ("tenant_id", "action_id", "number");
CREATE INDEX "idx_action_versions_action" ON "action_versions" ("tenant_id", "action_id");

-- 11.20 → 11.21 · 76/191 · set actions.id NOT NULL
-- rebuilt together with the next step (one copy of actions)

-- 11.20 → 11.21 · 77/191 · change type of actions.inherit to int
-- rebuilt together with the next step (one copy of actions)

-- 11.20 → 11.21 · 78/191 · change type of actions.is_system to int
-- locks: actions: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of actions for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_actions" (
      "id" varchar(255) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "name" varchar(255) NOT NULL,
      "code" text NOT NULL,
      "runtime" varchar(50),
      "status" varchar(50) DEFAULT 'built',
      "secrets" text,
      "dependencies" text,
      "supported_triggers" text,
      "deployed_at_ts" bigint,
      "created_at_ts" bigint NOT NULL,
      "updated_at_ts" bigint NOT NULL,
      "is_system" int NOT NULL DEFAULT 0,
      "inherit" int NOT NULL DEFAULT 0,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_actions" ("id", "tenant_id", "name", "code", "runtime", "status", "secrets", "dependencies", "supported_triggers", "deployed_at_ts", "created_at_ts", "updated_at_ts", "is_system", "inherit")
    SELECT "id", "tenant_id", "name", "code", "runtime", "status", "secrets", "dependencies", "supported_triggers", "deployed_at_ts", "created_at_ts", "updated_at_ts", "is_system", "inherit" FROM "actions";
DROP TABLE "actions";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_actions" RENAME TO "actions";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_actions_tenant" ON "actions" ("tenant_id");

-- 11.20 → 11.21 · 79/191 · set authentication_methods.id NOT NULL
-- rebuilt together with the next step (one copy of authentication_methods)

-- 11.20 → 11.21 · 80/191 · change type of authentication_methods.confirmed to int
-- rebuilt together with the next step (one copy of authentication_methods)

-- 11.20 → 11.21 · 81/191 · change type of authentication_methods.credential_backed_up to int
-- rebuilt together with the next step (one copy of authentication_methods)

-- 11.20 → 11.21 · 82/191 · change type of authentication_methods.sign_count to int
-- locks: authentication_methods: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of authentication_methods for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_authentication_methods" (
      "id" varchar(26) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "user_id" varchar(255) NOT NULL,
      "type" varchar(32) NOT NULL,
      "phone_number" varchar(32),
      "totp_secret" varchar(255),
      "confirmed" int NOT NULL DEFAULT 0,
      "created_at_ts" bigint NOT NULL,
      "updated_at_ts" bigint NOT NULL,
      "credential_id" varchar(512),
      "public_key" text,
      "sign_count" int,
      "credential_backed_up" int,
      "transports" varchar(512),
      "friendly_name" varchar(255),
      PRIMARY KEY ("id"),
      CONSTRAINT "authentication_methods_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_authentication_methods" ("id", "tenant_id", "user_id", "type", "phone_number", "totp_secret", "confirmed", "created_at_ts", "updated_at_ts", "credential_id", "public_key", "sign_count", "credential_backed_up", "transports", "friendly_name")
    SELECT "id", "tenant_id", "user_id", "type", "phone_number", "totp_secret", "confirmed", "created_at_ts", "updated_at_ts", "credential_id", "public_key", "sign_count", "credential_backed_up", "transports", "friendly_name" FROM "authentication_methods";
DROP TABLE "authentication_methods";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_authentication_methods" RENAME TO "authentication_methods";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "authentication_methods_credential_id_idx" ON "authentication_methods" ("credential_id");
CREATE INDEX "mfa_enrollments_tenant_user_idx" ON "authentication_methods" ("tenant_id", "user_id");

-- 11.20 → 11.21 · 83/191 · change type of branding.colors_page_background_angle_dev to int
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
      "colors_page_background_angle_dev" int,
      "dark_mode" varchar(8),
      PRIMARY KEY ("tenant_id"),
      CONSTRAINT "branding_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_branding" ("tenant_id", "logo_url", "favicon_url", "font_url", "colors_primary", "colors_page_background_type", "colors_page_background_start", "colors_page_background_end", "colors_page_background_angle_dev", "dark_mode")
    SELECT "tenant_id", "logo_url", "favicon_url", "font_url", "colors_primary", "colors_page_background_type", "colors_page_background_start", "colors_page_background_end", "colors_page_background_angle_dev", "dark_mode" FROM "branding";
DROP TABLE "branding";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_branding" RENAME TO "branding";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 84/191 · change type of client_grants.allow_any_organization to int
-- rebuilt together with the next step (one copy of client_grants)

-- 11.20 → 11.21 · 85/191 · change type of client_grants.is_system to int
-- locks: client_grants: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of client_grants for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_client_grants" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "client_id" varchar(191) NOT NULL,
      "audience" varchar(191) NOT NULL,
      "scope" text,
      "organization_usage" varchar(32),
      "allow_any_organization" int DEFAULT 0,
      "is_system" int DEFAULT 0,
      "subject_type" varchar(32),
      "authorization_details_types" text,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("tenant_id", "id"),
      CONSTRAINT "client_grants_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_client_grants_clients" FOREIGN KEY ("tenant_id", "client_id") REFERENCES "clients" ("tenant_id", "client_id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_client_grants" ("id", "tenant_id", "client_id", "audience", "scope", "organization_usage", "allow_any_organization", "is_system", "subject_type", "authorization_details_types", "created_at", "updated_at")
    SELECT "id", "tenant_id", "client_id", "audience", "scope", "organization_usage", "allow_any_organization", "is_system", "subject_type", "authorization_details_types", "created_at", "updated_at" FROM "client_grants";
DROP TABLE "client_grants";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_client_grants" RENAME TO "client_grants";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "uq_client_grants_tenant_client_audience" ON "client_grants" ("tenant_id", "client_id", "audience");
CREATE INDEX "idx_client_grants_audience" ON "client_grants" ("audience");

-- 11.20 → 11.21 · 86/191 · set client_registration_tokens.id NOT NULL
-- rebuilt together with the next step (one copy of client_registration_tokens)

-- 11.20 → 11.21 · 87/191 · change type of client_registration_tokens.single_use to int
-- locks: client_registration_tokens: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of client_registration_tokens for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_client_registration_tokens" (
      "id" varchar(255) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "token_hash" varchar(64) NOT NULL,
      "type" varchar(8) NOT NULL,
      "client_id" varchar(191),
      "sub" varchar(255),
      "constraints" text,
      "single_use" int NOT NULL DEFAULT 0,
      "used_at_ts" bigint,
      "expires_at_ts" bigint,
      "created_at_ts" bigint NOT NULL,
      "revoked_at_ts" bigint,
      PRIMARY KEY ("id"),
      CONSTRAINT "client_registration_tokens_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_client_registration_tokens" ("id", "tenant_id", "token_hash", "type", "client_id", "sub", "constraints", "single_use", "used_at_ts", "expires_at_ts", "created_at_ts", "revoked_at_ts")
    SELECT "id", "tenant_id", "token_hash", "type", "client_id", "sub", "constraints", "single_use", "used_at_ts", "expires_at_ts", "created_at_ts", "revoked_at_ts" FROM "client_registration_tokens";
DROP TABLE "client_registration_tokens";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_client_registration_tokens" RENAME TO "client_registration_tokens";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "idx_client_registration_tokens_hash" ON "client_registration_tokens" ("tenant_id", "token_hash");
CREATE INDEX "idx_client_registration_tokens_client" ON "client_registration_tokens" ("tenant_id", "client_id");

-- 11.20 → 11.21 · 88/191 · change type of clients.auth0_conformant to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 89/191 · change type of clients.cross_origin_authentication to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 90/191 · change type of clients.custom_login_page_on to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 91/191 · change type of clients.global to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 92/191 · change type of clients.hide_sign_up_disabled_error to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 93/191 · change type of clients.is_first_party to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 94/191 · change type of clients.oidc_conformant to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 95/191 · change type of clients.par_request_expiry to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 96/191 · change type of clients.require_proof_of_possession to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 97/191 · change type of clients.require_pushed_authorization_requests to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 98/191 · change type of clients.sso to int
-- rebuilt together with the next step (one copy of clients)

-- 11.20 → 11.21 · 99/191 · change type of clients.sso_disabled to int
-- locks: clients: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of clients for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_clients" (
      "client_id" varchar(191) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "name" varchar(255) NOT NULL,
      "description" varchar(140),
      "global" int NOT NULL DEFAULT 0,
      "client_secret" varchar(255),
      "app_type" varchar(64) DEFAULT 'regular_web',
      "logo_uri" varchar(2083),
      "is_first_party" int NOT NULL DEFAULT 0,
      "oidc_conformant" int NOT NULL DEFAULT 1,
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
      "sso" int NOT NULL DEFAULT 0,
      "sso_disabled" int NOT NULL DEFAULT 1,
      "cross_origin_authentication" int NOT NULL DEFAULT 0,
      "cross_origin_loc" varchar(2083),
      "custom_login_page_on" int NOT NULL DEFAULT 0,
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
      "require_pushed_authorization_requests" int NOT NULL DEFAULT 0,
      "require_proof_of_possession" int NOT NULL DEFAULT 0,
      "signed_request_object" text NOT NULL,
      "compliance_level" varchar(64),
      "par_request_expiry" int,
      "token_quota" text NOT NULL,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "connections" text,
      "auth0_conformant" int DEFAULT 1,
      "owner_user_id" varchar(255),
      "registration_type" varchar(32),
      "registration_metadata" text,
      "user_linking_mode" varchar(16),
      "hide_sign_up_disabled_error" int NOT NULL DEFAULT 0,
      PRIMARY KEY ("tenant_id", "client_id"),
      CONSTRAINT "clients_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_clients" ("client_id", "tenant_id", "name", "description", "global", "client_secret", "app_type", "logo_uri", "is_first_party", "oidc_conformant", "callbacks", "allowed_origins", "web_origins", "client_aliases", "allowed_clients", "allowed_logout_urls", "session_transfer", "oidc_logout", "grant_types", "jwt_configuration", "signing_keys", "encryption_key", "sso", "sso_disabled", "cross_origin_authentication", "cross_origin_loc", "custom_login_page_on", "custom_login_page", "custom_login_page_preview", "form_template", "addons", "token_endpoint_auth_method", "client_metadata", "mobile", "initiate_login_uri", "native_social_login", "refresh_token", "default_organization", "organization_usage", "organization_require_behavior", "client_authentication_methods", "require_pushed_authorization_requests", "require_proof_of_possession", "signed_request_object", "compliance_level", "par_request_expiry", "token_quota", "created_at", "updated_at", "connections", "auth0_conformant", "owner_user_id", "registration_type", "registration_metadata", "user_linking_mode", "hide_sign_up_disabled_error")
    SELECT "client_id", "tenant_id", "name", "description", "global", "client_secret", "app_type", "logo_uri", "is_first_party", "oidc_conformant", "callbacks", "allowed_origins", "web_origins", "client_aliases", "allowed_clients", "allowed_logout_urls", "session_transfer", "oidc_logout", "grant_types", "jwt_configuration", "signing_keys", "encryption_key", "sso", "sso_disabled", "cross_origin_authentication", "cross_origin_loc", "custom_login_page_on", "custom_login_page", "custom_login_page_preview", "form_template", "addons", "token_endpoint_auth_method", "client_metadata", "mobile", "initiate_login_uri", "native_social_login", "refresh_token", "default_organization", "organization_usage", "organization_require_behavior", "client_authentication_methods", "require_pushed_authorization_requests", "require_proof_of_possession", "signed_request_object", "compliance_level", "par_request_expiry", "token_quota", "created_at", "updated_at", "connections", "auth0_conformant", "owner_user_id", "registration_type", "registration_metadata", "user_linking_mode", "hide_sign_up_disabled_error" FROM "clients";
DROP TABLE "clients";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_clients" RENAME TO "clients";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_clients_owner_user_id" ON "clients" ("tenant_id", "owner_user_id");

-- 11.20 → 11.21 · 100/191 · change type of connections.is_domain_connection to int
-- rebuilt together with the next step (one copy of connections)

-- 11.20 → 11.21 · 101/191 · change type of connections.is_system to int
-- rebuilt together with the next step (one copy of connections)

-- 11.20 → 11.21 · 102/191 · change type of connections.show_as_button to int
-- locks: connections: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of connections for this step and the ones before it that say so
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
      "is_domain_connection" int,
      "show_as_button" int,
      "metadata" varchar(4096),
      "is_system" int NOT NULL DEFAULT 0,
      PRIMARY KEY ("tenant_id", "id"),
      CONSTRAINT "connections_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_connections" ("id", "tenant_id", "name", "response_type", "response_mode", "strategy", "options", "created_at", "updated_at", "display_name", "is_domain_connection", "show_as_button", "metadata", "is_system")
    SELECT "id", "tenant_id", "name", "response_type", "response_mode", "strategy", "options", "created_at", "updated_at", "display_name", "is_domain_connection", "show_as_button", "metadata", "is_system" FROM "connections";
DROP TABLE "connections";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_connections" RENAME TO "connections";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 103/191 · change type of custom_domains.primary to tinyint(1)
-- locks: custom_domains: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_custom_domains" (
      "custom_domain_id" varchar(256) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "domain" varchar(255) NOT NULL,
      "primary" tinyint(1) NOT NULL,
      "status" varchar(50) NOT NULL,
      "type" varchar(50) NOT NULL,
      "origin_domain_name" varchar(255),
      "verification" varchar(2048),
      "custom_client_ip_header" varchar(50),
      "tls_policy" varchar(50),
      "domain_metadata" varchar(2048),
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("custom_domain_id"),
      CONSTRAINT "custom_domains_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_custom_domains" ("custom_domain_id", "tenant_id", "domain", "primary", "status", "type", "origin_domain_name", "verification", "custom_client_ip_header", "tls_policy", "domain_metadata", "created_at", "updated_at")
    SELECT "custom_domain_id", "tenant_id", "domain", "primary", "status", "type", "origin_domain_name", "verification", "custom_client_ip_header", "tls_policy", "domain_metadata", "created_at", "updated_at" FROM "custom_domains";
DROP TABLE "custom_domains";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_custom_domains" RENAME TO "custom_domains";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 104/191 · set email_providers.tenant_id NOT NULL
-- rebuilt together with the next step (one copy of email_providers)

-- 11.20 → 11.21 · 105/191 · change type of email_providers.enabled to tinyint(1)
-- locks: email_providers: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of email_providers for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_email_providers" (
      "tenant_id" varchar(255) NOT NULL,
      "name" varchar(255) NOT NULL,
      "enabled" tinyint(1) NOT NULL,
      "default_from_address" varchar(255),
      "credentials" varchar(2048) NOT NULL DEFAULT '{}',
      "settings" varchar(2048) NOT NULL DEFAULT '{}',
      "created_at" varchar(29) NOT NULL,
      "updated_at" varchar(29) NOT NULL,
      PRIMARY KEY ("tenant_id")
    );
INSERT INTO "plan_rebuild_email_providers" ("tenant_id", "name", "enabled", "default_from_address", "credentials", "settings", "created_at", "updated_at")
    SELECT "tenant_id", "name", "enabled", "default_from_address", "credentials", "settings", "created_at", "updated_at" FROM "email_providers";
DROP TABLE "email_providers";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_email_providers" RENAME TO "email_providers";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 106/191 · change type of email_templates.enabled to int
-- rebuilt together with the next step (one copy of email_templates)

-- 11.20 → 11.21 · 107/191 · change type of email_templates.include_email_in_redirect to int
-- rebuilt together with the next step (one copy of email_templates)

-- 11.20 → 11.21 · 108/191 · change type of email_templates.url_lifetime_in_seconds to int
-- locks: email_templates: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of email_templates for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_email_templates" (
      "tenant_id" varchar(255) NOT NULL,
      "template" varchar(64) NOT NULL,
      "body" text NOT NULL,
      "from" varchar(255) NOT NULL,
      "subject" varchar(255) NOT NULL,
      "syntax" varchar(16) NOT NULL DEFAULT 'liquid',
      "result_url" varchar(2048),
      "url_lifetime_in_seconds" int,
      "include_email_in_redirect" int NOT NULL DEFAULT 0,
      "enabled" int NOT NULL DEFAULT 1,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("tenant_id", "template"),
      CONSTRAINT "email_templates_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "include_email_in_redirect" CHECK (`include_email_in_redirect` in (0,1)),
      CONSTRAINT "enabled" CHECK (`enabled` in (0,1))
    );
INSERT INTO "plan_rebuild_email_templates" ("tenant_id", "template", "body", "from", "subject", "syntax", "result_url", "url_lifetime_in_seconds", "include_email_in_redirect", "enabled", "created_at", "updated_at")
    SELECT "tenant_id", "template", "body", "from", "subject", "syntax", "result_url", "url_lifetime_in_seconds", "include_email_in_redirect", "enabled", "created_at", "updated_at" FROM "email_templates";
DROP TABLE "email_templates";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_email_templates" RENAME TO "email_templates";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 109/191 · set flows.id NOT NULL
-- locks: flows: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_flows" (
      "id" varchar(24) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "name" varchar(150) NOT NULL,
      "actions" text,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_flows" ("id", "tenant_id", "name", "actions", "created_at", "updated_at")
    SELECT "id", "tenant_id", "name", "actions", "created_at", "updated_at" FROM "flows";
DROP TABLE "flows";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_flows" RENAME TO "flows";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "flows_tenant_id_idx" ON "flows" ("tenant_id");

-- 11.20 → 11.21 · 110/191 · set forms.id NOT NULL
-- locks: forms: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_forms" (
      "id" varchar(255) NOT NULL,
      "name" varchar(255) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "messages" varchar(255),
      "languages" varchar(255),
      "translations" varchar(4096),
      "nodes" varchar(4096),
      "start" varchar(255),
      "ending" varchar(255),
      "style" varchar(1042),
      "created_at" varchar(255) NOT NULL,
      "updated_at" varchar(255) NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_forms" ("id", "name", "tenant_id", "messages", "languages", "translations", "nodes", "start", "ending", "style", "created_at", "updated_at")
    SELECT "id", "name", "tenant_id", "messages", "languages", "translations", "nodes", "start", "ending", "style", "created_at", "updated_at" FROM "forms";
DROP TABLE "forms";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_forms" RENAME TO "forms";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "forms_tenant_id_idx" ON "forms" ("tenant_id");

-- 11.20 → 11.21 · 111/191 · set grants.id NOT NULL
-- locks: grants: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_grants" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "user_id" varchar(191) NOT NULL,
      "client_id" varchar(191) NOT NULL,
      "audience" varchar(100) NOT NULL DEFAULT '',
      "scope" text NOT NULL,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("id"),
      CONSTRAINT "grants_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "grants_user_id_constraint" FOREIGN KEY ("user_id", "tenant_id") REFERENCES "users" ("user_id", "tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_grants" ("id", "tenant_id", "user_id", "client_id", "audience", "scope", "created_at", "updated_at")
    SELECT "id", "tenant_id", "user_id", "client_id", "audience", "scope", "created_at", "updated_at" FROM "grants";
DROP TABLE "grants";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_grants" RENAME TO "grants";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "grants_natural_key_idx" ON "grants" ("tenant_id", "user_id", "client_id", "audience");
CREATE INDEX "grants_tenant_user_idx" ON "grants" ("tenant_id", "user_id");
CREATE INDEX "grants_user_id_constraint" ON "grants" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 112/191 · set hook_code.id NOT NULL
-- locks: hook_code: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_hook_code" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "code" text NOT NULL,
      "secrets" text,
      "created_at_ts" bigint NOT NULL,
      "updated_at_ts" bigint NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_hook_code" ("id", "tenant_id", "code", "secrets", "created_at_ts", "updated_at_ts")
    SELECT "id", "tenant_id", "code", "secrets", "created_at_ts", "updated_at_ts" FROM "hook_code";
DROP TABLE "hook_code";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_hook_code" RENAME TO "hook_code";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_hook_code_tenant" ON "hook_code" ("tenant_id");

-- 11.20 → 11.21 · 113/191 · change type of hooks.enabled to tinyint(1)
-- rebuilt together with the next step (one copy of hooks)

-- 11.20 → 11.21 · 114/191 · change type of hooks.priority to int
-- rebuilt together with the next step (one copy of hooks)

-- 11.20 → 11.21 · 115/191 · change type of hooks.synchronous to tinyint(1)
-- locks: hooks: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of hooks for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_hooks" (
      "hook_id" varchar(21) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "trigger_id" varchar(255) NOT NULL,
      "enabled" tinyint(1) NOT NULL,
      "synchronous" tinyint(1) NOT NULL DEFAULT 0,
      "priority" int,
      "form_id" varchar(128),
      "url" varchar(512),
      "template_id" varchar(64),
      "created_at_ts" bigint,
      "updated_at_ts" bigint,
      "code_id" varchar(21),
      "metadata" text,
      PRIMARY KEY ("hook_id"),
      CONSTRAINT "hooks_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_hooks" ("hook_id", "tenant_id", "trigger_id", "enabled", "synchronous", "priority", "form_id", "url", "template_id", "created_at_ts", "updated_at_ts", "code_id", "metadata")
    SELECT "hook_id", "tenant_id", "trigger_id", "enabled", "synchronous", "priority", "form_id", "url", "template_id", "created_at_ts", "updated_at_ts", "code_id", "metadata" FROM "hooks";
DROP TABLE "hooks";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_hooks" RENAME TO "hooks";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 116/191 · set invites.id NOT NULL
-- rebuilt together with the next step (one copy of invites)

-- 11.20 → 11.21 · 117/191 · change type of invites.send_invitation_email to int
-- rebuilt together with the next step (one copy of invites)

-- 11.20 → 11.21 · 118/191 · change type of invites.ttl_sec to int
-- locks: invites: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of invites for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_invites" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "organization_id" varchar(21) NOT NULL,
      "inviter" text NOT NULL,
      "invitee" text NOT NULL,
      "client_id" varchar(191) NOT NULL,
      "connection_id" varchar(21),
      "invitation_url" text NOT NULL,
      "created_at" varchar(35) NOT NULL,
      "expires_at" varchar(35) NOT NULL,
      "app_metadata" text,
      "user_metadata" text,
      "roles" text,
      "ticket_id" varchar(191),
      "ttl_sec" int,
      "send_invitation_email" int,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_invites" ("id", "tenant_id", "organization_id", "inviter", "invitee", "client_id", "connection_id", "invitation_url", "created_at", "expires_at", "app_metadata", "user_metadata", "roles", "ticket_id", "ttl_sec", "send_invitation_email")
    SELECT "id", "tenant_id", "organization_id", "inviter", "invitee", "client_id", "connection_id", "invitation_url", "created_at", "expires_at", "app_metadata", "user_metadata", "roles", "ticket_id", "ttl_sec", "send_invitation_email" FROM "invites";
DROP TABLE "invites";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_invites" RENAME TO "invites";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_invites_expires_at" ON "invites" ("expires_at");
CREATE INDEX "idx_invites_organization_id" ON "invites" ("organization_id");
CREATE INDEX "idx_invites_tenant_created" ON "invites" ("tenant_id", "created_at");

-- 11.20 → 11.21 · 119/191 · set keys.kid NOT NULL
-- locks: keys: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_keys" (
      "kid" varchar(255) NOT NULL,
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
      PRIMARY KEY ("kid"),
      CONSTRAINT "keys_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_keys" ("kid", "tenant_id", "created_at", "revoked_at", "cert", "pkcs7", "fingerprint", "thumbprint", "current_since", "current_until", "type", "connection")
    SELECT "kid", "tenant_id", "created_at", "revoked_at", "cert", "pkcs7", "fingerprint", "thumbprint", "current_since", "current_until", "type", "connection" FROM "keys";
DROP TABLE "keys";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_keys" RENAME TO "keys";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 120/191 · set log_streams.id NOT NULL
-- rebuilt together with the next step (one copy of log_streams)

-- 11.20 → 11.21 · 121/191 · change type of log_streams.is_priority to tinyint(1)
-- locks: log_streams: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of log_streams for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_log_streams" (
      "id" varchar(64) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "name" varchar(255) NOT NULL,
      "type" varchar(64) NOT NULL,
      "status" varchar(32) NOT NULL,
      "sink" text NOT NULL,
      "filters" text,
      "is_priority" tinyint(1),
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_log_streams" ("id", "tenant_id", "name", "type", "status", "sink", "filters", "is_priority", "created_at", "updated_at")
    SELECT "id", "tenant_id", "name", "type", "status", "sink", "filters", "is_priority", "created_at", "updated_at" FROM "log_streams";
DROP TABLE "log_streams";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_log_streams" RENAME TO "log_streams";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_log_streams_tenant_id" ON "log_streams" ("tenant_id");

-- 11.20 → 11.21 · 122/191 · change type of logs.isMobile to int
-- locks: logs: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_logs" (
      "log_id" varchar(21) NOT NULL,
      "category" varchar(255),
      "tenant_id" varchar(64),
      "user_id" varchar(64),
      "ip" varchar(255),
      "type" varchar(8) NOT NULL,
      "date" varchar(25) NOT NULL,
      "client_id" varchar(255),
      "client_name" varchar(255),
      "user_agent" varchar(255),
      "description" varchar(255),
      "details" varchar(2048),
      "isMobile" int,
      "user_name" varchar(255),
      "connection" varchar(255),
      "connection_id" varchar(255),
      "audience" varchar(255),
      "scope" varchar(255),
      "strategy" varchar(255),
      "strategy_type" varchar(255),
      "hostname" varchar(255),
      "auth0_client" varchar(8192),
      "session_connection" varchar(255),
      "country_code" varchar(2),
      "city_name" varchar(255),
      "latitude" varchar(255),
      "longitude" varchar(255),
      "time_zone" varchar(255),
      "continent_code" varchar(2),
      "country_code3" varchar(3),
      "country_name" varchar(255),
      PRIMARY KEY ("log_id")
    );
INSERT INTO "plan_rebuild_logs" ("log_id", "category", "tenant_id", "user_id", "ip", "type", "date", "client_id", "client_name", "user_agent", "description", "details", "isMobile", "user_name", "connection", "connection_id", "audience", "scope", "strategy", "strategy_type", "hostname", "auth0_client", "session_connection", "country_code", "city_name", "latitude", "longitude", "time_zone", "continent_code", "country_code3", "country_name")
    SELECT "log_id", "category", "tenant_id", "user_id", "ip", "type", "date", "client_id", "client_name", "user_agent", "description", "details", "isMobile", "user_name", "connection", "connection_id", "audience", "scope", "strategy", "strategy_type", "hostname", "auth0_client", "session_connection", "country_code", "city_name", "latitude", "longitude", "time_zone", "continent_code", "country_code3", "country_name" FROM "logs";
DROP TABLE "logs";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_logs" RENAME TO "logs";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "logs_date" ON "logs" ("date");
CREATE INDEX "logs_tenant_id" ON "logs" ("tenant_id");
CREATE INDEX "logs_user_id" ON "logs" ("user_id");

-- 11.20 → 11.21 · 123/191 · set migration_sources.id NOT NULL
-- rebuilt together with the next step (one copy of migration_sources)

-- 11.20 → 11.21 · 124/191 · change type of migration_sources.enabled to tinyint(1)
-- locks: migration_sources: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of migration_sources for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_migration_sources" (
      "id" varchar(64) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "name" varchar(255) NOT NULL,
      "provider" varchar(32) NOT NULL,
      "connection" varchar(255) NOT NULL,
      "enabled" tinyint(1) NOT NULL,
      "credentials" text NOT NULL,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_migration_sources" ("id", "tenant_id", "name", "provider", "connection", "enabled", "credentials", "created_at", "updated_at")
    SELECT "id", "tenant_id", "name", "provider", "connection", "enabled", "credentials", "created_at", "updated_at" FROM "migration_sources";
DROP TABLE "migration_sources";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_migration_sources" RENAME TO "migration_sources";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_migration_sources_tenant_id" ON "migration_sources" ("tenant_id");

-- 11.20 → 11.21 · 125/191 · change type of organization_connections.assign_membership_on_login to tinyint(1)
-- rebuilt together with the next step (one copy of organization_connections)

-- 11.20 → 11.21 · 126/191 · change type of organization_connections.is_signup_enabled to tinyint(1)
-- rebuilt together with the next step (one copy of organization_connections)

-- 11.20 → 11.21 · 127/191 · change type of organization_connections.show_as_button to tinyint(1)
-- locks: organization_connections: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of organization_connections for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_organization_connections" (
      "tenant_id" varchar(191) NOT NULL,
      "organization_id" varchar(21) NOT NULL,
      "connection_id" varchar(191) NOT NULL,
      "assign_membership_on_login" tinyint(1) NOT NULL DEFAULT 0,
      "show_as_button" tinyint(1) NOT NULL DEFAULT 1,
      "is_signup_enabled" tinyint(1) NOT NULL DEFAULT 1,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      CONSTRAINT "organization_connections_connection_fk" FOREIGN KEY ("tenant_id", "connection_id") REFERENCES "connections" ("tenant_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "organization_connections_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_organization_connections" ("tenant_id", "organization_id", "connection_id", "assign_membership_on_login", "show_as_button", "is_signup_enabled", "created_at", "updated_at")
    SELECT "tenant_id", "organization_id", "connection_id", "assign_membership_on_login", "show_as_button", "is_signup_enabled", "created_at", "updated_at" FROM "organization_connections";
DROP TABLE "organization_connections";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_organization_connections" RENAME TO "organization_connections";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_organization_connections_tenant_connection" ON "organization_connections" ("tenant_id", "connection_id");
CREATE INDEX "idx_organization_connections_tenant_org" ON "organization_connections" ("tenant_id", "organization_id");
CREATE UNIQUE INDEX "organization_connections_unique" ON "organization_connections" ("tenant_id", "organization_id", "connection_id");
CREATE INDEX "organization_connections_organization_fk" ON "organization_connections" ("organization_id");

-- 11.20 → 11.21 · 128/191 · set organizations.id NOT NULL
-- locks: organizations: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_organizations" (
      "id" varchar(256) NOT NULL,
      "tenant_id" varchar(256) NOT NULL,
      "name" varchar(256) NOT NULL,
      "display_name" varchar(256),
      "branding" text,
      "metadata" text,
      "enabled_connections" text,
      "token_quota" text,
      "created_at" varchar(256) NOT NULL,
      "updated_at" varchar(256) NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_organizations" ("id", "tenant_id", "name", "display_name", "branding", "metadata", "enabled_connections", "token_quota", "created_at", "updated_at")
    SELECT "id", "tenant_id", "name", "display_name", "branding", "metadata", "enabled_connections", "token_quota", "created_at", "updated_at" FROM "organizations";
DROP TABLE "organizations";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_organizations" RENAME TO "organizations";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "idx_organizations_tenant_name_unique" ON "organizations" ("tenant_id", "name");

-- 11.20 → 11.21 · 129/191 · set outbox_events.id NOT NULL
-- rebuilt together with the next step (one copy of outbox_events)

-- 11.20 → 11.21 · 130/191 · change type of outbox_events.retry_count to int
-- locks: outbox_events: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of outbox_events for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_outbox_events" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "event_type" varchar(255) NOT NULL,
      "log_type" varchar(64) NOT NULL,
      "aggregate_type" varchar(64) NOT NULL,
      "aggregate_id" varchar(255) NOT NULL,
      "payload" text NOT NULL,
      "created_at" varchar(35) NOT NULL,
      "processed_at" varchar(35),
      "retry_count" int NOT NULL DEFAULT 0,
      "next_retry_at" varchar(35),
      "error" text,
      "claimed_by" varchar(64),
      "claim_expires_at" varchar(35),
      "dead_lettered_at" varchar(35),
      "final_error" text,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_outbox_events" ("id", "tenant_id", "event_type", "log_type", "aggregate_type", "aggregate_id", "payload", "created_at", "processed_at", "retry_count", "next_retry_at", "error", "claimed_by", "claim_expires_at", "dead_lettered_at", "final_error")
    SELECT "id", "tenant_id", "event_type", "log_type", "aggregate_type", "aggregate_id", "payload", "created_at", "processed_at", "retry_count", "next_retry_at", "error", "claimed_by", "claim_expires_at", "dead_lettered_at", "final_error" FROM "outbox_events";
DROP TABLE "outbox_events";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_outbox_events" RENAME TO "outbox_events";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_outbox_claim" ON "outbox_events" ("processed_at", "claim_expires_at", "next_retry_at", "created_at");
CREATE INDEX "idx_outbox_events_tenant_dead_lettered" ON "outbox_events" ("tenant_id", "dead_lettered_at");
CREATE INDEX "idx_outbox_tenant_type" ON "outbox_events" ("tenant_id", "event_type", "created_at");
CREATE INDEX "idx_outbox_unprocessed" ON "outbox_events" ("processed_at", "created_at");

-- 11.20 → 11.21 · 131/191 · set passwords.id NOT NULL
-- rebuilt together with the next step (one copy of passwords)

-- 11.20 → 11.21 · 132/191 · change type of passwords.is_current to int
-- locks: passwords: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of passwords for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_passwords" (
      "id" varchar(21) NOT NULL,
      "user_id" varchar(191) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "password" varchar(255) NOT NULL,
      "algorithm" varchar(255) NOT NULL DEFAULT 'bcrypt',
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "is_current" int NOT NULL DEFAULT 1,
      PRIMARY KEY ("id"),
      CONSTRAINT "password_history_user_id_tenant_id_constraint" FOREIGN KEY ("user_id", "tenant_id") REFERENCES "users" ("user_id", "tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "passwords_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_passwords" ("id", "user_id", "tenant_id", "password", "algorithm", "created_at", "updated_at", "is_current")
    SELECT "id", "user_id", "tenant_id", "password", "algorithm", "created_at", "updated_at", "is_current" FROM "passwords";
DROP TABLE "passwords";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_passwords" RENAME TO "passwords";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "password_history_user_id_tenant_id_constraint" ON "passwords" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 133/191 · set prompt_settings.tenant_id NOT NULL
-- rebuilt together with the next step (one copy of prompt_settings)

-- 11.20 → 11.21 · 134/191 · change type of prompt_settings.identifier_first to tinyint(1)
-- rebuilt together with the next step (one copy of prompt_settings)

-- 11.20 → 11.21 · 135/191 · change type of prompt_settings.password_first to tinyint(1)
-- rebuilt together with the next step (one copy of prompt_settings)

-- 11.20 → 11.21 · 136/191 · change type of prompt_settings.webauthn_platform_first_factor to tinyint(1)
-- locks: prompt_settings: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of prompt_settings for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_prompt_settings" (
      "tenant_id" varchar(64) NOT NULL,
      "universal_login_experience" varchar(16) NOT NULL DEFAULT 'new',
      "identifier_first" tinyint(1) NOT NULL DEFAULT 1,
      "password_first" tinyint(1) NOT NULL DEFAULT 0,
      "webauthn_platform_first_factor" tinyint(1) NOT NULL DEFAULT 0,
      PRIMARY KEY ("tenant_id")
    );
INSERT INTO "plan_rebuild_prompt_settings" ("tenant_id", "universal_login_experience", "identifier_first", "password_first", "webauthn_platform_first_factor")
    SELECT "tenant_id", "universal_login_experience", "identifier_first", "password_first", "webauthn_platform_first_factor" FROM "prompt_settings";
DROP TABLE "prompt_settings";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_prompt_settings" RENAME TO "prompt_settings";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 137/191 · change type of proxy_routes.priority to int
-- locks: proxy_routes: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_proxy_routes" (
      "id" varchar(64) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "custom_domain_id" varchar(256) NOT NULL,
      "priority" int NOT NULL DEFAULT 100,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "match" varchar(2048) NOT NULL DEFAULT '{"path":"/*"}',
      "handlers" text NOT NULL,
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_proxy_routes" ("id", "tenant_id", "custom_domain_id", "priority", "created_at", "updated_at", "match", "handlers")
    SELECT "id", "tenant_id", "custom_domain_id", "priority", "created_at", "updated_at", "match", "handlers" FROM "proxy_routes";
DROP TABLE "proxy_routes";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_proxy_routes" RENAME TO "proxy_routes";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "proxy_routes_custom_domain_id_idx" ON "proxy_routes" ("custom_domain_id");
CREATE INDEX "proxy_routes_tenant_id_idx" ON "proxy_routes" ("tenant_id");

-- 11.20 → 11.21 · 138/191 · change type of refresh_tokens.rotating to tinyint(1)
-- locks: refresh_tokens: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_refresh_tokens" (
      "id" varchar(26) NOT NULL,
      "tenant_id" varchar(255) NOT NULL,
      "client_id" varchar(191) NOT NULL,
      "user_id" varchar(255),
      "resource_servers" text NOT NULL,
      "device" text NOT NULL,
      "rotating" tinyint(1) NOT NULL,
      "created_at_ts" bigint,
      "expires_at_ts" bigint,
      "idle_expires_at_ts" bigint,
      "last_exchanged_at_ts" bigint,
      "login_id" varchar(26) NOT NULL,
      "revoked_at_ts" bigint,
      "token_lookup" varchar(16),
      "token_hash" varchar(64),
      "family_id" varchar(26),
      "rotated_to" varchar(26),
      "rotated_at_ts" bigint,
      PRIMARY KEY ("tenant_id", "id"),
      CONSTRAINT "refresh_tokens_client_fk" FOREIGN KEY ("tenant_id", "client_id") REFERENCES "clients" ("tenant_id", "client_id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "refresh_tokens_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
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
CREATE INDEX "refresh_tokens_client_fk" ON "refresh_tokens" ("tenant_id", "client_id");

-- 11.20 → 11.21 · 139/191 · change type of resource_servers.allow_offline_access to int
-- rebuilt together with the next step (one copy of resource_servers)

-- 11.20 → 11.21 · 140/191 · change type of resource_servers.is_system to int
-- rebuilt together with the next step (one copy of resource_servers)

-- 11.20 → 11.21 · 141/191 · change type of resource_servers.skip_consent_for_verifiable_first_party_clients to int
-- rebuilt together with the next step (one copy of resource_servers)

-- 11.20 → 11.21 · 142/191 · change type of resource_servers.token_lifetime to int
-- rebuilt together with the next step (one copy of resource_servers)

-- 11.20 → 11.21 · 143/191 · change type of resource_servers.token_lifetime_for_web to int
-- locks: resource_servers: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of resource_servers for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_resource_servers" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "identifier" varchar(191) NOT NULL,
      "name" varchar(255) NOT NULL,
      "scopes" text,
      "signing_alg" varchar(64),
      "signing_secret" varchar(2048),
      "token_lifetime" int,
      "token_lifetime_for_web" int,
      "skip_consent_for_verifiable_first_party_clients" int,
      "allow_offline_access" int,
      "verification_key" varchar(4096),
      "options" varchar(4096),
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "is_system" int NOT NULL DEFAULT 0,
      "metadata" varchar(4096),
      PRIMARY KEY ("tenant_id", "id")
    );
INSERT INTO "plan_rebuild_resource_servers" ("id", "tenant_id", "identifier", "name", "scopes", "signing_alg", "signing_secret", "token_lifetime", "token_lifetime_for_web", "skip_consent_for_verifiable_first_party_clients", "allow_offline_access", "verification_key", "options", "created_at", "updated_at", "is_system", "metadata")
    SELECT "id", "tenant_id", "identifier", "name", "scopes", "signing_alg", "signing_secret", "token_lifetime", "token_lifetime_for_web", "skip_consent_for_verifiable_first_party_clients", "allow_offline_access", "verification_key", "options", "created_at", "updated_at", "is_system", "metadata" FROM "resource_servers";
DROP TABLE "resource_servers";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_resource_servers" RENAME TO "resource_servers";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "resource_servers_tenant_identifier_uq" ON "resource_servers" ("tenant_id", "identifier");

-- 11.20 → 11.21 · 144/191 · change type of roles.is_system to int
-- locks: roles: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_roles" (
      "id" varchar(21) NOT NULL,
      "tenant_id" varchar(191) NOT NULL,
      "name" varchar(50) NOT NULL,
      "description" varchar(255),
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "is_system" int NOT NULL DEFAULT 0,
      "metadata" varchar(4096),
      PRIMARY KEY ("tenant_id", "id")
    );
INSERT INTO "plan_rebuild_roles" ("id", "tenant_id", "name", "description", "created_at", "updated_at", "is_system", "metadata")
    SELECT "id", "tenant_id", "name", "description", "created_at", "updated_at", "is_system", "metadata" FROM "roles";
DROP TABLE "roles";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_roles" RENAME TO "roles";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "roles_tenant_name_uq" ON "roles" ("tenant_id", "name");

-- 11.20 → 11.21 · 145/191 · change type of rollouts.wave_size to int
-- locks: rollouts: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_rollouts" (
      "id" varchar(255) NOT NULL,
      "kind" varchar(32) NOT NULL,
      "status" varchar(32) NOT NULL,
      "target_worker_version" varchar(255),
      "target_database_version" varchar(255),
      "wave_size" int NOT NULL DEFAULT 10,
      "canary_tenant_ids" text,
      "filter" text,
      "initiated_by" varchar(255),
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "finished_at" varchar(35),
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_rollouts" ("id", "kind", "status", "target_worker_version", "target_database_version", "wave_size", "canary_tenant_ids", "filter", "initiated_by", "created_at", "updated_at", "finished_at")
    SELECT "id", "kind", "status", "target_worker_version", "target_database_version", "wave_size", "canary_tenant_ids", "filter", "initiated_by", "created_at", "updated_at", "finished_at" FROM "rollouts";
DROP TABLE "rollouts";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_rollouts" RENAME TO "rollouts";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 146/191 · change type of tenant_operation_events.attempt to int
-- locks: tenant_operation_events: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_tenant_operation_events" (
      "id" varchar(255) NOT NULL,
      "operation_id" varchar(255) NOT NULL,
      "step" varchar(255) NOT NULL,
      "outcome" varchar(32) NOT NULL,
      "detail" text,
      "attempt" int NOT NULL DEFAULT 1,
      "created_at" varchar(35) NOT NULL,
      PRIMARY KEY ("id"),
      CONSTRAINT "tenant_operation_events_operation_id_constraint" FOREIGN KEY ("operation_id") REFERENCES "tenant_operations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_tenant_operation_events" ("id", "operation_id", "step", "outcome", "detail", "attempt", "created_at")
    SELECT "id", "operation_id", "step", "outcome", "detail", "attempt", "created_at" FROM "tenant_operation_events";
DROP TABLE "tenant_operation_events";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_tenant_operation_events" RENAME TO "tenant_operation_events";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "tenant_operation_events_operation_id_created_at_idx" ON "tenant_operation_events" ("operation_id", "created_at");

-- 11.20 → 11.21 · 147/191 · set tenants.id NOT NULL
-- rebuilt together with the next step (one copy of tenants)

-- 11.20 → 11.21 · 148/191 · change type of tenants.allow_organization_name_in_authentication_api to int
-- rebuilt together with the next step (one copy of tenants)

-- 11.20 → 11.21 · 149/191 · change type of tenants.authorization_response_iss_parameter_supported to int
-- rebuilt together with the next step (one copy of tenants)

-- 11.20 → 11.21 · 150/191 · change type of tenants.customize_mfa_in_postlogin_action to int
-- rebuilt together with the next step (one copy of tenants)

-- 11.20 → 11.21 · 151/191 · change type of tenants.ephemeral_session_lifetime to int
-- rebuilt together with the next step (one copy of tenants)

-- 11.20 → 11.21 · 152/191 · change type of tenants.idle_ephemeral_session_lifetime to int
-- rebuilt together with the next step (one copy of tenants)

-- 11.20 → 11.21 · 153/191 · change type of tenants.idle_session_lifetime to int
-- rebuilt together with the next step (one copy of tenants)

-- 11.20 → 11.21 · 154/191 · change type of tenants.pushed_authorization_requests_supported to int
-- rebuilt together with the next step (one copy of tenants)

-- 11.20 → 11.21 · 155/191 · change type of tenants.session_lifetime to int
-- locks: tenants: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of tenants for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_tenants" (
      "id" varchar(255) NOT NULL,
      "audience" varchar(255),
      "sender_email" varchar(255),
      "sender_name" varchar(255),
      "created_at" varchar(255) NOT NULL,
      "updated_at" varchar(255) NOT NULL,
      "support_url" varchar(255),
      "idle_session_lifetime" int,
      "session_lifetime" int,
      "session_cookie" text,
      "allowed_logout_urls" text,
      "ephemeral_session_lifetime" int,
      "idle_ephemeral_session_lifetime" int,
      "default_redirection_uri" text,
      "enabled_locales" text,
      "default_directory" varchar(255),
      "error_page" text,
      "flags" text,
      "friendly_name" varchar(255),
      "picture_url" text,
      "support_email" varchar(255),
      "sandbox_version" varchar(50),
      "sandbox_versions_available" text,
      "legacy_sandbox_version" varchar(50),
      "change_password" text,
      "guardian_mfa_page" text,
      "device_flow" text,
      "default_token_quota" text,
      "default_audience" varchar(255),
      "default_organization" varchar(255),
      "sessions" text,
      "oidc_logout" text,
      "allow_organization_name_in_authentication_api" int,
      "customize_mfa_in_postlogin_action" int,
      "acr_values_supported" text,
      "mtls" text,
      "pushed_authorization_requests_supported" int,
      "authorization_response_iss_parameter_supported" int,
      "mfa" text,
      "attack_protection" text,
      "default_client_id" varchar(255),
      "deployment_type" varchar(16) NOT NULL DEFAULT 'shared',
      "provisioning_state" varchar(16) NOT NULL DEFAULT 'ready',
      "provisioning_error" varchar(2048),
      "provisioning_state_changed_at" varchar(35),
      "bundle_configuration" varchar(64),
      "worker_version" varchar(64),
      "worker_script_name" varchar(255),
      "storage_kind" varchar(32),
      "d1_database_id" varchar(64),
      "database_version" varchar(64),
      PRIMARY KEY ("id")
    );
INSERT INTO "plan_rebuild_tenants" ("id", "audience", "sender_email", "sender_name", "created_at", "updated_at", "support_url", "idle_session_lifetime", "session_lifetime", "session_cookie", "allowed_logout_urls", "ephemeral_session_lifetime", "idle_ephemeral_session_lifetime", "default_redirection_uri", "enabled_locales", "default_directory", "error_page", "flags", "friendly_name", "picture_url", "support_email", "sandbox_version", "sandbox_versions_available", "legacy_sandbox_version", "change_password", "guardian_mfa_page", "device_flow", "default_token_quota", "default_audience", "default_organization", "sessions", "oidc_logout", "allow_organization_name_in_authentication_api", "customize_mfa_in_postlogin_action", "acr_values_supported", "mtls", "pushed_authorization_requests_supported", "authorization_response_iss_parameter_supported", "mfa", "attack_protection", "default_client_id", "deployment_type", "provisioning_state", "provisioning_error", "provisioning_state_changed_at", "bundle_configuration", "worker_version", "worker_script_name", "storage_kind", "d1_database_id", "database_version")
    SELECT "id", "audience", "sender_email", "sender_name", "created_at", "updated_at", "support_url", "idle_session_lifetime", "session_lifetime", "session_cookie", "allowed_logout_urls", "ephemeral_session_lifetime", "idle_ephemeral_session_lifetime", "default_redirection_uri", "enabled_locales", "default_directory", "error_page", "flags", "friendly_name", "picture_url", "support_email", "sandbox_version", "sandbox_versions_available", "legacy_sandbox_version", "change_password", "guardian_mfa_page", "device_flow", "default_token_quota", "default_audience", "default_organization", "sessions", "oidc_logout", "allow_organization_name_in_authentication_api", "customize_mfa_in_postlogin_action", "acr_values_supported", "mtls", "pushed_authorization_requests_supported", "authorization_response_iss_parameter_supported", "mfa", "attack_protection", "default_client_id", "deployment_type", "provisioning_state", "provisioning_error", "provisioning_state_changed_at", "bundle_configuration", "worker_version", "worker_script_name", "storage_kind", "d1_database_id", "database_version" FROM "tenants";
DROP TABLE "tenants";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_tenants" RENAME TO "tenants";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 156/191 · change type of themes.borders_button_border_radius to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 157/191 · change type of themes.borders_button_border_weight to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 158/191 · change type of themes.borders_input_border_radius to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 159/191 · change type of themes.borders_input_border_weight to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 160/191 · change type of themes.borders_show_widget_shadow to tinyint(1)
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 161/191 · change type of themes.borders_widget_border_weight to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 162/191 · change type of themes.borders_widget_corner_radius to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 163/191 · change type of themes.fonts_body_text_bold to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 164/191 · change type of themes.fonts_body_text_size to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 165/191 · change type of themes.fonts_buttons_text_bold to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 166/191 · change type of themes.fonts_buttons_text_size to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 167/191 · change type of themes.fonts_input_labels_bold to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 168/191 · change type of themes.fonts_input_labels_size to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 169/191 · change type of themes.fonts_links_bold to tinyint(1)
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 170/191 · change type of themes.fonts_links_size to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 171/191 · change type of themes.fonts_reference_text_size to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 172/191 · change type of themes.fonts_subtitle_bold to tinyint(1)
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 173/191 · change type of themes.fonts_subtitle_size to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 174/191 · change type of themes.fonts_title_bold to tinyint(1)
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 175/191 · change type of themes.fonts_title_size to int
-- rebuilt together with the next step (one copy of themes)

-- 11.20 → 11.21 · 176/191 · change type of themes.widget_logo_height to int
-- locks: themes: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
-- one rebuild of themes for this step and the ones before it that say so
CREATE TABLE "plan_rebuild_themes" (
      "tenant_id" varchar(191) NOT NULL,
      "themeId" varchar(21) NOT NULL,
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
      "borders_button_border_radius" int NOT NULL,
      "borders_button_border_weight" int NOT NULL,
      "borders_buttons_style" varchar(24) NOT NULL,
      "borders_input_border_radius" int NOT NULL,
      "borders_input_border_weight" int NOT NULL,
      "borders_inputs_style" varchar(24) NOT NULL,
      "borders_show_widget_shadow" tinyint(1) NOT NULL,
      "borders_widget_border_weight" int NOT NULL,
      "borders_widget_corner_radius" int NOT NULL,
      "fonts_body_text_bold" int NOT NULL,
      "fonts_body_text_size" int NOT NULL,
      "fonts_buttons_text_bold" int NOT NULL,
      "fonts_buttons_text_size" int NOT NULL,
      "fonts_font_url" varchar(255) NOT NULL,
      "fonts_input_labels_bold" int NOT NULL,
      "fonts_input_labels_size" int NOT NULL,
      "fonts_links_bold" tinyint(1) NOT NULL,
      "fonts_links_size" int NOT NULL,
      "fonts_links_style" varchar(24) NOT NULL,
      "fonts_reference_text_size" int NOT NULL,
      "fonts_subtitle_bold" tinyint(1) NOT NULL,
      "fonts_subtitle_size" int NOT NULL,
      "fonts_title_bold" tinyint(1) NOT NULL,
      "fonts_title_size" int NOT NULL,
      "page_background_background_color" varchar(24) NOT NULL,
      "page_background_background_image_url" varchar(255) NOT NULL,
      "page_background_page_layout" varchar(24) NOT NULL,
      "widget_header_text_alignment" varchar(24) NOT NULL,
      "widget_logo_height" int NOT NULL,
      "widget_logo_position" varchar(24) NOT NULL,
      "widget_logo_url" varchar(255) NOT NULL,
      "widget_social_buttons_layout" varchar(24) NOT NULL,
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      PRIMARY KEY ("tenant_id", "themeId"),
      CONSTRAINT "themes_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_themes" ("tenant_id", "themeId", "displayName", "colors_primary_button_label", "colors_primary_button", "colors_secondary_button_border", "colors_secondary_button_label", "colors_base_focus_color", "colors_base_hover_color", "colors_body_text", "colors_captcha_widget_theme", "colors_error", "colors_header", "colors_icons", "colors_input_background", "colors_input_border", "colors_input_filled_text", "colors_input_labels_placeholders", "colors_links_focused_components", "colors_success", "colors_widget_background", "colors_widget_border", "borders_button_border_radius", "borders_button_border_weight", "borders_buttons_style", "borders_input_border_radius", "borders_input_border_weight", "borders_inputs_style", "borders_show_widget_shadow", "borders_widget_border_weight", "borders_widget_corner_radius", "fonts_body_text_bold", "fonts_body_text_size", "fonts_buttons_text_bold", "fonts_buttons_text_size", "fonts_font_url", "fonts_input_labels_bold", "fonts_input_labels_size", "fonts_links_bold", "fonts_links_size", "fonts_links_style", "fonts_reference_text_size", "fonts_subtitle_bold", "fonts_subtitle_size", "fonts_title_bold", "fonts_title_size", "page_background_background_color", "page_background_background_image_url", "page_background_page_layout", "widget_header_text_alignment", "widget_logo_height", "widget_logo_position", "widget_logo_url", "widget_social_buttons_layout", "created_at", "updated_at")
    SELECT "tenant_id", "themeId", "displayName", "colors_primary_button_label", "colors_primary_button", "colors_secondary_button_border", "colors_secondary_button_label", "colors_base_focus_color", "colors_base_hover_color", "colors_body_text", "colors_captcha_widget_theme", "colors_error", "colors_header", "colors_icons", "colors_input_background", "colors_input_border", "colors_input_filled_text", "colors_input_labels_placeholders", "colors_links_focused_components", "colors_success", "colors_widget_background", "colors_widget_border", "borders_button_border_radius", "borders_button_border_weight", "borders_buttons_style", "borders_input_border_radius", "borders_input_border_weight", "borders_inputs_style", "borders_show_widget_shadow", "borders_widget_border_weight", "borders_widget_corner_radius", "fonts_body_text_bold", "fonts_body_text_size", "fonts_buttons_text_bold", "fonts_buttons_text_size", "fonts_font_url", "fonts_input_labels_bold", "fonts_input_labels_size", "fonts_links_bold", "fonts_links_size", "fonts_links_style", "fonts_reference_text_size", "fonts_subtitle_bold", "fonts_subtitle_size", "fonts_title_bold", "fonts_title_size", "page_background_background_color", "page_background_background_image_url", "page_background_page_layout", "widget_header_text_alignment", "widget_logo_height", "widget_logo_position", "widget_logo_url", "widget_social_buttons_layout", "created_at", "updated_at" FROM "themes";
DROP TABLE "themes";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_themes" RENAME TO "themes";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 177/191 · set universal_login_templates.tenant_id NOT NULL
-- locks: universal_login_templates: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_universal_login_templates" (
      "tenant_id" varchar(191) NOT NULL,
      "body" text NOT NULL,
      "updated_at_ts" bigint NOT NULL,
      "created_at_ts" bigint NOT NULL,
      PRIMARY KEY ("tenant_id"),
      CONSTRAINT "universal_login_templates_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_universal_login_templates" ("tenant_id", "body", "updated_at_ts", "created_at_ts")
    SELECT "tenant_id", "body", "updated_at_ts", "created_at_ts" FROM "universal_login_templates";
DROP TABLE "universal_login_templates";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_universal_login_templates" RENAME TO "universal_login_templates";
PRAGMA legacy_alter_table = OFF;

-- 11.20 → 11.21 · 178/191 · change type of user_activity.login_count to int
-- locks: user_activity: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_user_activity" (
      "tenant_id" varchar(255) NOT NULL,
      "user_id" varchar(255) NOT NULL,
      "last_login" varchar(35),
      "last_ip" varchar(45),
      "login_count" int NOT NULL DEFAULT 0,
      "failed_logins" text,
      "last_password_reset" varchar(35),
      PRIMARY KEY ("tenant_id", "user_id"),
      CONSTRAINT "user_activity_user_id_constraint" FOREIGN KEY ("user_id", "tenant_id") REFERENCES "users" ("user_id", "tenant_id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_user_activity" ("tenant_id", "user_id", "last_login", "last_ip", "login_count", "failed_logins", "last_password_reset")
    SELECT "tenant_id", "user_id", "last_login", "last_ip", "login_count", "failed_logins", "last_password_reset" FROM "user_activity";
DROP TABLE "user_activity";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_user_activity" RENAME TO "user_activity";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "user_activity_user_id_constraint" ON "user_activity" ("user_id", "tenant_id");

-- 11.20 → 11.21 · 179/191 · set user_organizations.id NOT NULL
-- locks: user_organizations: table rebuild; copies every row into a new table, drops the old one, builds its indexes again
CREATE TABLE "plan_rebuild_user_organizations" (
      "id" varchar(256) NOT NULL,
      "tenant_id" varchar(256) NOT NULL,
      "user_id" varchar(256) NOT NULL,
      "organization_id" varchar(256) NOT NULL,
      "created_at" varchar(256) NOT NULL,
      "updated_at" varchar(256) NOT NULL,
      PRIMARY KEY ("id"),
      CONSTRAINT "fk_user_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_user_organizations_user" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "user_id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_user_organizations" ("id", "tenant_id", "user_id", "organization_id", "created_at", "updated_at")
    SELECT "id", "tenant_id", "user_id", "organization_id", "created_at", "updated_at" FROM "user_organizations";
DROP TABLE "user_organizations";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_user_organizations" RENAME TO "user_organizations";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "idx_user_organizations_organization_id" ON "user_organizations" ("organization_id");
CREATE INDEX "idx_user_organizations_user_id" ON "user_organizations" ("user_id");
CREATE UNIQUE INDEX "idx_user_organizations_unique" ON "user_organizations" ("tenant_id", "user_id", "organization_id");

-- 11.20 → 11.21 · 180/191 · change type of users.email_verified to tinyint(1)
-- rebuilt together with the next step (one copy of users)

-- 11.20 → 11.21 · 181/191 · change type of users.is_social to tinyint(1)
-- rebuilt together with the next step (one copy of users)

-- 11.20 → 11.21 · 182/191 · change type of users.phone_verified to tinyint(1)
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
      "picture" text,
      "phone_number" varchar(17),
      "phone_verified" tinyint(1),
      "username" varchar(128),
      "created_at" varchar(35) NOT NULL,
      "updated_at" varchar(35) NOT NULL,
      "linked_to" varchar(255),
      "provider" varchar(255) NOT NULL,
      "connection" varchar(255) NOT NULL,
      "email_verified" tinyint(1) NOT NULL,
      "is_social" tinyint(1) NOT NULL,
      "app_metadata" text NOT NULL DEFAULT '{}',
      "profileData" text,
      "locale" varchar(64),
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
      PRIMARY KEY ("tenant_id", "user_id"),
      CONSTRAINT "users_ibfk_1" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
    );
INSERT INTO "plan_rebuild_users" ("user_id", "tenant_id", "email", "given_name", "family_name", "nickname", "name", "picture", "phone_number", "phone_verified", "username", "created_at", "updated_at", "linked_to", "provider", "connection", "email_verified", "is_social", "app_metadata", "profileData", "locale", "user_metadata", "middle_name", "profile", "website", "gender", "birthdate", "zoneinfo", "preferred_username", "address", "registration_completed_at")
    SELECT "user_id", "tenant_id", "email", "given_name", "family_name", "nickname", "name", "picture", "phone_number", "phone_verified", "username", "created_at", "updated_at", "linked_to", "provider", "connection", "email_verified", "is_social", "app_metadata", "profileData", "locale", "user_metadata", "middle_name", "profile", "website", "gender", "birthdate", "zoneinfo", "preferred_username", "address", "registration_completed_at" FROM "users";
DROP TABLE "users";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "plan_rebuild_users" RENAME TO "users";
PRAGMA legacy_alter_table = OFF;
CREATE UNIQUE INDEX "unique_username_provider" ON "users" ("username", "provider", "tenant_id");
CREATE INDEX "users_linked_to_index" ON "users" ("linked_to");
CREATE INDEX "users_name_index" ON "users" ("name");
CREATE INDEX "users_phone_tenant_provider_index" ON "users" ("tenant_id", "phone_number", "provider");
CREATE INDEX "users_user_id_tenant_id" ON "users" ("user_id", "tenant_id");
CREATE UNIQUE INDEX "unique_email_provider" ON "users" ("email", "provider", "tenant_id");

-- 11.20 → 11.21 · 183/191 · copy rows from tenants into organizations
-- why: As @authhero/multi-tenancy provisions a tenant: name = the tenant id, display_name = friendly_name || id (src/hooks/provisioning.ts: JavaScript's ||, so an empty friendly_name gives the id too, and one of spaces is kept; a length test, not = '', which MySQL's PAD SPACE collations would let match spaces), JSON columns as organizations.create writes them. The id is org_ + 17 of [0-9a-z], AuthHero's shape, derived from the tenant id by SQL every engine runs alike, so a re-run finds it and the rollback deletes exactly the organizations this step made; a tenant that already has its organization (same name on the control plane) is left as it is.
-- locks: organizations: rows | tenants: read
INSERT INTO "organizations" ("id", "tenant_id", "name", "display_name", "branding", "metadata", "enabled_connections", "token_quota", "created_at", "updated_at")
    SELECT (SELECT ('org_' || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + length(hex(src."id")) * 16807) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + length(hex(src."id")) * 474403) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + length(hex(src."id")) * 645207) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + length(hex(src."id")) * 940706) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + length(hex(src."id")) * 105498) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + length(hex(src."id")) * 209862) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + length(hex(src."id")) * 27241) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + length(hex(src."id")) * 846507) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + length(hex(src."id")) * 773549) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + length(hex(src."id")) * 231688) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + length(hex(src."id")) * 561971) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + length(hex(src."id")) * 434820) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + length(hex(src."id")) * 479140) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + length(hex(src."id")) * 242820) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + length(hex(src."id")) * 807645) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + length(hex(src."id")) * 519092) % 36, 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + (COALESCE(SUM((instr('0123456789ABCDEF', substr(hex(src."id"), n.i, 1)) - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + length(hex(src."id")) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= length(hex(src."id"))), 'main', src."id", CASE WHEN length(src."friendly_name") > 0 THEN src."friendly_name" ELSE src."id" END, '{}', '{}', '[]', '{}', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM "tenants" AS src
    WHERE NOT (src."id" = 'main') AND NOT EXISTS (SELECT 1 FROM "organizations" AS dst WHERE dst."tenant_id" = 'main' AND dst."name" = src."id");

-- 11.20 → 11.21 · 184/191 · delete rows of kysely_migration where name is one of 181
-- why: AuthHero 11.21's migrator stops with kysely's "corrupted migrations: previously executed migration m1_init is missing" while these rows are there. The rollback writes them back with times one second apart in kysely's order (the original times are not kept: kysely reads them only to order the rows).
-- locks: kysely_migration: rows
DELETE FROM "kysely_migration" WHERE "name" IN ('m1_init', 'm2_magicLink', 'm3_updateAt', 'm4_logTable', 'm5_userProfile', 'm6_sessions', 'm7_passwords', 'm8_logsTableNewFields', 'm9_passwordTableNewField', 'n01_codesTable', 'n11_universalLoginSession', 'n12_userFields', 'n13_userEmailIndex', 'n14_profileDataField', 'n15_userEmailIndex', 'n16_userLocale', 'n17_signingKeys', 'n18_logsFields', 'n19_connectionsUserinfo', 'n20_missingFields', 'n21_sessionDeletedAt', 'n22_dropLogsFields', 'n23_dropUsersFields', 'n24_logsIndexes', 'n25_logDescMaxLength', 'n26_logsTableExtraFields', 'n27_usersTableNameIndex', 'n28_usersEmailConstrain', 'n29_increaseOtpStateLength', 'n30_increaseTicketStateLength', 'n31_branding', 'n32_indexesAndNotNull', 'n33_vendorIdInUniversalLoginSession', 'n34_auth0ClientInUniversalLoginSession', 'n35_increaseUniversalSessionStateLength', 'n36_authenticationCodes', 'n37_disableSignUps', 'n38_otpIpAddress', 'n39_increaseUserAgentLength', 'n40_userId', 'n41_hooks', 'n42_userIdIndexes', 'n43_userIdIndexes', 'n44_codes', 'n45_hookProperties', 'n46_loginAuth0Client', 'n47_loginAuth0Client', 'n48_saml', 'n49_removeFields', 'n50_authParamsNonce', 'n51_connectionid', 'n52_cert', 'n53_codes_primary_key', 'n54_cleanup_tables', 'n55_logs_index', 'n56_application_fields', 'n57_prompt_settings', 'n58_connection_client_id', 'n59_connection_options', 'n60_users_metadata', 'n61_userLocales', 'n62_prompt', 'n63_connection_cleanup', 'n64_act_as', 'n65_code_verifier', 'n66_email_providers', 'n67_drop_tickets', 'n68_login_useragents', 'n70_refresh_tokens', 'n71_session_new_fields', 'n72_session_primary_key', 'n73_drop_sessions', 'n74_custom_domains', 'n75_organizations', 'n76_authorization_url_length', 'n77_drop_sessions', 'n78_login_sessions', 'n79_drop_sessions_2', 'n80_recreate_custom_domains', 'n81_phone', 'n82_forms', 'n83_addFormsIdToHooks', 'n84_login_completed', 'n85_add_login_session_id_to_sessions', 'n86_index_sessions_login_session_id', 'n87_code_challenge', 'n88_add_redirect_uri_to_codes', 'n89_add_nonce_and_state_to_codes', 'n90_themes', 'n91_resource_servers_rules_permissions', 'n92_role_permissions', 'n93_add_permissions_to_roles', 'n94_keys_connection_and_extend_columns', 'n95_create_organizations_table', 'n96_create_user_organizations_table', 'n97_add_organization_to_user_permissions_and_roles', 'n98_clients', 'n99_update_client_foreign_keys', 'o001_client_grants', 'o002_drop_applications', 'o003_phone_number_index', 'o004_login_sessions_id_index', 'o005_connections_tenant_index', 'o006_remove_redundant_user_organizations_tenant_index', 'o007_tenant_settings', 'o008_merge_tenant_settings_into_tenants', 'o009_create_invites_table', 'o010_add_log_id_to_logs', 'o011_add_location_info_to_logs', 'o012_add_password_history', 'o013_connection_display_name', 'o014_client_connections', 'o015_flows', 'o016_add_is_system_column', 'o017_connections_composite_key', 'o018_login_session_state', 'o019_roles_resource_servers_metadata', 'o020_session_add_timestamp_columns', 'o021_session_cleanup_and_ulid', 'o022_oidc_profile_claims', 'o023_preferred_username', 'o024_user_address', 'o025_authparams_max_age', 'o026_auth0_conformant', 'o027_universal_login_templates', 'o028_custom_text', 'o029_guardian_mfa', 'o030_add_template_id_to_hooks', 'o031_hooks_cleanup', 'o032_unique_username_provider', 'o033_add_login_id_to_refresh_tokens', 'o034_refresh_tokens_replace_session_id_with_login_id', 'o035_idle_expires_at_ts_indexes', 'o036_add_connection_to_login_sessions', 'o037_mfa_enrollments', 'o038_add_otp_to_codes', 'o039_rename_mfa_enrollments_to_authentication_methods', 'o040_create_outbox_events', 'o041_add_outbox_claim_columns', 'o042_add_outbox_claim_index', 'o043_add_code_hooks', 'o044_create_actions', 'o045_outbox_dead_letter', 'o046_user_registration_completed_at', 'o047_outbox_dead_lettered_tenant_index', 'o048_add_auth_strategy_to_login_sessions', 'o049_login_sessions_auth_params', 'o050_login_sessions_auth_params_backfill', 'o051_relax_login_sessions_authparams', 'o052_drop_login_sessions_hoisted_authparams', 'o053_refresh_tokens_revoked_at', 'o054_client_registration_tokens', 'o055_planetscale_redundant_indexes_cleanup', 'o056_client_user_linking_mode', 'o057_hooks_metadata', 'o058_refresh_tokens_rotation', 'o059_organization_connections', 'o060_log_streams', 'o061_tenants_attack_protection', 'o062_tenants_default_client_id', 'o063_email_templates', 'o064_create_action_versions', 'o065_branding_dark_mode', 'o066_create_action_executions', 'o067_client_disable_sign_ups', 'o068_move_disable_signup_to_connection', 'o069_actions_is_system_inherit', 'o070_collapse_auth0_source_into_db_connection', 'o071_migration_sources', 'o072_proxy_routes', 'o073_proxy_routes_v2', 'o074_widen_user_permissions_resource_server_identifier', 'o075_create_grants', 'o076_default_first_party_true', 'o077_tenant_deployment_fields', 'o078_tenant_database_version', 'o079_user_activity_and_user_column_cleanup', 'o080_drop_user_activity_columns_from_users', 'o081_tenant_operations', 'o082_control_plane_comm_keys', 'o083_codes_expires_at_ts');

-- 11.20 → 11.21 · 185/191 · insert 2 rows into kysely_migration
-- why: The names a fresh 11.21.1 install records (packages/kysely/migrate/migrations/index.ts at 11.21.1), at the times their names carry, so kysely reads them in their order.
-- locks: kysely_migration: rows
INSERT INTO "kysely_migration" ("name", "timestamp") SELECT '2026-07-16T14:00:00_baseline', '2026-07-16T14:00:00.000Z' WHERE NOT EXISTS (SELECT 1 FROM "kysely_migration" WHERE "name" = '2026-07-16T14:00:00_baseline');
-- locks: kysely_migration: rows
INSERT INTO "kysely_migration" ("name", "timestamp") SELECT '2026-07-16T15:00:00_codes_expires_at_ts', '2026-07-16T15:00:00.000Z' WHERE NOT EXISTS (SELECT 1 FROM "kysely_migration" WHERE "name" = '2026-07-16T15:00:00_codes_expires_at_ts');

-- 11.20 → 11.21 · 186/191 · remark (no statement)
-- REMARK (no statement):
--   The guide's CREATE INDEX idx_users_tenant_id ON users(tenant_id) is not needed: the primary key
--   of users is (tenant_id, user_id) at 11.21, and it leads with tenant_id.

-- 11.20 → 11.21 · 187/191 · remark (no statement)
-- REMARK (no statement):
--   The guide's CREATE INDEX idx_applications_tenant_id ON applications(tenant_id) names a table
--   AuthHero does not have: applications are the clients table, whose primary key (tenant_id,
--   client_id) leads with tenant_id.

-- 11.20 → 11.21 · 188/191 · manual step
-- MANUAL STEP (not done by this script):
--   Before this script: stop every AuthHero process that writes to this database, and upgrade the
--   application to @authhero/kysely-adapter 11.21.x and add @authhero/multi-tenancy (pnpm add
--   @authhero/multi-tenancy), without starting it: its migrator must not run before this script (it
--   would stop on the old history).

-- 11.20 → 11.21 · 189/191 · manual step
-- MANUAL STEP (not done by this script):
--   Configure multi-tenancy with the control-plane tenant this script used (setupMultiTenancy({
--   accessControl: { controlPlaneTenantId: "main" } }); older guides call it mainTenantId), apply
--   its middleware and mount its management routes, and pass its hooks to createAuthhero.

-- 11.20 → 11.21 · 190/191 · manual step
-- MANUAL STEP (not done by this script):
--   Update the client applications (React Admin and others) to request tokens with the organization
--   of the tenant they manage (organization = the tenant id), then start AuthHero: its migrator
--   finds the 11.21 history and has nothing to run. Test sign-in and the management API on one
--   tenant before the others.

-- 11.20 → 11.21 · 191/191 · manual step
-- MANUAL STEP (not done by this script):
--   If a tenant is to move to a database of its own (the guide's strategy 2), provision that
--   database with the install script (npx plan compile authhero 0 11.21 --dialect mysql -o
--   install.sql, or --dialect sqlite, applied as its header says) and copy the tenant's rows; this
--   script keeps every tenant in this database.

-- before COMMIT: the database is at 11.21 and its foreign keys hold, or everything this run did is rolled back
SELECT 'plan stopped: rows break foreign keys as this run left them (' || group_concat((WITH RECURSIVE plan_shown(i, o, t) AS (SELECT 0, '', CAST(k || ' -> ' || p || ' (' || f || ')' AS TEXT) UNION ALL SELECT plan_shown.i + 1, plan_shown.o || CASE unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) WHEN 92 THEN '\\' WHEN 10 THEN '\n' WHEN 13 THEN '\r' WHEN 8 THEN '\b' WHEN 12 THEN '\f' ELSE CASE WHEN (unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) < 32 AND unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) <> 9) OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) BETWEEN 127 AND 159 OR unicode(substr(plan_shown.t, plan_shown.i + 1, 1)) IN (8232, 8233) THEN '\u' || printf('%04x', unicode(substr(plan_shown.t, plan_shown.i + 1, 1))) ELSE substr(plan_shown.t, plan_shown.i + 1, 1) END END, plan_shown.t FROM plan_shown WHERE plan_shown.i < length(plan_shown.t)) SELECT CASE WHEN t IS NULL THEN NULL ELSE o END FROM plan_shown ORDER BY i DESC LIMIT 1), '; ') || '); everything this run did is rolled back. Nothing was changed.' AS plan FROM (SELECT * FROM (
    SELECT 'authentication_methods' AS t, 'authentication_methods (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('authentication_methods') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('authentication_methods') c JOIN main."authentication_methods" x ON x.rowid = c.rowid
    UNION ALL SELECT 'branding' AS t, 'branding (tenant_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('branding') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('branding') c JOIN main."branding" x ON x.rowid = c.rowid
    UNION ALL SELECT 'clients' AS t, 'clients (tenant_id, client_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."client_id")) > 40 THEN substr(quote(x."client_id"), 1, 37) || '...' ELSE quote(x."client_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('clients') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('clients') c JOIN main."clients" x ON x.rowid = c.rowid
    UNION ALL SELECT 'client_grants' AS t, 'client_grants (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('client_grants') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('client_grants') c JOIN main."client_grants" x ON x.rowid = c.rowid
    UNION ALL SELECT 'client_registration_tokens' AS t, 'client_registration_tokens (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('client_registration_tokens') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('client_registration_tokens') c JOIN main."client_registration_tokens" x ON x.rowid = c.rowid
    UNION ALL SELECT 'users' AS t, 'users (tenant_id, user_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."user_id")) > 40 THEN substr(quote(x."user_id"), 1, 37) || '...' ELSE quote(x."user_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('users') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('users') c JOIN main."users" x ON x.rowid = c.rowid
    UNION ALL SELECT 'codes' AS t, 'codes (code_id, code_type, tenant_id) = (' || CASE WHEN length(quote(x."code_id")) > 40 THEN substr(quote(x."code_id"), 1, 37) || '...' ELSE quote(x."code_id") END || ', ' || CASE WHEN length(quote(x."code_type")) > 40 THEN substr(quote(x."code_type"), 1, 37) || '...' ELSE quote(x."code_type") END || ', ' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('codes') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('codes') c JOIN main."codes" x ON x.rowid = c.rowid
    UNION ALL SELECT 'connections' AS t, 'connections (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('connections') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('connections') c JOIN main."connections" x ON x.rowid = c.rowid
    UNION ALL SELECT 'custom_domains' AS t, 'custom_domains (custom_domain_id) = (' || CASE WHEN length(quote(x."custom_domain_id")) > 40 THEN substr(quote(x."custom_domain_id"), 1, 37) || '...' ELSE quote(x."custom_domain_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('custom_domains') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('custom_domains') c JOIN main."custom_domains" x ON x.rowid = c.rowid
    UNION ALL SELECT 'custom_text' AS t, 'custom_text (tenant_id, prompt, language) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."prompt")) > 40 THEN substr(quote(x."prompt"), 1, 37) || '...' ELSE quote(x."prompt") END || ', ' || CASE WHEN length(quote(x."language")) > 40 THEN substr(quote(x."language"), 1, 37) || '...' ELSE quote(x."language") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('custom_text') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('custom_text') c JOIN main."custom_text" x ON x.rowid = c.rowid
    UNION ALL SELECT 'email_templates' AS t, 'email_templates (tenant_id, template) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."template")) > 40 THEN substr(quote(x."template"), 1, 37) || '...' ELSE quote(x."template") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('email_templates') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('email_templates') c JOIN main."email_templates" x ON x.rowid = c.rowid
    UNION ALL SELECT 'grants' AS t, 'grants (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('grants') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('grants') c JOIN main."grants" x ON x.rowid = c.rowid
    UNION ALL SELECT 'hooks' AS t, 'hooks (hook_id) = (' || CASE WHEN length(quote(x."hook_id")) > 40 THEN substr(quote(x."hook_id"), 1, 37) || '...' ELSE quote(x."hook_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('hooks') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('hooks') c JOIN main."hooks" x ON x.rowid = c.rowid
    UNION ALL SELECT 'keys' AS t, 'keys (kid) = (' || CASE WHEN length(quote(x."kid")) > 40 THEN substr(quote(x."kid"), 1, 37) || '...' ELSE quote(x."kid") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('keys') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('keys') c JOIN main."keys" x ON x.rowid = c.rowid
    UNION ALL SELECT 'sessions' AS t, 'sessions (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('sessions') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('sessions') c JOIN main."sessions" x ON x.rowid = c.rowid
    UNION ALL SELECT 'login_sessions' AS t, 'login_sessions (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('login_sessions') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('login_sessions') c JOIN main."login_sessions" x ON x.rowid = c.rowid
    UNION ALL SELECT 'migrations' AS t, 'migrations (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('migrations') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('migrations') c JOIN main."migrations" x ON x.rowid = c.rowid
    UNION ALL SELECT 'organization_connections' AS t, 'organization_connections (tenant_id, organization_id, connection_id, assign_membership_on_login, show_as_button, is_signup_enabled, created_at, updated_at) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."organization_id")) > 40 THEN substr(quote(x."organization_id"), 1, 37) || '...' ELSE quote(x."organization_id") END || ', ' || CASE WHEN length(quote(x."connection_id")) > 40 THEN substr(quote(x."connection_id"), 1, 37) || '...' ELSE quote(x."connection_id") END || ', ' || CASE WHEN length(quote(x."assign_membership_on_login")) > 40 THEN substr(quote(x."assign_membership_on_login"), 1, 37) || '...' ELSE quote(x."assign_membership_on_login") END || ', ' || CASE WHEN length(quote(x."show_as_button")) > 40 THEN substr(quote(x."show_as_button"), 1, 37) || '...' ELSE quote(x."show_as_button") END || ', ' || CASE WHEN length(quote(x."is_signup_enabled")) > 40 THEN substr(quote(x."is_signup_enabled"), 1, 37) || '...' ELSE quote(x."is_signup_enabled") END || ', ' || CASE WHEN length(quote(x."created_at")) > 40 THEN substr(quote(x."created_at"), 1, 37) || '...' ELSE quote(x."created_at") END || ', ' || CASE WHEN length(quote(x."updated_at")) > 40 THEN substr(quote(x."updated_at"), 1, 37) || '...' ELSE quote(x."updated_at") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('organization_connections') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('organization_connections') c JOIN main."organization_connections" x ON x.rowid = c.rowid
    UNION ALL SELECT 'passwords' AS t, 'passwords (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('passwords') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('passwords') c JOIN main."passwords" x ON x.rowid = c.rowid
    UNION ALL SELECT 'refresh_tokens' AS t, 'refresh_tokens (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('refresh_tokens') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('refresh_tokens') c JOIN main."refresh_tokens" x ON x.rowid = c.rowid
    UNION ALL SELECT 'tenant_operation_events' AS t, 'tenant_operation_events (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('tenant_operation_events') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('tenant_operation_events') c JOIN main."tenant_operation_events" x ON x.rowid = c.rowid
    UNION ALL SELECT 'themes' AS t, 'themes (tenant_id, themeId) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."themeId")) > 40 THEN substr(quote(x."themeId"), 1, 37) || '...' ELSE quote(x."themeId") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('themes') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('themes') c JOIN main."themes" x ON x.rowid = c.rowid
    UNION ALL SELECT 'universal_login_templates' AS t, 'universal_login_templates (tenant_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('universal_login_templates') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('universal_login_templates') c JOIN main."universal_login_templates" x ON x.rowid = c.rowid
    UNION ALL SELECT 'user_activity' AS t, 'user_activity (tenant_id, user_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."user_id")) > 40 THEN substr(quote(x."user_id"), 1, 37) || '...' ELSE quote(x."user_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('user_activity') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('user_activity') c JOIN main."user_activity" x ON x.rowid = c.rowid
    UNION ALL SELECT 'user_organizations' AS t, 'user_organizations (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('user_organizations') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('user_organizations') c JOIN main."user_organizations" x ON x.rowid = c.rowid) LIMIT 3) HAVING count(*) > 0;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ROLLBACK, 'plan stopped: rows break foreign keys (see the line printed above); everything this run did is rolled back. Nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (
      SELECT 'authentication_methods' AS t, 'authentication_methods (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('authentication_methods') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('authentication_methods') c JOIN main."authentication_methods" x ON x.rowid = c.rowid
      UNION ALL SELECT 'branding' AS t, 'branding (tenant_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('branding') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('branding') c JOIN main."branding" x ON x.rowid = c.rowid
      UNION ALL SELECT 'clients' AS t, 'clients (tenant_id, client_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."client_id")) > 40 THEN substr(quote(x."client_id"), 1, 37) || '...' ELSE quote(x."client_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('clients') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('clients') c JOIN main."clients" x ON x.rowid = c.rowid
      UNION ALL SELECT 'client_grants' AS t, 'client_grants (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('client_grants') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('client_grants') c JOIN main."client_grants" x ON x.rowid = c.rowid
      UNION ALL SELECT 'client_registration_tokens' AS t, 'client_registration_tokens (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('client_registration_tokens') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('client_registration_tokens') c JOIN main."client_registration_tokens" x ON x.rowid = c.rowid
      UNION ALL SELECT 'users' AS t, 'users (tenant_id, user_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."user_id")) > 40 THEN substr(quote(x."user_id"), 1, 37) || '...' ELSE quote(x."user_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('users') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('users') c JOIN main."users" x ON x.rowid = c.rowid
      UNION ALL SELECT 'codes' AS t, 'codes (code_id, code_type, tenant_id) = (' || CASE WHEN length(quote(x."code_id")) > 40 THEN substr(quote(x."code_id"), 1, 37) || '...' ELSE quote(x."code_id") END || ', ' || CASE WHEN length(quote(x."code_type")) > 40 THEN substr(quote(x."code_type"), 1, 37) || '...' ELSE quote(x."code_type") END || ', ' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('codes') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('codes') c JOIN main."codes" x ON x.rowid = c.rowid
      UNION ALL SELECT 'connections' AS t, 'connections (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('connections') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('connections') c JOIN main."connections" x ON x.rowid = c.rowid
      UNION ALL SELECT 'custom_domains' AS t, 'custom_domains (custom_domain_id) = (' || CASE WHEN length(quote(x."custom_domain_id")) > 40 THEN substr(quote(x."custom_domain_id"), 1, 37) || '...' ELSE quote(x."custom_domain_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('custom_domains') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('custom_domains') c JOIN main."custom_domains" x ON x.rowid = c.rowid
      UNION ALL SELECT 'custom_text' AS t, 'custom_text (tenant_id, prompt, language) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."prompt")) > 40 THEN substr(quote(x."prompt"), 1, 37) || '...' ELSE quote(x."prompt") END || ', ' || CASE WHEN length(quote(x."language")) > 40 THEN substr(quote(x."language"), 1, 37) || '...' ELSE quote(x."language") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('custom_text') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('custom_text') c JOIN main."custom_text" x ON x.rowid = c.rowid
      UNION ALL SELECT 'email_templates' AS t, 'email_templates (tenant_id, template) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."template")) > 40 THEN substr(quote(x."template"), 1, 37) || '...' ELSE quote(x."template") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('email_templates') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('email_templates') c JOIN main."email_templates" x ON x.rowid = c.rowid
      UNION ALL SELECT 'grants' AS t, 'grants (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('grants') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('grants') c JOIN main."grants" x ON x.rowid = c.rowid
      UNION ALL SELECT 'hooks' AS t, 'hooks (hook_id) = (' || CASE WHEN length(quote(x."hook_id")) > 40 THEN substr(quote(x."hook_id"), 1, 37) || '...' ELSE quote(x."hook_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('hooks') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('hooks') c JOIN main."hooks" x ON x.rowid = c.rowid
      UNION ALL SELECT 'keys' AS t, 'keys (kid) = (' || CASE WHEN length(quote(x."kid")) > 40 THEN substr(quote(x."kid"), 1, 37) || '...' ELSE quote(x."kid") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('keys') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('keys') c JOIN main."keys" x ON x.rowid = c.rowid
      UNION ALL SELECT 'sessions' AS t, 'sessions (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('sessions') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('sessions') c JOIN main."sessions" x ON x.rowid = c.rowid
      UNION ALL SELECT 'login_sessions' AS t, 'login_sessions (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('login_sessions') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('login_sessions') c JOIN main."login_sessions" x ON x.rowid = c.rowid
      UNION ALL SELECT 'migrations' AS t, 'migrations (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('migrations') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('migrations') c JOIN main."migrations" x ON x.rowid = c.rowid
      UNION ALL SELECT 'organization_connections' AS t, 'organization_connections (tenant_id, organization_id, connection_id, assign_membership_on_login, show_as_button, is_signup_enabled, created_at, updated_at) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."organization_id")) > 40 THEN substr(quote(x."organization_id"), 1, 37) || '...' ELSE quote(x."organization_id") END || ', ' || CASE WHEN length(quote(x."connection_id")) > 40 THEN substr(quote(x."connection_id"), 1, 37) || '...' ELSE quote(x."connection_id") END || ', ' || CASE WHEN length(quote(x."assign_membership_on_login")) > 40 THEN substr(quote(x."assign_membership_on_login"), 1, 37) || '...' ELSE quote(x."assign_membership_on_login") END || ', ' || CASE WHEN length(quote(x."show_as_button")) > 40 THEN substr(quote(x."show_as_button"), 1, 37) || '...' ELSE quote(x."show_as_button") END || ', ' || CASE WHEN length(quote(x."is_signup_enabled")) > 40 THEN substr(quote(x."is_signup_enabled"), 1, 37) || '...' ELSE quote(x."is_signup_enabled") END || ', ' || CASE WHEN length(quote(x."created_at")) > 40 THEN substr(quote(x."created_at"), 1, 37) || '...' ELSE quote(x."created_at") END || ', ' || CASE WHEN length(quote(x."updated_at")) > 40 THEN substr(quote(x."updated_at"), 1, 37) || '...' ELSE quote(x."updated_at") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('organization_connections') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('organization_connections') c JOIN main."organization_connections" x ON x.rowid = c.rowid
      UNION ALL SELECT 'passwords' AS t, 'passwords (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('passwords') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('passwords') c JOIN main."passwords" x ON x.rowid = c.rowid
      UNION ALL SELECT 'refresh_tokens' AS t, 'refresh_tokens (tenant_id, id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('refresh_tokens') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('refresh_tokens') c JOIN main."refresh_tokens" x ON x.rowid = c.rowid
      UNION ALL SELECT 'tenant_operation_events' AS t, 'tenant_operation_events (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('tenant_operation_events') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('tenant_operation_events') c JOIN main."tenant_operation_events" x ON x.rowid = c.rowid
      UNION ALL SELECT 'themes' AS t, 'themes (tenant_id, themeId) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."themeId")) > 40 THEN substr(quote(x."themeId"), 1, 37) || '...' ELSE quote(x."themeId") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('themes') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('themes') c JOIN main."themes" x ON x.rowid = c.rowid
      UNION ALL SELECT 'universal_login_templates' AS t, 'universal_login_templates (tenant_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('universal_login_templates') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('universal_login_templates') c JOIN main."universal_login_templates" x ON x.rowid = c.rowid
      UNION ALL SELECT 'user_activity' AS t, 'user_activity (tenant_id, user_id) = (' || CASE WHEN length(quote(x."tenant_id")) > 40 THEN substr(quote(x."tenant_id"), 1, 37) || '...' ELSE quote(x."tenant_id") END || ', ' || CASE WHEN length(quote(x."user_id")) > 40 THEN substr(quote(x."user_id"), 1, 37) || '...' ELSE quote(x."user_id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('user_activity') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('user_activity') c JOIN main."user_activity" x ON x.rowid = c.rowid
      UNION ALL SELECT 'user_organizations' AS t, 'user_organizations (id) = (' || CASE WHEN length(quote(x."id")) > 40 THEN substr(quote(x."id"), 1, 37) || '...' ELSE quote(x."id") END || ')' AS k, c.parent AS p, (SELECT group_concat("from", ', ') FROM (SELECT "from" FROM pragma_foreign_key_list('user_organizations') WHERE id = c.fkid ORDER BY seq)) AS f FROM pragma_foreign_key_check('user_organizations') c JOIN main."user_organizations" x ON x.rowid = c.rowid);
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
SELECT 'plan stopped: ' || 'the database is not at authhero 11.21 at the end of this script (a statement did not do what its plan says): ' || m || '. Everything this run did is rolled back: nothing was changed. Checked: database file ' || coalesce(nullif((SELECT file FROM pragma_database_list WHERE name = 'main'), ''), 'none (an in-memory or temporary database)') || '. ' || 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect authhero names every difference.' AS plan FROM temp.plan_end;
DROP TRIGGER IF EXISTS temp.plan_stop;
CREATE TEMP TRIGGER plan_stop BEFORE INSERT ON plan_stop WHEN NEW.n = 1 BEGIN SELECT RAISE(ROLLBACK, 'plan stopped: the database is not at authhero 11.21 at the end of this script (a statement did not do what its plan says); the line printed above says what differs. Everything this run did is rolled back: nothing was changed.'); END;
INSERT INTO plan_stop SELECT 1 WHERE EXISTS (SELECT 1 FROM temp.plan_end);
COMMIT;
PRAGMA foreign_keys = ON;

-- printed only when the database is now at the target state
SELECT 'plan: authhero 11.20 → 11.21 applied' AS plan WHERE NOT EXISTS (
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
