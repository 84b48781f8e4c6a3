-- plan 0.1.0 · authhero 0 → 11.20 · mysql · fresh install
-- what:     this script creates the authhero schema at 11.20 in an empty MySQL 8 / MariaDB database (generated from the plans listed below)
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- reverse:  npx plan compile authhero 11.20 0 --dialect mysql
-- the rollback would drop: 51 tables actions, action_executions, action_versions, tenants, authentication_methods, branding, clients, client_grants, client_registration_tokens, users, codes, connections, control_plane_comm_keys, custom_domains, custom_text, email_providers, email_templates, flows, forms, grants, hooks, hook_code, invites, keys, kysely_migration, kysely_migration_lock, sessions, login_sessions, logs, log_streams, migrations, migration_sources, organizations, organization_connections, outbox_events, passwords, prompt_settings, proxy_routes, refresh_tokens, resource_servers, roles, role_permissions, rollouts, tenant_operations, tenant_operation_events, themes, universal_login_templates, user_activity, user_organizations, user_permissions, user_roles, and the data in them
-- parameters: (none)
-- sources (sha256):
--   plans/authhero/product.yaml cf35d17865f74765d3c86a9610da34b8a91c78f0ff86036ac69457a02c872b78
--   plans/authhero/0-11.20.yaml a7cedd4d529a5a585530d6bb8b11a9e1520be048f18391e83a01bdf7bc33d0c6
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- charset:  the tables take the database's default character set and collation.
-- locks:    this script alters no table that exists before it (only tables it creates, and rows: row locks until each statement ends).

SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 0, at 11.20, or between them on this script's path (a resumed run)
SET @plan_ok = FALSE;
SET @plan_busy = (SELECT CONCAT('connection ', ID, ' for ', TIME, ' s: ', LEFT(REPLACE(REPLACE(INFO, CHAR(10), ' '), CHAR(13), ' '), 100))
  FROM information_schema.PROCESSLIST
  WHERE ID <> CONNECTION_ID() AND COMMAND <> 'Sleep'
    AND INFO REGEXP '^[[:space:]]*(/[*].*[*]/[[:space:]]*)*(SET[[:space:]]+STATEMENT[[:space:]].*[[:space:]]FOR[[:space:]]+)?(ALTER|CREATE|DROP|RENAME|TRUNCATE)[[:space:]]'
    AND (DB = DATABASE()
      OR LOCATE(CONCAT('`', REPLACE(DATABASE(), '`', '``'), '`.'), INFO) > 0
      OR LOCATE(CONCAT(' ', DATABASE(), '.'), REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(INFO, CHAR(10), ' '), CHAR(13), ' '), CHAR(9), ' '), ',', ' '), '(', ' ')) > 0)
  ORDER BY TIME DESC, ID LIMIT 1);
SELECT CONCAT('plan stopped: another session is changing the schema of this database (', @plan_busy, '). A client stopped mid-script leaves its statement running on the server: wait until it ends (or KILL QUERY that connection), then run this script again. Nothing was changed.') AS plan FROM DUAL WHERE @plan_busy IS NOT NULL;
SET @plan_sql = IF(
  @plan_busy IS NULL,
  'DO 0',
  'SELECT 1 FROM `plan stopped: another session is changing the schema; see the ro`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = (
  SELECT m FROM (
  SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m
      FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f
      WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('', 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'foreign_key branding.branding_ibfk_1', 'foreign_key client_grants.client_grants_ibfk_1', 'foreign_key client_grants.fk_client_grants_clients', 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'foreign_key clients.clients_ibfk_1', 'foreign_key codes.codes_ibfk_1', 'foreign_key codes.codes_user_id_tenant_id_constraint', 'foreign_key connections.connections_ibfk_1', 'foreign_key custom_domains.custom_domains_ibfk_1', 'foreign_key custom_text.custom_text_ibfk_1', 'foreign_key email_templates.email_templates_tenant_fk', 'foreign_key grants.grants_ibfk_1', 'foreign_key grants.grants_user_id_constraint', 'foreign_key hooks.hooks_ibfk_1', 'foreign_key keys.keys_ibfk_1', 'foreign_key login_sessions.login_sessions_session_fk', 'foreign_key login_sessions.login_sessions_tenant_fk', 'foreign_key migrations.migrations_ibfk_1', 'foreign_key organization_connections.organization_connections_connection_fk', 'foreign_key organization_connections.organization_connections_organization_fk', 'foreign_key passwords.password_history_user_id_tenant_id_constraint', 'foreign_key passwords.passwords_ibfk_1', 'foreign_key refresh_tokens.refresh_tokens_client_fk', 'foreign_key refresh_tokens.refresh_tokens_tenant_fk', 'foreign_key sessions.sessions_user_fk', 'foreign_key tenant_operation_events.tenant_operation_events_operation_id_constraint', 'foreign_key themes.themes_ibfk_1', 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'foreign_key user_activity.user_activity_user_id_constraint', 'foreign_key users.linked_to_constraint', 'foreign_key users.users_ibfk_1', 'index action_executions.PRIMARY', 'index action_executions.idx_action_executions_tenant', 'index action_versions.PRIMARY', 'index action_versions.idx_action_versions_action', 'index action_versions.uniq_action_versions_action_number', 'index actions.PRIMARY', 'index actions.idx_actions_tenant', 'index authentication_methods.PRIMARY', 'index authentication_methods.authentication_methods_credential_id_idx', 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'index branding.PRIMARY', 'index client_grants.PRIMARY', 'index client_grants.idx_client_grants_audience', 'index client_grants.uq_client_grants_tenant_client_audience', 'index client_registration_tokens.PRIMARY', 'index client_registration_tokens.idx_client_registration_tokens_client', 'index client_registration_tokens.idx_client_registration_tokens_hash', 'index clients.PRIMARY', 'index clients.idx_clients_owner_user_id', 'index codes.PRIMARY', 'index codes.codes_user_id_tenant_id_constraint', 'index codes.idx_codes_expires_at_ts', 'index codes.tenant_id', 'index connections.PRIMARY', 'index control_plane_comm_keys.PRIMARY', 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'index custom_domains.PRIMARY', 'index custom_domains.tenant_id', 'index custom_text.PRIMARY', 'index email_providers.PRIMARY', 'index email_templates.PRIMARY', 'index flows.PRIMARY', 'index flows.flows_tenant_id_idx', 'index forms.PRIMARY', 'index forms.forms_tenant_id_idx', 'index grants.PRIMARY', 'index grants.grants_natural_key_idx', 'index grants.grants_tenant_user_idx', 'index grants.grants_user_id_constraint', 'index hook_code.PRIMARY', 'index hook_code.idx_hook_code_tenant', 'index hooks.PRIMARY', 'index hooks.tenant_id', 'index invites.PRIMARY', 'index invites.idx_invites_expires_at', 'index invites.idx_invites_organization_id', 'index invites.idx_invites_tenant_created', 'index keys.PRIMARY', 'index keys.tenant_id', 'index kysely_migration.PRIMARY', 'index kysely_migration_lock.PRIMARY', 'index log_streams.PRIMARY', 'index log_streams.idx_log_streams_tenant_id', 'index login_sessions.PRIMARY', 'index login_sessions.idx_login_sessions_expires_at_ts', 'index login_sessions.login_sessions_id_index', 'index login_sessions.login_sessions_session_fk', 'index login_sessions.login_sessions_state_idx', 'index login_sessions.login_sessions_state_updated_idx', 'index login_sessions.login_sessions_tenant_user_idx', 'index logs.PRIMARY', 'index migration_sources.PRIMARY', 'index migration_sources.idx_migration_sources_tenant_id', 'index migrations.PRIMARY', 'index migrations.tenant_id', 'index organization_connections.idx_organization_connections_tenant_connection', 'index organization_connections.idx_organization_connections_tenant_org', 'index organization_connections.organization_connections_organization_fk', 'index organization_connections.organization_connections_unique', 'index organizations.PRIMARY', 'index organizations.idx_organizations_tenant_name_unique', 'index outbox_events.PRIMARY', 'index outbox_events.idx_outbox_claim', 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'index outbox_events.idx_outbox_tenant_type', 'index outbox_events.idx_outbox_unprocessed', 'index passwords.PRIMARY', 'index passwords.password_history_user_id_tenant_id_constraint', 'index passwords.tenant_id', 'index prompt_settings.PRIMARY', 'index proxy_routes.PRIMARY', 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'index proxy_routes.proxy_routes_tenant_id_idx', 'index refresh_tokens.PRIMARY', 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'index refresh_tokens.idx_refresh_tokens_family_id', 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'index refresh_tokens.idx_refresh_tokens_login_id', 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'index refresh_tokens.idx_refresh_tokens_user_id', 'index refresh_tokens.refresh_tokens_client_fk', 'index resource_servers.PRIMARY', 'index resource_servers.resource_servers_tenant_identifier_uq', 'index role_permissions.PRIMARY', 'index role_permissions.role_permissions_permission_fk', 'index roles.PRIMARY', 'index roles.roles_tenant_name_uq', 'index rollouts.PRIMARY', 'index sessions.PRIMARY', 'index sessions.idx_sessions_expires_at_ts', 'index sessions.idx_sessions_idle_expires_at_ts', 'index sessions.idx_sessions_user_id', 'index sessions.sessions_user_fk', 'index tenant_operation_events.PRIMARY', 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'index tenant_operations.PRIMARY', 'index tenant_operations.tenant_operations_rollout_id_idx', 'index tenant_operations.tenant_operations_status_idx', 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'index tenants.PRIMARY', 'index themes.PRIMARY', 'index universal_login_templates.PRIMARY', 'index user_activity.PRIMARY', 'index user_activity.user_activity_user_id_constraint', 'index user_organizations.PRIMARY', 'index user_organizations.idx_user_organizations_organization_id', 'index user_organizations.idx_user_organizations_user_id', 'index user_organizations.user_organizations_unique', 'index user_permissions.PRIMARY', 'index user_permissions.user_permissions_organization_fk', 'index user_permissions.user_permissions_permission_fk', 'index user_permissions.user_permissions_user_fk', 'index user_roles.PRIMARY', 'index user_roles.user_roles_organization_fk', 'index user_roles.user_roles_role_fk', 'index user_roles.user_roles_user_fk', 'index users.PRIMARY', 'index users.linked_to_constraint', 'index users.unique_email_provider', 'index users.unique_phone_provider', 'index users.unique_username_provider', 'index users.users_email_index', 'index users.users_linked_to_index', 'index users.users_name_index', 'index users.users_phone_tenant_provider_index')
        AND NOT EXISTS (SELECT 1 FROM (SELECT 'column action_executions.created_at_ts' AS k, 'bigint NOT NULL' AS def
        UNION ALL SELECT 'column action_executions.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column action_executions.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column action_executions.logs', 'text'
        UNION ALL SELECT 'column action_executions.results', 'text NOT NULL'
        UNION ALL SELECT 'column action_executions.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column action_executions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column action_executions.trigger_id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column action_versions.action_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column action_versions.code', 'text NOT NULL'
        UNION ALL SELECT 'column action_versions.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column action_versions.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column action_versions.dependencies', 'text'
        UNION ALL SELECT 'column action_versions.deployed', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column action_versions.deployed', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column action_versions.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column action_versions.number', 'int NOT NULL'
        UNION ALL SELECT 'column action_versions.number', 'int(11) NOT NULL'
        UNION ALL SELECT 'column action_versions.runtime', 'varchar(50)'
        UNION ALL SELECT 'column action_versions.secrets', 'text'
        UNION ALL SELECT 'column action_versions.supported_triggers', 'text'
        UNION ALL SELECT 'column action_versions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column actions.code', 'text NOT NULL'
        UNION ALL SELECT 'column actions.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column actions.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column actions.dependencies', 'text'
        UNION ALL SELECT 'column actions.deployed_at_ts', 'bigint'
        UNION ALL SELECT 'column actions.deployed_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column actions.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column actions.inherit', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.inherit', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column actions.runtime', 'varchar(50)'
        UNION ALL SELECT 'column actions.secrets', 'text'
        UNION ALL SELECT 'column actions.status', 'varchar(50) DEFAULT ''built'''
        UNION ALL SELECT 'column actions.status', 'varchar(50) DEFAULT built'
        UNION ALL SELECT 'column actions.supported_triggers', 'text'
        UNION ALL SELECT 'column actions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column actions.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column actions.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.confirmed', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column authentication_methods.confirmed', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'int'
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'int(11)'
        UNION ALL SELECT 'column authentication_methods.credential_id', 'varchar(512)'
        UNION ALL SELECT 'column authentication_methods.friendly_name', 'varchar(255)'
        UNION ALL SELECT 'column authentication_methods.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.phone_number', 'varchar(32)'
        UNION ALL SELECT 'column authentication_methods.public_key', 'text'
        UNION ALL SELECT 'column authentication_methods.sign_count', 'int'
        UNION ALL SELECT 'column authentication_methods.sign_count', 'int(11)'
        UNION ALL SELECT 'column authentication_methods.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.totp_secret', 'varchar(255)'
        UNION ALL SELECT 'column authentication_methods.transports', 'varchar(512)'
        UNION ALL SELECT 'column authentication_methods.type', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'int'
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'int(11)'
        UNION ALL SELECT 'column branding.colors_page_background_end', 'varchar(8)'
        UNION ALL SELECT 'column branding.colors_page_background_start', 'varchar(8)'
        UNION ALL SELECT 'column branding.colors_page_background_type', 'varchar(32)'
        UNION ALL SELECT 'column branding.colors_primary', 'varchar(8)'
        UNION ALL SELECT 'column branding.dark_mode', 'varchar(8)'
        UNION ALL SELECT 'column branding.favicon_url', 'varchar(512)'
        UNION ALL SELECT 'column branding.font_url', 'varchar(512)'
        UNION ALL SELECT 'column branding.logo_url', 'varchar(512)'
        UNION ALL SELECT 'column branding.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'int DEFAULT 0'
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'int(11) DEFAULT 0'
        UNION ALL SELECT 'column client_grants.audience', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT ''[]'''
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT []'
        UNION ALL SELECT 'column client_grants.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_grants.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column client_grants.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column client_grants.is_system', 'int DEFAULT 0'
        UNION ALL SELECT 'column client_grants.is_system', 'int(11) DEFAULT 0'
        UNION ALL SELECT 'column client_grants.organization_usage', 'varchar(32)'
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT ''[]'''
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT []'
        UNION ALL SELECT 'column client_grants.subject_type', 'varchar(32)'
        UNION ALL SELECT 'column client_grants.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_grants.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.client_id', 'varchar(191)'
        UNION ALL SELECT 'column client_registration_tokens.constraints', 'text'
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column client_registration_tokens.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'bigint'
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column client_registration_tokens.sub', 'varchar(255)'
        UNION ALL SELECT 'column client_registration_tokens.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.token_hash', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.type', 'varchar(8) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'bigint'
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column clients.addons', 'text NOT NULL'
        UNION ALL SELECT 'column clients.allowed_clients', 'text NOT NULL'
        UNION ALL SELECT 'column clients.allowed_logout_urls', 'text NOT NULL'
        UNION ALL SELECT 'column clients.allowed_origins', 'text NOT NULL'
        UNION ALL SELECT 'column clients.app_type', 'varchar(64) DEFAULT ''regular_web'''
        UNION ALL SELECT 'column clients.app_type', 'varchar(64) DEFAULT regular_web'
        UNION ALL SELECT 'column clients.auth0_conformant', 'int DEFAULT 1'
        UNION ALL SELECT 'column clients.auth0_conformant', 'int(11) DEFAULT 1'
        UNION ALL SELECT 'column clients.callbacks', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_aliases', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_authentication_methods', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column clients.client_metadata', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_secret', 'varchar(255)'
        UNION ALL SELECT 'column clients.compliance_level', 'varchar(64)'
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT ''[]'''
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT []'
        UNION ALL SELECT 'column clients.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.cross_origin_loc', 'varchar(2083)'
        UNION ALL SELECT 'column clients.custom_login_page', 'text'
        UNION ALL SELECT 'column clients.custom_login_page_on', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.custom_login_page_on', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.custom_login_page_preview', 'text'
        UNION ALL SELECT 'column clients.default_organization', 'text NOT NULL'
        UNION ALL SELECT 'column clients.description', 'varchar(140)'
        UNION ALL SELECT 'column clients.encryption_key', 'text NOT NULL'
        UNION ALL SELECT 'column clients.form_template', 'text'
        UNION ALL SELECT 'column clients.global', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.global', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.grant_types', 'text NOT NULL'
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.initiate_login_uri', 'varchar(2083)'
        UNION ALL SELECT 'column clients.is_first_party', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.is_first_party', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.jwt_configuration', 'text NOT NULL'
        UNION ALL SELECT 'column clients.logo_uri', 'varchar(2083)'
        UNION ALL SELECT 'column clients.mobile', 'text NOT NULL'
        UNION ALL SELECT 'column clients.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column clients.native_social_login', 'text NOT NULL'
        UNION ALL SELECT 'column clients.oidc_conformant', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.oidc_conformant', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.oidc_logout', 'text NOT NULL'
        UNION ALL SELECT 'column clients.organization_require_behavior', 'varchar(32) DEFAULT ''no_prompt'''
        UNION ALL SELECT 'column clients.organization_require_behavior', 'varchar(32) DEFAULT no_prompt'
        UNION ALL SELECT 'column clients.organization_usage', 'varchar(32) DEFAULT ''deny'''
        UNION ALL SELECT 'column clients.organization_usage', 'varchar(32) DEFAULT deny'
        UNION ALL SELECT 'column clients.owner_user_id', 'varchar(255)'
        UNION ALL SELECT 'column clients.par_request_expiry', 'int'
        UNION ALL SELECT 'column clients.par_request_expiry', 'int(11)'
        UNION ALL SELECT 'column clients.refresh_token', 'text NOT NULL'
        UNION ALL SELECT 'column clients.registration_metadata', 'text'
        UNION ALL SELECT 'column clients.registration_type', 'varchar(32)'
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.session_transfer', 'text NOT NULL'
        UNION ALL SELECT 'column clients.signed_request_object', 'text NOT NULL'
        UNION ALL SELECT 'column clients.signing_keys', 'text NOT NULL'
        UNION ALL SELECT 'column clients.sso', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.sso', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.sso_disabled', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.sso_disabled', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT ''client_secret_basic'''
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT client_secret_basic'
        UNION ALL SELECT 'column clients.token_quota', 'text NOT NULL'
        UNION ALL SELECT 'column clients.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column clients.user_linking_mode', 'varchar(16)'
        UNION ALL SELECT 'column clients.web_origins', 'text NOT NULL'
        UNION ALL SELECT 'column codes.code_challenge', 'varchar(128)'
        UNION ALL SELECT 'column codes.code_challenge_method', 'varchar(5)'
        UNION ALL SELECT 'column codes.code_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.code_type', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.code_verifier', 'varchar(128)'
        UNION ALL SELECT 'column codes.connection_id', 'varchar(255)'
        UNION ALL SELECT 'column codes.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.expires_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column codes.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column codes.login_id', 'varchar(255)'
        UNION ALL SELECT 'column codes.nonce', 'varchar(1024)'
        UNION ALL SELECT 'column codes.otp', 'varchar(32)'
        UNION ALL SELECT 'column codes.redirect_uri', 'varchar(1024)'
        UNION ALL SELECT 'column codes.state', 'varchar(2048)'
        UNION ALL SELECT 'column codes.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.used_at', 'varchar(255)'
        UNION ALL SELECT 'column codes.user_id', 'varchar(255)'
        UNION ALL SELECT 'column connections.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.display_name', 'varchar(255)'
        UNION ALL SELECT 'column connections.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.is_domain_connection', 'int'
        UNION ALL SELECT 'column connections.is_domain_connection', 'int(11)'
        UNION ALL SELECT 'column connections.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column connections.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column connections.metadata', 'varchar(4096)'
        UNION ALL SELECT 'column connections.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.options', 'varchar(8192) NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column connections.options', 'varchar(8192) NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column connections.response_mode', 'varchar(255)'
        UNION ALL SELECT 'column connections.response_type', 'varchar(255)'
        UNION ALL SELECT 'column connections.show_as_button', 'int'
        UNION ALL SELECT 'column connections.show_as_button', 'int(11)'
        UNION ALL SELECT 'column connections.strategy', 'varchar(64)'
        UNION ALL SELECT 'column connections.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.kid', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.public_jwk', 'text NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.revoked_at', 'varchar(35)'
        UNION ALL SELECT 'column control_plane_comm_keys.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column custom_domains.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column custom_domains.custom_client_ip_header', 'varchar(50)'
        UNION ALL SELECT 'column custom_domains.custom_domain_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column custom_domains.domain', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column custom_domains.domain_metadata', 'varchar(2048)'
        UNION ALL SELECT 'column custom_domains.origin_domain_name', 'varchar(255)'
        UNION ALL SELECT 'column custom_domains.primary', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column custom_domains.status', 'varchar(50) NOT NULL'
        UNION ALL SELECT 'column custom_domains.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column custom_domains.tls_policy', 'varchar(50)'
        UNION ALL SELECT 'column custom_domains.type', 'varchar(50) NOT NULL'
        UNION ALL SELECT 'column custom_domains.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column custom_domains.verification', 'varchar(2048)'
        UNION ALL SELECT 'column custom_text.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column custom_text.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column custom_text.custom_text', 'text NOT NULL'
        UNION ALL SELECT 'column custom_text.language', 'varchar(16) NOT NULL'
        UNION ALL SELECT 'column custom_text.prompt', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column custom_text.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column email_providers.created_at', 'varchar(29) NOT NULL'
        UNION ALL SELECT 'column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column email_providers.default_from_address', 'varchar(255)'
        UNION ALL SELECT 'column email_providers.enabled', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column email_providers.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column email_providers.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_providers.updated_at', 'varchar(29) NOT NULL'
        UNION ALL SELECT 'column email_templates.body', 'text NOT NULL'
        UNION ALL SELECT 'column email_templates.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column email_templates.enabled', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column email_templates.enabled', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column email_templates.from', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column email_templates.result_url', 'varchar(2048)'
        UNION ALL SELECT 'column email_templates.subject', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT ''liquid'''
        UNION ALL SELECT 'column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT liquid'
        UNION ALL SELECT 'column email_templates.template', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column email_templates.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_templates.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'int'
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'int(11)'
        UNION ALL SELECT 'column flows.actions', 'text'
        UNION ALL SELECT 'column flows.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column flows.id', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column flows.name', 'varchar(150) NOT NULL'
        UNION ALL SELECT 'column flows.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column flows.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column forms.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.ending', 'varchar(255)'
        UNION ALL SELECT 'column forms.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.languages', 'varchar(255)'
        UNION ALL SELECT 'column forms.messages', 'varchar(255)'
        UNION ALL SELECT 'column forms.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.nodes', 'varchar(4096)'
        UNION ALL SELECT 'column forms.start', 'varchar(255)'
        UNION ALL SELECT 'column forms.style', 'varchar(1042)'
        UNION ALL SELECT 'column forms.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.translations', 'varchar(4096)'
        UNION ALL SELECT 'column forms.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column grants.audience', 'varchar(100) NOT NULL DEFAULT '
        UNION ALL SELECT 'column grants.audience', 'varchar(100) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column grants.client_id', 'varchar(100) NOT NULL'
        UNION ALL SELECT 'column grants.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column grants.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT ''[]'''
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT []'
        UNION ALL SELECT 'column grants.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column grants.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column grants.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column hook_code.code', 'text NOT NULL'
        UNION ALL SELECT 'column hook_code.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column hook_code.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column hook_code.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column hook_code.secrets', 'text'
        UNION ALL SELECT 'column hook_code.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column hooks.code_id', 'varchar(21)'
        UNION ALL SELECT 'column hooks.created_at_ts', 'bigint'
        UNION ALL SELECT 'column hooks.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column hooks.enabled', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column hooks.form_id', 'varchar(128)'
        UNION ALL SELECT 'column hooks.hook_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column hooks.metadata', 'text'
        UNION ALL SELECT 'column hooks.priority', 'int'
        UNION ALL SELECT 'column hooks.priority', 'int(11)'
        UNION ALL SELECT 'column hooks.synchronous', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column hooks.template_id', 'varchar(64)'
        UNION ALL SELECT 'column hooks.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column hooks.trigger_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column hooks.updated_at_ts', 'bigint'
        UNION ALL SELECT 'column hooks.updated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column hooks.url', 'varchar(512)'
        UNION ALL SELECT 'column invites.app_metadata', 'text'
        UNION ALL SELECT 'column invites.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column invites.connection_id', 'varchar(21)'
        UNION ALL SELECT 'column invites.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column invites.expires_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column invites.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column invites.invitation_url', 'text NOT NULL'
        UNION ALL SELECT 'column invites.invitee', 'text NOT NULL'
        UNION ALL SELECT 'column invites.inviter', 'text NOT NULL'
        UNION ALL SELECT 'column invites.organization_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column invites.roles', 'text'
        UNION ALL SELECT 'column invites.send_invitation_email', 'int'
        UNION ALL SELECT 'column invites.send_invitation_email', 'int(11)'
        UNION ALL SELECT 'column invites.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column invites.ticket_id', 'varchar(191)'
        UNION ALL SELECT 'column invites.ttl_sec', 'int'
        UNION ALL SELECT 'column invites.ttl_sec', 'int(11)'
        UNION ALL SELECT 'column invites.user_metadata', 'text'
        UNION ALL SELECT 'column keys.cert', 'varchar(4096)'
        UNION ALL SELECT 'column keys.connection', 'varchar(255)'
        UNION ALL SELECT 'column keys.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column keys.current_since', 'varchar(256)'
        UNION ALL SELECT 'column keys.current_until', 'varchar(256)'
        UNION ALL SELECT 'column keys.fingerprint', 'varchar(256)'
        UNION ALL SELECT 'column keys.kid', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column keys.pkcs7', 'varchar(4096)'
        UNION ALL SELECT 'column keys.revoked_at', 'varchar(255)'
        UNION ALL SELECT 'column keys.tenant_id', 'varchar(255)'
        UNION ALL SELECT 'column keys.thumbprint', 'varchar(256)'
        UNION ALL SELECT 'column keys.type', 'varchar(50) NOT NULL DEFAULT ''jwt_signing'''
        UNION ALL SELECT 'column keys.type', 'varchar(50) NOT NULL DEFAULT jwt_signing'
        UNION ALL SELECT 'column kysely_migration.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column kysely_migration.timestamp', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column kysely_migration_lock.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column log_streams.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column log_streams.filters', 'text'
        UNION ALL SELECT 'column log_streams.id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column log_streams.is_priority', 'tinyint(1)'
        UNION ALL SELECT 'column log_streams.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column log_streams.sink', 'text NOT NULL'
        UNION ALL SELECT 'column log_streams.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column log_streams.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column log_streams.type', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column log_streams.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column login_sessions.auth0Client', 'varchar(255)'
        UNION ALL SELECT 'column login_sessions.auth_connection', 'varchar(255)'
        UNION ALL SELECT 'column login_sessions.auth_params', 'text'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy', 'varchar(64)'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy_type', 'varchar(64)'
        UNION ALL SELECT 'column login_sessions.authenticated_at', 'varchar(35)'
        UNION ALL SELECT 'column login_sessions.authorization_url', 'text'
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'bigint'
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column login_sessions.csrf_token', 'varchar(26)'
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column login_sessions.failure_reason', 'text'
        UNION ALL SELECT 'column login_sessions.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column login_sessions.ip', 'varchar(39)'
        UNION ALL SELECT 'column login_sessions.session_id', 'varchar(26)'
        UNION ALL SELECT 'column login_sessions.state', 'varchar(50) DEFAULT ''pending'''
        UNION ALL SELECT 'column login_sessions.state', 'varchar(50) DEFAULT pending'
        UNION ALL SELECT 'column login_sessions.state_data', 'text'
        UNION ALL SELECT 'column login_sessions.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'bigint'
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column login_sessions.user_id', 'varchar(255)'
        UNION ALL SELECT 'column login_sessions.useragent', 'text'
        UNION ALL SELECT 'column logs.audience', 'varchar(255)'
        UNION ALL SELECT 'column logs.auth0_client', 'varchar(8192)'
        UNION ALL SELECT 'column logs.category', 'varchar(255)'
        UNION ALL SELECT 'column logs.city_name', 'varchar(255)'
        UNION ALL SELECT 'column logs.client_id', 'varchar(255)'
        UNION ALL SELECT 'column logs.client_name', 'varchar(255)'
        UNION ALL SELECT 'column logs.connection', 'varchar(255)'
        UNION ALL SELECT 'column logs.connection_id', 'varchar(255)'
        UNION ALL SELECT 'column logs.continent_code', 'varchar(2)'
        UNION ALL SELECT 'column logs.country_code', 'varchar(2)'
        UNION ALL SELECT 'column logs.date', 'varchar(25) NOT NULL'
        UNION ALL SELECT 'column logs.description', 'varchar(255)'
        UNION ALL SELECT 'column logs.details', 'varchar(2048)'
        UNION ALL SELECT 'column logs.hostname', 'varchar(255)'
        UNION ALL SELECT 'column logs.ip', 'varchar(255)'
        UNION ALL SELECT 'column logs.isMobile', 'int'
        UNION ALL SELECT 'column logs.isMobile', 'int(11)'
        UNION ALL SELECT 'column logs.latitude', 'varchar(255)'
        UNION ALL SELECT 'column logs.log_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column logs.longitude', 'varchar(255)'
        UNION ALL SELECT 'column logs.scope', 'varchar(255)'
        UNION ALL SELECT 'column logs.session_connection', 'varchar(255)'
        UNION ALL SELECT 'column logs.strategy', 'varchar(255)'
        UNION ALL SELECT 'column logs.strategy_type', 'varchar(255)'
        UNION ALL SELECT 'column logs.tenant_id', 'varchar(64)'
        UNION ALL SELECT 'column logs.time_zone', 'varchar(255)'
        UNION ALL SELECT 'column logs.type', 'varchar(8) NOT NULL'
        UNION ALL SELECT 'column logs.user_agent', 'varchar(255)'
        UNION ALL SELECT 'column logs.user_id', 'varchar(64)'
        UNION ALL SELECT 'column logs.user_name', 'varchar(255)'
        UNION ALL SELECT 'column migration_sources.connection', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migration_sources.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column migration_sources.credentials', 'text NOT NULL'
        UNION ALL SELECT 'column migration_sources.enabled', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column migration_sources.id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column migration_sources.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migration_sources.provider', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column migration_sources.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column migration_sources.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column migrations.client_id', 'varchar(255)'
        UNION ALL SELECT 'column migrations.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migrations.domain', 'varchar(255)'
        UNION ALL SELECT 'column migrations.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migrations.origin', 'varchar(255)'
        UNION ALL SELECT 'column migrations.provider', 'varchar(255)'
        UNION ALL SELECT 'column migrations.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migrations.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column organization_connections.assign_membership_on_login', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column organization_connections.connection_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column organization_connections.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column organization_connections.is_signup_enabled', 'tinyint(1) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column organization_connections.organization_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column organization_connections.show_as_button', 'tinyint(1) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column organization_connections.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column organization_connections.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column organizations.branding', 'text'
        UNION ALL SELECT 'column organizations.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column organizations.display_name', 'varchar(256)'
        UNION ALL SELECT 'column organizations.enabled_connections', 'text'
        UNION ALL SELECT 'column organizations.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column organizations.metadata', 'text'
        UNION ALL SELECT 'column organizations.name', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column organizations.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column organizations.token_quota', 'text'
        UNION ALL SELECT 'column organizations.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column outbox_events.aggregate_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column outbox_events.aggregate_type', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column outbox_events.claim_expires_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.claimed_by', 'varchar(64)'
        UNION ALL SELECT 'column outbox_events.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column outbox_events.dead_lettered_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.error', 'text'
        UNION ALL SELECT 'column outbox_events.event_type', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column outbox_events.final_error', 'text'
        UNION ALL SELECT 'column outbox_events.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column outbox_events.log_type', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column outbox_events.next_retry_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.payload', 'text NOT NULL'
        UNION ALL SELECT 'column outbox_events.processed_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.retry_count', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column outbox_events.retry_count', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column outbox_events.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT ''bcrypt'''
        UNION ALL SELECT 'column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT bcrypt'
        UNION ALL SELECT 'column passwords.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column passwords.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column passwords.is_current', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column passwords.is_current', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column passwords.password', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column passwords.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column passwords.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column passwords.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column prompt_settings.identifier_first', 'tinyint(1) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column prompt_settings.password_first', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column prompt_settings.tenant_id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT ''new'''
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT new'
        UNION ALL SELECT 'column prompt_settings.webauthn_platform_first_factor', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column proxy_routes.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.custom_domain_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT ''[]'''
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT []'
        UNION ALL SELECT 'column proxy_routes.id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT ''{"path":"/*"}'''
        UNION ALL SELECT 'column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT {"path":"/*"}'
        UNION ALL SELECT 'column proxy_routes.priority', 'int NOT NULL DEFAULT 100'
        UNION ALL SELECT 'column proxy_routes.priority', 'int(11) NOT NULL DEFAULT 100'
        UNION ALL SELECT 'column proxy_routes.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.device', 'text NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.family_id', 'varchar(26)'
        UNION ALL SELECT 'column refresh_tokens.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.login_id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.resource_servers', 'text NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.rotated_to', 'varchar(26)'
        UNION ALL SELECT 'column refresh_tokens.rotating', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.token_hash', 'varchar(64)'
        UNION ALL SELECT 'column refresh_tokens.token_lookup', 'varchar(16)'
        UNION ALL SELECT 'column refresh_tokens.user_id', 'varchar(255)'
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'int'
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'int(11)'
        UNION ALL SELECT 'column resource_servers.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column resource_servers.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column resource_servers.identifier', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column resource_servers.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column resource_servers.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column resource_servers.metadata', 'varchar(4096)'
        UNION ALL SELECT 'column resource_servers.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column resource_servers.options', 'varchar(4096)'
        UNION ALL SELECT 'column resource_servers.scopes', 'varchar(4096)'
        UNION ALL SELECT 'column resource_servers.signing_alg', 'varchar(64)'
        UNION ALL SELECT 'column resource_servers.signing_secret', 'varchar(2048)'
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int'
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int(11)'
        UNION ALL SELECT 'column resource_servers.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'int'
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'int(11)'
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'int'
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'int(11)'
        UNION ALL SELECT 'column resource_servers.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column resource_servers.verification_key', 'varchar(4096)'
        UNION ALL SELECT 'column role_permissions.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column role_permissions.permission_name', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column role_permissions.resource_server_identifier', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column role_permissions.role_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column role_permissions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column roles.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column roles.description', 'varchar(255)'
        UNION ALL SELECT 'column roles.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column roles.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column roles.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column roles.metadata', 'varchar(4096)'
        UNION ALL SELECT 'column roles.name', 'varchar(50) NOT NULL'
        UNION ALL SELECT 'column roles.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column roles.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column rollouts.canary_tenant_ids', 'text'
        UNION ALL SELECT 'column rollouts.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column rollouts.filter', 'text'
        UNION ALL SELECT 'column rollouts.finished_at', 'varchar(35)'
        UNION ALL SELECT 'column rollouts.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column rollouts.initiated_by', 'varchar(255)'
        UNION ALL SELECT 'column rollouts.kind', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column rollouts.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column rollouts.target_database_version', 'varchar(255)'
        UNION ALL SELECT 'column rollouts.target_worker_version', 'varchar(255)'
        UNION ALL SELECT 'column rollouts.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column rollouts.wave_size', 'int NOT NULL DEFAULT 10'
        UNION ALL SELECT 'column rollouts.wave_size', 'int(11) NOT NULL DEFAULT 10'
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.clients', 'text NOT NULL'
        UNION ALL SELECT 'column sessions.created_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.device', 'text NOT NULL'
        UNION ALL SELECT 'column sessions.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.login_session_id', 'varchar(26)'
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column sessions.updated_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.updated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.used_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.used_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.user_id', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column tenant_operation_events.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.detail', 'text'
        UNION ALL SELECT 'column tenant_operation_events.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.operation_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.outcome', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.step', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.current_step', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.engine', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.engine_instance_id', 'varchar(100)'
        UNION ALL SELECT 'column tenant_operations.error', 'text'
        UNION ALL SELECT 'column tenant_operations.finished_at', 'varchar(35)'
        UNION ALL SELECT 'column tenant_operations.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.initiated_by', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.kind', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.rollout_id', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.target_database_version', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.target_worker_version', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.tenant_id', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column tenants.acr_values_supported', 'text'
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'int'
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'int(11)'
        UNION ALL SELECT 'column tenants.allowed_logout_urls', 'text'
        UNION ALL SELECT 'column tenants.attack_protection', 'text'
        UNION ALL SELECT 'column tenants.audience', 'varchar(255)'
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'int'
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'int(11)'
        UNION ALL SELECT 'column tenants.bundle_configuration', 'varchar(64)'
        UNION ALL SELECT 'column tenants.change_password', 'text'
        UNION ALL SELECT 'column tenants.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'int'
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'int(11)'
        UNION ALL SELECT 'column tenants.d1_database_id', 'varchar(64)'
        UNION ALL SELECT 'column tenants.database_version', 'varchar(64)'
        UNION ALL SELECT 'column tenants.default_audience', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_client_id', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_directory', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_organization', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_redirection_uri', 'text'
        UNION ALL SELECT 'column tenants.default_token_quota', 'text'
        UNION ALL SELECT 'column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT ''shared'''
        UNION ALL SELECT 'column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT shared'
        UNION ALL SELECT 'column tenants.device_flow', 'text'
        UNION ALL SELECT 'column tenants.enabled_locales', 'text'
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.error_page', 'text'
        UNION ALL SELECT 'column tenants.flags', 'text'
        UNION ALL SELECT 'column tenants.friendly_name', 'varchar(255)'
        UNION ALL SELECT 'column tenants.guardian_mfa_page', 'text'
        UNION ALL SELECT 'column tenants.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.legacy_sandbox_version', 'varchar(50)'
        UNION ALL SELECT 'column tenants.mfa', 'text'
        UNION ALL SELECT 'column tenants.mtls', 'text'
        UNION ALL SELECT 'column tenants.oidc_logout', 'text'
        UNION ALL SELECT 'column tenants.picture_url', 'text'
        UNION ALL SELECT 'column tenants.provisioning_error', 'varchar(2048)'
        UNION ALL SELECT 'column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ''ready'''
        UNION ALL SELECT 'column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ready'
        UNION ALL SELECT 'column tenants.provisioning_state_changed_at', 'varchar(35)'
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'int'
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'int(11)'
        UNION ALL SELECT 'column tenants.sandbox_version', 'varchar(50)'
        UNION ALL SELECT 'column tenants.sandbox_versions_available', 'text'
        UNION ALL SELECT 'column tenants.sender_email', 'varchar(255)'
        UNION ALL SELECT 'column tenants.sender_name', 'varchar(255)'
        UNION ALL SELECT 'column tenants.session_cookie', 'text'
        UNION ALL SELECT 'column tenants.session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.sessions', 'text'
        UNION ALL SELECT 'column tenants.storage_kind', 'varchar(32)'
        UNION ALL SELECT 'column tenants.support_email', 'varchar(255)'
        UNION ALL SELECT 'column tenants.support_url', 'varchar(255)'
        UNION ALL SELECT 'column tenants.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenants.worker_script_name', 'varchar(255)'
        UNION ALL SELECT 'column tenants.worker_version', 'varchar(64)'
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_buttons_style', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_inputs_style', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.borders_show_widget_shadow', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.colors_base_focus_color', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_base_hover_color', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_body_text', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_captcha_widget_theme', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_error', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_header', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_icons', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_background', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_border', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_filled_text', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_labels_placeholders', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_links_focused_components', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_primary_button', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_primary_button_label', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_secondary_button_border', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_secondary_button_label', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_success', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_widget_background', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_widget_border', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column themes.displayName', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_font_url', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_bold', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_style', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_subtitle_bold', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_title_bold', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_title_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_title_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.page_background_background_color', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.page_background_background_image_url', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.page_background_page_layout', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.themeId', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column themes.widget_header_text_alignment', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_height', 'int NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_height', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_position', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_url', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.widget_social_buttons_layout', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.body', 'text NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'int NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'int(11) NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'int NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'int(11) NOT NULL'
        UNION ALL SELECT 'column user_activity.failed_logins', 'text'
        UNION ALL SELECT 'column user_activity.last_ip', 'varchar(45)'
        UNION ALL SELECT 'column user_activity.last_login', 'varchar(35)'
        UNION ALL SELECT 'column user_activity.last_password_reset', 'varchar(35)'
        UNION ALL SELECT 'column user_activity.login_count', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column user_activity.login_count', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column user_activity.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column user_activity.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column user_organizations.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_organizations.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column user_organizations.organization_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column user_organizations.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_organizations.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_organizations.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_permissions.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT '
        UNION ALL SELECT 'column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column user_permissions.permission_name', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_permissions.resource_server_identifier', 'varchar(100) NOT NULL'
        UNION ALL SELECT 'column user_permissions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_permissions.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_roles.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT '
        UNION ALL SELECT 'column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column user_roles.role_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column users.address', 'text'
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column users.birthdate', 'varchar(10)'
        UNION ALL SELECT 'column users.connection', 'varchar(255)'
        UNION ALL SELECT 'column users.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column users.email', 'varchar(255)'
        UNION ALL SELECT 'column users.email_verified', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column users.family_name', 'varchar(255)'
        UNION ALL SELECT 'column users.gender', 'varchar(50)'
        UNION ALL SELECT 'column users.given_name', 'varchar(255)'
        UNION ALL SELECT 'column users.is_social', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column users.linked_to', 'varchar(255)'
        UNION ALL SELECT 'column users.locale', 'varchar(64)'
        UNION ALL SELECT 'column users.middle_name', 'varchar(100)'
        UNION ALL SELECT 'column users.name', 'varchar(255)'
        UNION ALL SELECT 'column users.nickname', 'varchar(255)'
        UNION ALL SELECT 'column users.phone_number', 'varchar(17)'
        UNION ALL SELECT 'column users.phone_verified', 'tinyint(1)'
        UNION ALL SELECT 'column users.picture', 'text'
        UNION ALL SELECT 'column users.preferred_username', 'varchar(255)'
        UNION ALL SELECT 'column users.profile', 'text'
        UNION ALL SELECT 'column users.profileData', 'text'
        UNION ALL SELECT 'column users.provider', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column users.registration_completed_at', 'varchar(35)'
        UNION ALL SELECT 'column users.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column users.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column users.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column users.user_metadata', 'text'
        UNION ALL SELECT 'column users.username', 'varchar(128)'
        UNION ALL SELECT 'column users.website', 'text'
        UNION ALL SELECT 'column users.zoneinfo', 'varchar(100)'
        UNION ALL SELECT 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key branding.branding_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key client_grants.client_grants_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key client_grants.fk_client_grants_clients', 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key clients.clients_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key codes.codes_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key codes.codes_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key connections.connections_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key custom_domains.custom_domains_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key custom_text.custom_text_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key email_templates.email_templates_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key grants.grants_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key grants.grants_user_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key hooks.hooks_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key keys.keys_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_session_fk', 'tenant_id, session_id -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key migrations.migrations_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_connection_fk', 'tenant_id, connection_id -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_organization_fk', 'organization_id -> organizations (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwords.passwords_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key sessions.sessions_user_fk', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenant_operation_events.tenant_operation_events_operation_id_constraint', 'operation_id -> tenant_operations (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key themes.themes_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_activity.user_activity_user_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key users.linked_to_constraint', 'linked_to, tenant_id -> users (user_id, tenant_id) ON DELETE RESTRICT ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key users.users_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'index action_executions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index action_executions.idx_action_executions_tenant', 'tenant_id, id'
        UNION ALL SELECT 'index action_versions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index action_versions.idx_action_versions_action', 'tenant_id, action_id'
        UNION ALL SELECT 'index action_versions.uniq_action_versions_action_number', 'UNIQUE tenant_id, action_id, number'
        UNION ALL SELECT 'index actions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index actions.idx_actions_tenant', 'tenant_id'
        UNION ALL SELECT 'index authentication_methods.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index authentication_methods.authentication_methods_credential_id_idx', 'credential_id'
        UNION ALL SELECT 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'tenant_id, user_id'
        UNION ALL SELECT 'index branding.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index client_grants.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index client_grants.idx_client_grants_audience', 'audience'
        UNION ALL SELECT 'index client_grants.uq_client_grants_tenant_client_audience', 'UNIQUE tenant_id, client_id, audience'
        UNION ALL SELECT 'index client_registration_tokens.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_client', 'tenant_id, client_id'
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_hash', 'UNIQUE tenant_id, token_hash'
        UNION ALL SELECT 'index clients.PRIMARY', 'UNIQUE tenant_id, client_id'
        UNION ALL SELECT 'index clients.idx_clients_owner_user_id', 'tenant_id, owner_user_id'
        UNION ALL SELECT 'index codes.PRIMARY', 'UNIQUE code_id, code_type'
        UNION ALL SELECT 'index codes.codes_user_id_tenant_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index codes.idx_codes_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index codes.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index connections.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index control_plane_comm_keys.PRIMARY', 'UNIQUE kid'
        UNION ALL SELECT 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'tenant_id, created_at'
        UNION ALL SELECT 'index custom_domains.PRIMARY', 'UNIQUE custom_domain_id'
        UNION ALL SELECT 'index custom_domains.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index custom_text.PRIMARY', 'UNIQUE tenant_id, prompt, language'
        UNION ALL SELECT 'index email_providers.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index email_templates.PRIMARY', 'UNIQUE tenant_id, template'
        UNION ALL SELECT 'index flows.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index flows.flows_tenant_id_idx', 'tenant_id'
        UNION ALL SELECT 'index forms.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index forms.forms_tenant_id_idx', 'tenant_id'
        UNION ALL SELECT 'index grants.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index grants.grants_natural_key_idx', 'UNIQUE tenant_id, user_id, client_id, audience'
        UNION ALL SELECT 'index grants.grants_tenant_user_idx', 'tenant_id, user_id'
        UNION ALL SELECT 'index grants.grants_user_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index hook_code.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index hook_code.idx_hook_code_tenant', 'tenant_id'
        UNION ALL SELECT 'index hooks.PRIMARY', 'UNIQUE hook_id'
        UNION ALL SELECT 'index hooks.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index invites.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index invites.idx_invites_expires_at', 'expires_at'
        UNION ALL SELECT 'index invites.idx_invites_organization_id', 'organization_id'
        UNION ALL SELECT 'index invites.idx_invites_tenant_created', 'tenant_id, created_at'
        UNION ALL SELECT 'index keys.PRIMARY', 'UNIQUE kid'
        UNION ALL SELECT 'index keys.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index kysely_migration.PRIMARY', 'UNIQUE name'
        UNION ALL SELECT 'index kysely_migration_lock.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index log_streams.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index log_streams.idx_log_streams_tenant_id', 'tenant_id'
        UNION ALL SELECT 'index login_sessions.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index login_sessions.idx_login_sessions_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index login_sessions.login_sessions_id_index', 'id'
        UNION ALL SELECT 'index login_sessions.login_sessions_session_fk', 'tenant_id, session_id'
        UNION ALL SELECT 'index login_sessions.login_sessions_state_idx', 'state'
        UNION ALL SELECT 'index login_sessions.login_sessions_state_updated_idx', 'state'
        UNION ALL SELECT 'index login_sessions.login_sessions_tenant_user_idx', 'tenant_id, user_id'
        UNION ALL SELECT 'index logs.PRIMARY', 'UNIQUE log_id'
        UNION ALL SELECT 'index migration_sources.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index migration_sources.idx_migration_sources_tenant_id', 'tenant_id'
        UNION ALL SELECT 'index migrations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index migrations.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_connection', 'tenant_id, connection_id'
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_org', 'tenant_id, organization_id'
        UNION ALL SELECT 'index organization_connections.organization_connections_organization_fk', 'organization_id'
        UNION ALL SELECT 'index organization_connections.organization_connections_unique', 'UNIQUE tenant_id, organization_id, connection_id'
        UNION ALL SELECT 'index organizations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index organizations.idx_organizations_tenant_name_unique', 'UNIQUE tenant_id, name'
        UNION ALL SELECT 'index outbox_events.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index outbox_events.idx_outbox_claim', 'processed_at, claim_expires_at, next_retry_at, created_at'
        UNION ALL SELECT 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'tenant_id, dead_lettered_at'
        UNION ALL SELECT 'index outbox_events.idx_outbox_tenant_type', 'tenant_id, event_type, created_at'
        UNION ALL SELECT 'index outbox_events.idx_outbox_unprocessed', 'processed_at, created_at'
        UNION ALL SELECT 'index passwords.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index passwords.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index prompt_settings.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index proxy_routes.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'custom_domain_id'
        UNION ALL SELECT 'index proxy_routes.proxy_routes_tenant_id_idx', 'tenant_id'
        UNION ALL SELECT 'index refresh_tokens.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_family_id', 'tenant_id, family_id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'idle_expires_at_ts'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_login_id', 'login_id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'tenant_id, token_lookup'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_user_id', 'tenant_id, user_id'
        UNION ALL SELECT 'index refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id'
        UNION ALL SELECT 'index resource_servers.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index resource_servers.resource_servers_tenant_identifier_uq', 'UNIQUE tenant_id, identifier'
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE tenant_id, role_id, resource_server_identifier, permission_name'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name'
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index roles.roles_tenant_name_uq', 'UNIQUE tenant_id, name'
        UNION ALL SELECT 'index rollouts.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index sessions.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index sessions.idx_sessions_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index sessions.idx_sessions_idle_expires_at_ts', 'idle_expires_at_ts'
        UNION ALL SELECT 'index sessions.idx_sessions_user_id', 'tenant_id, user_id'
        UNION ALL SELECT 'index sessions.sessions_user_fk', 'user_id, tenant_id'
        UNION ALL SELECT 'index tenant_operation_events.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'operation_id, created_at'
        UNION ALL SELECT 'index tenant_operations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_rollout_id_idx', 'rollout_id'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_status_idx', 'status'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'tenant_id, created_at'
        UNION ALL SELECT 'index tenants.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index themes.PRIMARY', 'UNIQUE tenant_id, themeId'
        UNION ALL SELECT 'index universal_login_templates.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index user_activity.PRIMARY', 'UNIQUE tenant_id, user_id'
        UNION ALL SELECT 'index user_activity.user_activity_user_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index user_organizations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_organization_id', 'organization_id'
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_user_id', 'user_id'
        UNION ALL SELECT 'index user_organizations.user_organizations_unique', 'UNIQUE tenant_id, user_id, organization_id'
        UNION ALL SELECT 'index user_permissions.PRIMARY', 'UNIQUE tenant_id, user_id, resource_server_identifier, permission_name, organization_id'
        UNION ALL SELECT 'index user_permissions.user_permissions_organization_fk', 'organization_id'
        UNION ALL SELECT 'index user_permissions.user_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name'
        UNION ALL SELECT 'index user_permissions.user_permissions_user_fk', 'tenant_id, user_id'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE tenant_id, user_id, role_id, organization_id'
        UNION ALL SELECT 'index user_roles.user_roles_organization_fk', 'organization_id'
        UNION ALL SELECT 'index user_roles.user_roles_role_fk', 'tenant_id, role_id'
        UNION ALL SELECT 'index user_roles.user_roles_user_fk', 'tenant_id, user_id'
        UNION ALL SELECT 'index users.PRIMARY', 'UNIQUE user_id, tenant_id'
        UNION ALL SELECT 'index users.linked_to_constraint', 'linked_to, tenant_id'
        UNION ALL SELECT 'index users.unique_email_provider', 'UNIQUE email, provider, tenant_id'
        UNION ALL SELECT 'index users.unique_phone_provider', 'UNIQUE phone_number, provider, tenant_id'
        UNION ALL SELECT 'index users.unique_username_provider', 'UNIQUE username, provider, tenant_id'
        UNION ALL SELECT 'index users.users_email_index', 'email'
        UNION ALL SELECT 'index users.users_linked_to_index', 'linked_to'
        UNION ALL SELECT 'index users.users_name_index', 'name'
        UNION ALL SELECT 'index users.users_phone_tenant_provider_index', 'tenant_id, phone_number, provider'
        UNION ALL SELECT 'table action_executions', 'present'
        UNION ALL SELECT 'table action_versions', 'present'
        UNION ALL SELECT 'table actions', 'present'
        UNION ALL SELECT 'table authentication_methods', 'present'
        UNION ALL SELECT 'table branding', 'present'
        UNION ALL SELECT 'table client_grants', 'present'
        UNION ALL SELECT 'table client_registration_tokens', 'present'
        UNION ALL SELECT 'table clients', 'present'
        UNION ALL SELECT 'table codes', 'present'
        UNION ALL SELECT 'table connections', 'present'
        UNION ALL SELECT 'table control_plane_comm_keys', 'present'
        UNION ALL SELECT 'table custom_domains', 'present'
        UNION ALL SELECT 'table custom_text', 'present'
        UNION ALL SELECT 'table email_providers', 'present'
        UNION ALL SELECT 'table email_templates', 'present'
        UNION ALL SELECT 'table flows', 'present'
        UNION ALL SELECT 'table forms', 'present'
        UNION ALL SELECT 'table grants', 'present'
        UNION ALL SELECT 'table hook_code', 'present'
        UNION ALL SELECT 'table hooks', 'present'
        UNION ALL SELECT 'table invites', 'present'
        UNION ALL SELECT 'table keys', 'present'
        UNION ALL SELECT 'table kysely_migration', 'present'
        UNION ALL SELECT 'table kysely_migration_lock', 'present'
        UNION ALL SELECT 'table log_streams', 'present'
        UNION ALL SELECT 'table login_sessions', 'present'
        UNION ALL SELECT 'table logs', 'present'
        UNION ALL SELECT 'table migration_sources', 'present'
        UNION ALL SELECT 'table migrations', 'present'
        UNION ALL SELECT 'table organization_connections', 'present'
        UNION ALL SELECT 'table organizations', 'present'
        UNION ALL SELECT 'table outbox_events', 'present'
        UNION ALL SELECT 'table passwords', 'present'
        UNION ALL SELECT 'table prompt_settings', 'present'
        UNION ALL SELECT 'table proxy_routes', 'present'
        UNION ALL SELECT 'table refresh_tokens', 'present'
        UNION ALL SELECT 'table resource_servers', 'present'
        UNION ALL SELECT 'table role_permissions', 'present'
        UNION ALL SELECT 'table roles', 'present'
        UNION ALL SELECT 'table rollouts', 'present'
        UNION ALL SELECT 'table sessions', 'present'
        UNION ALL SELECT 'table tenant_operation_events', 'present'
        UNION ALL SELECT 'table tenant_operations', 'present'
        UNION ALL SELECT 'table tenants', 'present'
        UNION ALL SELECT 'table themes', 'present'
        UNION ALL SELECT 'table universal_login_templates', 'present'
        UNION ALL SELECT 'table user_activity', 'present'
        UNION ALL SELECT 'table user_organizations', 'present'
        UNION ALL SELECT 'table user_permissions', 'present'
        UNION ALL SELECT 'table user_roles', 'present'
        UNION ALL SELECT 'table users', 'present') a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY))
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m FROM (SELECT NULL AS k, NULL AS m FROM DUAL WHERE FALSE) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)
    UNION ALL
    SELECT 4, i.m FROM (SELECT 'table actions' AS a, 'column actions.code' AS b, 'table actions has no column code, which this script creates together with table actions' AS m
        UNION ALL SELECT 'column actions.code', 'table actions', 'table actions is missing, which this script creates together with column code of table actions'
        UNION ALL SELECT 'table actions', 'column actions.created_at_ts', 'table actions has no column created_at_ts, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.created_at_ts', 'table actions', 'table actions is missing, which this script creates together with column created_at_ts of table actions'
        UNION ALL SELECT 'table actions', 'column actions.dependencies', 'table actions has no column dependencies, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.dependencies', 'table actions', 'table actions is missing, which this script creates together with column dependencies of table actions'
        UNION ALL SELECT 'table actions', 'column actions.deployed_at_ts', 'table actions has no column deployed_at_ts, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.deployed_at_ts', 'table actions', 'table actions is missing, which this script creates together with column deployed_at_ts of table actions'
        UNION ALL SELECT 'table actions', 'column actions.id', 'table actions has no column id, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.id', 'table actions', 'table actions is missing, which this script creates together with column id of table actions'
        UNION ALL SELECT 'table actions', 'column actions.inherit', 'table actions has no column inherit, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.inherit', 'table actions', 'table actions is missing, which this script creates together with column inherit of table actions'
        UNION ALL SELECT 'table actions', 'column actions.is_system', 'table actions has no column is_system, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.is_system', 'table actions', 'table actions is missing, which this script creates together with column is_system of table actions'
        UNION ALL SELECT 'table actions', 'column actions.name', 'table actions has no column name, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.name', 'table actions', 'table actions is missing, which this script creates together with column name of table actions'
        UNION ALL SELECT 'table actions', 'column actions.runtime', 'table actions has no column runtime, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.runtime', 'table actions', 'table actions is missing, which this script creates together with column runtime of table actions'
        UNION ALL SELECT 'table actions', 'column actions.secrets', 'table actions has no column secrets, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.secrets', 'table actions', 'table actions is missing, which this script creates together with column secrets of table actions'
        UNION ALL SELECT 'table actions', 'column actions.status', 'table actions has no column status, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.status', 'table actions', 'table actions is missing, which this script creates together with column status of table actions'
        UNION ALL SELECT 'table actions', 'column actions.supported_triggers', 'table actions has no column supported_triggers, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.supported_triggers', 'table actions', 'table actions is missing, which this script creates together with column supported_triggers of table actions'
        UNION ALL SELECT 'table actions', 'column actions.tenant_id', 'table actions has no column tenant_id, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.tenant_id', 'table actions', 'table actions is missing, which this script creates together with column tenant_id of table actions'
        UNION ALL SELECT 'table actions', 'column actions.updated_at_ts', 'table actions has no column updated_at_ts, which this script creates together with table actions'
        UNION ALL SELECT 'column actions.updated_at_ts', 'table actions', 'table actions is missing, which this script creates together with column updated_at_ts of table actions'
        UNION ALL SELECT 'table actions', 'index actions.PRIMARY', 'table actions has no index PRIMARY, which this script creates together with table actions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.created_at_ts', 'table action_executions has no column created_at_ts, which this script creates together with table action_executions'
        UNION ALL SELECT 'column action_executions.created_at_ts', 'table action_executions', 'table action_executions is missing, which this script creates together with column created_at_ts of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.id', 'table action_executions has no column id, which this script creates together with table action_executions'
        UNION ALL SELECT 'column action_executions.id', 'table action_executions', 'table action_executions is missing, which this script creates together with column id of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.logs', 'table action_executions has no column logs, which this script creates together with table action_executions'
        UNION ALL SELECT 'column action_executions.logs', 'table action_executions', 'table action_executions is missing, which this script creates together with column logs of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.results', 'table action_executions has no column results, which this script creates together with table action_executions'
        UNION ALL SELECT 'column action_executions.results', 'table action_executions', 'table action_executions is missing, which this script creates together with column results of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.status', 'table action_executions has no column status, which this script creates together with table action_executions'
        UNION ALL SELECT 'column action_executions.status', 'table action_executions', 'table action_executions is missing, which this script creates together with column status of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.tenant_id', 'table action_executions has no column tenant_id, which this script creates together with table action_executions'
        UNION ALL SELECT 'column action_executions.tenant_id', 'table action_executions', 'table action_executions is missing, which this script creates together with column tenant_id of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.trigger_id', 'table action_executions has no column trigger_id, which this script creates together with table action_executions'
        UNION ALL SELECT 'column action_executions.trigger_id', 'table action_executions', 'table action_executions is missing, which this script creates together with column trigger_id of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.updated_at_ts', 'table action_executions has no column updated_at_ts, which this script creates together with table action_executions'
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'table action_executions', 'table action_executions is missing, which this script creates together with column updated_at_ts of table action_executions'
        UNION ALL SELECT 'table action_executions', 'index action_executions.PRIMARY', 'table action_executions has no index PRIMARY, which this script creates together with table action_executions'
        UNION ALL SELECT 'table action_executions', 'table actions', 'table actions is missing, which this script creates before table action_executions'
        UNION ALL SELECT 'table action_executions', 'index actions.idx_actions_tenant', 'table actions has no index idx_actions_tenant, which this script creates before table action_executions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.action_id', 'table action_versions has no column action_id, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.action_id', 'table action_versions', 'table action_versions is missing, which this script creates together with column action_id of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.code', 'table action_versions has no column code, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.code', 'table action_versions', 'table action_versions is missing, which this script creates together with column code of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.created_at_ts', 'table action_versions has no column created_at_ts, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.created_at_ts', 'table action_versions', 'table action_versions is missing, which this script creates together with column created_at_ts of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.dependencies', 'table action_versions has no column dependencies, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.dependencies', 'table action_versions', 'table action_versions is missing, which this script creates together with column dependencies of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.deployed', 'table action_versions has no column deployed, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.deployed', 'table action_versions', 'table action_versions is missing, which this script creates together with column deployed of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.id', 'table action_versions has no column id, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.id', 'table action_versions', 'table action_versions is missing, which this script creates together with column id of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.number', 'table action_versions has no column number, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.number', 'table action_versions', 'table action_versions is missing, which this script creates together with column number of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.runtime', 'table action_versions has no column runtime, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.runtime', 'table action_versions', 'table action_versions is missing, which this script creates together with column runtime of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.secrets', 'table action_versions has no column secrets, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.secrets', 'table action_versions', 'table action_versions is missing, which this script creates together with column secrets of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.supported_triggers', 'table action_versions has no column supported_triggers, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.supported_triggers', 'table action_versions', 'table action_versions is missing, which this script creates together with column supported_triggers of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.tenant_id', 'table action_versions has no column tenant_id, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.tenant_id', 'table action_versions', 'table action_versions is missing, which this script creates together with column tenant_id of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.updated_at_ts', 'table action_versions has no column updated_at_ts, which this script creates together with table action_versions'
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'table action_versions', 'table action_versions is missing, which this script creates together with column updated_at_ts of table action_versions'
        UNION ALL SELECT 'table action_versions', 'index action_versions.PRIMARY', 'table action_versions has no index PRIMARY, which this script creates together with table action_versions'
        UNION ALL SELECT 'table action_versions', 'table action_executions', 'table action_executions is missing, which this script creates before table action_versions'
        UNION ALL SELECT 'table action_versions', 'index action_executions.idx_action_executions_tenant', 'table action_executions has no index idx_action_executions_tenant, which this script creates before table action_versions'
        UNION ALL SELECT 'table tenants', 'column tenants.acr_values_supported', 'table tenants has no column acr_values_supported, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.acr_values_supported', 'table tenants', 'table tenants is missing, which this script creates together with column acr_values_supported of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.allow_organization_name_in_authentication_api', 'table tenants has no column allow_organization_name_in_authentication_api, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'table tenants', 'table tenants is missing, which this script creates together with column allow_organization_name_in_authentication_api of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.allowed_logout_urls', 'table tenants has no column allowed_logout_urls, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.allowed_logout_urls', 'table tenants', 'table tenants is missing, which this script creates together with column allowed_logout_urls of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.attack_protection', 'table tenants has no column attack_protection, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.attack_protection', 'table tenants', 'table tenants is missing, which this script creates together with column attack_protection of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.audience', 'table tenants has no column audience, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.audience', 'table tenants', 'table tenants is missing, which this script creates together with column audience of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.authorization_response_iss_parameter_supported', 'table tenants has no column authorization_response_iss_parameter_supported, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'table tenants', 'table tenants is missing, which this script creates together with column authorization_response_iss_parameter_supported of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.bundle_configuration', 'table tenants has no column bundle_configuration, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.bundle_configuration', 'table tenants', 'table tenants is missing, which this script creates together with column bundle_configuration of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.change_password', 'table tenants has no column change_password, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.change_password', 'table tenants', 'table tenants is missing, which this script creates together with column change_password of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.created_at', 'table tenants has no column created_at, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.created_at', 'table tenants', 'table tenants is missing, which this script creates together with column created_at of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.customize_mfa_in_postlogin_action', 'table tenants has no column customize_mfa_in_postlogin_action, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'table tenants', 'table tenants is missing, which this script creates together with column customize_mfa_in_postlogin_action of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.d1_database_id', 'table tenants has no column d1_database_id, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.d1_database_id', 'table tenants', 'table tenants is missing, which this script creates together with column d1_database_id of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.database_version', 'table tenants has no column database_version, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.database_version', 'table tenants', 'table tenants is missing, which this script creates together with column database_version of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_audience', 'table tenants has no column default_audience, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.default_audience', 'table tenants', 'table tenants is missing, which this script creates together with column default_audience of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_client_id', 'table tenants has no column default_client_id, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.default_client_id', 'table tenants', 'table tenants is missing, which this script creates together with column default_client_id of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_directory', 'table tenants has no column default_directory, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.default_directory', 'table tenants', 'table tenants is missing, which this script creates together with column default_directory of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_organization', 'table tenants has no column default_organization, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.default_organization', 'table tenants', 'table tenants is missing, which this script creates together with column default_organization of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_redirection_uri', 'table tenants has no column default_redirection_uri, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.default_redirection_uri', 'table tenants', 'table tenants is missing, which this script creates together with column default_redirection_uri of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_token_quota', 'table tenants has no column default_token_quota, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.default_token_quota', 'table tenants', 'table tenants is missing, which this script creates together with column default_token_quota of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.deployment_type', 'table tenants has no column deployment_type, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.deployment_type', 'table tenants', 'table tenants is missing, which this script creates together with column deployment_type of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.device_flow', 'table tenants has no column device_flow, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.device_flow', 'table tenants', 'table tenants is missing, which this script creates together with column device_flow of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.enabled_locales', 'table tenants has no column enabled_locales, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.enabled_locales', 'table tenants', 'table tenants is missing, which this script creates together with column enabled_locales of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.ephemeral_session_lifetime', 'table tenants has no column ephemeral_session_lifetime, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'table tenants', 'table tenants is missing, which this script creates together with column ephemeral_session_lifetime of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.error_page', 'table tenants has no column error_page, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.error_page', 'table tenants', 'table tenants is missing, which this script creates together with column error_page of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.flags', 'table tenants has no column flags, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.flags', 'table tenants', 'table tenants is missing, which this script creates together with column flags of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.friendly_name', 'table tenants has no column friendly_name, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.friendly_name', 'table tenants', 'table tenants is missing, which this script creates together with column friendly_name of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.guardian_mfa_page', 'table tenants has no column guardian_mfa_page, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.guardian_mfa_page', 'table tenants', 'table tenants is missing, which this script creates together with column guardian_mfa_page of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.id', 'table tenants has no column id, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.id', 'table tenants', 'table tenants is missing, which this script creates together with column id of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.idle_ephemeral_session_lifetime', 'table tenants has no column idle_ephemeral_session_lifetime, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'table tenants', 'table tenants is missing, which this script creates together with column idle_ephemeral_session_lifetime of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.idle_session_lifetime', 'table tenants has no column idle_session_lifetime, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'table tenants', 'table tenants is missing, which this script creates together with column idle_session_lifetime of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.legacy_sandbox_version', 'table tenants has no column legacy_sandbox_version, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.legacy_sandbox_version', 'table tenants', 'table tenants is missing, which this script creates together with column legacy_sandbox_version of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.mfa', 'table tenants has no column mfa, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.mfa', 'table tenants', 'table tenants is missing, which this script creates together with column mfa of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.mtls', 'table tenants has no column mtls, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.mtls', 'table tenants', 'table tenants is missing, which this script creates together with column mtls of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.oidc_logout', 'table tenants has no column oidc_logout, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.oidc_logout', 'table tenants', 'table tenants is missing, which this script creates together with column oidc_logout of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.picture_url', 'table tenants has no column picture_url, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.picture_url', 'table tenants', 'table tenants is missing, which this script creates together with column picture_url of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.provisioning_error', 'table tenants has no column provisioning_error, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.provisioning_error', 'table tenants', 'table tenants is missing, which this script creates together with column provisioning_error of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.provisioning_state', 'table tenants has no column provisioning_state, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.provisioning_state', 'table tenants', 'table tenants is missing, which this script creates together with column provisioning_state of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.provisioning_state_changed_at', 'table tenants has no column provisioning_state_changed_at, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.provisioning_state_changed_at', 'table tenants', 'table tenants is missing, which this script creates together with column provisioning_state_changed_at of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.pushed_authorization_requests_supported', 'table tenants has no column pushed_authorization_requests_supported, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'table tenants', 'table tenants is missing, which this script creates together with column pushed_authorization_requests_supported of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.sandbox_version', 'table tenants has no column sandbox_version, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.sandbox_version', 'table tenants', 'table tenants is missing, which this script creates together with column sandbox_version of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.sandbox_versions_available', 'table tenants has no column sandbox_versions_available, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.sandbox_versions_available', 'table tenants', 'table tenants is missing, which this script creates together with column sandbox_versions_available of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.sender_email', 'table tenants has no column sender_email, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.sender_email', 'table tenants', 'table tenants is missing, which this script creates together with column sender_email of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.sender_name', 'table tenants has no column sender_name, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.sender_name', 'table tenants', 'table tenants is missing, which this script creates together with column sender_name of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.session_cookie', 'table tenants has no column session_cookie, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.session_cookie', 'table tenants', 'table tenants is missing, which this script creates together with column session_cookie of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.session_lifetime', 'table tenants has no column session_lifetime, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.session_lifetime', 'table tenants', 'table tenants is missing, which this script creates together with column session_lifetime of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.sessions', 'table tenants has no column sessions, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.sessions', 'table tenants', 'table tenants is missing, which this script creates together with column sessions of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.storage_kind', 'table tenants has no column storage_kind, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.storage_kind', 'table tenants', 'table tenants is missing, which this script creates together with column storage_kind of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.support_email', 'table tenants has no column support_email, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.support_email', 'table tenants', 'table tenants is missing, which this script creates together with column support_email of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.support_url', 'table tenants has no column support_url, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.support_url', 'table tenants', 'table tenants is missing, which this script creates together with column support_url of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.updated_at', 'table tenants has no column updated_at, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.updated_at', 'table tenants', 'table tenants is missing, which this script creates together with column updated_at of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.worker_script_name', 'table tenants has no column worker_script_name, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.worker_script_name', 'table tenants', 'table tenants is missing, which this script creates together with column worker_script_name of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.worker_version', 'table tenants has no column worker_version, which this script creates together with table tenants'
        UNION ALL SELECT 'column tenants.worker_version', 'table tenants', 'table tenants is missing, which this script creates together with column worker_version of table tenants'
        UNION ALL SELECT 'table tenants', 'index tenants.PRIMARY', 'table tenants has no index PRIMARY, which this script creates together with table tenants'
        UNION ALL SELECT 'table tenants', 'table action_versions', 'table action_versions is missing, which this script creates before table tenants'
        UNION ALL SELECT 'table tenants', 'index action_versions.uniq_action_versions_action_number', 'table action_versions has no index uniq_action_versions_action_number, which this script creates before table tenants'
        UNION ALL SELECT 'table tenants', 'index action_versions.idx_action_versions_action', 'table action_versions has no index idx_action_versions_action, which this script creates before table tenants'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.confirmed', 'table authentication_methods has no column confirmed, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.confirmed', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column confirmed of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.created_at_ts', 'table authentication_methods has no column created_at_ts, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column created_at_ts of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.credential_backed_up', 'table authentication_methods has no column credential_backed_up, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column credential_backed_up of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.credential_id', 'table authentication_methods has no column credential_id, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.credential_id', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column credential_id of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.friendly_name', 'table authentication_methods has no column friendly_name, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.friendly_name', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column friendly_name of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.id', 'table authentication_methods has no column id, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.id', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column id of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.phone_number', 'table authentication_methods has no column phone_number, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.phone_number', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column phone_number of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.public_key', 'table authentication_methods has no column public_key, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.public_key', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column public_key of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.sign_count', 'table authentication_methods has no column sign_count, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.sign_count', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column sign_count of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.tenant_id', 'table authentication_methods has no column tenant_id, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.tenant_id', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column tenant_id of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.totp_secret', 'table authentication_methods has no column totp_secret, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.totp_secret', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column totp_secret of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.transports', 'table authentication_methods has no column transports, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.transports', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column transports of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.type', 'table authentication_methods has no column type, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.type', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column type of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.updated_at_ts', 'table authentication_methods has no column updated_at_ts, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column updated_at_ts of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.user_id', 'table authentication_methods has no column user_id, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.user_id', 'table authentication_methods', 'table authentication_methods is missing, which this script creates together with column user_id of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'index authentication_methods.PRIMARY', 'table authentication_methods has no index PRIMARY, which this script creates together with table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'table tenants', 'table tenants is missing, which this script creates before table authentication_methods'
        UNION ALL SELECT 'table branding', 'column branding.colors_page_background_angle_dev', 'table branding has no column colors_page_background_angle_dev, which this script creates together with table branding'
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'table branding', 'table branding is missing, which this script creates together with column colors_page_background_angle_dev of table branding'
        UNION ALL SELECT 'table branding', 'column branding.colors_page_background_end', 'table branding has no column colors_page_background_end, which this script creates together with table branding'
        UNION ALL SELECT 'column branding.colors_page_background_end', 'table branding', 'table branding is missing, which this script creates together with column colors_page_background_end of table branding'
        UNION ALL SELECT 'table branding', 'column branding.colors_page_background_start', 'table branding has no column colors_page_background_start, which this script creates together with table branding'
        UNION ALL SELECT 'column branding.colors_page_background_start', 'table branding', 'table branding is missing, which this script creates together with column colors_page_background_start of table branding'
        UNION ALL SELECT 'table branding', 'column branding.colors_page_background_type', 'table branding has no column colors_page_background_type, which this script creates together with table branding'
        UNION ALL SELECT 'column branding.colors_page_background_type', 'table branding', 'table branding is missing, which this script creates together with column colors_page_background_type of table branding'
        UNION ALL SELECT 'table branding', 'column branding.colors_primary', 'table branding has no column colors_primary, which this script creates together with table branding'
        UNION ALL SELECT 'column branding.colors_primary', 'table branding', 'table branding is missing, which this script creates together with column colors_primary of table branding'
        UNION ALL SELECT 'table branding', 'column branding.dark_mode', 'table branding has no column dark_mode, which this script creates together with table branding'
        UNION ALL SELECT 'column branding.dark_mode', 'table branding', 'table branding is missing, which this script creates together with column dark_mode of table branding'
        UNION ALL SELECT 'table branding', 'column branding.favicon_url', 'table branding has no column favicon_url, which this script creates together with table branding'
        UNION ALL SELECT 'column branding.favicon_url', 'table branding', 'table branding is missing, which this script creates together with column favicon_url of table branding'
        UNION ALL SELECT 'table branding', 'column branding.font_url', 'table branding has no column font_url, which this script creates together with table branding'
        UNION ALL SELECT 'column branding.font_url', 'table branding', 'table branding is missing, which this script creates together with column font_url of table branding'
        UNION ALL SELECT 'table branding', 'column branding.logo_url', 'table branding has no column logo_url, which this script creates together with table branding'
        UNION ALL SELECT 'column branding.logo_url', 'table branding', 'table branding is missing, which this script creates together with column logo_url of table branding'
        UNION ALL SELECT 'table branding', 'column branding.tenant_id', 'table branding has no column tenant_id, which this script creates together with table branding'
        UNION ALL SELECT 'column branding.tenant_id', 'table branding', 'table branding is missing, which this script creates together with column tenant_id of table branding'
        UNION ALL SELECT 'table branding', 'index branding.PRIMARY', 'table branding has no index PRIMARY, which this script creates together with table branding'
        UNION ALL SELECT 'table branding', 'table authentication_methods', 'table authentication_methods is missing, which this script creates before table branding'
        UNION ALL SELECT 'table branding', 'index authentication_methods.authentication_methods_credential_id_idx', 'table authentication_methods has no index authentication_methods_credential_id_idx, which this script creates before table branding'
        UNION ALL SELECT 'table branding', 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'table authentication_methods has no index mfa_enrollments_tenant_user_idx, which this script creates before table branding'
        UNION ALL SELECT 'table clients', 'column clients.addons', 'table clients has no column addons, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.addons', 'table clients', 'table clients is missing, which this script creates together with column addons of table clients'
        UNION ALL SELECT 'table clients', 'column clients.allowed_clients', 'table clients has no column allowed_clients, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.allowed_clients', 'table clients', 'table clients is missing, which this script creates together with column allowed_clients of table clients'
        UNION ALL SELECT 'table clients', 'column clients.allowed_logout_urls', 'table clients has no column allowed_logout_urls, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.allowed_logout_urls', 'table clients', 'table clients is missing, which this script creates together with column allowed_logout_urls of table clients'
        UNION ALL SELECT 'table clients', 'column clients.allowed_origins', 'table clients has no column allowed_origins, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.allowed_origins', 'table clients', 'table clients is missing, which this script creates together with column allowed_origins of table clients'
        UNION ALL SELECT 'table clients', 'column clients.app_type', 'table clients has no column app_type, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.app_type', 'table clients', 'table clients is missing, which this script creates together with column app_type of table clients'
        UNION ALL SELECT 'table clients', 'column clients.auth0_conformant', 'table clients has no column auth0_conformant, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.auth0_conformant', 'table clients', 'table clients is missing, which this script creates together with column auth0_conformant of table clients'
        UNION ALL SELECT 'table clients', 'column clients.callbacks', 'table clients has no column callbacks, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.callbacks', 'table clients', 'table clients is missing, which this script creates together with column callbacks of table clients'
        UNION ALL SELECT 'table clients', 'column clients.client_aliases', 'table clients has no column client_aliases, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.client_aliases', 'table clients', 'table clients is missing, which this script creates together with column client_aliases of table clients'
        UNION ALL SELECT 'table clients', 'column clients.client_authentication_methods', 'table clients has no column client_authentication_methods, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.client_authentication_methods', 'table clients', 'table clients is missing, which this script creates together with column client_authentication_methods of table clients'
        UNION ALL SELECT 'table clients', 'column clients.client_id', 'table clients has no column client_id, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.client_id', 'table clients', 'table clients is missing, which this script creates together with column client_id of table clients'
        UNION ALL SELECT 'table clients', 'column clients.client_metadata', 'table clients has no column client_metadata, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.client_metadata', 'table clients', 'table clients is missing, which this script creates together with column client_metadata of table clients'
        UNION ALL SELECT 'table clients', 'column clients.client_secret', 'table clients has no column client_secret, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.client_secret', 'table clients', 'table clients is missing, which this script creates together with column client_secret of table clients'
        UNION ALL SELECT 'table clients', 'column clients.compliance_level', 'table clients has no column compliance_level, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.compliance_level', 'table clients', 'table clients is missing, which this script creates together with column compliance_level of table clients'
        UNION ALL SELECT 'table clients', 'column clients.connections', 'table clients has no column connections, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.connections', 'table clients', 'table clients is missing, which this script creates together with column connections of table clients'
        UNION ALL SELECT 'table clients', 'column clients.created_at', 'table clients has no column created_at, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.created_at', 'table clients', 'table clients is missing, which this script creates together with column created_at of table clients'
        UNION ALL SELECT 'table clients', 'column clients.cross_origin_authentication', 'table clients has no column cross_origin_authentication, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'table clients', 'table clients is missing, which this script creates together with column cross_origin_authentication of table clients'
        UNION ALL SELECT 'table clients', 'column clients.cross_origin_loc', 'table clients has no column cross_origin_loc, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.cross_origin_loc', 'table clients', 'table clients is missing, which this script creates together with column cross_origin_loc of table clients'
        UNION ALL SELECT 'table clients', 'column clients.custom_login_page', 'table clients has no column custom_login_page, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.custom_login_page', 'table clients', 'table clients is missing, which this script creates together with column custom_login_page of table clients'
        UNION ALL SELECT 'table clients', 'column clients.custom_login_page_on', 'table clients has no column custom_login_page_on, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.custom_login_page_on', 'table clients', 'table clients is missing, which this script creates together with column custom_login_page_on of table clients'
        UNION ALL SELECT 'table clients', 'column clients.custom_login_page_preview', 'table clients has no column custom_login_page_preview, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.custom_login_page_preview', 'table clients', 'table clients is missing, which this script creates together with column custom_login_page_preview of table clients'
        UNION ALL SELECT 'table clients', 'column clients.default_organization', 'table clients has no column default_organization, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.default_organization', 'table clients', 'table clients is missing, which this script creates together with column default_organization of table clients'
        UNION ALL SELECT 'table clients', 'column clients.description', 'table clients has no column description, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.description', 'table clients', 'table clients is missing, which this script creates together with column description of table clients'
        UNION ALL SELECT 'table clients', 'column clients.encryption_key', 'table clients has no column encryption_key, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.encryption_key', 'table clients', 'table clients is missing, which this script creates together with column encryption_key of table clients'
        UNION ALL SELECT 'table clients', 'column clients.form_template', 'table clients has no column form_template, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.form_template', 'table clients', 'table clients is missing, which this script creates together with column form_template of table clients'
        UNION ALL SELECT 'table clients', 'column clients.global', 'table clients has no column global, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.global', 'table clients', 'table clients is missing, which this script creates together with column global of table clients'
        UNION ALL SELECT 'table clients', 'column clients.grant_types', 'table clients has no column grant_types, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.grant_types', 'table clients', 'table clients is missing, which this script creates together with column grant_types of table clients'
        UNION ALL SELECT 'table clients', 'column clients.hide_sign_up_disabled_error', 'table clients has no column hide_sign_up_disabled_error, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'table clients', 'table clients is missing, which this script creates together with column hide_sign_up_disabled_error of table clients'
        UNION ALL SELECT 'table clients', 'column clients.initiate_login_uri', 'table clients has no column initiate_login_uri, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.initiate_login_uri', 'table clients', 'table clients is missing, which this script creates together with column initiate_login_uri of table clients'
        UNION ALL SELECT 'table clients', 'column clients.is_first_party', 'table clients has no column is_first_party, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.is_first_party', 'table clients', 'table clients is missing, which this script creates together with column is_first_party of table clients'
        UNION ALL SELECT 'table clients', 'column clients.jwt_configuration', 'table clients has no column jwt_configuration, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.jwt_configuration', 'table clients', 'table clients is missing, which this script creates together with column jwt_configuration of table clients'
        UNION ALL SELECT 'table clients', 'column clients.logo_uri', 'table clients has no column logo_uri, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.logo_uri', 'table clients', 'table clients is missing, which this script creates together with column logo_uri of table clients'
        UNION ALL SELECT 'table clients', 'column clients.mobile', 'table clients has no column mobile, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.mobile', 'table clients', 'table clients is missing, which this script creates together with column mobile of table clients'
        UNION ALL SELECT 'table clients', 'column clients.name', 'table clients has no column name, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.name', 'table clients', 'table clients is missing, which this script creates together with column name of table clients'
        UNION ALL SELECT 'table clients', 'column clients.native_social_login', 'table clients has no column native_social_login, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.native_social_login', 'table clients', 'table clients is missing, which this script creates together with column native_social_login of table clients'
        UNION ALL SELECT 'table clients', 'column clients.oidc_conformant', 'table clients has no column oidc_conformant, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.oidc_conformant', 'table clients', 'table clients is missing, which this script creates together with column oidc_conformant of table clients'
        UNION ALL SELECT 'table clients', 'column clients.oidc_logout', 'table clients has no column oidc_logout, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.oidc_logout', 'table clients', 'table clients is missing, which this script creates together with column oidc_logout of table clients'
        UNION ALL SELECT 'table clients', 'column clients.organization_require_behavior', 'table clients has no column organization_require_behavior, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.organization_require_behavior', 'table clients', 'table clients is missing, which this script creates together with column organization_require_behavior of table clients'
        UNION ALL SELECT 'table clients', 'column clients.organization_usage', 'table clients has no column organization_usage, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.organization_usage', 'table clients', 'table clients is missing, which this script creates together with column organization_usage of table clients'
        UNION ALL SELECT 'table clients', 'column clients.owner_user_id', 'table clients has no column owner_user_id, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.owner_user_id', 'table clients', 'table clients is missing, which this script creates together with column owner_user_id of table clients'
        UNION ALL SELECT 'table clients', 'column clients.par_request_expiry', 'table clients has no column par_request_expiry, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.par_request_expiry', 'table clients', 'table clients is missing, which this script creates together with column par_request_expiry of table clients'
        UNION ALL SELECT 'table clients', 'column clients.refresh_token', 'table clients has no column refresh_token, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.refresh_token', 'table clients', 'table clients is missing, which this script creates together with column refresh_token of table clients'
        UNION ALL SELECT 'table clients', 'column clients.registration_metadata', 'table clients has no column registration_metadata, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.registration_metadata', 'table clients', 'table clients is missing, which this script creates together with column registration_metadata of table clients'
        UNION ALL SELECT 'table clients', 'column clients.registration_type', 'table clients has no column registration_type, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.registration_type', 'table clients', 'table clients is missing, which this script creates together with column registration_type of table clients'
        UNION ALL SELECT 'table clients', 'column clients.require_proof_of_possession', 'table clients has no column require_proof_of_possession, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'table clients', 'table clients is missing, which this script creates together with column require_proof_of_possession of table clients'
        UNION ALL SELECT 'table clients', 'column clients.require_pushed_authorization_requests', 'table clients has no column require_pushed_authorization_requests, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'table clients', 'table clients is missing, which this script creates together with column require_pushed_authorization_requests of table clients'
        UNION ALL SELECT 'table clients', 'column clients.session_transfer', 'table clients has no column session_transfer, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.session_transfer', 'table clients', 'table clients is missing, which this script creates together with column session_transfer of table clients'
        UNION ALL SELECT 'table clients', 'column clients.signed_request_object', 'table clients has no column signed_request_object, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.signed_request_object', 'table clients', 'table clients is missing, which this script creates together with column signed_request_object of table clients'
        UNION ALL SELECT 'table clients', 'column clients.signing_keys', 'table clients has no column signing_keys, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.signing_keys', 'table clients', 'table clients is missing, which this script creates together with column signing_keys of table clients'
        UNION ALL SELECT 'table clients', 'column clients.sso', 'table clients has no column sso, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.sso', 'table clients', 'table clients is missing, which this script creates together with column sso of table clients'
        UNION ALL SELECT 'table clients', 'column clients.sso_disabled', 'table clients has no column sso_disabled, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.sso_disabled', 'table clients', 'table clients is missing, which this script creates together with column sso_disabled of table clients'
        UNION ALL SELECT 'table clients', 'column clients.tenant_id', 'table clients has no column tenant_id, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.tenant_id', 'table clients', 'table clients is missing, which this script creates together with column tenant_id of table clients'
        UNION ALL SELECT 'table clients', 'column clients.token_endpoint_auth_method', 'table clients has no column token_endpoint_auth_method, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'table clients', 'table clients is missing, which this script creates together with column token_endpoint_auth_method of table clients'
        UNION ALL SELECT 'table clients', 'column clients.token_quota', 'table clients has no column token_quota, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.token_quota', 'table clients', 'table clients is missing, which this script creates together with column token_quota of table clients'
        UNION ALL SELECT 'table clients', 'column clients.updated_at', 'table clients has no column updated_at, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.updated_at', 'table clients', 'table clients is missing, which this script creates together with column updated_at of table clients'
        UNION ALL SELECT 'table clients', 'column clients.user_linking_mode', 'table clients has no column user_linking_mode, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.user_linking_mode', 'table clients', 'table clients is missing, which this script creates together with column user_linking_mode of table clients'
        UNION ALL SELECT 'table clients', 'column clients.web_origins', 'table clients has no column web_origins, which this script creates together with table clients'
        UNION ALL SELECT 'column clients.web_origins', 'table clients', 'table clients is missing, which this script creates together with column web_origins of table clients'
        UNION ALL SELECT 'table clients', 'index clients.PRIMARY', 'table clients has no index PRIMARY, which this script creates together with table clients'
        UNION ALL SELECT 'table clients', 'table branding', 'table branding is missing, which this script creates before table clients'
        UNION ALL SELECT 'table client_grants', 'column client_grants.allow_any_organization', 'table client_grants has no column allow_any_organization, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'table client_grants', 'table client_grants is missing, which this script creates together with column allow_any_organization of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.audience', 'table client_grants has no column audience, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.audience', 'table client_grants', 'table client_grants is missing, which this script creates together with column audience of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.authorization_details_types', 'table client_grants has no column authorization_details_types, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'table client_grants', 'table client_grants is missing, which this script creates together with column authorization_details_types of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.client_id', 'table client_grants has no column client_id, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.client_id', 'table client_grants', 'table client_grants is missing, which this script creates together with column client_id of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.created_at', 'table client_grants has no column created_at, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.created_at', 'table client_grants', 'table client_grants is missing, which this script creates together with column created_at of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.id', 'table client_grants has no column id, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.id', 'table client_grants', 'table client_grants is missing, which this script creates together with column id of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.is_system', 'table client_grants has no column is_system, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.is_system', 'table client_grants', 'table client_grants is missing, which this script creates together with column is_system of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.organization_usage', 'table client_grants has no column organization_usage, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.organization_usage', 'table client_grants', 'table client_grants is missing, which this script creates together with column organization_usage of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.scope', 'table client_grants has no column scope, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.scope', 'table client_grants', 'table client_grants is missing, which this script creates together with column scope of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.subject_type', 'table client_grants has no column subject_type, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.subject_type', 'table client_grants', 'table client_grants is missing, which this script creates together with column subject_type of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.tenant_id', 'table client_grants has no column tenant_id, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.tenant_id', 'table client_grants', 'table client_grants is missing, which this script creates together with column tenant_id of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.updated_at', 'table client_grants has no column updated_at, which this script creates together with table client_grants'
        UNION ALL SELECT 'column client_grants.updated_at', 'table client_grants', 'table client_grants is missing, which this script creates together with column updated_at of table client_grants'
        UNION ALL SELECT 'table client_grants', 'index client_grants.PRIMARY', 'table client_grants has no index PRIMARY, which this script creates together with table client_grants'
        UNION ALL SELECT 'table client_grants', 'table clients', 'table clients is missing, which this script creates before table client_grants'
        UNION ALL SELECT 'table client_grants', 'index clients.idx_clients_owner_user_id', 'table clients has no index idx_clients_owner_user_id, which this script creates before table client_grants'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.client_id', 'table client_registration_tokens has no column client_id, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.client_id', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column client_id of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.constraints', 'table client_registration_tokens has no column constraints, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.constraints', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column constraints of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.created_at_ts', 'table client_registration_tokens has no column created_at_ts, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column created_at_ts of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.expires_at_ts', 'table client_registration_tokens has no column expires_at_ts, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column expires_at_ts of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.id', 'table client_registration_tokens has no column id, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.id', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column id of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.revoked_at_ts', 'table client_registration_tokens has no column revoked_at_ts, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column revoked_at_ts of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.single_use', 'table client_registration_tokens has no column single_use, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column single_use of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.sub', 'table client_registration_tokens has no column sub, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.sub', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column sub of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.tenant_id', 'table client_registration_tokens has no column tenant_id, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.tenant_id', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column tenant_id of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.token_hash', 'table client_registration_tokens has no column token_hash, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.token_hash', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column token_hash of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.type', 'table client_registration_tokens has no column type, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.type', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column type of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.used_at_ts', 'table client_registration_tokens has no column used_at_ts, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates together with column used_at_ts of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'index client_registration_tokens.PRIMARY', 'table client_registration_tokens has no index PRIMARY, which this script creates together with table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'table client_grants', 'table client_grants is missing, which this script creates before table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'index client_grants.uq_client_grants_tenant_client_audience', 'table client_grants has no index uq_client_grants_tenant_client_audience, which this script creates before table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'index client_grants.idx_client_grants_audience', 'table client_grants has no index idx_client_grants_audience, which this script creates before table client_registration_tokens'
        UNION ALL SELECT 'table users', 'column users.address', 'table users has no column address, which this script creates together with table users'
        UNION ALL SELECT 'column users.address', 'table users', 'table users is missing, which this script creates together with column address of table users'
        UNION ALL SELECT 'table users', 'column users.app_metadata', 'table users has no column app_metadata, which this script creates together with table users'
        UNION ALL SELECT 'column users.app_metadata', 'table users', 'table users is missing, which this script creates together with column app_metadata of table users'
        UNION ALL SELECT 'table users', 'column users.birthdate', 'table users has no column birthdate, which this script creates together with table users'
        UNION ALL SELECT 'column users.birthdate', 'table users', 'table users is missing, which this script creates together with column birthdate of table users'
        UNION ALL SELECT 'table users', 'column users.connection', 'table users has no column connection, which this script creates together with table users'
        UNION ALL SELECT 'column users.connection', 'table users', 'table users is missing, which this script creates together with column connection of table users'
        UNION ALL SELECT 'table users', 'column users.created_at', 'table users has no column created_at, which this script creates together with table users'
        UNION ALL SELECT 'column users.created_at', 'table users', 'table users is missing, which this script creates together with column created_at of table users'
        UNION ALL SELECT 'table users', 'column users.email', 'table users has no column email, which this script creates together with table users'
        UNION ALL SELECT 'column users.email', 'table users', 'table users is missing, which this script creates together with column email of table users'
        UNION ALL SELECT 'table users', 'column users.email_verified', 'table users has no column email_verified, which this script creates together with table users'
        UNION ALL SELECT 'column users.email_verified', 'table users', 'table users is missing, which this script creates together with column email_verified of table users'
        UNION ALL SELECT 'table users', 'column users.family_name', 'table users has no column family_name, which this script creates together with table users'
        UNION ALL SELECT 'column users.family_name', 'table users', 'table users is missing, which this script creates together with column family_name of table users'
        UNION ALL SELECT 'table users', 'column users.gender', 'table users has no column gender, which this script creates together with table users'
        UNION ALL SELECT 'column users.gender', 'table users', 'table users is missing, which this script creates together with column gender of table users'
        UNION ALL SELECT 'table users', 'column users.given_name', 'table users has no column given_name, which this script creates together with table users'
        UNION ALL SELECT 'column users.given_name', 'table users', 'table users is missing, which this script creates together with column given_name of table users'
        UNION ALL SELECT 'table users', 'column users.is_social', 'table users has no column is_social, which this script creates together with table users'
        UNION ALL SELECT 'column users.is_social', 'table users', 'table users is missing, which this script creates together with column is_social of table users'
        UNION ALL SELECT 'table users', 'column users.linked_to', 'table users has no column linked_to, which this script creates together with table users'
        UNION ALL SELECT 'column users.linked_to', 'table users', 'table users is missing, which this script creates together with column linked_to of table users'
        UNION ALL SELECT 'table users', 'column users.locale', 'table users has no column locale, which this script creates together with table users'
        UNION ALL SELECT 'column users.locale', 'table users', 'table users is missing, which this script creates together with column locale of table users'
        UNION ALL SELECT 'table users', 'column users.middle_name', 'table users has no column middle_name, which this script creates together with table users'
        UNION ALL SELECT 'column users.middle_name', 'table users', 'table users is missing, which this script creates together with column middle_name of table users'
        UNION ALL SELECT 'table users', 'column users.name', 'table users has no column name, which this script creates together with table users'
        UNION ALL SELECT 'column users.name', 'table users', 'table users is missing, which this script creates together with column name of table users'
        UNION ALL SELECT 'table users', 'column users.nickname', 'table users has no column nickname, which this script creates together with table users'
        UNION ALL SELECT 'column users.nickname', 'table users', 'table users is missing, which this script creates together with column nickname of table users'
        UNION ALL SELECT 'table users', 'column users.phone_number', 'table users has no column phone_number, which this script creates together with table users'
        UNION ALL SELECT 'column users.phone_number', 'table users', 'table users is missing, which this script creates together with column phone_number of table users'
        UNION ALL SELECT 'table users', 'column users.phone_verified', 'table users has no column phone_verified, which this script creates together with table users'
        UNION ALL SELECT 'column users.phone_verified', 'table users', 'table users is missing, which this script creates together with column phone_verified of table users'
        UNION ALL SELECT 'table users', 'column users.picture', 'table users has no column picture, which this script creates together with table users'
        UNION ALL SELECT 'column users.picture', 'table users', 'table users is missing, which this script creates together with column picture of table users'
        UNION ALL SELECT 'table users', 'column users.preferred_username', 'table users has no column preferred_username, which this script creates together with table users'
        UNION ALL SELECT 'column users.preferred_username', 'table users', 'table users is missing, which this script creates together with column preferred_username of table users'
        UNION ALL SELECT 'table users', 'column users.profile', 'table users has no column profile, which this script creates together with table users'
        UNION ALL SELECT 'column users.profile', 'table users', 'table users is missing, which this script creates together with column profile of table users'
        UNION ALL SELECT 'table users', 'column users.profileData', 'table users has no column profileData, which this script creates together with table users'
        UNION ALL SELECT 'column users.profileData', 'table users', 'table users is missing, which this script creates together with column profileData of table users'
        UNION ALL SELECT 'table users', 'column users.provider', 'table users has no column provider, which this script creates together with table users'
        UNION ALL SELECT 'column users.provider', 'table users', 'table users is missing, which this script creates together with column provider of table users'
        UNION ALL SELECT 'table users', 'column users.registration_completed_at', 'table users has no column registration_completed_at, which this script creates together with table users'
        UNION ALL SELECT 'column users.registration_completed_at', 'table users', 'table users is missing, which this script creates together with column registration_completed_at of table users'
        UNION ALL SELECT 'table users', 'column users.tenant_id', 'table users has no column tenant_id, which this script creates together with table users'
        UNION ALL SELECT 'column users.tenant_id', 'table users', 'table users is missing, which this script creates together with column tenant_id of table users'
        UNION ALL SELECT 'table users', 'column users.updated_at', 'table users has no column updated_at, which this script creates together with table users'
        UNION ALL SELECT 'column users.updated_at', 'table users', 'table users is missing, which this script creates together with column updated_at of table users'
        UNION ALL SELECT 'table users', 'column users.user_id', 'table users has no column user_id, which this script creates together with table users'
        UNION ALL SELECT 'column users.user_id', 'table users', 'table users is missing, which this script creates together with column user_id of table users'
        UNION ALL SELECT 'table users', 'column users.user_metadata', 'table users has no column user_metadata, which this script creates together with table users'
        UNION ALL SELECT 'column users.user_metadata', 'table users', 'table users is missing, which this script creates together with column user_metadata of table users'
        UNION ALL SELECT 'table users', 'column users.username', 'table users has no column username, which this script creates together with table users'
        UNION ALL SELECT 'column users.username', 'table users', 'table users is missing, which this script creates together with column username of table users'
        UNION ALL SELECT 'table users', 'column users.website', 'table users has no column website, which this script creates together with table users'
        UNION ALL SELECT 'column users.website', 'table users', 'table users is missing, which this script creates together with column website of table users'
        UNION ALL SELECT 'table users', 'column users.zoneinfo', 'table users has no column zoneinfo, which this script creates together with table users'
        UNION ALL SELECT 'column users.zoneinfo', 'table users', 'table users is missing, which this script creates together with column zoneinfo of table users'
        UNION ALL SELECT 'table users', 'index users.PRIMARY', 'table users has no index PRIMARY, which this script creates together with table users'
        UNION ALL SELECT 'table users', 'index users.unique_email_provider', 'table users has no index unique_email_provider, which this script creates together with table users'
        UNION ALL SELECT 'table users', 'index users.unique_phone_provider', 'table users has no index unique_phone_provider, which this script creates together with table users'
        UNION ALL SELECT 'table users', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script creates before table users'
        UNION ALL SELECT 'table users', 'index client_registration_tokens.idx_client_registration_tokens_hash', 'table client_registration_tokens has no index idx_client_registration_tokens_hash, which this script creates before table users'
        UNION ALL SELECT 'table users', 'index client_registration_tokens.idx_client_registration_tokens_client', 'table client_registration_tokens has no index idx_client_registration_tokens_client, which this script creates before table users'
        UNION ALL SELECT 'table codes', 'column codes.code_challenge', 'table codes has no column code_challenge, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.code_challenge', 'table codes', 'table codes is missing, which this script creates together with column code_challenge of table codes'
        UNION ALL SELECT 'table codes', 'column codes.code_challenge_method', 'table codes has no column code_challenge_method, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.code_challenge_method', 'table codes', 'table codes is missing, which this script creates together with column code_challenge_method of table codes'
        UNION ALL SELECT 'table codes', 'column codes.code_id', 'table codes has no column code_id, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.code_id', 'table codes', 'table codes is missing, which this script creates together with column code_id of table codes'
        UNION ALL SELECT 'table codes', 'column codes.code_type', 'table codes has no column code_type, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.code_type', 'table codes', 'table codes is missing, which this script creates together with column code_type of table codes'
        UNION ALL SELECT 'table codes', 'column codes.code_verifier', 'table codes has no column code_verifier, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.code_verifier', 'table codes', 'table codes is missing, which this script creates together with column code_verifier of table codes'
        UNION ALL SELECT 'table codes', 'column codes.connection_id', 'table codes has no column connection_id, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.connection_id', 'table codes', 'table codes is missing, which this script creates together with column connection_id of table codes'
        UNION ALL SELECT 'table codes', 'column codes.created_at', 'table codes has no column created_at, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.created_at', 'table codes', 'table codes is missing, which this script creates together with column created_at of table codes'
        UNION ALL SELECT 'table codes', 'column codes.expires_at', 'table codes has no column expires_at, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.expires_at', 'table codes', 'table codes is missing, which this script creates together with column expires_at of table codes'
        UNION ALL SELECT 'table codes', 'column codes.expires_at_ts', 'table codes has no column expires_at_ts, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.expires_at_ts', 'table codes', 'table codes is missing, which this script creates together with column expires_at_ts of table codes'
        UNION ALL SELECT 'table codes', 'column codes.login_id', 'table codes has no column login_id, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.login_id', 'table codes', 'table codes is missing, which this script creates together with column login_id of table codes'
        UNION ALL SELECT 'table codes', 'column codes.nonce', 'table codes has no column nonce, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.nonce', 'table codes', 'table codes is missing, which this script creates together with column nonce of table codes'
        UNION ALL SELECT 'table codes', 'column codes.otp', 'table codes has no column otp, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.otp', 'table codes', 'table codes is missing, which this script creates together with column otp of table codes'
        UNION ALL SELECT 'table codes', 'column codes.redirect_uri', 'table codes has no column redirect_uri, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.redirect_uri', 'table codes', 'table codes is missing, which this script creates together with column redirect_uri of table codes'
        UNION ALL SELECT 'table codes', 'column codes.state', 'table codes has no column state, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.state', 'table codes', 'table codes is missing, which this script creates together with column state of table codes'
        UNION ALL SELECT 'table codes', 'column codes.tenant_id', 'table codes has no column tenant_id, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.tenant_id', 'table codes', 'table codes is missing, which this script creates together with column tenant_id of table codes'
        UNION ALL SELECT 'table codes', 'column codes.used_at', 'table codes has no column used_at, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.used_at', 'table codes', 'table codes is missing, which this script creates together with column used_at of table codes'
        UNION ALL SELECT 'table codes', 'column codes.user_id', 'table codes has no column user_id, which this script creates together with table codes'
        UNION ALL SELECT 'column codes.user_id', 'table codes', 'table codes is missing, which this script creates together with column user_id of table codes'
        UNION ALL SELECT 'table codes', 'index codes.PRIMARY', 'table codes has no index PRIMARY, which this script creates together with table codes'
        UNION ALL SELECT 'table codes', 'table users', 'table users is missing, which this script creates before table codes'
        UNION ALL SELECT 'table codes', 'index users.unique_username_provider', 'table users has no index unique_username_provider, which this script creates before table codes'
        UNION ALL SELECT 'table codes', 'index users.linked_to_constraint', 'table users has no index linked_to_constraint, which this script creates before table codes'
        UNION ALL SELECT 'table codes', 'index users.users_email_index', 'table users has no index users_email_index, which this script creates before table codes'
        UNION ALL SELECT 'table codes', 'index users.users_linked_to_index', 'table users has no index users_linked_to_index, which this script creates before table codes'
        UNION ALL SELECT 'table codes', 'index users.users_name_index', 'table users has no index users_name_index, which this script creates before table codes'
        UNION ALL SELECT 'table codes', 'index users.users_phone_tenant_provider_index', 'table users has no index users_phone_tenant_provider_index, which this script creates before table codes'
        UNION ALL SELECT 'table connections', 'column connections.created_at', 'table connections has no column created_at, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.created_at', 'table connections', 'table connections is missing, which this script creates together with column created_at of table connections'
        UNION ALL SELECT 'table connections', 'column connections.display_name', 'table connections has no column display_name, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.display_name', 'table connections', 'table connections is missing, which this script creates together with column display_name of table connections'
        UNION ALL SELECT 'table connections', 'column connections.id', 'table connections has no column id, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.id', 'table connections', 'table connections is missing, which this script creates together with column id of table connections'
        UNION ALL SELECT 'table connections', 'column connections.is_domain_connection', 'table connections has no column is_domain_connection, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.is_domain_connection', 'table connections', 'table connections is missing, which this script creates together with column is_domain_connection of table connections'
        UNION ALL SELECT 'table connections', 'column connections.is_system', 'table connections has no column is_system, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.is_system', 'table connections', 'table connections is missing, which this script creates together with column is_system of table connections'
        UNION ALL SELECT 'table connections', 'column connections.metadata', 'table connections has no column metadata, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.metadata', 'table connections', 'table connections is missing, which this script creates together with column metadata of table connections'
        UNION ALL SELECT 'table connections', 'column connections.name', 'table connections has no column name, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.name', 'table connections', 'table connections is missing, which this script creates together with column name of table connections'
        UNION ALL SELECT 'table connections', 'column connections.options', 'table connections has no column options, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.options', 'table connections', 'table connections is missing, which this script creates together with column options of table connections'
        UNION ALL SELECT 'table connections', 'column connections.response_mode', 'table connections has no column response_mode, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.response_mode', 'table connections', 'table connections is missing, which this script creates together with column response_mode of table connections'
        UNION ALL SELECT 'table connections', 'column connections.response_type', 'table connections has no column response_type, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.response_type', 'table connections', 'table connections is missing, which this script creates together with column response_type of table connections'
        UNION ALL SELECT 'table connections', 'column connections.show_as_button', 'table connections has no column show_as_button, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.show_as_button', 'table connections', 'table connections is missing, which this script creates together with column show_as_button of table connections'
        UNION ALL SELECT 'table connections', 'column connections.strategy', 'table connections has no column strategy, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.strategy', 'table connections', 'table connections is missing, which this script creates together with column strategy of table connections'
        UNION ALL SELECT 'table connections', 'column connections.tenant_id', 'table connections has no column tenant_id, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.tenant_id', 'table connections', 'table connections is missing, which this script creates together with column tenant_id of table connections'
        UNION ALL SELECT 'table connections', 'column connections.updated_at', 'table connections has no column updated_at, which this script creates together with table connections'
        UNION ALL SELECT 'column connections.updated_at', 'table connections', 'table connections is missing, which this script creates together with column updated_at of table connections'
        UNION ALL SELECT 'table connections', 'index connections.PRIMARY', 'table connections has no index PRIMARY, which this script creates together with table connections'
        UNION ALL SELECT 'table connections', 'table codes', 'table codes is missing, which this script creates before table connections'
        UNION ALL SELECT 'table connections', 'index codes.codes_user_id_tenant_id_constraint', 'table codes has no index codes_user_id_tenant_id_constraint, which this script creates before table connections'
        UNION ALL SELECT 'table connections', 'index codes.idx_codes_expires_at_ts', 'table codes has no index idx_codes_expires_at_ts, which this script creates before table connections'
        UNION ALL SELECT 'table connections', 'index codes.tenant_id', 'table codes has no index tenant_id, which this script creates before table connections'
        UNION ALL SELECT 'table control_plane_comm_keys', 'column control_plane_comm_keys.created_at', 'table control_plane_comm_keys has no column created_at, which this script creates together with table control_plane_comm_keys'
        UNION ALL SELECT 'column control_plane_comm_keys.created_at', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script creates together with column created_at of table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'column control_plane_comm_keys.kid', 'table control_plane_comm_keys has no column kid, which this script creates together with table control_plane_comm_keys'
        UNION ALL SELECT 'column control_plane_comm_keys.kid', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script creates together with column kid of table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'column control_plane_comm_keys.public_jwk', 'table control_plane_comm_keys has no column public_jwk, which this script creates together with table control_plane_comm_keys'
        UNION ALL SELECT 'column control_plane_comm_keys.public_jwk', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script creates together with column public_jwk of table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'column control_plane_comm_keys.revoked_at', 'table control_plane_comm_keys has no column revoked_at, which this script creates together with table control_plane_comm_keys'
        UNION ALL SELECT 'column control_plane_comm_keys.revoked_at', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script creates together with column revoked_at of table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'column control_plane_comm_keys.tenant_id', 'table control_plane_comm_keys has no column tenant_id, which this script creates together with table control_plane_comm_keys'
        UNION ALL SELECT 'column control_plane_comm_keys.tenant_id', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script creates together with column tenant_id of table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'index control_plane_comm_keys.PRIMARY', 'table control_plane_comm_keys has no index PRIMARY, which this script creates together with table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'table connections', 'table connections is missing, which this script creates before table control_plane_comm_keys'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.created_at', 'table custom_domains has no column created_at, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.created_at', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column created_at of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.custom_client_ip_header', 'table custom_domains has no column custom_client_ip_header, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.custom_client_ip_header', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column custom_client_ip_header of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.custom_domain_id', 'table custom_domains has no column custom_domain_id, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.custom_domain_id', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column custom_domain_id of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.domain', 'table custom_domains has no column domain, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.domain', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column domain of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.domain_metadata', 'table custom_domains has no column domain_metadata, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.domain_metadata', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column domain_metadata of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.origin_domain_name', 'table custom_domains has no column origin_domain_name, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.origin_domain_name', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column origin_domain_name of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.primary', 'table custom_domains has no column primary, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.primary', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column primary of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.status', 'table custom_domains has no column status, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.status', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column status of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.tenant_id', 'table custom_domains has no column tenant_id, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.tenant_id', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column tenant_id of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.tls_policy', 'table custom_domains has no column tls_policy, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.tls_policy', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column tls_policy of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.type', 'table custom_domains has no column type, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.type', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column type of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.updated_at', 'table custom_domains has no column updated_at, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.updated_at', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column updated_at of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.verification', 'table custom_domains has no column verification, which this script creates together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.verification', 'table custom_domains', 'table custom_domains is missing, which this script creates together with column verification of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'index custom_domains.PRIMARY', 'table custom_domains has no index PRIMARY, which this script creates together with table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script creates before table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'table control_plane_comm_keys has no index control_plane_comm_keys_tenant_id_created_at_idx, which this script creates before table custom_domains'
        UNION ALL SELECT 'table custom_text', 'column custom_text.created_at_ts', 'table custom_text has no column created_at_ts, which this script creates together with table custom_text'
        UNION ALL SELECT 'column custom_text.created_at_ts', 'table custom_text', 'table custom_text is missing, which this script creates together with column created_at_ts of table custom_text'
        UNION ALL SELECT 'table custom_text', 'column custom_text.custom_text', 'table custom_text has no column custom_text, which this script creates together with table custom_text'
        UNION ALL SELECT 'column custom_text.custom_text', 'table custom_text', 'table custom_text is missing, which this script creates together with column custom_text of table custom_text'
        UNION ALL SELECT 'table custom_text', 'column custom_text.language', 'table custom_text has no column language, which this script creates together with table custom_text'
        UNION ALL SELECT 'column custom_text.language', 'table custom_text', 'table custom_text is missing, which this script creates together with column language of table custom_text'
        UNION ALL SELECT 'table custom_text', 'column custom_text.prompt', 'table custom_text has no column prompt, which this script creates together with table custom_text'
        UNION ALL SELECT 'column custom_text.prompt', 'table custom_text', 'table custom_text is missing, which this script creates together with column prompt of table custom_text'
        UNION ALL SELECT 'table custom_text', 'column custom_text.tenant_id', 'table custom_text has no column tenant_id, which this script creates together with table custom_text'
        UNION ALL SELECT 'column custom_text.tenant_id', 'table custom_text', 'table custom_text is missing, which this script creates together with column tenant_id of table custom_text'
        UNION ALL SELECT 'table custom_text', 'column custom_text.updated_at_ts', 'table custom_text has no column updated_at_ts, which this script creates together with table custom_text'
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'table custom_text', 'table custom_text is missing, which this script creates together with column updated_at_ts of table custom_text'
        UNION ALL SELECT 'table custom_text', 'index custom_text.PRIMARY', 'table custom_text has no index PRIMARY, which this script creates together with table custom_text'
        UNION ALL SELECT 'table custom_text', 'table custom_domains', 'table custom_domains is missing, which this script creates before table custom_text'
        UNION ALL SELECT 'table custom_text', 'index custom_domains.tenant_id', 'table custom_domains has no index tenant_id, which this script creates before table custom_text'
        UNION ALL SELECT 'table email_providers', 'column email_providers.created_at', 'table email_providers has no column created_at, which this script creates together with table email_providers'
        UNION ALL SELECT 'column email_providers.created_at', 'table email_providers', 'table email_providers is missing, which this script creates together with column created_at of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.credentials', 'table email_providers has no column credentials, which this script creates together with table email_providers'
        UNION ALL SELECT 'column email_providers.credentials', 'table email_providers', 'table email_providers is missing, which this script creates together with column credentials of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.default_from_address', 'table email_providers has no column default_from_address, which this script creates together with table email_providers'
        UNION ALL SELECT 'column email_providers.default_from_address', 'table email_providers', 'table email_providers is missing, which this script creates together with column default_from_address of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.enabled', 'table email_providers has no column enabled, which this script creates together with table email_providers'
        UNION ALL SELECT 'column email_providers.enabled', 'table email_providers', 'table email_providers is missing, which this script creates together with column enabled of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.name', 'table email_providers has no column name, which this script creates together with table email_providers'
        UNION ALL SELECT 'column email_providers.name', 'table email_providers', 'table email_providers is missing, which this script creates together with column name of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.settings', 'table email_providers has no column settings, which this script creates together with table email_providers'
        UNION ALL SELECT 'column email_providers.settings', 'table email_providers', 'table email_providers is missing, which this script creates together with column settings of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.tenant_id', 'table email_providers has no column tenant_id, which this script creates together with table email_providers'
        UNION ALL SELECT 'column email_providers.tenant_id', 'table email_providers', 'table email_providers is missing, which this script creates together with column tenant_id of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.updated_at', 'table email_providers has no column updated_at, which this script creates together with table email_providers'
        UNION ALL SELECT 'column email_providers.updated_at', 'table email_providers', 'table email_providers is missing, which this script creates together with column updated_at of table email_providers'
        UNION ALL SELECT 'table email_providers', 'index email_providers.PRIMARY', 'table email_providers has no index PRIMARY, which this script creates together with table email_providers'
        UNION ALL SELECT 'table email_providers', 'table custom_text', 'table custom_text is missing, which this script creates before table email_providers'
        UNION ALL SELECT 'table email_templates', 'column email_templates.body', 'table email_templates has no column body, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.body', 'table email_templates', 'table email_templates is missing, which this script creates together with column body of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.created_at', 'table email_templates has no column created_at, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.created_at', 'table email_templates', 'table email_templates is missing, which this script creates together with column created_at of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.enabled', 'table email_templates has no column enabled, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.enabled', 'table email_templates', 'table email_templates is missing, which this script creates together with column enabled of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.from', 'table email_templates has no column from, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.from', 'table email_templates', 'table email_templates is missing, which this script creates together with column from of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.include_email_in_redirect', 'table email_templates has no column include_email_in_redirect, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'table email_templates', 'table email_templates is missing, which this script creates together with column include_email_in_redirect of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.result_url', 'table email_templates has no column result_url, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.result_url', 'table email_templates', 'table email_templates is missing, which this script creates together with column result_url of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.subject', 'table email_templates has no column subject, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.subject', 'table email_templates', 'table email_templates is missing, which this script creates together with column subject of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.syntax', 'table email_templates has no column syntax, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.syntax', 'table email_templates', 'table email_templates is missing, which this script creates together with column syntax of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.template', 'table email_templates has no column template, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.template', 'table email_templates', 'table email_templates is missing, which this script creates together with column template of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.tenant_id', 'table email_templates has no column tenant_id, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.tenant_id', 'table email_templates', 'table email_templates is missing, which this script creates together with column tenant_id of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.updated_at', 'table email_templates has no column updated_at, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.updated_at', 'table email_templates', 'table email_templates is missing, which this script creates together with column updated_at of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.url_lifetime_in_seconds', 'table email_templates has no column url_lifetime_in_seconds, which this script creates together with table email_templates'
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'table email_templates', 'table email_templates is missing, which this script creates together with column url_lifetime_in_seconds of table email_templates'
        UNION ALL SELECT 'table email_templates', 'index email_templates.PRIMARY', 'table email_templates has no index PRIMARY, which this script creates together with table email_templates'
        UNION ALL SELECT 'table email_templates', 'table email_providers', 'table email_providers is missing, which this script creates before table email_templates'
        UNION ALL SELECT 'table flows', 'column flows.actions', 'table flows has no column actions, which this script creates together with table flows'
        UNION ALL SELECT 'column flows.actions', 'table flows', 'table flows is missing, which this script creates together with column actions of table flows'
        UNION ALL SELECT 'table flows', 'column flows.created_at', 'table flows has no column created_at, which this script creates together with table flows'
        UNION ALL SELECT 'column flows.created_at', 'table flows', 'table flows is missing, which this script creates together with column created_at of table flows'
        UNION ALL SELECT 'table flows', 'column flows.id', 'table flows has no column id, which this script creates together with table flows'
        UNION ALL SELECT 'column flows.id', 'table flows', 'table flows is missing, which this script creates together with column id of table flows'
        UNION ALL SELECT 'table flows', 'column flows.name', 'table flows has no column name, which this script creates together with table flows'
        UNION ALL SELECT 'column flows.name', 'table flows', 'table flows is missing, which this script creates together with column name of table flows'
        UNION ALL SELECT 'table flows', 'column flows.tenant_id', 'table flows has no column tenant_id, which this script creates together with table flows'
        UNION ALL SELECT 'column flows.tenant_id', 'table flows', 'table flows is missing, which this script creates together with column tenant_id of table flows'
        UNION ALL SELECT 'table flows', 'column flows.updated_at', 'table flows has no column updated_at, which this script creates together with table flows'
        UNION ALL SELECT 'column flows.updated_at', 'table flows', 'table flows is missing, which this script creates together with column updated_at of table flows'
        UNION ALL SELECT 'table flows', 'index flows.PRIMARY', 'table flows has no index PRIMARY, which this script creates together with table flows'
        UNION ALL SELECT 'table flows', 'table email_templates', 'table email_templates is missing, which this script creates before table flows'
        UNION ALL SELECT 'table forms', 'column forms.created_at', 'table forms has no column created_at, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.created_at', 'table forms', 'table forms is missing, which this script creates together with column created_at of table forms'
        UNION ALL SELECT 'table forms', 'column forms.ending', 'table forms has no column ending, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.ending', 'table forms', 'table forms is missing, which this script creates together with column ending of table forms'
        UNION ALL SELECT 'table forms', 'column forms.id', 'table forms has no column id, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.id', 'table forms', 'table forms is missing, which this script creates together with column id of table forms'
        UNION ALL SELECT 'table forms', 'column forms.languages', 'table forms has no column languages, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.languages', 'table forms', 'table forms is missing, which this script creates together with column languages of table forms'
        UNION ALL SELECT 'table forms', 'column forms.messages', 'table forms has no column messages, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.messages', 'table forms', 'table forms is missing, which this script creates together with column messages of table forms'
        UNION ALL SELECT 'table forms', 'column forms.name', 'table forms has no column name, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.name', 'table forms', 'table forms is missing, which this script creates together with column name of table forms'
        UNION ALL SELECT 'table forms', 'column forms.nodes', 'table forms has no column nodes, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.nodes', 'table forms', 'table forms is missing, which this script creates together with column nodes of table forms'
        UNION ALL SELECT 'table forms', 'column forms.start', 'table forms has no column start, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.start', 'table forms', 'table forms is missing, which this script creates together with column start of table forms'
        UNION ALL SELECT 'table forms', 'column forms.style', 'table forms has no column style, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.style', 'table forms', 'table forms is missing, which this script creates together with column style of table forms'
        UNION ALL SELECT 'table forms', 'column forms.tenant_id', 'table forms has no column tenant_id, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.tenant_id', 'table forms', 'table forms is missing, which this script creates together with column tenant_id of table forms'
        UNION ALL SELECT 'table forms', 'column forms.translations', 'table forms has no column translations, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.translations', 'table forms', 'table forms is missing, which this script creates together with column translations of table forms'
        UNION ALL SELECT 'table forms', 'column forms.updated_at', 'table forms has no column updated_at, which this script creates together with table forms'
        UNION ALL SELECT 'column forms.updated_at', 'table forms', 'table forms is missing, which this script creates together with column updated_at of table forms'
        UNION ALL SELECT 'table forms', 'index forms.PRIMARY', 'table forms has no index PRIMARY, which this script creates together with table forms'
        UNION ALL SELECT 'table forms', 'table flows', 'table flows is missing, which this script creates before table forms'
        UNION ALL SELECT 'table forms', 'index flows.flows_tenant_id_idx', 'table flows has no index flows_tenant_id_idx, which this script creates before table forms'
        UNION ALL SELECT 'table grants', 'column grants.audience', 'table grants has no column audience, which this script creates together with table grants'
        UNION ALL SELECT 'column grants.audience', 'table grants', 'table grants is missing, which this script creates together with column audience of table grants'
        UNION ALL SELECT 'table grants', 'column grants.client_id', 'table grants has no column client_id, which this script creates together with table grants'
        UNION ALL SELECT 'column grants.client_id', 'table grants', 'table grants is missing, which this script creates together with column client_id of table grants'
        UNION ALL SELECT 'table grants', 'column grants.created_at', 'table grants has no column created_at, which this script creates together with table grants'
        UNION ALL SELECT 'column grants.created_at', 'table grants', 'table grants is missing, which this script creates together with column created_at of table grants'
        UNION ALL SELECT 'table grants', 'column grants.id', 'table grants has no column id, which this script creates together with table grants'
        UNION ALL SELECT 'column grants.id', 'table grants', 'table grants is missing, which this script creates together with column id of table grants'
        UNION ALL SELECT 'table grants', 'column grants.scope', 'table grants has no column scope, which this script creates together with table grants'
        UNION ALL SELECT 'column grants.scope', 'table grants', 'table grants is missing, which this script creates together with column scope of table grants'
        UNION ALL SELECT 'table grants', 'column grants.tenant_id', 'table grants has no column tenant_id, which this script creates together with table grants'
        UNION ALL SELECT 'column grants.tenant_id', 'table grants', 'table grants is missing, which this script creates together with column tenant_id of table grants'
        UNION ALL SELECT 'table grants', 'column grants.updated_at', 'table grants has no column updated_at, which this script creates together with table grants'
        UNION ALL SELECT 'column grants.updated_at', 'table grants', 'table grants is missing, which this script creates together with column updated_at of table grants'
        UNION ALL SELECT 'table grants', 'column grants.user_id', 'table grants has no column user_id, which this script creates together with table grants'
        UNION ALL SELECT 'column grants.user_id', 'table grants', 'table grants is missing, which this script creates together with column user_id of table grants'
        UNION ALL SELECT 'table grants', 'index grants.PRIMARY', 'table grants has no index PRIMARY, which this script creates together with table grants'
        UNION ALL SELECT 'table grants', 'table forms', 'table forms is missing, which this script creates before table grants'
        UNION ALL SELECT 'table grants', 'index forms.forms_tenant_id_idx', 'table forms has no index forms_tenant_id_idx, which this script creates before table grants'
        UNION ALL SELECT 'table hooks', 'column hooks.code_id', 'table hooks has no column code_id, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.code_id', 'table hooks', 'table hooks is missing, which this script creates together with column code_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.created_at_ts', 'table hooks has no column created_at_ts, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.created_at_ts', 'table hooks', 'table hooks is missing, which this script creates together with column created_at_ts of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.enabled', 'table hooks has no column enabled, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.enabled', 'table hooks', 'table hooks is missing, which this script creates together with column enabled of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.form_id', 'table hooks has no column form_id, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.form_id', 'table hooks', 'table hooks is missing, which this script creates together with column form_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.hook_id', 'table hooks has no column hook_id, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.hook_id', 'table hooks', 'table hooks is missing, which this script creates together with column hook_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.metadata', 'table hooks has no column metadata, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.metadata', 'table hooks', 'table hooks is missing, which this script creates together with column metadata of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.priority', 'table hooks has no column priority, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.priority', 'table hooks', 'table hooks is missing, which this script creates together with column priority of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.synchronous', 'table hooks has no column synchronous, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.synchronous', 'table hooks', 'table hooks is missing, which this script creates together with column synchronous of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.template_id', 'table hooks has no column template_id, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.template_id', 'table hooks', 'table hooks is missing, which this script creates together with column template_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.tenant_id', 'table hooks has no column tenant_id, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.tenant_id', 'table hooks', 'table hooks is missing, which this script creates together with column tenant_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.trigger_id', 'table hooks has no column trigger_id, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.trigger_id', 'table hooks', 'table hooks is missing, which this script creates together with column trigger_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.updated_at_ts', 'table hooks has no column updated_at_ts, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.updated_at_ts', 'table hooks', 'table hooks is missing, which this script creates together with column updated_at_ts of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.url', 'table hooks has no column url, which this script creates together with table hooks'
        UNION ALL SELECT 'column hooks.url', 'table hooks', 'table hooks is missing, which this script creates together with column url of table hooks'
        UNION ALL SELECT 'table hooks', 'index hooks.PRIMARY', 'table hooks has no index PRIMARY, which this script creates together with table hooks'
        UNION ALL SELECT 'table hooks', 'table grants', 'table grants is missing, which this script creates before table hooks'
        UNION ALL SELECT 'table hooks', 'index grants.grants_natural_key_idx', 'table grants has no index grants_natural_key_idx, which this script creates before table hooks'
        UNION ALL SELECT 'table hooks', 'index grants.grants_tenant_user_idx', 'table grants has no index grants_tenant_user_idx, which this script creates before table hooks'
        UNION ALL SELECT 'table hooks', 'index grants.grants_user_id_constraint', 'table grants has no index grants_user_id_constraint, which this script creates before table hooks'
        UNION ALL SELECT 'table hook_code', 'column hook_code.code', 'table hook_code has no column code, which this script creates together with table hook_code'
        UNION ALL SELECT 'column hook_code.code', 'table hook_code', 'table hook_code is missing, which this script creates together with column code of table hook_code'
        UNION ALL SELECT 'table hook_code', 'column hook_code.created_at_ts', 'table hook_code has no column created_at_ts, which this script creates together with table hook_code'
        UNION ALL SELECT 'column hook_code.created_at_ts', 'table hook_code', 'table hook_code is missing, which this script creates together with column created_at_ts of table hook_code'
        UNION ALL SELECT 'table hook_code', 'column hook_code.id', 'table hook_code has no column id, which this script creates together with table hook_code'
        UNION ALL SELECT 'column hook_code.id', 'table hook_code', 'table hook_code is missing, which this script creates together with column id of table hook_code'
        UNION ALL SELECT 'table hook_code', 'column hook_code.secrets', 'table hook_code has no column secrets, which this script creates together with table hook_code'
        UNION ALL SELECT 'column hook_code.secrets', 'table hook_code', 'table hook_code is missing, which this script creates together with column secrets of table hook_code'
        UNION ALL SELECT 'table hook_code', 'column hook_code.tenant_id', 'table hook_code has no column tenant_id, which this script creates together with table hook_code'
        UNION ALL SELECT 'column hook_code.tenant_id', 'table hook_code', 'table hook_code is missing, which this script creates together with column tenant_id of table hook_code'
        UNION ALL SELECT 'table hook_code', 'column hook_code.updated_at_ts', 'table hook_code has no column updated_at_ts, which this script creates together with table hook_code'
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'table hook_code', 'table hook_code is missing, which this script creates together with column updated_at_ts of table hook_code'
        UNION ALL SELECT 'table hook_code', 'index hook_code.PRIMARY', 'table hook_code has no index PRIMARY, which this script creates together with table hook_code'
        UNION ALL SELECT 'table hook_code', 'table hooks', 'table hooks is missing, which this script creates before table hook_code'
        UNION ALL SELECT 'table hook_code', 'index hooks.tenant_id', 'table hooks has no index tenant_id, which this script creates before table hook_code'
        UNION ALL SELECT 'table invites', 'column invites.app_metadata', 'table invites has no column app_metadata, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.app_metadata', 'table invites', 'table invites is missing, which this script creates together with column app_metadata of table invites'
        UNION ALL SELECT 'table invites', 'column invites.client_id', 'table invites has no column client_id, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.client_id', 'table invites', 'table invites is missing, which this script creates together with column client_id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.connection_id', 'table invites has no column connection_id, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.connection_id', 'table invites', 'table invites is missing, which this script creates together with column connection_id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.created_at', 'table invites has no column created_at, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.created_at', 'table invites', 'table invites is missing, which this script creates together with column created_at of table invites'
        UNION ALL SELECT 'table invites', 'column invites.expires_at', 'table invites has no column expires_at, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.expires_at', 'table invites', 'table invites is missing, which this script creates together with column expires_at of table invites'
        UNION ALL SELECT 'table invites', 'column invites.id', 'table invites has no column id, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.id', 'table invites', 'table invites is missing, which this script creates together with column id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.invitation_url', 'table invites has no column invitation_url, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.invitation_url', 'table invites', 'table invites is missing, which this script creates together with column invitation_url of table invites'
        UNION ALL SELECT 'table invites', 'column invites.invitee', 'table invites has no column invitee, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.invitee', 'table invites', 'table invites is missing, which this script creates together with column invitee of table invites'
        UNION ALL SELECT 'table invites', 'column invites.inviter', 'table invites has no column inviter, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.inviter', 'table invites', 'table invites is missing, which this script creates together with column inviter of table invites'
        UNION ALL SELECT 'table invites', 'column invites.organization_id', 'table invites has no column organization_id, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.organization_id', 'table invites', 'table invites is missing, which this script creates together with column organization_id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.roles', 'table invites has no column roles, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.roles', 'table invites', 'table invites is missing, which this script creates together with column roles of table invites'
        UNION ALL SELECT 'table invites', 'column invites.send_invitation_email', 'table invites has no column send_invitation_email, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.send_invitation_email', 'table invites', 'table invites is missing, which this script creates together with column send_invitation_email of table invites'
        UNION ALL SELECT 'table invites', 'column invites.tenant_id', 'table invites has no column tenant_id, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.tenant_id', 'table invites', 'table invites is missing, which this script creates together with column tenant_id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.ticket_id', 'table invites has no column ticket_id, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.ticket_id', 'table invites', 'table invites is missing, which this script creates together with column ticket_id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.ttl_sec', 'table invites has no column ttl_sec, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.ttl_sec', 'table invites', 'table invites is missing, which this script creates together with column ttl_sec of table invites'
        UNION ALL SELECT 'table invites', 'column invites.user_metadata', 'table invites has no column user_metadata, which this script creates together with table invites'
        UNION ALL SELECT 'column invites.user_metadata', 'table invites', 'table invites is missing, which this script creates together with column user_metadata of table invites'
        UNION ALL SELECT 'table invites', 'index invites.PRIMARY', 'table invites has no index PRIMARY, which this script creates together with table invites'
        UNION ALL SELECT 'table invites', 'table hook_code', 'table hook_code is missing, which this script creates before table invites'
        UNION ALL SELECT 'table invites', 'index hook_code.idx_hook_code_tenant', 'table hook_code has no index idx_hook_code_tenant, which this script creates before table invites'
        UNION ALL SELECT 'table keys', 'column keys.cert', 'table keys has no column cert, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.cert', 'table keys', 'table keys is missing, which this script creates together with column cert of table keys'
        UNION ALL SELECT 'table keys', 'column keys.connection', 'table keys has no column connection, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.connection', 'table keys', 'table keys is missing, which this script creates together with column connection of table keys'
        UNION ALL SELECT 'table keys', 'column keys.created_at', 'table keys has no column created_at, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.created_at', 'table keys', 'table keys is missing, which this script creates together with column created_at of table keys'
        UNION ALL SELECT 'table keys', 'column keys.current_since', 'table keys has no column current_since, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.current_since', 'table keys', 'table keys is missing, which this script creates together with column current_since of table keys'
        UNION ALL SELECT 'table keys', 'column keys.current_until', 'table keys has no column current_until, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.current_until', 'table keys', 'table keys is missing, which this script creates together with column current_until of table keys'
        UNION ALL SELECT 'table keys', 'column keys.fingerprint', 'table keys has no column fingerprint, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.fingerprint', 'table keys', 'table keys is missing, which this script creates together with column fingerprint of table keys'
        UNION ALL SELECT 'table keys', 'column keys.kid', 'table keys has no column kid, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.kid', 'table keys', 'table keys is missing, which this script creates together with column kid of table keys'
        UNION ALL SELECT 'table keys', 'column keys.pkcs7', 'table keys has no column pkcs7, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.pkcs7', 'table keys', 'table keys is missing, which this script creates together with column pkcs7 of table keys'
        UNION ALL SELECT 'table keys', 'column keys.revoked_at', 'table keys has no column revoked_at, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.revoked_at', 'table keys', 'table keys is missing, which this script creates together with column revoked_at of table keys'
        UNION ALL SELECT 'table keys', 'column keys.tenant_id', 'table keys has no column tenant_id, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.tenant_id', 'table keys', 'table keys is missing, which this script creates together with column tenant_id of table keys'
        UNION ALL SELECT 'table keys', 'column keys.thumbprint', 'table keys has no column thumbprint, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.thumbprint', 'table keys', 'table keys is missing, which this script creates together with column thumbprint of table keys'
        UNION ALL SELECT 'table keys', 'column keys.type', 'table keys has no column type, which this script creates together with table keys'
        UNION ALL SELECT 'column keys.type', 'table keys', 'table keys is missing, which this script creates together with column type of table keys'
        UNION ALL SELECT 'table keys', 'index keys.PRIMARY', 'table keys has no index PRIMARY, which this script creates together with table keys'
        UNION ALL SELECT 'table keys', 'table invites', 'table invites is missing, which this script creates before table keys'
        UNION ALL SELECT 'table keys', 'index invites.idx_invites_expires_at', 'table invites has no index idx_invites_expires_at, which this script creates before table keys'
        UNION ALL SELECT 'table keys', 'index invites.idx_invites_organization_id', 'table invites has no index idx_invites_organization_id, which this script creates before table keys'
        UNION ALL SELECT 'table keys', 'index invites.idx_invites_tenant_created', 'table invites has no index idx_invites_tenant_created, which this script creates before table keys'
        UNION ALL SELECT 'table kysely_migration', 'column kysely_migration.name', 'table kysely_migration has no column name, which this script creates together with table kysely_migration'
        UNION ALL SELECT 'column kysely_migration.name', 'table kysely_migration', 'table kysely_migration is missing, which this script creates together with column name of table kysely_migration'
        UNION ALL SELECT 'table kysely_migration', 'column kysely_migration.timestamp', 'table kysely_migration has no column timestamp, which this script creates together with table kysely_migration'
        UNION ALL SELECT 'column kysely_migration.timestamp', 'table kysely_migration', 'table kysely_migration is missing, which this script creates together with column timestamp of table kysely_migration'
        UNION ALL SELECT 'table kysely_migration', 'index kysely_migration.PRIMARY', 'table kysely_migration has no index PRIMARY, which this script creates together with table kysely_migration'
        UNION ALL SELECT 'table kysely_migration', 'table keys', 'table keys is missing, which this script creates before table kysely_migration'
        UNION ALL SELECT 'table kysely_migration', 'index keys.tenant_id', 'table keys has no index tenant_id, which this script creates before table kysely_migration'
        UNION ALL SELECT 'table kysely_migration_lock', 'column kysely_migration_lock.id', 'table kysely_migration_lock has no column id, which this script creates together with table kysely_migration_lock'
        UNION ALL SELECT 'column kysely_migration_lock.id', 'table kysely_migration_lock', 'table kysely_migration_lock is missing, which this script creates together with column id of table kysely_migration_lock'
        UNION ALL SELECT 'table kysely_migration_lock', 'column kysely_migration_lock.is_locked', 'table kysely_migration_lock has no column is_locked, which this script creates together with table kysely_migration_lock'
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'table kysely_migration_lock', 'table kysely_migration_lock is missing, which this script creates together with column is_locked of table kysely_migration_lock'
        UNION ALL SELECT 'table kysely_migration_lock', 'index kysely_migration_lock.PRIMARY', 'table kysely_migration_lock has no index PRIMARY, which this script creates together with table kysely_migration_lock'
        UNION ALL SELECT 'table kysely_migration_lock', 'table kysely_migration', 'table kysely_migration is missing, which this script creates before table kysely_migration_lock'
        UNION ALL SELECT 'table sessions', 'column sessions.authenticated_at_ts', 'table sessions has no column authenticated_at_ts, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'table sessions', 'table sessions is missing, which this script creates together with column authenticated_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.clients', 'table sessions has no column clients, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.clients', 'table sessions', 'table sessions is missing, which this script creates together with column clients of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.created_at_ts', 'table sessions has no column created_at_ts, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.created_at_ts', 'table sessions', 'table sessions is missing, which this script creates together with column created_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.device', 'table sessions has no column device, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.device', 'table sessions', 'table sessions is missing, which this script creates together with column device of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.expires_at_ts', 'table sessions has no column expires_at_ts, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.expires_at_ts', 'table sessions', 'table sessions is missing, which this script creates together with column expires_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.id', 'table sessions has no column id, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.id', 'table sessions', 'table sessions is missing, which this script creates together with column id of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.idle_expires_at_ts', 'table sessions has no column idle_expires_at_ts, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'table sessions', 'table sessions is missing, which this script creates together with column idle_expires_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.last_interaction_at_ts', 'table sessions has no column last_interaction_at_ts, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'table sessions', 'table sessions is missing, which this script creates together with column last_interaction_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.login_session_id', 'table sessions has no column login_session_id, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.login_session_id', 'table sessions', 'table sessions is missing, which this script creates together with column login_session_id of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.revoked_at_ts', 'table sessions has no column revoked_at_ts, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'table sessions', 'table sessions is missing, which this script creates together with column revoked_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.tenant_id', 'table sessions has no column tenant_id, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.tenant_id', 'table sessions', 'table sessions is missing, which this script creates together with column tenant_id of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.updated_at_ts', 'table sessions has no column updated_at_ts, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.updated_at_ts', 'table sessions', 'table sessions is missing, which this script creates together with column updated_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.used_at_ts', 'table sessions has no column used_at_ts, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.used_at_ts', 'table sessions', 'table sessions is missing, which this script creates together with column used_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.user_id', 'table sessions has no column user_id, which this script creates together with table sessions'
        UNION ALL SELECT 'column sessions.user_id', 'table sessions', 'table sessions is missing, which this script creates together with column user_id of table sessions'
        UNION ALL SELECT 'table sessions', 'index sessions.PRIMARY', 'table sessions has no index PRIMARY, which this script creates together with table sessions'
        UNION ALL SELECT 'table sessions', 'table kysely_migration_lock', 'table kysely_migration_lock is missing, which this script creates before table sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.auth0Client', 'table login_sessions has no column auth0Client, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.auth0Client', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column auth0Client of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.auth_connection', 'table login_sessions has no column auth_connection, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.auth_connection', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column auth_connection of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.auth_params', 'table login_sessions has no column auth_params, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.auth_params', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column auth_params of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.auth_strategy_strategy', 'table login_sessions has no column auth_strategy_strategy, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column auth_strategy_strategy of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.auth_strategy_strategy_type', 'table login_sessions has no column auth_strategy_strategy_type, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy_type', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column auth_strategy_strategy_type of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.authenticated_at', 'table login_sessions has no column authenticated_at, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.authenticated_at', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column authenticated_at of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.authorization_url', 'table login_sessions has no column authorization_url, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.authorization_url', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column authorization_url of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.created_at_ts', 'table login_sessions has no column created_at_ts, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column created_at_ts of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.csrf_token', 'table login_sessions has no column csrf_token, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.csrf_token', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column csrf_token of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.expires_at_ts', 'table login_sessions has no column expires_at_ts, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column expires_at_ts of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.failure_reason', 'table login_sessions has no column failure_reason, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.failure_reason', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column failure_reason of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.id', 'table login_sessions has no column id, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.id', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column id of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.ip', 'table login_sessions has no column ip, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.ip', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column ip of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.session_id', 'table login_sessions has no column session_id, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.session_id', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column session_id of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.state', 'table login_sessions has no column state, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.state', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column state of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.state_data', 'table login_sessions has no column state_data, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.state_data', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column state_data of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.tenant_id', 'table login_sessions has no column tenant_id, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.tenant_id', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column tenant_id of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.updated_at_ts', 'table login_sessions has no column updated_at_ts, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column updated_at_ts of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.user_id', 'table login_sessions has no column user_id, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.user_id', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column user_id of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.useragent', 'table login_sessions has no column useragent, which this script creates together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.useragent', 'table login_sessions', 'table login_sessions is missing, which this script creates together with column useragent of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'index login_sessions.PRIMARY', 'table login_sessions has no index PRIMARY, which this script creates together with table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'table sessions', 'table sessions is missing, which this script creates before table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'index sessions.idx_sessions_expires_at_ts', 'table sessions has no index idx_sessions_expires_at_ts, which this script creates before table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'index sessions.idx_sessions_idle_expires_at_ts', 'table sessions has no index idx_sessions_idle_expires_at_ts, which this script creates before table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'index sessions.idx_sessions_user_id', 'table sessions has no index idx_sessions_user_id, which this script creates before table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'index sessions.sessions_user_fk', 'table sessions has no index sessions_user_fk, which this script creates before table login_sessions'
        UNION ALL SELECT 'table logs', 'column logs.audience', 'table logs has no column audience, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.audience', 'table logs', 'table logs is missing, which this script creates together with column audience of table logs'
        UNION ALL SELECT 'table logs', 'column logs.auth0_client', 'table logs has no column auth0_client, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.auth0_client', 'table logs', 'table logs is missing, which this script creates together with column auth0_client of table logs'
        UNION ALL SELECT 'table logs', 'column logs.category', 'table logs has no column category, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.category', 'table logs', 'table logs is missing, which this script creates together with column category of table logs'
        UNION ALL SELECT 'table logs', 'column logs.city_name', 'table logs has no column city_name, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.city_name', 'table logs', 'table logs is missing, which this script creates together with column city_name of table logs'
        UNION ALL SELECT 'table logs', 'column logs.client_id', 'table logs has no column client_id, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.client_id', 'table logs', 'table logs is missing, which this script creates together with column client_id of table logs'
        UNION ALL SELECT 'table logs', 'column logs.client_name', 'table logs has no column client_name, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.client_name', 'table logs', 'table logs is missing, which this script creates together with column client_name of table logs'
        UNION ALL SELECT 'table logs', 'column logs.connection', 'table logs has no column connection, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.connection', 'table logs', 'table logs is missing, which this script creates together with column connection of table logs'
        UNION ALL SELECT 'table logs', 'column logs.connection_id', 'table logs has no column connection_id, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.connection_id', 'table logs', 'table logs is missing, which this script creates together with column connection_id of table logs'
        UNION ALL SELECT 'table logs', 'column logs.continent_code', 'table logs has no column continent_code, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.continent_code', 'table logs', 'table logs is missing, which this script creates together with column continent_code of table logs'
        UNION ALL SELECT 'table logs', 'column logs.country_code', 'table logs has no column country_code, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.country_code', 'table logs', 'table logs is missing, which this script creates together with column country_code of table logs'
        UNION ALL SELECT 'table logs', 'column logs.date', 'table logs has no column date, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.date', 'table logs', 'table logs is missing, which this script creates together with column date of table logs'
        UNION ALL SELECT 'table logs', 'column logs.description', 'table logs has no column description, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.description', 'table logs', 'table logs is missing, which this script creates together with column description of table logs'
        UNION ALL SELECT 'table logs', 'column logs.details', 'table logs has no column details, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.details', 'table logs', 'table logs is missing, which this script creates together with column details of table logs'
        UNION ALL SELECT 'table logs', 'column logs.hostname', 'table logs has no column hostname, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.hostname', 'table logs', 'table logs is missing, which this script creates together with column hostname of table logs'
        UNION ALL SELECT 'table logs', 'column logs.ip', 'table logs has no column ip, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.ip', 'table logs', 'table logs is missing, which this script creates together with column ip of table logs'
        UNION ALL SELECT 'table logs', 'column logs.isMobile', 'table logs has no column isMobile, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.isMobile', 'table logs', 'table logs is missing, which this script creates together with column isMobile of table logs'
        UNION ALL SELECT 'table logs', 'column logs.latitude', 'table logs has no column latitude, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.latitude', 'table logs', 'table logs is missing, which this script creates together with column latitude of table logs'
        UNION ALL SELECT 'table logs', 'column logs.log_id', 'table logs has no column log_id, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.log_id', 'table logs', 'table logs is missing, which this script creates together with column log_id of table logs'
        UNION ALL SELECT 'table logs', 'column logs.longitude', 'table logs has no column longitude, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.longitude', 'table logs', 'table logs is missing, which this script creates together with column longitude of table logs'
        UNION ALL SELECT 'table logs', 'column logs.scope', 'table logs has no column scope, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.scope', 'table logs', 'table logs is missing, which this script creates together with column scope of table logs'
        UNION ALL SELECT 'table logs', 'column logs.session_connection', 'table logs has no column session_connection, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.session_connection', 'table logs', 'table logs is missing, which this script creates together with column session_connection of table logs'
        UNION ALL SELECT 'table logs', 'column logs.strategy', 'table logs has no column strategy, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.strategy', 'table logs', 'table logs is missing, which this script creates together with column strategy of table logs'
        UNION ALL SELECT 'table logs', 'column logs.strategy_type', 'table logs has no column strategy_type, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.strategy_type', 'table logs', 'table logs is missing, which this script creates together with column strategy_type of table logs'
        UNION ALL SELECT 'table logs', 'column logs.tenant_id', 'table logs has no column tenant_id, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.tenant_id', 'table logs', 'table logs is missing, which this script creates together with column tenant_id of table logs'
        UNION ALL SELECT 'table logs', 'column logs.time_zone', 'table logs has no column time_zone, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.time_zone', 'table logs', 'table logs is missing, which this script creates together with column time_zone of table logs'
        UNION ALL SELECT 'table logs', 'column logs.type', 'table logs has no column type, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.type', 'table logs', 'table logs is missing, which this script creates together with column type of table logs'
        UNION ALL SELECT 'table logs', 'column logs.user_agent', 'table logs has no column user_agent, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.user_agent', 'table logs', 'table logs is missing, which this script creates together with column user_agent of table logs'
        UNION ALL SELECT 'table logs', 'column logs.user_id', 'table logs has no column user_id, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.user_id', 'table logs', 'table logs is missing, which this script creates together with column user_id of table logs'
        UNION ALL SELECT 'table logs', 'column logs.user_name', 'table logs has no column user_name, which this script creates together with table logs'
        UNION ALL SELECT 'column logs.user_name', 'table logs', 'table logs is missing, which this script creates together with column user_name of table logs'
        UNION ALL SELECT 'table logs', 'index logs.PRIMARY', 'table logs has no index PRIMARY, which this script creates together with table logs'
        UNION ALL SELECT 'table logs', 'table login_sessions', 'table login_sessions is missing, which this script creates before table logs'
        UNION ALL SELECT 'table logs', 'index login_sessions.idx_login_sessions_expires_at_ts', 'table login_sessions has no index idx_login_sessions_expires_at_ts, which this script creates before table logs'
        UNION ALL SELECT 'table logs', 'index login_sessions.login_sessions_id_index', 'table login_sessions has no index login_sessions_id_index, which this script creates before table logs'
        UNION ALL SELECT 'table logs', 'index login_sessions.login_sessions_session_fk', 'table login_sessions has no index login_sessions_session_fk, which this script creates before table logs'
        UNION ALL SELECT 'table logs', 'index login_sessions.login_sessions_state_idx', 'table login_sessions has no index login_sessions_state_idx, which this script creates before table logs'
        UNION ALL SELECT 'table logs', 'index login_sessions.login_sessions_state_updated_idx', 'table login_sessions has no index login_sessions_state_updated_idx, which this script creates before table logs'
        UNION ALL SELECT 'table logs', 'index login_sessions.login_sessions_tenant_user_idx', 'table login_sessions has no index login_sessions_tenant_user_idx, which this script creates before table logs'
        UNION ALL SELECT 'table log_streams', 'column log_streams.created_at', 'table log_streams has no column created_at, which this script creates together with table log_streams'
        UNION ALL SELECT 'column log_streams.created_at', 'table log_streams', 'table log_streams is missing, which this script creates together with column created_at of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.filters', 'table log_streams has no column filters, which this script creates together with table log_streams'
        UNION ALL SELECT 'column log_streams.filters', 'table log_streams', 'table log_streams is missing, which this script creates together with column filters of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.id', 'table log_streams has no column id, which this script creates together with table log_streams'
        UNION ALL SELECT 'column log_streams.id', 'table log_streams', 'table log_streams is missing, which this script creates together with column id of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.is_priority', 'table log_streams has no column is_priority, which this script creates together with table log_streams'
        UNION ALL SELECT 'column log_streams.is_priority', 'table log_streams', 'table log_streams is missing, which this script creates together with column is_priority of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.name', 'table log_streams has no column name, which this script creates together with table log_streams'
        UNION ALL SELECT 'column log_streams.name', 'table log_streams', 'table log_streams is missing, which this script creates together with column name of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.sink', 'table log_streams has no column sink, which this script creates together with table log_streams'
        UNION ALL SELECT 'column log_streams.sink', 'table log_streams', 'table log_streams is missing, which this script creates together with column sink of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.status', 'table log_streams has no column status, which this script creates together with table log_streams'
        UNION ALL SELECT 'column log_streams.status', 'table log_streams', 'table log_streams is missing, which this script creates together with column status of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.tenant_id', 'table log_streams has no column tenant_id, which this script creates together with table log_streams'
        UNION ALL SELECT 'column log_streams.tenant_id', 'table log_streams', 'table log_streams is missing, which this script creates together with column tenant_id of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.type', 'table log_streams has no column type, which this script creates together with table log_streams'
        UNION ALL SELECT 'column log_streams.type', 'table log_streams', 'table log_streams is missing, which this script creates together with column type of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.updated_at', 'table log_streams has no column updated_at, which this script creates together with table log_streams'
        UNION ALL SELECT 'column log_streams.updated_at', 'table log_streams', 'table log_streams is missing, which this script creates together with column updated_at of table log_streams'
        UNION ALL SELECT 'table log_streams', 'index log_streams.PRIMARY', 'table log_streams has no index PRIMARY, which this script creates together with table log_streams'
        UNION ALL SELECT 'table log_streams', 'table logs', 'table logs is missing, which this script creates before table log_streams'
        UNION ALL SELECT 'table migrations', 'column migrations.client_id', 'table migrations has no column client_id, which this script creates together with table migrations'
        UNION ALL SELECT 'column migrations.client_id', 'table migrations', 'table migrations is missing, which this script creates together with column client_id of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.created_at', 'table migrations has no column created_at, which this script creates together with table migrations'
        UNION ALL SELECT 'column migrations.created_at', 'table migrations', 'table migrations is missing, which this script creates together with column created_at of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.domain', 'table migrations has no column domain, which this script creates together with table migrations'
        UNION ALL SELECT 'column migrations.domain', 'table migrations', 'table migrations is missing, which this script creates together with column domain of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.id', 'table migrations has no column id, which this script creates together with table migrations'
        UNION ALL SELECT 'column migrations.id', 'table migrations', 'table migrations is missing, which this script creates together with column id of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.origin', 'table migrations has no column origin, which this script creates together with table migrations'
        UNION ALL SELECT 'column migrations.origin', 'table migrations', 'table migrations is missing, which this script creates together with column origin of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.provider', 'table migrations has no column provider, which this script creates together with table migrations'
        UNION ALL SELECT 'column migrations.provider', 'table migrations', 'table migrations is missing, which this script creates together with column provider of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.tenant_id', 'table migrations has no column tenant_id, which this script creates together with table migrations'
        UNION ALL SELECT 'column migrations.tenant_id', 'table migrations', 'table migrations is missing, which this script creates together with column tenant_id of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.updated_at', 'table migrations has no column updated_at, which this script creates together with table migrations'
        UNION ALL SELECT 'column migrations.updated_at', 'table migrations', 'table migrations is missing, which this script creates together with column updated_at of table migrations'
        UNION ALL SELECT 'table migrations', 'index migrations.PRIMARY', 'table migrations has no index PRIMARY, which this script creates together with table migrations'
        UNION ALL SELECT 'table migrations', 'table log_streams', 'table log_streams is missing, which this script creates before table migrations'
        UNION ALL SELECT 'table migrations', 'index log_streams.idx_log_streams_tenant_id', 'table log_streams has no index idx_log_streams_tenant_id, which this script creates before table migrations'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.connection', 'table migration_sources has no column connection, which this script creates together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.connection', 'table migration_sources', 'table migration_sources is missing, which this script creates together with column connection of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.created_at', 'table migration_sources has no column created_at, which this script creates together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.created_at', 'table migration_sources', 'table migration_sources is missing, which this script creates together with column created_at of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.credentials', 'table migration_sources has no column credentials, which this script creates together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.credentials', 'table migration_sources', 'table migration_sources is missing, which this script creates together with column credentials of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.enabled', 'table migration_sources has no column enabled, which this script creates together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.enabled', 'table migration_sources', 'table migration_sources is missing, which this script creates together with column enabled of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.id', 'table migration_sources has no column id, which this script creates together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.id', 'table migration_sources', 'table migration_sources is missing, which this script creates together with column id of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.name', 'table migration_sources has no column name, which this script creates together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.name', 'table migration_sources', 'table migration_sources is missing, which this script creates together with column name of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.provider', 'table migration_sources has no column provider, which this script creates together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.provider', 'table migration_sources', 'table migration_sources is missing, which this script creates together with column provider of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.tenant_id', 'table migration_sources has no column tenant_id, which this script creates together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.tenant_id', 'table migration_sources', 'table migration_sources is missing, which this script creates together with column tenant_id of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.updated_at', 'table migration_sources has no column updated_at, which this script creates together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.updated_at', 'table migration_sources', 'table migration_sources is missing, which this script creates together with column updated_at of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'index migration_sources.PRIMARY', 'table migration_sources has no index PRIMARY, which this script creates together with table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'table migrations', 'table migrations is missing, which this script creates before table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'index migrations.tenant_id', 'table migrations has no index tenant_id, which this script creates before table migration_sources'
        UNION ALL SELECT 'table organizations', 'column organizations.branding', 'table organizations has no column branding, which this script creates together with table organizations'
        UNION ALL SELECT 'column organizations.branding', 'table organizations', 'table organizations is missing, which this script creates together with column branding of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.created_at', 'table organizations has no column created_at, which this script creates together with table organizations'
        UNION ALL SELECT 'column organizations.created_at', 'table organizations', 'table organizations is missing, which this script creates together with column created_at of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.display_name', 'table organizations has no column display_name, which this script creates together with table organizations'
        UNION ALL SELECT 'column organizations.display_name', 'table organizations', 'table organizations is missing, which this script creates together with column display_name of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.enabled_connections', 'table organizations has no column enabled_connections, which this script creates together with table organizations'
        UNION ALL SELECT 'column organizations.enabled_connections', 'table organizations', 'table organizations is missing, which this script creates together with column enabled_connections of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.id', 'table organizations has no column id, which this script creates together with table organizations'
        UNION ALL SELECT 'column organizations.id', 'table organizations', 'table organizations is missing, which this script creates together with column id of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.metadata', 'table organizations has no column metadata, which this script creates together with table organizations'
        UNION ALL SELECT 'column organizations.metadata', 'table organizations', 'table organizations is missing, which this script creates together with column metadata of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.name', 'table organizations has no column name, which this script creates together with table organizations'
        UNION ALL SELECT 'column organizations.name', 'table organizations', 'table organizations is missing, which this script creates together with column name of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.tenant_id', 'table organizations has no column tenant_id, which this script creates together with table organizations'
        UNION ALL SELECT 'column organizations.tenant_id', 'table organizations', 'table organizations is missing, which this script creates together with column tenant_id of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.token_quota', 'table organizations has no column token_quota, which this script creates together with table organizations'
        UNION ALL SELECT 'column organizations.token_quota', 'table organizations', 'table organizations is missing, which this script creates together with column token_quota of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.updated_at', 'table organizations has no column updated_at, which this script creates together with table organizations'
        UNION ALL SELECT 'column organizations.updated_at', 'table organizations', 'table organizations is missing, which this script creates together with column updated_at of table organizations'
        UNION ALL SELECT 'table organizations', 'index organizations.PRIMARY', 'table organizations has no index PRIMARY, which this script creates together with table organizations'
        UNION ALL SELECT 'table organizations', 'table migration_sources', 'table migration_sources is missing, which this script creates before table organizations'
        UNION ALL SELECT 'table organizations', 'index migration_sources.idx_migration_sources_tenant_id', 'table migration_sources has no index idx_migration_sources_tenant_id, which this script creates before table organizations'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.assign_membership_on_login', 'table organization_connections has no column assign_membership_on_login, which this script creates together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.assign_membership_on_login', 'table organization_connections', 'table organization_connections is missing, which this script creates together with column assign_membership_on_login of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.connection_id', 'table organization_connections has no column connection_id, which this script creates together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.connection_id', 'table organization_connections', 'table organization_connections is missing, which this script creates together with column connection_id of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.created_at', 'table organization_connections has no column created_at, which this script creates together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.created_at', 'table organization_connections', 'table organization_connections is missing, which this script creates together with column created_at of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.is_signup_enabled', 'table organization_connections has no column is_signup_enabled, which this script creates together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.is_signup_enabled', 'table organization_connections', 'table organization_connections is missing, which this script creates together with column is_signup_enabled of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.organization_id', 'table organization_connections has no column organization_id, which this script creates together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.organization_id', 'table organization_connections', 'table organization_connections is missing, which this script creates together with column organization_id of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.show_as_button', 'table organization_connections has no column show_as_button, which this script creates together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.show_as_button', 'table organization_connections', 'table organization_connections is missing, which this script creates together with column show_as_button of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.tenant_id', 'table organization_connections has no column tenant_id, which this script creates together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.tenant_id', 'table organization_connections', 'table organization_connections is missing, which this script creates together with column tenant_id of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.updated_at', 'table organization_connections has no column updated_at, which this script creates together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.updated_at', 'table organization_connections', 'table organization_connections is missing, which this script creates together with column updated_at of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'index organization_connections.organization_connections_unique', 'table organization_connections has no index organization_connections_unique, which this script creates together with table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'table organizations', 'table organizations is missing, which this script creates before table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'index organizations.idx_organizations_tenant_name_unique', 'table organizations has no index idx_organizations_tenant_name_unique, which this script creates before table organization_connections'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.aggregate_id', 'table outbox_events has no column aggregate_id, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.aggregate_id', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column aggregate_id of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.aggregate_type', 'table outbox_events has no column aggregate_type, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.aggregate_type', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column aggregate_type of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.claim_expires_at', 'table outbox_events has no column claim_expires_at, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.claim_expires_at', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column claim_expires_at of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.claimed_by', 'table outbox_events has no column claimed_by, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.claimed_by', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column claimed_by of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.created_at', 'table outbox_events has no column created_at, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.created_at', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column created_at of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.dead_lettered_at', 'table outbox_events has no column dead_lettered_at, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.dead_lettered_at', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column dead_lettered_at of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.error', 'table outbox_events has no column error, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.error', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column error of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.event_type', 'table outbox_events has no column event_type, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.event_type', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column event_type of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.final_error', 'table outbox_events has no column final_error, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.final_error', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column final_error of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.id', 'table outbox_events has no column id, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.id', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column id of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.log_type', 'table outbox_events has no column log_type, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.log_type', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column log_type of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.next_retry_at', 'table outbox_events has no column next_retry_at, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.next_retry_at', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column next_retry_at of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.payload', 'table outbox_events has no column payload, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.payload', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column payload of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.processed_at', 'table outbox_events has no column processed_at, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.processed_at', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column processed_at of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.retry_count', 'table outbox_events has no column retry_count, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.retry_count', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column retry_count of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.tenant_id', 'table outbox_events has no column tenant_id, which this script creates together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.tenant_id', 'table outbox_events', 'table outbox_events is missing, which this script creates together with column tenant_id of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'index outbox_events.PRIMARY', 'table outbox_events has no index PRIMARY, which this script creates together with table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'table organization_connections', 'table organization_connections is missing, which this script creates before table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'index organization_connections.idx_organization_connections_tenant_connection', 'table organization_connections has no index idx_organization_connections_tenant_connection, which this script creates before table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'index organization_connections.idx_organization_connections_tenant_org', 'table organization_connections has no index idx_organization_connections_tenant_org, which this script creates before table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'index organization_connections.organization_connections_organization_fk', 'table organization_connections has no index organization_connections_organization_fk, which this script creates before table outbox_events'
        UNION ALL SELECT 'table passwords', 'column passwords.algorithm', 'table passwords has no column algorithm, which this script creates together with table passwords'
        UNION ALL SELECT 'column passwords.algorithm', 'table passwords', 'table passwords is missing, which this script creates together with column algorithm of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.created_at', 'table passwords has no column created_at, which this script creates together with table passwords'
        UNION ALL SELECT 'column passwords.created_at', 'table passwords', 'table passwords is missing, which this script creates together with column created_at of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.id', 'table passwords has no column id, which this script creates together with table passwords'
        UNION ALL SELECT 'column passwords.id', 'table passwords', 'table passwords is missing, which this script creates together with column id of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.is_current', 'table passwords has no column is_current, which this script creates together with table passwords'
        UNION ALL SELECT 'column passwords.is_current', 'table passwords', 'table passwords is missing, which this script creates together with column is_current of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.password', 'table passwords has no column password, which this script creates together with table passwords'
        UNION ALL SELECT 'column passwords.password', 'table passwords', 'table passwords is missing, which this script creates together with column password of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.tenant_id', 'table passwords has no column tenant_id, which this script creates together with table passwords'
        UNION ALL SELECT 'column passwords.tenant_id', 'table passwords', 'table passwords is missing, which this script creates together with column tenant_id of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.updated_at', 'table passwords has no column updated_at, which this script creates together with table passwords'
        UNION ALL SELECT 'column passwords.updated_at', 'table passwords', 'table passwords is missing, which this script creates together with column updated_at of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.user_id', 'table passwords has no column user_id, which this script creates together with table passwords'
        UNION ALL SELECT 'column passwords.user_id', 'table passwords', 'table passwords is missing, which this script creates together with column user_id of table passwords'
        UNION ALL SELECT 'table passwords', 'index passwords.PRIMARY', 'table passwords has no index PRIMARY, which this script creates together with table passwords'
        UNION ALL SELECT 'table passwords', 'table outbox_events', 'table outbox_events is missing, which this script creates before table passwords'
        UNION ALL SELECT 'table passwords', 'index outbox_events.idx_outbox_claim', 'table outbox_events has no index idx_outbox_claim, which this script creates before table passwords'
        UNION ALL SELECT 'table passwords', 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'table outbox_events has no index idx_outbox_events_tenant_dead_lettered, which this script creates before table passwords'
        UNION ALL SELECT 'table passwords', 'index outbox_events.idx_outbox_tenant_type', 'table outbox_events has no index idx_outbox_tenant_type, which this script creates before table passwords'
        UNION ALL SELECT 'table passwords', 'index outbox_events.idx_outbox_unprocessed', 'table outbox_events has no index idx_outbox_unprocessed, which this script creates before table passwords'
        UNION ALL SELECT 'table prompt_settings', 'column prompt_settings.identifier_first', 'table prompt_settings has no column identifier_first, which this script creates together with table prompt_settings'
        UNION ALL SELECT 'column prompt_settings.identifier_first', 'table prompt_settings', 'table prompt_settings is missing, which this script creates together with column identifier_first of table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'column prompt_settings.password_first', 'table prompt_settings has no column password_first, which this script creates together with table prompt_settings'
        UNION ALL SELECT 'column prompt_settings.password_first', 'table prompt_settings', 'table prompt_settings is missing, which this script creates together with column password_first of table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'column prompt_settings.tenant_id', 'table prompt_settings has no column tenant_id, which this script creates together with table prompt_settings'
        UNION ALL SELECT 'column prompt_settings.tenant_id', 'table prompt_settings', 'table prompt_settings is missing, which this script creates together with column tenant_id of table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'column prompt_settings.universal_login_experience', 'table prompt_settings has no column universal_login_experience, which this script creates together with table prompt_settings'
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'table prompt_settings', 'table prompt_settings is missing, which this script creates together with column universal_login_experience of table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'column prompt_settings.webauthn_platform_first_factor', 'table prompt_settings has no column webauthn_platform_first_factor, which this script creates together with table prompt_settings'
        UNION ALL SELECT 'column prompt_settings.webauthn_platform_first_factor', 'table prompt_settings', 'table prompt_settings is missing, which this script creates together with column webauthn_platform_first_factor of table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'index prompt_settings.PRIMARY', 'table prompt_settings has no index PRIMARY, which this script creates together with table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'table passwords', 'table passwords is missing, which this script creates before table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'index passwords.password_history_user_id_tenant_id_constraint', 'table passwords has no index password_history_user_id_tenant_id_constraint, which this script creates before table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'index passwords.tenant_id', 'table passwords has no index tenant_id, which this script creates before table prompt_settings'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.created_at', 'table proxy_routes has no column created_at, which this script creates together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.created_at', 'table proxy_routes', 'table proxy_routes is missing, which this script creates together with column created_at of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.custom_domain_id', 'table proxy_routes has no column custom_domain_id, which this script creates together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.custom_domain_id', 'table proxy_routes', 'table proxy_routes is missing, which this script creates together with column custom_domain_id of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.handlers', 'table proxy_routes has no column handlers, which this script creates together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.handlers', 'table proxy_routes', 'table proxy_routes is missing, which this script creates together with column handlers of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.id', 'table proxy_routes has no column id, which this script creates together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.id', 'table proxy_routes', 'table proxy_routes is missing, which this script creates together with column id of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.match', 'table proxy_routes has no column match, which this script creates together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.match', 'table proxy_routes', 'table proxy_routes is missing, which this script creates together with column match of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.priority', 'table proxy_routes has no column priority, which this script creates together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.priority', 'table proxy_routes', 'table proxy_routes is missing, which this script creates together with column priority of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.tenant_id', 'table proxy_routes has no column tenant_id, which this script creates together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.tenant_id', 'table proxy_routes', 'table proxy_routes is missing, which this script creates together with column tenant_id of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.updated_at', 'table proxy_routes has no column updated_at, which this script creates together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.updated_at', 'table proxy_routes', 'table proxy_routes is missing, which this script creates together with column updated_at of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'index proxy_routes.PRIMARY', 'table proxy_routes has no index PRIMARY, which this script creates together with table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'table prompt_settings', 'table prompt_settings is missing, which this script creates before table proxy_routes'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.client_id', 'table refresh_tokens has no column client_id, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.client_id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column client_id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.created_at_ts', 'table refresh_tokens has no column created_at_ts, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column created_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.device', 'table refresh_tokens has no column device, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.device', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column device of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.expires_at_ts', 'table refresh_tokens has no column expires_at_ts, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column expires_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.family_id', 'table refresh_tokens has no column family_id, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.family_id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column family_id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.id', 'table refresh_tokens has no column id, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.idle_expires_at_ts', 'table refresh_tokens has no column idle_expires_at_ts, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column idle_expires_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.last_exchanged_at_ts', 'table refresh_tokens has no column last_exchanged_at_ts, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column last_exchanged_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.login_id', 'table refresh_tokens has no column login_id, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.login_id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column login_id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.resource_servers', 'table refresh_tokens has no column resource_servers, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.resource_servers', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column resource_servers of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.revoked_at_ts', 'table refresh_tokens has no column revoked_at_ts, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column revoked_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.rotated_at_ts', 'table refresh_tokens has no column rotated_at_ts, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column rotated_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.rotated_to', 'table refresh_tokens has no column rotated_to, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.rotated_to', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column rotated_to of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.rotating', 'table refresh_tokens has no column rotating, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.rotating', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column rotating of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.tenant_id', 'table refresh_tokens has no column tenant_id, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.tenant_id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column tenant_id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.token_hash', 'table refresh_tokens has no column token_hash, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.token_hash', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column token_hash of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.token_lookup', 'table refresh_tokens has no column token_lookup, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.token_lookup', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column token_lookup of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.user_id', 'table refresh_tokens has no column user_id, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.user_id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates together with column user_id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'index refresh_tokens.PRIMARY', 'table refresh_tokens has no index PRIMARY, which this script creates together with table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'table proxy_routes', 'table proxy_routes is missing, which this script creates before table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'table proxy_routes has no index proxy_routes_custom_domain_id_idx, which this script creates before table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'index proxy_routes.proxy_routes_tenant_id_idx', 'table proxy_routes has no index proxy_routes_tenant_id_idx, which this script creates before table refresh_tokens'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.allow_offline_access', 'table resource_servers has no column allow_offline_access, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column allow_offline_access of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.created_at', 'table resource_servers has no column created_at, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.created_at', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column created_at of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.id', 'table resource_servers has no column id, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.id', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column id of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.identifier', 'table resource_servers has no column identifier, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.identifier', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column identifier of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.is_system', 'table resource_servers has no column is_system, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.is_system', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column is_system of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.metadata', 'table resource_servers has no column metadata, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.metadata', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column metadata of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.name', 'table resource_servers has no column name, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.name', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column name of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.options', 'table resource_servers has no column options, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.options', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column options of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.scopes', 'table resource_servers has no column scopes, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.scopes', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column scopes of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.signing_alg', 'table resource_servers has no column signing_alg, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.signing_alg', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column signing_alg of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.signing_secret', 'table resource_servers has no column signing_secret, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.signing_secret', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column signing_secret of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'table resource_servers has no column skip_consent_for_verifiable_first_party_clients, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column skip_consent_for_verifiable_first_party_clients of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.tenant_id', 'table resource_servers has no column tenant_id, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.tenant_id', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column tenant_id of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.token_lifetime', 'table resource_servers has no column token_lifetime, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column token_lifetime of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.token_lifetime_for_web', 'table resource_servers has no column token_lifetime_for_web, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column token_lifetime_for_web of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.updated_at', 'table resource_servers has no column updated_at, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.updated_at', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column updated_at of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.verification_key', 'table resource_servers has no column verification_key, which this script creates together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.verification_key', 'table resource_servers', 'table resource_servers is missing, which this script creates together with column verification_key of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'index resource_servers.PRIMARY', 'table resource_servers has no index PRIMARY, which this script creates together with table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'table refresh_tokens', 'table refresh_tokens is missing, which this script creates before table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_expires_at_ts, which this script creates before table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_family_id', 'table refresh_tokens has no index idx_refresh_tokens_family_id, which this script creates before table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_idle_expires_at_ts, which this script creates before table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_login_id', 'table refresh_tokens has no index idx_refresh_tokens_login_id, which this script creates before table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'table refresh_tokens has no index idx_refresh_tokens_token_lookup, which this script creates before table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_user_id', 'table refresh_tokens has no index idx_refresh_tokens_user_id, which this script creates before table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.refresh_tokens_client_fk', 'table refresh_tokens has no index refresh_tokens_client_fk, which this script creates before table resource_servers'
        UNION ALL SELECT 'table roles', 'column roles.created_at', 'table roles has no column created_at, which this script creates together with table roles'
        UNION ALL SELECT 'column roles.created_at', 'table roles', 'table roles is missing, which this script creates together with column created_at of table roles'
        UNION ALL SELECT 'table roles', 'column roles.description', 'table roles has no column description, which this script creates together with table roles'
        UNION ALL SELECT 'column roles.description', 'table roles', 'table roles is missing, which this script creates together with column description of table roles'
        UNION ALL SELECT 'table roles', 'column roles.id', 'table roles has no column id, which this script creates together with table roles'
        UNION ALL SELECT 'column roles.id', 'table roles', 'table roles is missing, which this script creates together with column id of table roles'
        UNION ALL SELECT 'table roles', 'column roles.is_system', 'table roles has no column is_system, which this script creates together with table roles'
        UNION ALL SELECT 'column roles.is_system', 'table roles', 'table roles is missing, which this script creates together with column is_system of table roles'
        UNION ALL SELECT 'table roles', 'column roles.metadata', 'table roles has no column metadata, which this script creates together with table roles'
        UNION ALL SELECT 'column roles.metadata', 'table roles', 'table roles is missing, which this script creates together with column metadata of table roles'
        UNION ALL SELECT 'table roles', 'column roles.name', 'table roles has no column name, which this script creates together with table roles'
        UNION ALL SELECT 'column roles.name', 'table roles', 'table roles is missing, which this script creates together with column name of table roles'
        UNION ALL SELECT 'table roles', 'column roles.tenant_id', 'table roles has no column tenant_id, which this script creates together with table roles'
        UNION ALL SELECT 'column roles.tenant_id', 'table roles', 'table roles is missing, which this script creates together with column tenant_id of table roles'
        UNION ALL SELECT 'table roles', 'column roles.updated_at', 'table roles has no column updated_at, which this script creates together with table roles'
        UNION ALL SELECT 'column roles.updated_at', 'table roles', 'table roles is missing, which this script creates together with column updated_at of table roles'
        UNION ALL SELECT 'table roles', 'index roles.PRIMARY', 'table roles has no index PRIMARY, which this script creates together with table roles'
        UNION ALL SELECT 'table roles', 'table resource_servers', 'table resource_servers is missing, which this script creates before table roles'
        UNION ALL SELECT 'table roles', 'index resource_servers.resource_servers_tenant_identifier_uq', 'table resource_servers has no index resource_servers_tenant_identifier_uq, which this script creates before table roles'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.created_at', 'table role_permissions has no column created_at, which this script creates together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.created_at', 'table role_permissions', 'table role_permissions is missing, which this script creates together with column created_at of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.permission_name', 'table role_permissions has no column permission_name, which this script creates together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.permission_name', 'table role_permissions', 'table role_permissions is missing, which this script creates together with column permission_name of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.resource_server_identifier', 'table role_permissions has no column resource_server_identifier, which this script creates together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.resource_server_identifier', 'table role_permissions', 'table role_permissions is missing, which this script creates together with column resource_server_identifier of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.role_id', 'table role_permissions has no column role_id, which this script creates together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.role_id', 'table role_permissions', 'table role_permissions is missing, which this script creates together with column role_id of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.tenant_id', 'table role_permissions has no column tenant_id, which this script creates together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.tenant_id', 'table role_permissions', 'table role_permissions is missing, which this script creates together with column tenant_id of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY, which this script creates together with table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'table roles', 'table roles is missing, which this script creates before table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'index roles.roles_tenant_name_uq', 'table roles has no index roles_tenant_name_uq, which this script creates before table role_permissions'
        UNION ALL SELECT 'table rollouts', 'column rollouts.canary_tenant_ids', 'table rollouts has no column canary_tenant_ids, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.canary_tenant_ids', 'table rollouts', 'table rollouts is missing, which this script creates together with column canary_tenant_ids of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.created_at', 'table rollouts has no column created_at, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.created_at', 'table rollouts', 'table rollouts is missing, which this script creates together with column created_at of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.filter', 'table rollouts has no column filter, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.filter', 'table rollouts', 'table rollouts is missing, which this script creates together with column filter of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.finished_at', 'table rollouts has no column finished_at, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.finished_at', 'table rollouts', 'table rollouts is missing, which this script creates together with column finished_at of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.id', 'table rollouts has no column id, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.id', 'table rollouts', 'table rollouts is missing, which this script creates together with column id of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.initiated_by', 'table rollouts has no column initiated_by, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.initiated_by', 'table rollouts', 'table rollouts is missing, which this script creates together with column initiated_by of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.kind', 'table rollouts has no column kind, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.kind', 'table rollouts', 'table rollouts is missing, which this script creates together with column kind of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.status', 'table rollouts has no column status, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.status', 'table rollouts', 'table rollouts is missing, which this script creates together with column status of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.target_database_version', 'table rollouts has no column target_database_version, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.target_database_version', 'table rollouts', 'table rollouts is missing, which this script creates together with column target_database_version of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.target_worker_version', 'table rollouts has no column target_worker_version, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.target_worker_version', 'table rollouts', 'table rollouts is missing, which this script creates together with column target_worker_version of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.updated_at', 'table rollouts has no column updated_at, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.updated_at', 'table rollouts', 'table rollouts is missing, which this script creates together with column updated_at of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.wave_size', 'table rollouts has no column wave_size, which this script creates together with table rollouts'
        UNION ALL SELECT 'column rollouts.wave_size', 'table rollouts', 'table rollouts is missing, which this script creates together with column wave_size of table rollouts'
        UNION ALL SELECT 'table rollouts', 'index rollouts.PRIMARY', 'table rollouts has no index PRIMARY, which this script creates together with table rollouts'
        UNION ALL SELECT 'table rollouts', 'table role_permissions', 'table role_permissions is missing, which this script creates before table rollouts'
        UNION ALL SELECT 'table rollouts', 'index role_permissions.role_permissions_permission_fk', 'table role_permissions has no index role_permissions_permission_fk, which this script creates before table rollouts'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.created_at', 'table tenant_operations has no column created_at, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.created_at', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column created_at of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.current_step', 'table tenant_operations has no column current_step, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.current_step', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column current_step of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.engine', 'table tenant_operations has no column engine, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.engine', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column engine of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.engine_instance_id', 'table tenant_operations has no column engine_instance_id, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.engine_instance_id', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column engine_instance_id of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.error', 'table tenant_operations has no column error, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.error', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column error of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.finished_at', 'table tenant_operations has no column finished_at, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.finished_at', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column finished_at of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.id', 'table tenant_operations has no column id, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.id', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column id of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.initiated_by', 'table tenant_operations has no column initiated_by, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.initiated_by', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column initiated_by of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.kind', 'table tenant_operations has no column kind, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.kind', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column kind of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.rollout_id', 'table tenant_operations has no column rollout_id, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.rollout_id', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column rollout_id of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.status', 'table tenant_operations has no column status, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.status', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column status of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.target_database_version', 'table tenant_operations has no column target_database_version, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.target_database_version', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column target_database_version of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.target_worker_version', 'table tenant_operations has no column target_worker_version, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.target_worker_version', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column target_worker_version of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.tenant_id', 'table tenant_operations has no column tenant_id, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.tenant_id', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column tenant_id of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.updated_at', 'table tenant_operations has no column updated_at, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.updated_at', 'table tenant_operations', 'table tenant_operations is missing, which this script creates together with column updated_at of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'index tenant_operations.PRIMARY', 'table tenant_operations has no index PRIMARY, which this script creates together with table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'table rollouts', 'table rollouts is missing, which this script creates before table tenant_operations'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.attempt', 'table tenant_operation_events has no column attempt, which this script creates together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script creates together with column attempt of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.created_at', 'table tenant_operation_events has no column created_at, which this script creates together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.created_at', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script creates together with column created_at of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.detail', 'table tenant_operation_events has no column detail, which this script creates together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.detail', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script creates together with column detail of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.id', 'table tenant_operation_events has no column id, which this script creates together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.id', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script creates together with column id of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.operation_id', 'table tenant_operation_events has no column operation_id, which this script creates together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.operation_id', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script creates together with column operation_id of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.outcome', 'table tenant_operation_events has no column outcome, which this script creates together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.outcome', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script creates together with column outcome of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.step', 'table tenant_operation_events has no column step, which this script creates together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.step', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script creates together with column step of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'index tenant_operation_events.PRIMARY', 'table tenant_operation_events has no index PRIMARY, which this script creates together with table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'table tenant_operations', 'table tenant_operations is missing, which this script creates before table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'index tenant_operations.tenant_operations_rollout_id_idx', 'table tenant_operations has no index tenant_operations_rollout_id_idx, which this script creates before table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'index tenant_operations.tenant_operations_status_idx', 'table tenant_operations has no index tenant_operations_status_idx, which this script creates before table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'table tenant_operations has no index tenant_operations_tenant_id_created_at_idx, which this script creates before table tenant_operation_events'
        UNION ALL SELECT 'table themes', 'column themes.borders_button_border_radius', 'table themes has no column borders_button_border_radius, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'table themes', 'table themes is missing, which this script creates together with column borders_button_border_radius of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_button_border_weight', 'table themes has no column borders_button_border_weight, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'table themes', 'table themes is missing, which this script creates together with column borders_button_border_weight of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_buttons_style', 'table themes has no column borders_buttons_style, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.borders_buttons_style', 'table themes', 'table themes is missing, which this script creates together with column borders_buttons_style of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_input_border_radius', 'table themes has no column borders_input_border_radius, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'table themes', 'table themes is missing, which this script creates together with column borders_input_border_radius of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_input_border_weight', 'table themes has no column borders_input_border_weight, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'table themes', 'table themes is missing, which this script creates together with column borders_input_border_weight of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_inputs_style', 'table themes has no column borders_inputs_style, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.borders_inputs_style', 'table themes', 'table themes is missing, which this script creates together with column borders_inputs_style of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_show_widget_shadow', 'table themes has no column borders_show_widget_shadow, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.borders_show_widget_shadow', 'table themes', 'table themes is missing, which this script creates together with column borders_show_widget_shadow of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_widget_border_weight', 'table themes has no column borders_widget_border_weight, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'table themes', 'table themes is missing, which this script creates together with column borders_widget_border_weight of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_widget_corner_radius', 'table themes has no column borders_widget_corner_radius, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'table themes', 'table themes is missing, which this script creates together with column borders_widget_corner_radius of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_base_focus_color', 'table themes has no column colors_base_focus_color, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_base_focus_color', 'table themes', 'table themes is missing, which this script creates together with column colors_base_focus_color of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_base_hover_color', 'table themes has no column colors_base_hover_color, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_base_hover_color', 'table themes', 'table themes is missing, which this script creates together with column colors_base_hover_color of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_body_text', 'table themes has no column colors_body_text, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_body_text', 'table themes', 'table themes is missing, which this script creates together with column colors_body_text of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_captcha_widget_theme', 'table themes has no column colors_captcha_widget_theme, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_captcha_widget_theme', 'table themes', 'table themes is missing, which this script creates together with column colors_captcha_widget_theme of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_error', 'table themes has no column colors_error, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_error', 'table themes', 'table themes is missing, which this script creates together with column colors_error of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_header', 'table themes has no column colors_header, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_header', 'table themes', 'table themes is missing, which this script creates together with column colors_header of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_icons', 'table themes has no column colors_icons, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_icons', 'table themes', 'table themes is missing, which this script creates together with column colors_icons of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_input_background', 'table themes has no column colors_input_background, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_input_background', 'table themes', 'table themes is missing, which this script creates together with column colors_input_background of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_input_border', 'table themes has no column colors_input_border, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_input_border', 'table themes', 'table themes is missing, which this script creates together with column colors_input_border of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_input_filled_text', 'table themes has no column colors_input_filled_text, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_input_filled_text', 'table themes', 'table themes is missing, which this script creates together with column colors_input_filled_text of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_input_labels_placeholders', 'table themes has no column colors_input_labels_placeholders, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_input_labels_placeholders', 'table themes', 'table themes is missing, which this script creates together with column colors_input_labels_placeholders of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_links_focused_components', 'table themes has no column colors_links_focused_components, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_links_focused_components', 'table themes', 'table themes is missing, which this script creates together with column colors_links_focused_components of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_primary_button', 'table themes has no column colors_primary_button, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_primary_button', 'table themes', 'table themes is missing, which this script creates together with column colors_primary_button of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_primary_button_label', 'table themes has no column colors_primary_button_label, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_primary_button_label', 'table themes', 'table themes is missing, which this script creates together with column colors_primary_button_label of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_secondary_button_border', 'table themes has no column colors_secondary_button_border, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_secondary_button_border', 'table themes', 'table themes is missing, which this script creates together with column colors_secondary_button_border of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_secondary_button_label', 'table themes has no column colors_secondary_button_label, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_secondary_button_label', 'table themes', 'table themes is missing, which this script creates together with column colors_secondary_button_label of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_success', 'table themes has no column colors_success, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_success', 'table themes', 'table themes is missing, which this script creates together with column colors_success of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_widget_background', 'table themes has no column colors_widget_background, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_widget_background', 'table themes', 'table themes is missing, which this script creates together with column colors_widget_background of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_widget_border', 'table themes has no column colors_widget_border, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.colors_widget_border', 'table themes', 'table themes is missing, which this script creates together with column colors_widget_border of table themes'
        UNION ALL SELECT 'table themes', 'column themes.created_at', 'table themes has no column created_at, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.created_at', 'table themes', 'table themes is missing, which this script creates together with column created_at of table themes'
        UNION ALL SELECT 'table themes', 'column themes.displayName', 'table themes has no column displayName, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.displayName', 'table themes', 'table themes is missing, which this script creates together with column displayName of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_body_text_bold', 'table themes has no column fonts_body_text_bold, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'table themes', 'table themes is missing, which this script creates together with column fonts_body_text_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_body_text_size', 'table themes has no column fonts_body_text_size, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'table themes', 'table themes is missing, which this script creates together with column fonts_body_text_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_buttons_text_bold', 'table themes has no column fonts_buttons_text_bold, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'table themes', 'table themes is missing, which this script creates together with column fonts_buttons_text_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_buttons_text_size', 'table themes has no column fonts_buttons_text_size, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'table themes', 'table themes is missing, which this script creates together with column fonts_buttons_text_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_font_url', 'table themes has no column fonts_font_url, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_font_url', 'table themes', 'table themes is missing, which this script creates together with column fonts_font_url of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_input_labels_bold', 'table themes has no column fonts_input_labels_bold, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'table themes', 'table themes is missing, which this script creates together with column fonts_input_labels_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_input_labels_size', 'table themes has no column fonts_input_labels_size, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'table themes', 'table themes is missing, which this script creates together with column fonts_input_labels_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_links_bold', 'table themes has no column fonts_links_bold, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_links_bold', 'table themes', 'table themes is missing, which this script creates together with column fonts_links_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_links_size', 'table themes has no column fonts_links_size, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_links_size', 'table themes', 'table themes is missing, which this script creates together with column fonts_links_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_links_style', 'table themes has no column fonts_links_style, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_links_style', 'table themes', 'table themes is missing, which this script creates together with column fonts_links_style of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_reference_text_size', 'table themes has no column fonts_reference_text_size, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'table themes', 'table themes is missing, which this script creates together with column fonts_reference_text_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_subtitle_bold', 'table themes has no column fonts_subtitle_bold, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_subtitle_bold', 'table themes', 'table themes is missing, which this script creates together with column fonts_subtitle_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_subtitle_size', 'table themes has no column fonts_subtitle_size, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'table themes', 'table themes is missing, which this script creates together with column fonts_subtitle_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_title_bold', 'table themes has no column fonts_title_bold, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_title_bold', 'table themes', 'table themes is missing, which this script creates together with column fonts_title_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_title_size', 'table themes has no column fonts_title_size, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.fonts_title_size', 'table themes', 'table themes is missing, which this script creates together with column fonts_title_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.page_background_background_color', 'table themes has no column page_background_background_color, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.page_background_background_color', 'table themes', 'table themes is missing, which this script creates together with column page_background_background_color of table themes'
        UNION ALL SELECT 'table themes', 'column themes.page_background_background_image_url', 'table themes has no column page_background_background_image_url, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.page_background_background_image_url', 'table themes', 'table themes is missing, which this script creates together with column page_background_background_image_url of table themes'
        UNION ALL SELECT 'table themes', 'column themes.page_background_page_layout', 'table themes has no column page_background_page_layout, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.page_background_page_layout', 'table themes', 'table themes is missing, which this script creates together with column page_background_page_layout of table themes'
        UNION ALL SELECT 'table themes', 'column themes.tenant_id', 'table themes has no column tenant_id, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.tenant_id', 'table themes', 'table themes is missing, which this script creates together with column tenant_id of table themes'
        UNION ALL SELECT 'table themes', 'column themes.themeId', 'table themes has no column themeId, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.themeId', 'table themes', 'table themes is missing, which this script creates together with column themeId of table themes'
        UNION ALL SELECT 'table themes', 'column themes.updated_at', 'table themes has no column updated_at, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.updated_at', 'table themes', 'table themes is missing, which this script creates together with column updated_at of table themes'
        UNION ALL SELECT 'table themes', 'column themes.widget_header_text_alignment', 'table themes has no column widget_header_text_alignment, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.widget_header_text_alignment', 'table themes', 'table themes is missing, which this script creates together with column widget_header_text_alignment of table themes'
        UNION ALL SELECT 'table themes', 'column themes.widget_logo_height', 'table themes has no column widget_logo_height, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.widget_logo_height', 'table themes', 'table themes is missing, which this script creates together with column widget_logo_height of table themes'
        UNION ALL SELECT 'table themes', 'column themes.widget_logo_position', 'table themes has no column widget_logo_position, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.widget_logo_position', 'table themes', 'table themes is missing, which this script creates together with column widget_logo_position of table themes'
        UNION ALL SELECT 'table themes', 'column themes.widget_logo_url', 'table themes has no column widget_logo_url, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.widget_logo_url', 'table themes', 'table themes is missing, which this script creates together with column widget_logo_url of table themes'
        UNION ALL SELECT 'table themes', 'column themes.widget_social_buttons_layout', 'table themes has no column widget_social_buttons_layout, which this script creates together with table themes'
        UNION ALL SELECT 'column themes.widget_social_buttons_layout', 'table themes', 'table themes is missing, which this script creates together with column widget_social_buttons_layout of table themes'
        UNION ALL SELECT 'table themes', 'index themes.PRIMARY', 'table themes has no index PRIMARY, which this script creates together with table themes'
        UNION ALL SELECT 'table themes', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script creates before table themes'
        UNION ALL SELECT 'table themes', 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'table tenant_operation_events has no index tenant_operation_events_operation_id_created_at_idx, which this script creates before table themes'
        UNION ALL SELECT 'table universal_login_templates', 'column universal_login_templates.body', 'table universal_login_templates has no column body, which this script creates together with table universal_login_templates'
        UNION ALL SELECT 'column universal_login_templates.body', 'table universal_login_templates', 'table universal_login_templates is missing, which this script creates together with column body of table universal_login_templates'
        UNION ALL SELECT 'table universal_login_templates', 'column universal_login_templates.created_at_ts', 'table universal_login_templates has no column created_at_ts, which this script creates together with table universal_login_templates'
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'table universal_login_templates', 'table universal_login_templates is missing, which this script creates together with column created_at_ts of table universal_login_templates'
        UNION ALL SELECT 'table universal_login_templates', 'column universal_login_templates.tenant_id', 'table universal_login_templates has no column tenant_id, which this script creates together with table universal_login_templates'
        UNION ALL SELECT 'column universal_login_templates.tenant_id', 'table universal_login_templates', 'table universal_login_templates is missing, which this script creates together with column tenant_id of table universal_login_templates'
        UNION ALL SELECT 'table universal_login_templates', 'column universal_login_templates.updated_at_ts', 'table universal_login_templates has no column updated_at_ts, which this script creates together with table universal_login_templates'
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'table universal_login_templates', 'table universal_login_templates is missing, which this script creates together with column updated_at_ts of table universal_login_templates'
        UNION ALL SELECT 'table universal_login_templates', 'index universal_login_templates.PRIMARY', 'table universal_login_templates has no index PRIMARY, which this script creates together with table universal_login_templates'
        UNION ALL SELECT 'table universal_login_templates', 'table themes', 'table themes is missing, which this script creates before table universal_login_templates'
        UNION ALL SELECT 'table user_activity', 'column user_activity.failed_logins', 'table user_activity has no column failed_logins, which this script creates together with table user_activity'
        UNION ALL SELECT 'column user_activity.failed_logins', 'table user_activity', 'table user_activity is missing, which this script creates together with column failed_logins of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.last_ip', 'table user_activity has no column last_ip, which this script creates together with table user_activity'
        UNION ALL SELECT 'column user_activity.last_ip', 'table user_activity', 'table user_activity is missing, which this script creates together with column last_ip of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.last_login', 'table user_activity has no column last_login, which this script creates together with table user_activity'
        UNION ALL SELECT 'column user_activity.last_login', 'table user_activity', 'table user_activity is missing, which this script creates together with column last_login of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.last_password_reset', 'table user_activity has no column last_password_reset, which this script creates together with table user_activity'
        UNION ALL SELECT 'column user_activity.last_password_reset', 'table user_activity', 'table user_activity is missing, which this script creates together with column last_password_reset of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.login_count', 'table user_activity has no column login_count, which this script creates together with table user_activity'
        UNION ALL SELECT 'column user_activity.login_count', 'table user_activity', 'table user_activity is missing, which this script creates together with column login_count of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.tenant_id', 'table user_activity has no column tenant_id, which this script creates together with table user_activity'
        UNION ALL SELECT 'column user_activity.tenant_id', 'table user_activity', 'table user_activity is missing, which this script creates together with column tenant_id of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.user_id', 'table user_activity has no column user_id, which this script creates together with table user_activity'
        UNION ALL SELECT 'column user_activity.user_id', 'table user_activity', 'table user_activity is missing, which this script creates together with column user_id of table user_activity'
        UNION ALL SELECT 'table user_activity', 'index user_activity.PRIMARY', 'table user_activity has no index PRIMARY, which this script creates together with table user_activity'
        UNION ALL SELECT 'table user_activity', 'table universal_login_templates', 'table universal_login_templates is missing, which this script creates before table user_activity'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.created_at', 'table user_organizations has no column created_at, which this script creates together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.created_at', 'table user_organizations', 'table user_organizations is missing, which this script creates together with column created_at of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.id', 'table user_organizations has no column id, which this script creates together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.id', 'table user_organizations', 'table user_organizations is missing, which this script creates together with column id of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.organization_id', 'table user_organizations has no column organization_id, which this script creates together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.organization_id', 'table user_organizations', 'table user_organizations is missing, which this script creates together with column organization_id of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.tenant_id', 'table user_organizations has no column tenant_id, which this script creates together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.tenant_id', 'table user_organizations', 'table user_organizations is missing, which this script creates together with column tenant_id of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.updated_at', 'table user_organizations has no column updated_at, which this script creates together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.updated_at', 'table user_organizations', 'table user_organizations is missing, which this script creates together with column updated_at of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.user_id', 'table user_organizations has no column user_id, which this script creates together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.user_id', 'table user_organizations', 'table user_organizations is missing, which this script creates together with column user_id of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'index user_organizations.PRIMARY', 'table user_organizations has no index PRIMARY, which this script creates together with table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'index user_organizations.user_organizations_unique', 'table user_organizations has no index user_organizations_unique, which this script creates together with table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'table user_activity', 'table user_activity is missing, which this script creates before table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'index user_activity.user_activity_user_id_constraint', 'table user_activity has no index user_activity_user_id_constraint, which this script creates before table user_organizations'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.created_at', 'table user_permissions has no column created_at, which this script creates together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.created_at', 'table user_permissions', 'table user_permissions is missing, which this script creates together with column created_at of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.organization_id', 'table user_permissions has no column organization_id, which this script creates together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.organization_id', 'table user_permissions', 'table user_permissions is missing, which this script creates together with column organization_id of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.permission_name', 'table user_permissions has no column permission_name, which this script creates together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.permission_name', 'table user_permissions', 'table user_permissions is missing, which this script creates together with column permission_name of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.resource_server_identifier', 'table user_permissions has no column resource_server_identifier, which this script creates together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.resource_server_identifier', 'table user_permissions', 'table user_permissions is missing, which this script creates together with column resource_server_identifier of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.tenant_id', 'table user_permissions has no column tenant_id, which this script creates together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.tenant_id', 'table user_permissions', 'table user_permissions is missing, which this script creates together with column tenant_id of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.user_id', 'table user_permissions has no column user_id, which this script creates together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.user_id', 'table user_permissions', 'table user_permissions is missing, which this script creates together with column user_id of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'index user_permissions.PRIMARY', 'table user_permissions has no index PRIMARY, which this script creates together with table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'table user_organizations', 'table user_organizations is missing, which this script creates before table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'index user_organizations.idx_user_organizations_organization_id', 'table user_organizations has no index idx_user_organizations_organization_id, which this script creates before table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'index user_organizations.idx_user_organizations_user_id', 'table user_organizations has no index idx_user_organizations_user_id, which this script creates before table user_permissions'
        UNION ALL SELECT 'table user_roles', 'column user_roles.created_at', 'table user_roles has no column created_at, which this script creates together with table user_roles'
        UNION ALL SELECT 'column user_roles.created_at', 'table user_roles', 'table user_roles is missing, which this script creates together with column created_at of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.organization_id', 'table user_roles has no column organization_id, which this script creates together with table user_roles'
        UNION ALL SELECT 'column user_roles.organization_id', 'table user_roles', 'table user_roles is missing, which this script creates together with column organization_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.role_id', 'table user_roles has no column role_id, which this script creates together with table user_roles'
        UNION ALL SELECT 'column user_roles.role_id', 'table user_roles', 'table user_roles is missing, which this script creates together with column role_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.tenant_id', 'table user_roles has no column tenant_id, which this script creates together with table user_roles'
        UNION ALL SELECT 'column user_roles.tenant_id', 'table user_roles', 'table user_roles is missing, which this script creates together with column tenant_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.user_id', 'table user_roles has no column user_id, which this script creates together with table user_roles'
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles', 'table user_roles is missing, which this script creates together with column user_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY, which this script creates together with table user_roles'
        UNION ALL SELECT 'table user_roles', 'table user_permissions', 'table user_permissions is missing, which this script creates before table user_roles'
        UNION ALL SELECT 'table user_roles', 'index user_permissions.user_permissions_organization_fk', 'table user_permissions has no index user_permissions_organization_fk, which this script creates before table user_roles'
        UNION ALL SELECT 'table user_roles', 'index user_permissions.user_permissions_permission_fk', 'table user_permissions has no index user_permissions_permission_fk, which this script creates before table user_roles'
        UNION ALL SELECT 'table user_roles', 'index user_permissions.user_permissions_user_fk', 'table user_permissions has no index user_permissions_user_fk, which this script creates before table user_roles') i
      JOIN (SELECT DISTINCT CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AS k FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) fa ON fa.k = i.a
      LEFT JOIN (SELECT DISTINCT CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AS k FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) fb ON fb.k = i.b
      WHERE fb.k IS NULL) p
  ORDER BY o, m LIMIT 1);
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SELECT CONCAT('plan stopped: ', 'this database holds authhero tables that are neither absent nor partway through this install of authhero 11.20: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile authhero <its version> 11.20), or run this one on the authhero empty database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database holds authhero tables that are neither absent nor partway through this install of authhero 11.20; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- authhero 0 → 11.20: Fresh install of the @authhero/kysely-adapter 11.20 schema on MySQL/MariaDB and SQLite: the 49 tables the 181 kysely migrations (m1_init … o083_codes_expires_at_ts) leave, plus kysely_migration and kysely_migration_lock (sqlite: overrides and steps where AuthHero's SQLite schema differs; equal to AuthHero's own SQLite 11.20 schema, facts/catalogs/sqlite-11.20.catalog)
-- source: plans/authhero/0-11.20.yaml
-- ================================================================================================
-- 0 → 11.20 · 1/166 · create table actions
-- locks: actions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'actions'),
  'CREATE TABLE `actions` (
      `id` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `name` VARCHAR(255) NOT NULL,
      `code` TEXT NOT NULL,
      `runtime` VARCHAR(50),
      `status` VARCHAR(50) DEFAULT ''built'',
      `secrets` TEXT,
      `dependencies` TEXT,
      `supported_triggers` TEXT,
      `deployed_at_ts` BIGINT,
      `created_at_ts` BIGINT NOT NULL,
      `updated_at_ts` BIGINT NOT NULL,
      `is_system` INT NOT NULL DEFAULT 0,
      `inherit` INT NOT NULL DEFAULT 0,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 2/166 · create index idx_actions_tenant on actions
-- locks: actions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'actions' AND INDEX_NAME = 'idx_actions_tenant') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'actions' AND INDEX_NAME = 'idx_actions_tenant'),
  'ALTER TABLE `actions` DROP INDEX `idx_actions_tenant`, ADD INDEX `idx_actions_tenant` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: actions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'actions' AND INDEX_NAME = 'idx_actions_tenant') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'actions' AND INDEX_NAME = 'idx_actions_tenant'),
  'CREATE INDEX `idx_actions_tenant` ON `actions` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 3/166 · create table action_executions
-- locks: action_executions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_executions'),
  'CREATE TABLE `action_executions` (
      `id` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `trigger_id` VARCHAR(64) NOT NULL,
      `status` VARCHAR(32) NOT NULL,
      `results` TEXT NOT NULL,
      `logs` TEXT,
      `created_at_ts` BIGINT NOT NULL,
      `updated_at_ts` BIGINT NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 4/166 · create index idx_action_executions_tenant on action_executions
-- locks: action_executions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_executions' AND INDEX_NAME = 'idx_action_executions_tenant') <=> 'tenant_id, id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_executions' AND INDEX_NAME = 'idx_action_executions_tenant'),
  'ALTER TABLE `action_executions` DROP INDEX `idx_action_executions_tenant`, ADD INDEX `idx_action_executions_tenant` (`tenant_id`, `id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: action_executions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_executions' AND INDEX_NAME = 'idx_action_executions_tenant') <=> 'tenant_id, id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_executions' AND INDEX_NAME = 'idx_action_executions_tenant'),
  'CREATE INDEX `idx_action_executions_tenant` ON `action_executions` (`tenant_id`, `id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 5/166 · create table action_versions
-- locks: action_versions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions'),
  'CREATE TABLE `action_versions` (
      `id` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `action_id` VARCHAR(255) NOT NULL,
      `number` INT NOT NULL,
      `code` TEXT NOT NULL,
      `runtime` VARCHAR(50),
      `secrets` TEXT,
      `dependencies` TEXT,
      `supported_triggers` TEXT,
      `deployed` INT NOT NULL DEFAULT 0,
      `created_at_ts` BIGINT NOT NULL,
      `updated_at_ts` BIGINT NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 6/166 · create index uniq_action_versions_action_number on action_versions
-- locks: action_versions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions' AND INDEX_NAME = 'uniq_action_versions_action_number') <=> 'UNIQUE tenant_id, action_id, number')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions' AND INDEX_NAME = 'uniq_action_versions_action_number'),
  'ALTER TABLE `action_versions` DROP INDEX `uniq_action_versions_action_number`, ADD UNIQUE INDEX `uniq_action_versions_action_number` (`tenant_id`, `action_id`, `number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: action_versions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions' AND INDEX_NAME = 'uniq_action_versions_action_number') <=> 'UNIQUE tenant_id, action_id, number')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions' AND INDEX_NAME = 'uniq_action_versions_action_number'),
  'CREATE UNIQUE INDEX `uniq_action_versions_action_number` ON `action_versions` (`tenant_id`, `action_id`, `number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 7/166 · create index idx_action_versions_action on action_versions
-- locks: action_versions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions' AND INDEX_NAME = 'idx_action_versions_action') <=> 'tenant_id, action_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions' AND INDEX_NAME = 'idx_action_versions_action'),
  'ALTER TABLE `action_versions` DROP INDEX `idx_action_versions_action`, ADD INDEX `idx_action_versions_action` (`tenant_id`, `action_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: action_versions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions' AND INDEX_NAME = 'idx_action_versions_action') <=> 'tenant_id, action_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions' AND INDEX_NAME = 'idx_action_versions_action'),
  'CREATE INDEX `idx_action_versions_action` ON `action_versions` (`tenant_id`, `action_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 8/166 · create table tenants
-- locks: tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenants'),
  'CREATE TABLE `tenants` (
      `id` VARCHAR(255) NOT NULL,
      `audience` VARCHAR(255),
      `sender_email` VARCHAR(255),
      `sender_name` VARCHAR(255),
      `created_at` VARCHAR(255) NOT NULL,
      `updated_at` VARCHAR(255) NOT NULL,
      `support_url` VARCHAR(255),
      `idle_session_lifetime` INT,
      `session_lifetime` INT,
      `session_cookie` TEXT,
      `allowed_logout_urls` TEXT,
      `ephemeral_session_lifetime` INT,
      `idle_ephemeral_session_lifetime` INT,
      `default_redirection_uri` TEXT,
      `enabled_locales` TEXT,
      `default_directory` VARCHAR(255),
      `error_page` TEXT,
      `flags` TEXT,
      `friendly_name` VARCHAR(255),
      `picture_url` TEXT,
      `support_email` VARCHAR(255),
      `sandbox_version` VARCHAR(50),
      `sandbox_versions_available` TEXT,
      `legacy_sandbox_version` VARCHAR(50),
      `change_password` TEXT,
      `guardian_mfa_page` TEXT,
      `device_flow` TEXT,
      `default_token_quota` TEXT,
      `default_audience` VARCHAR(255),
      `default_organization` VARCHAR(255),
      `sessions` TEXT,
      `oidc_logout` TEXT,
      `allow_organization_name_in_authentication_api` INT,
      `customize_mfa_in_postlogin_action` INT,
      `acr_values_supported` TEXT,
      `mtls` TEXT,
      `pushed_authorization_requests_supported` INT,
      `authorization_response_iss_parameter_supported` INT,
      `mfa` TEXT,
      `attack_protection` TEXT,
      `default_client_id` VARCHAR(255),
      `deployment_type` VARCHAR(16) NOT NULL DEFAULT ''shared'',
      `provisioning_state` VARCHAR(16) NOT NULL DEFAULT ''ready'',
      `provisioning_error` VARCHAR(2048),
      `provisioning_state_changed_at` VARCHAR(35),
      `bundle_configuration` VARCHAR(64),
      `worker_version` VARCHAR(64),
      `worker_script_name` VARCHAR(255),
      `storage_kind` VARCHAR(32),
      `d1_database_id` VARCHAR(64),
      `database_version` VARCHAR(64),
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 9/166 · create table authentication_methods
-- locks: authentication_methods: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods'),
  'CREATE TABLE `authentication_methods` (
      `id` VARCHAR(26) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `user_id` VARCHAR(255) NOT NULL,
      `type` VARCHAR(32) NOT NULL,
      `phone_number` VARCHAR(32),
      `totp_secret` VARCHAR(255),
      `confirmed` INT NOT NULL DEFAULT 0,
      `created_at_ts` BIGINT NOT NULL,
      `updated_at_ts` BIGINT NOT NULL,
      `credential_id` VARCHAR(512),
      `public_key` TEXT,
      `sign_count` INT,
      `credential_backed_up` INT,
      `transports` VARCHAR(512),
      `friendly_name` VARCHAR(255),
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 10/166 · create index authentication_methods_credential_id_idx on authentication_methods
-- locks: authentication_methods: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND INDEX_NAME = 'authentication_methods_credential_id_idx') <=> 'credential_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND INDEX_NAME = 'authentication_methods_credential_id_idx'),
  'ALTER TABLE `authentication_methods` DROP INDEX `authentication_methods_credential_id_idx`, ADD INDEX `authentication_methods_credential_id_idx` (`credential_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: authentication_methods: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND INDEX_NAME = 'authentication_methods_credential_id_idx') <=> 'credential_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND INDEX_NAME = 'authentication_methods_credential_id_idx'),
  'CREATE INDEX `authentication_methods_credential_id_idx` ON `authentication_methods` (`credential_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 11/166 · create index mfa_enrollments_tenant_user_idx on authentication_methods
-- locks: authentication_methods: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND INDEX_NAME = 'mfa_enrollments_tenant_user_idx') <=> 'tenant_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND INDEX_NAME = 'mfa_enrollments_tenant_user_idx'),
  'ALTER TABLE `authentication_methods` DROP INDEX `mfa_enrollments_tenant_user_idx`, ADD INDEX `mfa_enrollments_tenant_user_idx` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: authentication_methods: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND INDEX_NAME = 'mfa_enrollments_tenant_user_idx') <=> 'tenant_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND INDEX_NAME = 'mfa_enrollments_tenant_user_idx'),
  'CREATE INDEX `mfa_enrollments_tenant_user_idx` ON `authentication_methods` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 12/166 · create table branding
-- locks: branding: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'branding'),
  'CREATE TABLE `branding` (
      `tenant_id` VARCHAR(255) NOT NULL,
      `logo_url` VARCHAR(512),
      `favicon_url` VARCHAR(512),
      `font_url` VARCHAR(512),
      `colors_primary` VARCHAR(8),
      `colors_page_background_type` VARCHAR(32),
      `colors_page_background_start` VARCHAR(8),
      `colors_page_background_end` VARCHAR(8),
      `colors_page_background_angle_dev` INT,
      `dark_mode` VARCHAR(8),
      PRIMARY KEY (`tenant_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 13/166 · create table clients
-- locks: clients: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients'),
  'CREATE TABLE `clients` (
      `client_id` VARCHAR(191) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `name` VARCHAR(255) NOT NULL,
      `description` VARCHAR(140),
      `global` INT NOT NULL DEFAULT 0,
      `client_secret` VARCHAR(255),
      `app_type` VARCHAR(64) DEFAULT ''regular_web'',
      `logo_uri` VARCHAR(2083),
      `is_first_party` INT NOT NULL DEFAULT 0,
      `oidc_conformant` INT NOT NULL DEFAULT 1,
      `callbacks` TEXT NOT NULL,
      `allowed_origins` TEXT NOT NULL,
      `web_origins` TEXT NOT NULL,
      `client_aliases` TEXT NOT NULL,
      `allowed_clients` TEXT NOT NULL,
      `allowed_logout_urls` TEXT NOT NULL,
      `session_transfer` TEXT NOT NULL,
      `oidc_logout` TEXT NOT NULL,
      `grant_types` TEXT NOT NULL,
      `jwt_configuration` TEXT NOT NULL,
      `signing_keys` TEXT NOT NULL,
      `encryption_key` TEXT NOT NULL,
      `sso` INT NOT NULL DEFAULT 0,
      `sso_disabled` INT NOT NULL DEFAULT 1,
      `cross_origin_authentication` INT NOT NULL DEFAULT 0,
      `cross_origin_loc` VARCHAR(2083),
      `custom_login_page_on` INT NOT NULL DEFAULT 0,
      `custom_login_page` TEXT,
      `custom_login_page_preview` TEXT,
      `form_template` TEXT,
      `addons` TEXT NOT NULL,
      `token_endpoint_auth_method` VARCHAR(64) DEFAULT ''client_secret_basic'',
      `client_metadata` TEXT NOT NULL,
      `mobile` TEXT NOT NULL,
      `initiate_login_uri` VARCHAR(2083),
      `native_social_login` TEXT NOT NULL,
      `refresh_token` TEXT NOT NULL,
      `default_organization` TEXT NOT NULL,
      `organization_usage` VARCHAR(32) DEFAULT ''deny'',
      `organization_require_behavior` VARCHAR(32) DEFAULT ''no_prompt'',
      `client_authentication_methods` TEXT NOT NULL,
      `require_pushed_authorization_requests` INT NOT NULL DEFAULT 0,
      `require_proof_of_possession` INT NOT NULL DEFAULT 0,
      `signed_request_object` TEXT NOT NULL,
      `compliance_level` VARCHAR(64),
      `par_request_expiry` INT,
      `token_quota` TEXT NOT NULL,
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      `connections` TEXT NOT NULL DEFAULT ''[]'',
      `auth0_conformant` INT DEFAULT 1,
      `owner_user_id` VARCHAR(255),
      `registration_type` VARCHAR(32),
      `registration_metadata` TEXT,
      `user_linking_mode` VARCHAR(16),
      `hide_sign_up_disabled_error` INT NOT NULL DEFAULT 0,
      PRIMARY KEY (`tenant_id`, `client_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 14/166 · create index idx_clients_owner_user_id on clients
-- locks: clients: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND INDEX_NAME = 'idx_clients_owner_user_id') <=> 'tenant_id, owner_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND INDEX_NAME = 'idx_clients_owner_user_id'),
  'ALTER TABLE `clients` DROP INDEX `idx_clients_owner_user_id`, ADD INDEX `idx_clients_owner_user_id` (`tenant_id`, `owner_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: clients: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND INDEX_NAME = 'idx_clients_owner_user_id') <=> 'tenant_id, owner_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND INDEX_NAME = 'idx_clients_owner_user_id'),
  'CREATE INDEX `idx_clients_owner_user_id` ON `clients` (`tenant_id`, `owner_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 15/166 · create table client_grants
-- locks: client_grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants'),
  'CREATE TABLE `client_grants` (
      `id` VARCHAR(21) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `client_id` VARCHAR(191) NOT NULL,
      `audience` VARCHAR(191) NOT NULL,
      `scope` TEXT DEFAULT ''[]'',
      `organization_usage` VARCHAR(32),
      `allow_any_organization` INT DEFAULT 0,
      `is_system` INT DEFAULT 0,
      `subject_type` VARCHAR(32),
      `authorization_details_types` TEXT DEFAULT ''[]'',
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`tenant_id`, `id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 16/166 · create index uq_client_grants_tenant_client_audience on client_grants
-- locks: client_grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND INDEX_NAME = 'uq_client_grants_tenant_client_audience') <=> 'UNIQUE tenant_id, client_id, audience')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND INDEX_NAME = 'uq_client_grants_tenant_client_audience'),
  'ALTER TABLE `client_grants` DROP INDEX `uq_client_grants_tenant_client_audience`, ADD UNIQUE INDEX `uq_client_grants_tenant_client_audience` (`tenant_id`, `client_id`, `audience`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: client_grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND INDEX_NAME = 'uq_client_grants_tenant_client_audience') <=> 'UNIQUE tenant_id, client_id, audience')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND INDEX_NAME = 'uq_client_grants_tenant_client_audience'),
  'CREATE UNIQUE INDEX `uq_client_grants_tenant_client_audience` ON `client_grants` (`tenant_id`, `client_id`, `audience`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 17/166 · create index idx_client_grants_audience on client_grants
-- locks: client_grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND INDEX_NAME = 'idx_client_grants_audience') <=> 'audience')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND INDEX_NAME = 'idx_client_grants_audience'),
  'ALTER TABLE `client_grants` DROP INDEX `idx_client_grants_audience`, ADD INDEX `idx_client_grants_audience` (`audience`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: client_grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND INDEX_NAME = 'idx_client_grants_audience') <=> 'audience')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND INDEX_NAME = 'idx_client_grants_audience'),
  'CREATE INDEX `idx_client_grants_audience` ON `client_grants` (`audience`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 18/166 · create table client_registration_tokens
-- locks: client_registration_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens'),
  'CREATE TABLE `client_registration_tokens` (
      `id` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `token_hash` VARCHAR(64) NOT NULL,
      `type` VARCHAR(8) NOT NULL,
      `client_id` VARCHAR(191),
      `sub` VARCHAR(255),
      `constraints` TEXT,
      `single_use` INT NOT NULL DEFAULT 0,
      `used_at_ts` BIGINT,
      `expires_at_ts` BIGINT,
      `created_at_ts` BIGINT NOT NULL,
      `revoked_at_ts` BIGINT,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 19/166 · create index idx_client_registration_tokens_hash on client_registration_tokens
-- locks: client_registration_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND INDEX_NAME = 'idx_client_registration_tokens_hash') <=> 'UNIQUE tenant_id, token_hash')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND INDEX_NAME = 'idx_client_registration_tokens_hash'),
  'ALTER TABLE `client_registration_tokens` DROP INDEX `idx_client_registration_tokens_hash`, ADD UNIQUE INDEX `idx_client_registration_tokens_hash` (`tenant_id`, `token_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: client_registration_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND INDEX_NAME = 'idx_client_registration_tokens_hash') <=> 'UNIQUE tenant_id, token_hash')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND INDEX_NAME = 'idx_client_registration_tokens_hash'),
  'CREATE UNIQUE INDEX `idx_client_registration_tokens_hash` ON `client_registration_tokens` (`tenant_id`, `token_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 20/166 · create index idx_client_registration_tokens_client on client_registration_tokens
-- locks: client_registration_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND INDEX_NAME = 'idx_client_registration_tokens_client') <=> 'tenant_id, client_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND INDEX_NAME = 'idx_client_registration_tokens_client'),
  'ALTER TABLE `client_registration_tokens` DROP INDEX `idx_client_registration_tokens_client`, ADD INDEX `idx_client_registration_tokens_client` (`tenant_id`, `client_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: client_registration_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND INDEX_NAME = 'idx_client_registration_tokens_client') <=> 'tenant_id, client_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND INDEX_NAME = 'idx_client_registration_tokens_client'),
  'CREATE INDEX `idx_client_registration_tokens_client` ON `client_registration_tokens` (`tenant_id`, `client_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 21/166 · create table users
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users'),
  'CREATE TABLE `users` (
      `user_id` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `email` VARCHAR(255),
      `given_name` VARCHAR(255),
      `family_name` VARCHAR(255),
      `nickname` VARCHAR(255),
      `name` VARCHAR(255),
      `picture` TEXT,
      `phone_number` VARCHAR(17),
      `phone_verified` BOOLEAN,
      `username` VARCHAR(128),
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      `linked_to` VARCHAR(255),
      `provider` VARCHAR(255) NOT NULL,
      `connection` VARCHAR(255),
      `email_verified` BOOLEAN NOT NULL,
      `is_social` BOOLEAN NOT NULL,
      `app_metadata` TEXT NOT NULL DEFAULT ''{}'',
      `profileData` TEXT,
      `locale` VARCHAR(64),
      `user_metadata` TEXT,
      `middle_name` VARCHAR(100),
      `profile` TEXT,
      `website` TEXT,
      `gender` VARCHAR(50),
      `birthdate` VARCHAR(10),
      `zoneinfo` VARCHAR(100),
      `preferred_username` VARCHAR(255),
      `address` TEXT,
      `registration_completed_at` VARCHAR(35),
      PRIMARY KEY (`user_id`, `tenant_id`),
      CONSTRAINT `unique_email_provider` UNIQUE (`email`, `provider`, `tenant_id`),
      CONSTRAINT `unique_phone_provider` UNIQUE (`phone_number`, `provider`, `tenant_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 22/166 · create index unique_username_provider on users
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'unique_username_provider') <=> 'UNIQUE username, provider, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'unique_username_provider'),
  'ALTER TABLE `users` DROP INDEX `unique_username_provider`, ADD UNIQUE INDEX `unique_username_provider` (`username`, `provider`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'unique_username_provider') <=> 'UNIQUE username, provider, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'unique_username_provider'),
  'CREATE UNIQUE INDEX `unique_username_provider` ON `users` (`username`, `provider`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 23/166 · create index linked_to_constraint on users
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'linked_to_constraint') <=> 'linked_to, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'linked_to_constraint'),
  'ALTER TABLE `users` DROP INDEX `linked_to_constraint`, ADD INDEX `linked_to_constraint` (`linked_to`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'linked_to_constraint') <=> 'linked_to, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'linked_to_constraint'),
  'CREATE INDEX `linked_to_constraint` ON `users` (`linked_to`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 24/166 · create index users_email_index on users
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_email_index') <=> 'email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_email_index'),
  'ALTER TABLE `users` DROP INDEX `users_email_index`, ADD INDEX `users_email_index` (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_email_index') <=> 'email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_email_index'),
  'CREATE INDEX `users_email_index` ON `users` (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 25/166 · create index users_linked_to_index on users
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_linked_to_index') <=> 'linked_to')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_linked_to_index'),
  'ALTER TABLE `users` DROP INDEX `users_linked_to_index`, ADD INDEX `users_linked_to_index` (`linked_to`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_linked_to_index') <=> 'linked_to')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_linked_to_index'),
  'CREATE INDEX `users_linked_to_index` ON `users` (`linked_to`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 26/166 · create index users_name_index on users
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_name_index') <=> 'name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_name_index'),
  'ALTER TABLE `users` DROP INDEX `users_name_index`, ADD INDEX `users_name_index` (`name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_name_index') <=> 'name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_name_index'),
  'CREATE INDEX `users_name_index` ON `users` (`name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 27/166 · create index users_phone_tenant_provider_index on users
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_phone_tenant_provider_index') <=> 'tenant_id, phone_number, provider')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_phone_tenant_provider_index'),
  'ALTER TABLE `users` DROP INDEX `users_phone_tenant_provider_index`, ADD INDEX `users_phone_tenant_provider_index` (`tenant_id`, `phone_number`, `provider`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_phone_tenant_provider_index') <=> 'tenant_id, phone_number, provider')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_phone_tenant_provider_index'),
  'CREATE INDEX `users_phone_tenant_provider_index` ON `users` (`tenant_id`, `phone_number`, `provider`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 28/166 · create table codes
-- locks: codes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes'),
  'CREATE TABLE `codes` (
      `code_id` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `user_id` VARCHAR(255),
      `login_id` VARCHAR(255),
      `connection_id` VARCHAR(255),
      `code_type` VARCHAR(255) NOT NULL,
      `created_at` VARCHAR(255) NOT NULL,
      `expires_at` VARCHAR(255) NOT NULL,
      `used_at` VARCHAR(255),
      `code_verifier` VARCHAR(128),
      `code_challenge` VARCHAR(128),
      `code_challenge_method` VARCHAR(5),
      `redirect_uri` VARCHAR(1024),
      `nonce` VARCHAR(1024),
      `state` VARCHAR(2048),
      `otp` VARCHAR(32),
      `expires_at_ts` BIGINT,
      PRIMARY KEY (`code_id`, `code_type`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 29/166 · create index codes_user_id_tenant_id_constraint on codes
-- locks: codes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'codes_user_id_tenant_id_constraint') <=> 'user_id, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'codes_user_id_tenant_id_constraint'),
  'ALTER TABLE `codes` DROP INDEX `codes_user_id_tenant_id_constraint`, ADD INDEX `codes_user_id_tenant_id_constraint` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: codes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'codes_user_id_tenant_id_constraint') <=> 'user_id, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'codes_user_id_tenant_id_constraint'),
  'CREATE INDEX `codes_user_id_tenant_id_constraint` ON `codes` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 30/166 · create index idx_codes_expires_at_ts on codes
-- locks: codes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'idx_codes_expires_at_ts') <=> 'expires_at_ts')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'idx_codes_expires_at_ts'),
  'ALTER TABLE `codes` DROP INDEX `idx_codes_expires_at_ts`, ADD INDEX `idx_codes_expires_at_ts` (`expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: codes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'idx_codes_expires_at_ts') <=> 'expires_at_ts')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'idx_codes_expires_at_ts'),
  'CREATE INDEX `idx_codes_expires_at_ts` ON `codes` (`expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 31/166 · create index tenant_id on codes
-- locks: codes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `codes` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: codes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `codes` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 32/166 · create table connections
-- locks: connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'connections'),
  'CREATE TABLE `connections` (
      `id` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `name` VARCHAR(255) NOT NULL,
      `response_type` VARCHAR(255),
      `response_mode` VARCHAR(255),
      `strategy` VARCHAR(64),
      `options` VARCHAR(8192) NOT NULL DEFAULT ''{}'',
      `created_at` VARCHAR(255) NOT NULL,
      `updated_at` VARCHAR(255) NOT NULL,
      `display_name` VARCHAR(255),
      `is_domain_connection` INT,
      `show_as_button` INT,
      `metadata` VARCHAR(4096),
      `is_system` INT NOT NULL DEFAULT 0,
      PRIMARY KEY (`tenant_id`, `id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 33/166 · create table control_plane_comm_keys
-- locks: control_plane_comm_keys: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'control_plane_comm_keys'),
  'CREATE TABLE `control_plane_comm_keys` (
      `kid` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `public_jwk` TEXT NOT NULL,
      `created_at` VARCHAR(35) NOT NULL,
      `revoked_at` VARCHAR(35),
      PRIMARY KEY (`kid`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 34/166 · create index control_plane_comm_keys_tenant_id_created_at_idx on control_plane_comm_keys
-- locks: control_plane_comm_keys: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'control_plane_comm_keys' AND INDEX_NAME = 'control_plane_comm_keys_tenant_id_created_at_idx') <=> 'tenant_id, created_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'control_plane_comm_keys' AND INDEX_NAME = 'control_plane_comm_keys_tenant_id_created_at_idx'),
  'ALTER TABLE `control_plane_comm_keys` DROP INDEX `control_plane_comm_keys_tenant_id_created_at_idx`, ADD INDEX `control_plane_comm_keys_tenant_id_created_at_idx` (`tenant_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: control_plane_comm_keys: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'control_plane_comm_keys' AND INDEX_NAME = 'control_plane_comm_keys_tenant_id_created_at_idx') <=> 'tenant_id, created_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'control_plane_comm_keys' AND INDEX_NAME = 'control_plane_comm_keys_tenant_id_created_at_idx'),
  'CREATE INDEX `control_plane_comm_keys_tenant_id_created_at_idx` ON `control_plane_comm_keys` (`tenant_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 35/166 · create table custom_domains
-- locks: custom_domains: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains'),
  'CREATE TABLE `custom_domains` (
      `custom_domain_id` VARCHAR(256) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `domain` VARCHAR(255) NOT NULL,
      `primary` BOOLEAN NOT NULL,
      `status` VARCHAR(50) NOT NULL,
      `type` VARCHAR(50) NOT NULL,
      `origin_domain_name` VARCHAR(255),
      `verification` VARCHAR(2048),
      `custom_client_ip_header` VARCHAR(50),
      `tls_policy` VARCHAR(50),
      `domain_metadata` VARCHAR(2048),
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`custom_domain_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 36/166 · create index tenant_id on custom_domains
-- locks: custom_domains: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `custom_domains` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: custom_domains: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `custom_domains` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 37/166 · create table custom_text
-- locks: custom_text: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_text'),
  'CREATE TABLE `custom_text` (
      `tenant_id` VARCHAR(191) NOT NULL,
      `prompt` VARCHAR(64) NOT NULL,
      `language` VARCHAR(16) NOT NULL,
      `custom_text` TEXT NOT NULL,
      `created_at_ts` BIGINT NOT NULL,
      `updated_at_ts` BIGINT NOT NULL,
      PRIMARY KEY (`tenant_id`, `prompt`, `language`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 38/166 · create table email_providers
-- locks: email_providers: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'email_providers'),
  'CREATE TABLE `email_providers` (
      `tenant_id` VARCHAR(255) NOT NULL,
      `name` VARCHAR(255) NOT NULL,
      `enabled` BOOLEAN NOT NULL,
      `default_from_address` VARCHAR(255),
      `credentials` VARCHAR(2048) NOT NULL DEFAULT ''{}'',
      `settings` VARCHAR(2048) NOT NULL DEFAULT ''{}'',
      `created_at` VARCHAR(29) NOT NULL,
      `updated_at` VARCHAR(29) NOT NULL,
      PRIMARY KEY (`tenant_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 39/166 · create table email_templates
-- locks: email_templates: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'email_templates'),
  'CREATE TABLE `email_templates` (
      `tenant_id` VARCHAR(255) NOT NULL,
      `template` VARCHAR(64) NOT NULL,
      `body` TEXT NOT NULL,
      `from` VARCHAR(255) NOT NULL,
      `subject` VARCHAR(255) NOT NULL,
      `syntax` VARCHAR(16) NOT NULL DEFAULT ''liquid'',
      `result_url` VARCHAR(2048),
      `url_lifetime_in_seconds` INT,
      `include_email_in_redirect` INT NOT NULL DEFAULT 0,
      `enabled` INT NOT NULL DEFAULT 1,
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`tenant_id`, `template`),
      CONSTRAINT `include_email_in_redirect` CHECK (`include_email_in_redirect` in (0,1)),
      CONSTRAINT `enabled` CHECK (`enabled` in (0,1))
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 40/166 · create table flows
-- locks: flows: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'flows'),
  'CREATE TABLE `flows` (
      `id` VARCHAR(24) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `name` VARCHAR(150) NOT NULL,
      `actions` TEXT,
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 41/166 · create index flows_tenant_id_idx on flows
-- locks: flows: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'flows' AND INDEX_NAME = 'flows_tenant_id_idx') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'flows' AND INDEX_NAME = 'flows_tenant_id_idx'),
  'ALTER TABLE `flows` DROP INDEX `flows_tenant_id_idx`, ADD INDEX `flows_tenant_id_idx` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: flows: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'flows' AND INDEX_NAME = 'flows_tenant_id_idx') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'flows' AND INDEX_NAME = 'flows_tenant_id_idx'),
  'CREATE INDEX `flows_tenant_id_idx` ON `flows` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 42/166 · create table forms
-- locks: forms: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'forms'),
  'CREATE TABLE `forms` (
      `id` VARCHAR(255) NOT NULL,
      `name` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `messages` VARCHAR(255),
      `languages` VARCHAR(255),
      `translations` VARCHAR(4096),
      `nodes` VARCHAR(4096),
      `start` VARCHAR(255),
      `ending` VARCHAR(255),
      `style` VARCHAR(1042),
      `created_at` VARCHAR(255) NOT NULL,
      `updated_at` VARCHAR(255) NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 43/166 · create index forms_tenant_id_idx on forms
-- locks: forms: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'forms' AND INDEX_NAME = 'forms_tenant_id_idx') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'forms' AND INDEX_NAME = 'forms_tenant_id_idx'),
  'ALTER TABLE `forms` DROP INDEX `forms_tenant_id_idx`, ADD INDEX `forms_tenant_id_idx` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: forms: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'forms' AND INDEX_NAME = 'forms_tenant_id_idx') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'forms' AND INDEX_NAME = 'forms_tenant_id_idx'),
  'CREATE INDEX `forms_tenant_id_idx` ON `forms` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 44/166 · create table grants
-- locks: grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants'),
  'CREATE TABLE `grants` (
      `id` VARCHAR(21) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `user_id` VARCHAR(255) NOT NULL,
      `client_id` VARCHAR(100) NOT NULL,
      `audience` VARCHAR(100) NOT NULL DEFAULT '''',
      `scope` TEXT NOT NULL DEFAULT ''[]'',
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 45/166 · create index grants_natural_key_idx on grants
-- locks: grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_natural_key_idx') <=> 'UNIQUE tenant_id, user_id, client_id, audience')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_natural_key_idx'),
  'ALTER TABLE `grants` DROP INDEX `grants_natural_key_idx`, ADD UNIQUE INDEX `grants_natural_key_idx` (`tenant_id`, `user_id`, `client_id`, `audience`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_natural_key_idx') <=> 'UNIQUE tenant_id, user_id, client_id, audience')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_natural_key_idx'),
  'CREATE UNIQUE INDEX `grants_natural_key_idx` ON `grants` (`tenant_id`, `user_id`, `client_id`, `audience`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 46/166 · create index grants_tenant_user_idx on grants
-- locks: grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_tenant_user_idx') <=> 'tenant_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_tenant_user_idx'),
  'ALTER TABLE `grants` DROP INDEX `grants_tenant_user_idx`, ADD INDEX `grants_tenant_user_idx` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_tenant_user_idx') <=> 'tenant_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_tenant_user_idx'),
  'CREATE INDEX `grants_tenant_user_idx` ON `grants` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 47/166 · create index grants_user_id_constraint on grants
-- locks: grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_user_id_constraint') <=> 'user_id, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_user_id_constraint'),
  'ALTER TABLE `grants` DROP INDEX `grants_user_id_constraint`, ADD INDEX `grants_user_id_constraint` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_user_id_constraint') <=> 'user_id, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_user_id_constraint'),
  'CREATE INDEX `grants_user_id_constraint` ON `grants` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 48/166 · create table hooks
-- locks: hooks: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks'),
  'CREATE TABLE `hooks` (
      `hook_id` VARCHAR(21) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `trigger_id` VARCHAR(255) NOT NULL,
      `enabled` BOOLEAN NOT NULL,
      `synchronous` BOOLEAN NOT NULL DEFAULT FALSE,
      `priority` INT,
      `form_id` VARCHAR(128),
      `url` VARCHAR(512),
      `template_id` VARCHAR(64),
      `created_at_ts` BIGINT,
      `updated_at_ts` BIGINT,
      `code_id` VARCHAR(21),
      `metadata` TEXT,
      PRIMARY KEY (`hook_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 49/166 · create index tenant_id on hooks
-- locks: hooks: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `hooks` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: hooks: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `hooks` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 50/166 · create table hook_code
-- locks: hook_code: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hook_code'),
  'CREATE TABLE `hook_code` (
      `id` VARCHAR(21) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `code` TEXT NOT NULL,
      `secrets` TEXT,
      `created_at_ts` BIGINT NOT NULL,
      `updated_at_ts` BIGINT NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 51/166 · create index idx_hook_code_tenant on hook_code
-- locks: hook_code: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hook_code' AND INDEX_NAME = 'idx_hook_code_tenant') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hook_code' AND INDEX_NAME = 'idx_hook_code_tenant'),
  'ALTER TABLE `hook_code` DROP INDEX `idx_hook_code_tenant`, ADD INDEX `idx_hook_code_tenant` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: hook_code: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hook_code' AND INDEX_NAME = 'idx_hook_code_tenant') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hook_code' AND INDEX_NAME = 'idx_hook_code_tenant'),
  'CREATE INDEX `idx_hook_code_tenant` ON `hook_code` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 52/166 · create table invites
-- locks: invites: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites'),
  'CREATE TABLE `invites` (
      `id` VARCHAR(21) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `organization_id` VARCHAR(21) NOT NULL,
      `inviter` TEXT NOT NULL,
      `invitee` TEXT NOT NULL,
      `client_id` VARCHAR(191) NOT NULL,
      `connection_id` VARCHAR(21),
      `invitation_url` TEXT NOT NULL,
      `created_at` VARCHAR(35) NOT NULL,
      `expires_at` VARCHAR(35) NOT NULL,
      `app_metadata` TEXT,
      `user_metadata` TEXT,
      `roles` TEXT,
      `ticket_id` VARCHAR(191),
      `ttl_sec` INT,
      `send_invitation_email` INT,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 53/166 · create index idx_invites_expires_at on invites
-- locks: invites: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_expires_at') <=> 'expires_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_expires_at'),
  'ALTER TABLE `invites` DROP INDEX `idx_invites_expires_at`, ADD INDEX `idx_invites_expires_at` (`expires_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: invites: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_expires_at') <=> 'expires_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_expires_at'),
  'CREATE INDEX `idx_invites_expires_at` ON `invites` (`expires_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 54/166 · create index idx_invites_organization_id on invites
-- locks: invites: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_organization_id') <=> 'organization_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_organization_id'),
  'ALTER TABLE `invites` DROP INDEX `idx_invites_organization_id`, ADD INDEX `idx_invites_organization_id` (`organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: invites: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_organization_id') <=> 'organization_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_organization_id'),
  'CREATE INDEX `idx_invites_organization_id` ON `invites` (`organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 55/166 · create index idx_invites_tenant_created on invites
-- locks: invites: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_tenant_created') <=> 'tenant_id, created_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_tenant_created'),
  'ALTER TABLE `invites` DROP INDEX `idx_invites_tenant_created`, ADD INDEX `idx_invites_tenant_created` (`tenant_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: invites: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_tenant_created') <=> 'tenant_id, created_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_tenant_created'),
  'CREATE INDEX `idx_invites_tenant_created` ON `invites` (`tenant_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 56/166 · create table keys
-- locks: keys: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys'),
  'CREATE TABLE `keys` (
      `kid` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(255),
      `created_at` VARCHAR(255) NOT NULL,
      `revoked_at` VARCHAR(255),
      `cert` VARCHAR(4096),
      `pkcs7` VARCHAR(4096),
      `fingerprint` VARCHAR(256),
      `thumbprint` VARCHAR(256),
      `current_since` VARCHAR(256),
      `current_until` VARCHAR(256),
      `type` VARCHAR(50) NOT NULL DEFAULT ''jwt_signing'',
      `connection` VARCHAR(255),
      PRIMARY KEY (`kid`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 57/166 · create index tenant_id on keys
-- locks: keys: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `keys` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keys: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `keys` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 58/166 · create table kysely_migration
-- locks: kysely_migration: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'kysely_migration'),
  'CREATE TABLE `kysely_migration` (
      `name` VARCHAR(255) NOT NULL,
      `timestamp` VARCHAR(255) NOT NULL,
      PRIMARY KEY (`name`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 59/166 · create table kysely_migration_lock
-- locks: kysely_migration_lock: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'kysely_migration_lock'),
  'CREATE TABLE `kysely_migration_lock` (
      `id` VARCHAR(255) NOT NULL,
      `is_locked` INT NOT NULL DEFAULT 0,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 60/166 · create table sessions
-- locks: sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions'),
  'CREATE TABLE `sessions` (
      `id` VARCHAR(26) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `user_id` VARCHAR(255),
      `device` TEXT NOT NULL,
      `clients` TEXT NOT NULL,
      `login_session_id` VARCHAR(26),
      `created_at_ts` BIGINT,
      `updated_at_ts` BIGINT,
      `expires_at_ts` BIGINT,
      `idle_expires_at_ts` BIGINT,
      `authenticated_at_ts` BIGINT,
      `last_interaction_at_ts` BIGINT,
      `used_at_ts` BIGINT,
      `revoked_at_ts` BIGINT,
      PRIMARY KEY (`tenant_id`, `id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 61/166 · create index idx_sessions_expires_at_ts on sessions
-- locks: sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_expires_at_ts') <=> 'expires_at_ts')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_expires_at_ts'),
  'ALTER TABLE `sessions` DROP INDEX `idx_sessions_expires_at_ts`, ADD INDEX `idx_sessions_expires_at_ts` (`expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_expires_at_ts') <=> 'expires_at_ts')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_expires_at_ts'),
  'CREATE INDEX `idx_sessions_expires_at_ts` ON `sessions` (`expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 62/166 · create index idx_sessions_idle_expires_at_ts on sessions
-- locks: sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_idle_expires_at_ts') <=> 'idle_expires_at_ts')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_idle_expires_at_ts'),
  'ALTER TABLE `sessions` DROP INDEX `idx_sessions_idle_expires_at_ts`, ADD INDEX `idx_sessions_idle_expires_at_ts` (`idle_expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_idle_expires_at_ts') <=> 'idle_expires_at_ts')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_idle_expires_at_ts'),
  'CREATE INDEX `idx_sessions_idle_expires_at_ts` ON `sessions` (`idle_expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 63/166 · create index idx_sessions_user_id on sessions
-- locks: sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_user_id') <=> 'tenant_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_user_id'),
  'ALTER TABLE `sessions` DROP INDEX `idx_sessions_user_id`, ADD INDEX `idx_sessions_user_id` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_user_id') <=> 'tenant_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_user_id'),
  'CREATE INDEX `idx_sessions_user_id` ON `sessions` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 64/166 · create index sessions_user_fk on sessions
-- locks: sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'sessions_user_fk') <=> 'user_id, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'sessions_user_fk'),
  'ALTER TABLE `sessions` DROP INDEX `sessions_user_fk`, ADD INDEX `sessions_user_fk` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'sessions_user_fk') <=> 'user_id, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'sessions_user_fk'),
  'CREATE INDEX `sessions_user_fk` ON `sessions` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 65/166 · create table login_sessions
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions'),
  'CREATE TABLE `login_sessions` (
      `id` VARCHAR(26) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `session_id` VARCHAR(26),
      `csrf_token` VARCHAR(26),
      `authorization_url` TEXT,
      `ip` VARCHAR(39),
      `useragent` TEXT,
      `auth0Client` VARCHAR(255),
      `state` VARCHAR(50) DEFAULT ''pending'',
      `state_data` TEXT,
      `failure_reason` TEXT,
      `user_id` VARCHAR(255),
      `created_at_ts` BIGINT,
      `updated_at_ts` BIGINT,
      `expires_at_ts` BIGINT,
      `auth_connection` VARCHAR(255),
      `auth_strategy_strategy` VARCHAR(64),
      `auth_strategy_strategy_type` VARCHAR(64),
      `authenticated_at` VARCHAR(35),
      `auth_params` TEXT,
      PRIMARY KEY (`tenant_id`, `id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 66/166 · create index idx_login_sessions_expires_at_ts on login_sessions
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'idx_login_sessions_expires_at_ts') <=> 'expires_at_ts')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'idx_login_sessions_expires_at_ts'),
  'ALTER TABLE `login_sessions` DROP INDEX `idx_login_sessions_expires_at_ts`, ADD INDEX `idx_login_sessions_expires_at_ts` (`expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'idx_login_sessions_expires_at_ts') <=> 'expires_at_ts')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'idx_login_sessions_expires_at_ts'),
  'CREATE INDEX `idx_login_sessions_expires_at_ts` ON `login_sessions` (`expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 67/166 · create index login_sessions_id_index on login_sessions
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_id_index') <=> 'id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_id_index'),
  'ALTER TABLE `login_sessions` DROP INDEX `login_sessions_id_index`, ADD INDEX `login_sessions_id_index` (`id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_id_index') <=> 'id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_id_index'),
  'CREATE INDEX `login_sessions_id_index` ON `login_sessions` (`id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 68/166 · create index login_sessions_session_fk on login_sessions
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_session_fk') <=> 'tenant_id, session_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_session_fk'),
  'ALTER TABLE `login_sessions` DROP INDEX `login_sessions_session_fk`, ADD INDEX `login_sessions_session_fk` (`tenant_id`, `session_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_session_fk') <=> 'tenant_id, session_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_session_fk'),
  'CREATE INDEX `login_sessions_session_fk` ON `login_sessions` (`tenant_id`, `session_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 69/166 · create index login_sessions_state_idx on login_sessions
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_state_idx') <=> 'state')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_state_idx'),
  'ALTER TABLE `login_sessions` DROP INDEX `login_sessions_state_idx`, ADD INDEX `login_sessions_state_idx` (`state`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_state_idx') <=> 'state')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_state_idx'),
  'CREATE INDEX `login_sessions_state_idx` ON `login_sessions` (`state`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 70/166 · create index login_sessions_state_updated_idx on login_sessions
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_state_updated_idx') <=> 'state')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_state_updated_idx'),
  'ALTER TABLE `login_sessions` DROP INDEX `login_sessions_state_updated_idx`, ADD INDEX `login_sessions_state_updated_idx` (`state`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_state_updated_idx') <=> 'state')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_state_updated_idx'),
  'CREATE INDEX `login_sessions_state_updated_idx` ON `login_sessions` (`state`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 71/166 · create index login_sessions_tenant_user_idx on login_sessions
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_tenant_user_idx') <=> 'tenant_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_tenant_user_idx'),
  'ALTER TABLE `login_sessions` DROP INDEX `login_sessions_tenant_user_idx`, ADD INDEX `login_sessions_tenant_user_idx` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_tenant_user_idx') <=> 'tenant_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_tenant_user_idx'),
  'CREATE INDEX `login_sessions_tenant_user_idx` ON `login_sessions` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 72/166 · create table logs
-- locks: logs: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs'),
  'CREATE TABLE `logs` (
      `log_id` VARCHAR(21) NOT NULL,
      `category` VARCHAR(255),
      `tenant_id` VARCHAR(64),
      `user_id` VARCHAR(64),
      `ip` VARCHAR(255),
      `type` VARCHAR(8) NOT NULL,
      `date` VARCHAR(25) NOT NULL,
      `client_id` VARCHAR(255),
      `client_name` VARCHAR(255),
      `user_agent` VARCHAR(255),
      `description` VARCHAR(255),
      `details` VARCHAR(2048),
      `isMobile` INT,
      `user_name` VARCHAR(255),
      `connection` VARCHAR(255),
      `connection_id` VARCHAR(255),
      `audience` VARCHAR(255),
      `scope` VARCHAR(255),
      `strategy` VARCHAR(255),
      `strategy_type` VARCHAR(255),
      `hostname` VARCHAR(255),
      `auth0_client` VARCHAR(8192),
      `session_connection` VARCHAR(255),
      `country_code` VARCHAR(2),
      `city_name` VARCHAR(255),
      `latitude` VARCHAR(255),
      `longitude` VARCHAR(255),
      `time_zone` VARCHAR(255),
      `continent_code` VARCHAR(2),
      PRIMARY KEY (`log_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 73/166 · create table log_streams
-- locks: log_streams: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'log_streams'),
  'CREATE TABLE `log_streams` (
      `id` VARCHAR(64) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `name` VARCHAR(255) NOT NULL,
      `type` VARCHAR(64) NOT NULL,
      `status` VARCHAR(32) NOT NULL,
      `sink` TEXT NOT NULL,
      `filters` TEXT,
      `is_priority` BOOLEAN,
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 74/166 · create index idx_log_streams_tenant_id on log_streams
-- locks: log_streams: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'log_streams' AND INDEX_NAME = 'idx_log_streams_tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'log_streams' AND INDEX_NAME = 'idx_log_streams_tenant_id'),
  'ALTER TABLE `log_streams` DROP INDEX `idx_log_streams_tenant_id`, ADD INDEX `idx_log_streams_tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: log_streams: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'log_streams' AND INDEX_NAME = 'idx_log_streams_tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'log_streams' AND INDEX_NAME = 'idx_log_streams_tenant_id'),
  'CREATE INDEX `idx_log_streams_tenant_id` ON `log_streams` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 75/166 · create table migrations
-- locks: migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations'),
  'CREATE TABLE `migrations` (
      `id` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `provider` VARCHAR(255),
      `client_id` VARCHAR(255),
      `origin` VARCHAR(255),
      `domain` VARCHAR(255),
      `created_at` VARCHAR(255) NOT NULL,
      `updated_at` VARCHAR(255) NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 76/166 · create index tenant_id on migrations
-- locks: migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `migrations` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `migrations` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 77/166 · create table migration_sources
-- locks: migration_sources: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migration_sources'),
  'CREATE TABLE `migration_sources` (
      `id` VARCHAR(64) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `name` VARCHAR(255) NOT NULL,
      `provider` VARCHAR(32) NOT NULL,
      `connection` VARCHAR(255) NOT NULL,
      `enabled` BOOLEAN NOT NULL,
      `credentials` TEXT NOT NULL,
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 78/166 · create index idx_migration_sources_tenant_id on migration_sources
-- locks: migration_sources: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migration_sources' AND INDEX_NAME = 'idx_migration_sources_tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migration_sources' AND INDEX_NAME = 'idx_migration_sources_tenant_id'),
  'ALTER TABLE `migration_sources` DROP INDEX `idx_migration_sources_tenant_id`, ADD INDEX `idx_migration_sources_tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: migration_sources: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migration_sources' AND INDEX_NAME = 'idx_migration_sources_tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migration_sources' AND INDEX_NAME = 'idx_migration_sources_tenant_id'),
  'CREATE INDEX `idx_migration_sources_tenant_id` ON `migration_sources` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 79/166 · create table organizations
-- locks: organizations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations'),
  'CREATE TABLE `organizations` (
      `id` VARCHAR(21) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `name` VARCHAR(256) NOT NULL,
      `display_name` VARCHAR(256),
      `branding` TEXT,
      `metadata` TEXT,
      `enabled_connections` TEXT,
      `token_quota` TEXT,
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 80/166 · create index idx_organizations_tenant_name_unique on organizations
-- locks: organizations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations' AND INDEX_NAME = 'idx_organizations_tenant_name_unique') <=> 'UNIQUE tenant_id, name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations' AND INDEX_NAME = 'idx_organizations_tenant_name_unique'),
  'ALTER TABLE `organizations` DROP INDEX `idx_organizations_tenant_name_unique`, ADD UNIQUE INDEX `idx_organizations_tenant_name_unique` (`tenant_id`, `name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: organizations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations' AND INDEX_NAME = 'idx_organizations_tenant_name_unique') <=> 'UNIQUE tenant_id, name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations' AND INDEX_NAME = 'idx_organizations_tenant_name_unique'),
  'CREATE UNIQUE INDEX `idx_organizations_tenant_name_unique` ON `organizations` (`tenant_id`, `name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 81/166 · create table organization_connections
-- locks: organization_connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections'),
  'CREATE TABLE `organization_connections` (
      `tenant_id` VARCHAR(191) NOT NULL,
      `organization_id` VARCHAR(21) NOT NULL,
      `connection_id` VARCHAR(191) NOT NULL,
      `assign_membership_on_login` BOOLEAN NOT NULL DEFAULT FALSE,
      `show_as_button` BOOLEAN NOT NULL DEFAULT TRUE,
      `is_signup_enabled` BOOLEAN NOT NULL DEFAULT TRUE,
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      CONSTRAINT `organization_connections_unique` UNIQUE (`tenant_id`, `organization_id`, `connection_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 82/166 · create index idx_organization_connections_tenant_connection on organization_connections
-- locks: organization_connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'idx_organization_connections_tenant_connection') <=> 'tenant_id, connection_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'idx_organization_connections_tenant_connection'),
  'ALTER TABLE `organization_connections` DROP INDEX `idx_organization_connections_tenant_connection`, ADD INDEX `idx_organization_connections_tenant_connection` (`tenant_id`, `connection_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: organization_connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'idx_organization_connections_tenant_connection') <=> 'tenant_id, connection_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'idx_organization_connections_tenant_connection'),
  'CREATE INDEX `idx_organization_connections_tenant_connection` ON `organization_connections` (`tenant_id`, `connection_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 83/166 · create index idx_organization_connections_tenant_org on organization_connections
-- locks: organization_connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'idx_organization_connections_tenant_org') <=> 'tenant_id, organization_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'idx_organization_connections_tenant_org'),
  'ALTER TABLE `organization_connections` DROP INDEX `idx_organization_connections_tenant_org`, ADD INDEX `idx_organization_connections_tenant_org` (`tenant_id`, `organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: organization_connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'idx_organization_connections_tenant_org') <=> 'tenant_id, organization_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'idx_organization_connections_tenant_org'),
  'CREATE INDEX `idx_organization_connections_tenant_org` ON `organization_connections` (`tenant_id`, `organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 84/166 · create index organization_connections_organization_fk on organization_connections
-- locks: organization_connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'organization_connections_organization_fk') <=> 'organization_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'organization_connections_organization_fk'),
  'ALTER TABLE `organization_connections` DROP INDEX `organization_connections_organization_fk`, ADD INDEX `organization_connections_organization_fk` (`organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: organization_connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'organization_connections_organization_fk') <=> 'organization_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'organization_connections_organization_fk'),
  'CREATE INDEX `organization_connections_organization_fk` ON `organization_connections` (`organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 85/166 · create table outbox_events
-- locks: outbox_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events'),
  'CREATE TABLE `outbox_events` (
      `id` VARCHAR(21) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `event_type` VARCHAR(255) NOT NULL,
      `log_type` VARCHAR(64) NOT NULL,
      `aggregate_type` VARCHAR(64) NOT NULL,
      `aggregate_id` VARCHAR(255) NOT NULL,
      `payload` TEXT NOT NULL,
      `created_at` VARCHAR(35) NOT NULL,
      `processed_at` VARCHAR(35),
      `retry_count` INT NOT NULL DEFAULT 0,
      `next_retry_at` VARCHAR(35),
      `error` TEXT,
      `claimed_by` VARCHAR(64),
      `claim_expires_at` VARCHAR(35),
      `dead_lettered_at` VARCHAR(35),
      `final_error` TEXT,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 86/166 · create index idx_outbox_claim on outbox_events
-- locks: outbox_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_claim') <=> 'processed_at, claim_expires_at, next_retry_at, created_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_claim'),
  'ALTER TABLE `outbox_events` DROP INDEX `idx_outbox_claim`, ADD INDEX `idx_outbox_claim` (`processed_at`, `claim_expires_at`, `next_retry_at`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: outbox_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_claim') <=> 'processed_at, claim_expires_at, next_retry_at, created_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_claim'),
  'CREATE INDEX `idx_outbox_claim` ON `outbox_events` (`processed_at`, `claim_expires_at`, `next_retry_at`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 87/166 · create index idx_outbox_events_tenant_dead_lettered on outbox_events
-- locks: outbox_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_events_tenant_dead_lettered') <=> 'tenant_id, dead_lettered_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_events_tenant_dead_lettered'),
  'ALTER TABLE `outbox_events` DROP INDEX `idx_outbox_events_tenant_dead_lettered`, ADD INDEX `idx_outbox_events_tenant_dead_lettered` (`tenant_id`, `dead_lettered_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: outbox_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_events_tenant_dead_lettered') <=> 'tenant_id, dead_lettered_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_events_tenant_dead_lettered'),
  'CREATE INDEX `idx_outbox_events_tenant_dead_lettered` ON `outbox_events` (`tenant_id`, `dead_lettered_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 88/166 · create index idx_outbox_tenant_type on outbox_events
-- locks: outbox_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_tenant_type') <=> 'tenant_id, event_type, created_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_tenant_type'),
  'ALTER TABLE `outbox_events` DROP INDEX `idx_outbox_tenant_type`, ADD INDEX `idx_outbox_tenant_type` (`tenant_id`, `event_type`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: outbox_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_tenant_type') <=> 'tenant_id, event_type, created_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_tenant_type'),
  'CREATE INDEX `idx_outbox_tenant_type` ON `outbox_events` (`tenant_id`, `event_type`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 89/166 · create index idx_outbox_unprocessed on outbox_events
-- locks: outbox_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_unprocessed') <=> 'processed_at, created_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_unprocessed'),
  'ALTER TABLE `outbox_events` DROP INDEX `idx_outbox_unprocessed`, ADD INDEX `idx_outbox_unprocessed` (`processed_at`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: outbox_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_unprocessed') <=> 'processed_at, created_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_unprocessed'),
  'CREATE INDEX `idx_outbox_unprocessed` ON `outbox_events` (`processed_at`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 90/166 · create table passwords
-- locks: passwords: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords'),
  'CREATE TABLE `passwords` (
      `id` VARCHAR(21) NOT NULL,
      `user_id` VARCHAR(191) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `password` VARCHAR(255) NOT NULL,
      `algorithm` VARCHAR(255) NOT NULL DEFAULT ''bcrypt'',
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      `is_current` INT NOT NULL DEFAULT 1,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 91/166 · create index password_history_user_id_tenant_id_constraint on passwords
-- locks: passwords: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'password_history_user_id_tenant_id_constraint') <=> 'user_id, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'password_history_user_id_tenant_id_constraint'),
  'ALTER TABLE `passwords` DROP INDEX `password_history_user_id_tenant_id_constraint`, ADD INDEX `password_history_user_id_tenant_id_constraint` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: passwords: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'password_history_user_id_tenant_id_constraint') <=> 'user_id, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'password_history_user_id_tenant_id_constraint'),
  'CREATE INDEX `password_history_user_id_tenant_id_constraint` ON `passwords` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 92/166 · create index tenant_id on passwords
-- locks: passwords: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `passwords` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: passwords: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `passwords` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 93/166 · create table prompt_settings
-- locks: prompt_settings: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'prompt_settings'),
  'CREATE TABLE `prompt_settings` (
      `tenant_id` VARCHAR(64) NOT NULL,
      `universal_login_experience` VARCHAR(16) NOT NULL DEFAULT ''new'',
      `identifier_first` BOOLEAN NOT NULL DEFAULT TRUE,
      `password_first` BOOLEAN NOT NULL DEFAULT FALSE,
      `webauthn_platform_first_factor` BOOLEAN NOT NULL DEFAULT FALSE,
      PRIMARY KEY (`tenant_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 94/166 · create table proxy_routes
-- locks: proxy_routes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes'),
  'CREATE TABLE `proxy_routes` (
      `id` VARCHAR(64) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `custom_domain_id` VARCHAR(256) NOT NULL,
      `priority` INT NOT NULL DEFAULT 100,
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      `match` VARCHAR(2048) NOT NULL DEFAULT ''{"path":"/*"}'',
      `handlers` TEXT NOT NULL DEFAULT ''[]'',
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 95/166 · create index proxy_routes_custom_domain_id_idx on proxy_routes
-- locks: proxy_routes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND INDEX_NAME = 'proxy_routes_custom_domain_id_idx') <=> 'custom_domain_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND INDEX_NAME = 'proxy_routes_custom_domain_id_idx'),
  'ALTER TABLE `proxy_routes` DROP INDEX `proxy_routes_custom_domain_id_idx`, ADD INDEX `proxy_routes_custom_domain_id_idx` (`custom_domain_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: proxy_routes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND INDEX_NAME = 'proxy_routes_custom_domain_id_idx') <=> 'custom_domain_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND INDEX_NAME = 'proxy_routes_custom_domain_id_idx'),
  'CREATE INDEX `proxy_routes_custom_domain_id_idx` ON `proxy_routes` (`custom_domain_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 96/166 · create index proxy_routes_tenant_id_idx on proxy_routes
-- locks: proxy_routes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND INDEX_NAME = 'proxy_routes_tenant_id_idx') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND INDEX_NAME = 'proxy_routes_tenant_id_idx'),
  'ALTER TABLE `proxy_routes` DROP INDEX `proxy_routes_tenant_id_idx`, ADD INDEX `proxy_routes_tenant_id_idx` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: proxy_routes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND INDEX_NAME = 'proxy_routes_tenant_id_idx') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND INDEX_NAME = 'proxy_routes_tenant_id_idx'),
  'CREATE INDEX `proxy_routes_tenant_id_idx` ON `proxy_routes` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 97/166 · create table refresh_tokens
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens'),
  'CREATE TABLE `refresh_tokens` (
      `id` VARCHAR(26) NOT NULL,
      `tenant_id` VARCHAR(255) NOT NULL,
      `client_id` VARCHAR(191) NOT NULL,
      `user_id` VARCHAR(255),
      `resource_servers` TEXT NOT NULL,
      `device` TEXT NOT NULL,
      `rotating` BOOLEAN NOT NULL,
      `created_at_ts` BIGINT,
      `expires_at_ts` BIGINT,
      `idle_expires_at_ts` BIGINT,
      `last_exchanged_at_ts` BIGINT,
      `login_id` VARCHAR(26) NOT NULL,
      `revoked_at_ts` BIGINT,
      `token_lookup` VARCHAR(16),
      `token_hash` VARCHAR(64),
      `family_id` VARCHAR(26),
      `rotated_to` VARCHAR(26),
      `rotated_at_ts` BIGINT,
      PRIMARY KEY (`tenant_id`, `id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 98/166 · create index idx_refresh_tokens_expires_at_ts on refresh_tokens
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_expires_at_ts') <=> 'expires_at_ts')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_expires_at_ts'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_expires_at_ts`, ADD INDEX `idx_refresh_tokens_expires_at_ts` (`expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_expires_at_ts') <=> 'expires_at_ts')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_expires_at_ts'),
  'CREATE INDEX `idx_refresh_tokens_expires_at_ts` ON `refresh_tokens` (`expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 99/166 · create index idx_refresh_tokens_family_id on refresh_tokens
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_family_id') <=> 'tenant_id, family_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_family_id'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_family_id`, ADD INDEX `idx_refresh_tokens_family_id` (`tenant_id`, `family_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_family_id') <=> 'tenant_id, family_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_family_id'),
  'CREATE INDEX `idx_refresh_tokens_family_id` ON `refresh_tokens` (`tenant_id`, `family_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 100/166 · create index idx_refresh_tokens_idle_expires_at_ts on refresh_tokens
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_idle_expires_at_ts') <=> 'idle_expires_at_ts')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_idle_expires_at_ts'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_idle_expires_at_ts`, ADD INDEX `idx_refresh_tokens_idle_expires_at_ts` (`idle_expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_idle_expires_at_ts') <=> 'idle_expires_at_ts')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_idle_expires_at_ts'),
  'CREATE INDEX `idx_refresh_tokens_idle_expires_at_ts` ON `refresh_tokens` (`idle_expires_at_ts`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 101/166 · create index idx_refresh_tokens_login_id on refresh_tokens
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_login_id') <=> 'login_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_login_id'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_login_id`, ADD INDEX `idx_refresh_tokens_login_id` (`login_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_login_id') <=> 'login_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_login_id'),
  'CREATE INDEX `idx_refresh_tokens_login_id` ON `refresh_tokens` (`login_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 102/166 · create index idx_refresh_tokens_token_lookup on refresh_tokens
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_token_lookup') <=> 'tenant_id, token_lookup')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_token_lookup'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_token_lookup`, ADD INDEX `idx_refresh_tokens_token_lookup` (`tenant_id`, `token_lookup`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_token_lookup') <=> 'tenant_id, token_lookup')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_token_lookup'),
  'CREATE INDEX `idx_refresh_tokens_token_lookup` ON `refresh_tokens` (`tenant_id`, `token_lookup`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 103/166 · create index idx_refresh_tokens_user_id on refresh_tokens
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_user_id') <=> 'tenant_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_user_id'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_user_id`, ADD INDEX `idx_refresh_tokens_user_id` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_user_id') <=> 'tenant_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_user_id'),
  'CREATE INDEX `idx_refresh_tokens_user_id` ON `refresh_tokens` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 104/166 · create index refresh_tokens_client_fk on refresh_tokens
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'refresh_tokens_client_fk') <=> 'tenant_id, client_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'refresh_tokens_client_fk'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `refresh_tokens_client_fk`, ADD INDEX `refresh_tokens_client_fk` (`tenant_id`, `client_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'refresh_tokens_client_fk') <=> 'tenant_id, client_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'refresh_tokens_client_fk'),
  'CREATE INDEX `refresh_tokens_client_fk` ON `refresh_tokens` (`tenant_id`, `client_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 105/166 · create table resource_servers
-- locks: resource_servers: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers'),
  'CREATE TABLE `resource_servers` (
      `id` VARCHAR(21) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `identifier` VARCHAR(191) NOT NULL,
      `name` VARCHAR(255) NOT NULL,
      `scopes` VARCHAR(4096),
      `signing_alg` VARCHAR(64),
      `signing_secret` VARCHAR(2048),
      `token_lifetime` INT,
      `token_lifetime_for_web` INT,
      `skip_consent_for_verifiable_first_party_clients` INT,
      `allow_offline_access` INT,
      `verification_key` VARCHAR(4096),
      `options` VARCHAR(4096),
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      `is_system` INT NOT NULL DEFAULT 0,
      `metadata` VARCHAR(4096),
      PRIMARY KEY (`tenant_id`, `id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 106/166 · create index resource_servers_tenant_identifier_uq on resource_servers
-- locks: resource_servers: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND INDEX_NAME = 'resource_servers_tenant_identifier_uq') <=> 'UNIQUE tenant_id, identifier')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND INDEX_NAME = 'resource_servers_tenant_identifier_uq'),
  'ALTER TABLE `resource_servers` DROP INDEX `resource_servers_tenant_identifier_uq`, ADD UNIQUE INDEX `resource_servers_tenant_identifier_uq` (`tenant_id`, `identifier`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: resource_servers: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND INDEX_NAME = 'resource_servers_tenant_identifier_uq') <=> 'UNIQUE tenant_id, identifier')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND INDEX_NAME = 'resource_servers_tenant_identifier_uq'),
  'CREATE UNIQUE INDEX `resource_servers_tenant_identifier_uq` ON `resource_servers` (`tenant_id`, `identifier`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 107/166 · create table roles
-- locks: roles: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles'),
  'CREATE TABLE `roles` (
      `id` VARCHAR(21) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `name` VARCHAR(50) NOT NULL,
      `description` VARCHAR(255),
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      `is_system` INT NOT NULL DEFAULT 0,
      `metadata` VARCHAR(4096),
      PRIMARY KEY (`tenant_id`, `id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 108/166 · create index roles_tenant_name_uq on roles
-- locks: roles: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'roles_tenant_name_uq') <=> 'UNIQUE tenant_id, name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'roles_tenant_name_uq'),
  'ALTER TABLE `roles` DROP INDEX `roles_tenant_name_uq`, ADD UNIQUE INDEX `roles_tenant_name_uq` (`tenant_id`, `name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: roles: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'roles_tenant_name_uq') <=> 'UNIQUE tenant_id, name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'roles_tenant_name_uq'),
  'CREATE UNIQUE INDEX `roles_tenant_name_uq` ON `roles` (`tenant_id`, `name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 109/166 · create table role_permissions
-- locks: role_permissions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions'),
  'CREATE TABLE `role_permissions` (
      `tenant_id` VARCHAR(191) NOT NULL,
      `role_id` VARCHAR(21) NOT NULL,
      `resource_server_identifier` VARCHAR(191) NOT NULL,
      `permission_name` VARCHAR(191) NOT NULL,
      `created_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`tenant_id`, `role_id`, `resource_server_identifier`, `permission_name`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 110/166 · create index role_permissions_permission_fk on role_permissions
-- locks: role_permissions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_fk') <=> 'tenant_id, resource_server_identifier, permission_name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_fk'),
  'ALTER TABLE `role_permissions` DROP INDEX `role_permissions_permission_fk`, ADD INDEX `role_permissions_permission_fk` (`tenant_id`, `resource_server_identifier`, `permission_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: role_permissions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_fk') <=> 'tenant_id, resource_server_identifier, permission_name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_fk'),
  'CREATE INDEX `role_permissions_permission_fk` ON `role_permissions` (`tenant_id`, `resource_server_identifier`, `permission_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 111/166 · create table rollouts
-- locks: rollouts: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'rollouts'),
  'CREATE TABLE `rollouts` (
      `id` VARCHAR(255) NOT NULL,
      `kind` VARCHAR(32) NOT NULL,
      `status` VARCHAR(32) NOT NULL,
      `target_worker_version` VARCHAR(255),
      `target_database_version` VARCHAR(255),
      `wave_size` INT NOT NULL DEFAULT 10,
      `canary_tenant_ids` TEXT,
      `filter` TEXT,
      `initiated_by` VARCHAR(255),
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      `finished_at` VARCHAR(35),
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 112/166 · create table tenant_operations
-- locks: tenant_operations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations'),
  'CREATE TABLE `tenant_operations` (
      `id` VARCHAR(255) NOT NULL,
      `tenant_id` VARCHAR(255),
      `rollout_id` VARCHAR(255),
      `kind` VARCHAR(32) NOT NULL,
      `status` VARCHAR(32) NOT NULL,
      `current_step` VARCHAR(255),
      `engine` VARCHAR(64) NOT NULL,
      `engine_instance_id` VARCHAR(100),
      `target_worker_version` VARCHAR(255),
      `target_database_version` VARCHAR(255),
      `error` TEXT,
      `initiated_by` VARCHAR(255),
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      `finished_at` VARCHAR(35),
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 113/166 · create index tenant_operations_rollout_id_idx on tenant_operations
-- locks: tenant_operations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_rollout_id_idx') <=> 'rollout_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_rollout_id_idx'),
  'ALTER TABLE `tenant_operations` DROP INDEX `tenant_operations_rollout_id_idx`, ADD INDEX `tenant_operations_rollout_id_idx` (`rollout_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: tenant_operations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_rollout_id_idx') <=> 'rollout_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_rollout_id_idx'),
  'CREATE INDEX `tenant_operations_rollout_id_idx` ON `tenant_operations` (`rollout_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 114/166 · create index tenant_operations_status_idx on tenant_operations
-- locks: tenant_operations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_status_idx') <=> 'status')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_status_idx'),
  'ALTER TABLE `tenant_operations` DROP INDEX `tenant_operations_status_idx`, ADD INDEX `tenant_operations_status_idx` (`status`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: tenant_operations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_status_idx') <=> 'status')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_status_idx'),
  'CREATE INDEX `tenant_operations_status_idx` ON `tenant_operations` (`status`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 115/166 · create index tenant_operations_tenant_id_created_at_idx on tenant_operations
-- locks: tenant_operations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_tenant_id_created_at_idx') <=> 'tenant_id, created_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_tenant_id_created_at_idx'),
  'ALTER TABLE `tenant_operations` DROP INDEX `tenant_operations_tenant_id_created_at_idx`, ADD INDEX `tenant_operations_tenant_id_created_at_idx` (`tenant_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: tenant_operations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_tenant_id_created_at_idx') <=> 'tenant_id, created_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_tenant_id_created_at_idx'),
  'CREATE INDEX `tenant_operations_tenant_id_created_at_idx` ON `tenant_operations` (`tenant_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 116/166 · create table tenant_operation_events
-- locks: tenant_operation_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operation_events'),
  'CREATE TABLE `tenant_operation_events` (
      `id` VARCHAR(255) NOT NULL,
      `operation_id` VARCHAR(255) NOT NULL,
      `step` VARCHAR(255) NOT NULL,
      `outcome` VARCHAR(32) NOT NULL,
      `detail` TEXT,
      `attempt` INT NOT NULL DEFAULT 1,
      `created_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 117/166 · create index tenant_operation_events_operation_id_created_at_idx on tenant_operation_events
-- locks: tenant_operation_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operation_events' AND INDEX_NAME = 'tenant_operation_events_operation_id_created_at_idx') <=> 'operation_id, created_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operation_events' AND INDEX_NAME = 'tenant_operation_events_operation_id_created_at_idx'),
  'ALTER TABLE `tenant_operation_events` DROP INDEX `tenant_operation_events_operation_id_created_at_idx`, ADD INDEX `tenant_operation_events_operation_id_created_at_idx` (`operation_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: tenant_operation_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operation_events' AND INDEX_NAME = 'tenant_operation_events_operation_id_created_at_idx') <=> 'operation_id, created_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operation_events' AND INDEX_NAME = 'tenant_operation_events_operation_id_created_at_idx'),
  'CREATE INDEX `tenant_operation_events_operation_id_created_at_idx` ON `tenant_operation_events` (`operation_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 118/166 · create table themes
-- locks: themes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'themes'),
  'CREATE TABLE `themes` (
      `tenant_id` VARCHAR(255) NOT NULL,
      `themeId` VARCHAR(255) NOT NULL,
      `displayName` VARCHAR(255) NOT NULL,
      `colors_primary_button_label` VARCHAR(24) NOT NULL,
      `colors_primary_button` VARCHAR(24) NOT NULL,
      `colors_secondary_button_border` VARCHAR(24) NOT NULL,
      `colors_secondary_button_label` VARCHAR(24) NOT NULL,
      `colors_base_focus_color` VARCHAR(24) NOT NULL,
      `colors_base_hover_color` VARCHAR(24) NOT NULL,
      `colors_body_text` VARCHAR(24) NOT NULL,
      `colors_captcha_widget_theme` VARCHAR(24) NOT NULL,
      `colors_error` VARCHAR(24) NOT NULL,
      `colors_header` VARCHAR(24) NOT NULL,
      `colors_icons` VARCHAR(24) NOT NULL,
      `colors_input_background` VARCHAR(24) NOT NULL,
      `colors_input_border` VARCHAR(24) NOT NULL,
      `colors_input_filled_text` VARCHAR(24) NOT NULL,
      `colors_input_labels_placeholders` VARCHAR(24) NOT NULL,
      `colors_links_focused_components` VARCHAR(24) NOT NULL,
      `colors_success` VARCHAR(24) NOT NULL,
      `colors_widget_background` VARCHAR(24) NOT NULL,
      `colors_widget_border` VARCHAR(24) NOT NULL,
      `borders_button_border_radius` INT NOT NULL,
      `borders_button_border_weight` INT NOT NULL,
      `borders_buttons_style` VARCHAR(24) NOT NULL,
      `borders_input_border_radius` INT NOT NULL,
      `borders_input_border_weight` INT NOT NULL,
      `borders_inputs_style` VARCHAR(24) NOT NULL,
      `borders_show_widget_shadow` BOOLEAN NOT NULL,
      `borders_widget_border_weight` INT NOT NULL,
      `borders_widget_corner_radius` INT NOT NULL,
      `fonts_body_text_bold` INT NOT NULL,
      `fonts_body_text_size` INT NOT NULL,
      `fonts_buttons_text_bold` INT NOT NULL,
      `fonts_buttons_text_size` INT NOT NULL,
      `fonts_font_url` VARCHAR(255) NOT NULL,
      `fonts_input_labels_bold` INT NOT NULL,
      `fonts_input_labels_size` INT NOT NULL,
      `fonts_links_bold` BOOLEAN NOT NULL,
      `fonts_links_size` INT NOT NULL,
      `fonts_links_style` VARCHAR(24) NOT NULL,
      `fonts_reference_text_size` INT NOT NULL,
      `fonts_subtitle_bold` BOOLEAN NOT NULL,
      `fonts_subtitle_size` INT NOT NULL,
      `fonts_title_bold` BOOLEAN NOT NULL,
      `fonts_title_size` INT NOT NULL,
      `page_background_background_color` VARCHAR(24) NOT NULL,
      `page_background_background_image_url` VARCHAR(255) NOT NULL,
      `page_background_page_layout` VARCHAR(24) NOT NULL,
      `widget_header_text_alignment` VARCHAR(24) NOT NULL,
      `widget_logo_height` INT NOT NULL,
      `widget_logo_position` VARCHAR(24) NOT NULL,
      `widget_logo_url` VARCHAR(255) NOT NULL,
      `widget_social_buttons_layout` VARCHAR(24) NOT NULL,
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`tenant_id`, `themeId`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 119/166 · create table universal_login_templates
-- locks: universal_login_templates: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'universal_login_templates'),
  'CREATE TABLE `universal_login_templates` (
      `tenant_id` VARCHAR(191) NOT NULL,
      `body` TEXT NOT NULL,
      `updated_at_ts` INT NOT NULL,
      `created_at_ts` INT NOT NULL,
      PRIMARY KEY (`tenant_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 120/166 · create table user_activity
-- locks: user_activity: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_activity'),
  'CREATE TABLE `user_activity` (
      `tenant_id` VARCHAR(255) NOT NULL,
      `user_id` VARCHAR(255) NOT NULL,
      `last_login` VARCHAR(35),
      `last_ip` VARCHAR(45),
      `login_count` INT NOT NULL DEFAULT 0,
      `failed_logins` TEXT,
      `last_password_reset` VARCHAR(35),
      PRIMARY KEY (`tenant_id`, `user_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 121/166 · create index user_activity_user_id_constraint on user_activity
-- locks: user_activity: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_activity' AND INDEX_NAME = 'user_activity_user_id_constraint') <=> 'user_id, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_activity' AND INDEX_NAME = 'user_activity_user_id_constraint'),
  'ALTER TABLE `user_activity` DROP INDEX `user_activity_user_id_constraint`, ADD INDEX `user_activity_user_id_constraint` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_activity: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_activity' AND INDEX_NAME = 'user_activity_user_id_constraint') <=> 'user_id, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_activity' AND INDEX_NAME = 'user_activity_user_id_constraint'),
  'CREATE INDEX `user_activity_user_id_constraint` ON `user_activity` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 122/166 · create table user_organizations
-- locks: user_organizations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations'),
  'CREATE TABLE `user_organizations` (
      `id` VARCHAR(21) NOT NULL,
      `tenant_id` VARCHAR(191) NOT NULL,
      `user_id` VARCHAR(191) NOT NULL,
      `organization_id` VARCHAR(21) NOT NULL,
      `created_at` VARCHAR(35) NOT NULL,
      `updated_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`id`),
      CONSTRAINT `user_organizations_unique` UNIQUE (`tenant_id`, `user_id`, `organization_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 123/166 · create index idx_user_organizations_organization_id on user_organizations
-- locks: user_organizations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_organization_id') <=> 'organization_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_organization_id'),
  'ALTER TABLE `user_organizations` DROP INDEX `idx_user_organizations_organization_id`, ADD INDEX `idx_user_organizations_organization_id` (`organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_organizations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_organization_id') <=> 'organization_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_organization_id'),
  'CREATE INDEX `idx_user_organizations_organization_id` ON `user_organizations` (`organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 124/166 · create index idx_user_organizations_user_id on user_organizations
-- locks: user_organizations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_user_id') <=> 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_user_id'),
  'ALTER TABLE `user_organizations` DROP INDEX `idx_user_organizations_user_id`, ADD INDEX `idx_user_organizations_user_id` (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_organizations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_user_id') <=> 'user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_user_id'),
  'CREATE INDEX `idx_user_organizations_user_id` ON `user_organizations` (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 125/166 · create table user_permissions
-- locks: user_permissions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions'),
  'CREATE TABLE `user_permissions` (
      `tenant_id` VARCHAR(191) NOT NULL,
      `user_id` VARCHAR(191) NOT NULL,
      `resource_server_identifier` VARCHAR(100) NOT NULL,
      `permission_name` VARCHAR(191) NOT NULL,
      `organization_id` VARCHAR(21) NOT NULL DEFAULT '''',
      `created_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`tenant_id`, `user_id`, `resource_server_identifier`, `permission_name`, `organization_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 126/166 · create index user_permissions_organization_fk on user_permissions
-- locks: user_permissions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_organization_fk') <=> 'organization_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_organization_fk'),
  'ALTER TABLE `user_permissions` DROP INDEX `user_permissions_organization_fk`, ADD INDEX `user_permissions_organization_fk` (`organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_permissions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_organization_fk') <=> 'organization_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_organization_fk'),
  'CREATE INDEX `user_permissions_organization_fk` ON `user_permissions` (`organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 127/166 · create index user_permissions_permission_fk on user_permissions
-- locks: user_permissions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_permission_fk') <=> 'tenant_id, resource_server_identifier, permission_name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_permission_fk'),
  'ALTER TABLE `user_permissions` DROP INDEX `user_permissions_permission_fk`, ADD INDEX `user_permissions_permission_fk` (`tenant_id`, `resource_server_identifier`, `permission_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_permissions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_permission_fk') <=> 'tenant_id, resource_server_identifier, permission_name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_permission_fk'),
  'CREATE INDEX `user_permissions_permission_fk` ON `user_permissions` (`tenant_id`, `resource_server_identifier`, `permission_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 128/166 · create index user_permissions_user_fk on user_permissions
-- locks: user_permissions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_user_fk') <=> 'tenant_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_user_fk'),
  'ALTER TABLE `user_permissions` DROP INDEX `user_permissions_user_fk`, ADD INDEX `user_permissions_user_fk` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_permissions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_user_fk') <=> 'tenant_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_user_fk'),
  'CREATE INDEX `user_permissions_user_fk` ON `user_permissions` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 129/166 · create table user_roles
-- locks: user_roles: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles'),
  'CREATE TABLE `user_roles` (
      `tenant_id` VARCHAR(191) NOT NULL,
      `user_id` VARCHAR(191) NOT NULL,
      `role_id` VARCHAR(21) NOT NULL,
      `organization_id` VARCHAR(191) NOT NULL DEFAULT '''',
      `created_at` VARCHAR(35) NOT NULL,
      PRIMARY KEY (`tenant_id`, `user_id`, `role_id`, `organization_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 130/166 · create index user_roles_organization_fk on user_roles
-- locks: user_roles: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_organization_fk') <=> 'organization_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_organization_fk'),
  'ALTER TABLE `user_roles` DROP INDEX `user_roles_organization_fk`, ADD INDEX `user_roles_organization_fk` (`organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_roles: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_organization_fk') <=> 'organization_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_organization_fk'),
  'CREATE INDEX `user_roles_organization_fk` ON `user_roles` (`organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 131/166 · create index user_roles_role_fk on user_roles
-- locks: user_roles: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_fk') <=> 'tenant_id, role_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_fk'),
  'ALTER TABLE `user_roles` DROP INDEX `user_roles_role_fk`, ADD INDEX `user_roles_role_fk` (`tenant_id`, `role_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_roles: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_fk') <=> 'tenant_id, role_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_fk'),
  'CREATE INDEX `user_roles_role_fk` ON `user_roles` (`tenant_id`, `role_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 132/166 · create index user_roles_user_fk on user_roles
-- locks: user_roles: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_user_fk') <=> 'tenant_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_user_fk'),
  'ALTER TABLE `user_roles` DROP INDEX `user_roles_user_fk`, ADD INDEX `user_roles_user_fk` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_roles: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_user_fk') <=> 'tenant_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_user_fk'),
  'CREATE INDEX `user_roles_user_fk` ON `user_roles` (`tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 133/166 · add foreign key authentication_methods_ibfk_1 on authentication_methods
-- locks: only where the database differs from the plan here (else skipped): authentication_methods: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'authentication_methods' AND k.CONSTRAINT_NAME = 'authentication_methods_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND CONSTRAINT_NAME = 'authentication_methods_ibfk_1'),
  'ALTER TABLE `authentication_methods` DROP FOREIGN KEY `authentication_methods_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: authentication_methods: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'authentication_methods' AND k.CONSTRAINT_NAME = 'authentication_methods_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `authentication_methods` ADD CONSTRAINT `authentication_methods_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 134/166 · add foreign key branding_ibfk_1 on branding
-- locks: only where the database differs from the plan here (else skipped): branding: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'branding' AND k.CONSTRAINT_NAME = 'branding_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'branding' AND CONSTRAINT_NAME = 'branding_ibfk_1'),
  'ALTER TABLE `branding` DROP FOREIGN KEY `branding_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: branding: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'branding' AND k.CONSTRAINT_NAME = 'branding_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `branding` ADD CONSTRAINT `branding_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 135/166 · add foreign key clients_ibfk_1 on clients
-- locks: only where the database differs from the plan here (else skipped): clients: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'clients' AND k.CONSTRAINT_NAME = 'clients_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND CONSTRAINT_NAME = 'clients_ibfk_1'),
  'ALTER TABLE `clients` DROP FOREIGN KEY `clients_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: clients: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'clients' AND k.CONSTRAINT_NAME = 'clients_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `clients` ADD CONSTRAINT `clients_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 136/166 · add foreign key client_grants_ibfk_1 on client_grants
-- locks: only where the database differs from the plan here (else skipped): client_grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'client_grants' AND k.CONSTRAINT_NAME = 'client_grants_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND CONSTRAINT_NAME = 'client_grants_ibfk_1'),
  'ALTER TABLE `client_grants` DROP FOREIGN KEY `client_grants_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: client_grants: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'client_grants' AND k.CONSTRAINT_NAME = 'client_grants_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `client_grants` ADD CONSTRAINT `client_grants_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 137/166 · add foreign key fk_client_grants_clients on client_grants
-- locks: only where the database differs from the plan here (else skipped): client_grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'client_grants' AND k.CONSTRAINT_NAME = 'fk_client_grants_clients') <=> 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND CONSTRAINT_NAME = 'fk_client_grants_clients'),
  'ALTER TABLE `client_grants` DROP FOREIGN KEY `fk_client_grants_clients`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: client_grants: new in this script | clients: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'client_grants' AND k.CONSTRAINT_NAME = 'fk_client_grants_clients') <=> 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `client_grants` ADD CONSTRAINT `fk_client_grants_clients` FOREIGN KEY (`tenant_id`, `client_id`) REFERENCES `clients` (`tenant_id`, `client_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 138/166 · add foreign key client_registration_tokens_ibfk_1 on client_registration_tokens
-- locks: only where the database differs from the plan here (else skipped): client_registration_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'client_registration_tokens' AND k.CONSTRAINT_NAME = 'client_registration_tokens_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND CONSTRAINT_NAME = 'client_registration_tokens_ibfk_1'),
  'ALTER TABLE `client_registration_tokens` DROP FOREIGN KEY `client_registration_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: client_registration_tokens: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'client_registration_tokens' AND k.CONSTRAINT_NAME = 'client_registration_tokens_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `client_registration_tokens` ADD CONSTRAINT `client_registration_tokens_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 139/166 · add foreign key linked_to_constraint on users
-- locks: only where the database differs from the plan here (else skipped): users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'users' AND k.CONSTRAINT_NAME = 'linked_to_constraint') <=> 'linked_to, tenant_id -> users (user_id, tenant_id) ON DELETE RESTRICT ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND CONSTRAINT_NAME = 'linked_to_constraint'),
  'ALTER TABLE `users` DROP FOREIGN KEY `linked_to_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'users' AND k.CONSTRAINT_NAME = 'linked_to_constraint') <=> 'linked_to, tenant_id -> users (user_id, tenant_id) ON DELETE RESTRICT ON UPDATE RESTRICT'),
  'ALTER TABLE `users` ADD CONSTRAINT `linked_to_constraint` FOREIGN KEY (`linked_to`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE RESTRICT ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 140/166 · add foreign key users_ibfk_1 on users
-- locks: only where the database differs from the plan here (else skipped): users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'users' AND k.CONSTRAINT_NAME = 'users_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND CONSTRAINT_NAME = 'users_ibfk_1'),
  'ALTER TABLE `users` DROP FOREIGN KEY `users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'users' AND k.CONSTRAINT_NAME = 'users_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `users` ADD CONSTRAINT `users_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 141/166 · add foreign key codes_ibfk_1 on codes
-- locks: only where the database differs from the plan here (else skipped): codes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'codes' AND k.CONSTRAINT_NAME = 'codes_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND CONSTRAINT_NAME = 'codes_ibfk_1'),
  'ALTER TABLE `codes` DROP FOREIGN KEY `codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: codes: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'codes' AND k.CONSTRAINT_NAME = 'codes_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `codes` ADD CONSTRAINT `codes_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 142/166 · add foreign key codes_user_id_tenant_id_constraint on codes
-- locks: only where the database differs from the plan here (else skipped): codes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'codes' AND k.CONSTRAINT_NAME = 'codes_user_id_tenant_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND CONSTRAINT_NAME = 'codes_user_id_tenant_id_constraint'),
  'ALTER TABLE `codes` DROP FOREIGN KEY `codes_user_id_tenant_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: codes: new in this script | users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'codes' AND k.CONSTRAINT_NAME = 'codes_user_id_tenant_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `codes` ADD CONSTRAINT `codes_user_id_tenant_id_constraint` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 143/166 · add foreign key connections_ibfk_1 on connections
-- locks: only where the database differs from the plan here (else skipped): connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'connections' AND k.CONSTRAINT_NAME = 'connections_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'connections' AND CONSTRAINT_NAME = 'connections_ibfk_1'),
  'ALTER TABLE `connections` DROP FOREIGN KEY `connections_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: connections: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'connections' AND k.CONSTRAINT_NAME = 'connections_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `connections` ADD CONSTRAINT `connections_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 144/166 · add foreign key custom_domains_ibfk_1 on custom_domains
-- locks: only where the database differs from the plan here (else skipped): custom_domains: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'custom_domains' AND k.CONSTRAINT_NAME = 'custom_domains_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND CONSTRAINT_NAME = 'custom_domains_ibfk_1'),
  'ALTER TABLE `custom_domains` DROP FOREIGN KEY `custom_domains_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: custom_domains: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'custom_domains' AND k.CONSTRAINT_NAME = 'custom_domains_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `custom_domains` ADD CONSTRAINT `custom_domains_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 145/166 · add foreign key custom_text_ibfk_1 on custom_text
-- locks: only where the database differs from the plan here (else skipped): custom_text: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'custom_text' AND k.CONSTRAINT_NAME = 'custom_text_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_text' AND CONSTRAINT_NAME = 'custom_text_ibfk_1'),
  'ALTER TABLE `custom_text` DROP FOREIGN KEY `custom_text_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: custom_text: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'custom_text' AND k.CONSTRAINT_NAME = 'custom_text_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `custom_text` ADD CONSTRAINT `custom_text_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 146/166 · add foreign key email_templates_tenant_fk on email_templates
-- locks: only where the database differs from the plan here (else skipped): email_templates: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'email_templates' AND k.CONSTRAINT_NAME = 'email_templates_tenant_fk') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'email_templates' AND CONSTRAINT_NAME = 'email_templates_tenant_fk'),
  'ALTER TABLE `email_templates` DROP FOREIGN KEY `email_templates_tenant_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: email_templates: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'email_templates' AND k.CONSTRAINT_NAME = 'email_templates_tenant_fk') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `email_templates` ADD CONSTRAINT `email_templates_tenant_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 147/166 · add foreign key grants_ibfk_1 on grants
-- locks: only where the database differs from the plan here (else skipped): grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'grants' AND k.CONSTRAINT_NAME = 'grants_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND CONSTRAINT_NAME = 'grants_ibfk_1'),
  'ALTER TABLE `grants` DROP FOREIGN KEY `grants_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: grants: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'grants' AND k.CONSTRAINT_NAME = 'grants_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `grants` ADD CONSTRAINT `grants_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 148/166 · add foreign key grants_user_id_constraint on grants
-- locks: only where the database differs from the plan here (else skipped): grants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'grants' AND k.CONSTRAINT_NAME = 'grants_user_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND CONSTRAINT_NAME = 'grants_user_id_constraint'),
  'ALTER TABLE `grants` DROP FOREIGN KEY `grants_user_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: grants: new in this script | users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'grants' AND k.CONSTRAINT_NAME = 'grants_user_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `grants` ADD CONSTRAINT `grants_user_id_constraint` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 149/166 · add foreign key hooks_ibfk_1 on hooks
-- locks: only where the database differs from the plan here (else skipped): hooks: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'hooks' AND k.CONSTRAINT_NAME = 'hooks_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND CONSTRAINT_NAME = 'hooks_ibfk_1'),
  'ALTER TABLE `hooks` DROP FOREIGN KEY `hooks_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: hooks: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'hooks' AND k.CONSTRAINT_NAME = 'hooks_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `hooks` ADD CONSTRAINT `hooks_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 150/166 · add foreign key keys_ibfk_1 on keys
-- locks: only where the database differs from the plan here (else skipped): keys: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'keys' AND k.CONSTRAINT_NAME = 'keys_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND CONSTRAINT_NAME = 'keys_ibfk_1'),
  'ALTER TABLE `keys` DROP FOREIGN KEY `keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keys: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'keys' AND k.CONSTRAINT_NAME = 'keys_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `keys` ADD CONSTRAINT `keys_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 151/166 · add foreign key sessions_user_fk on sessions
-- locks: only where the database differs from the plan here (else skipped): sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'sessions' AND k.CONSTRAINT_NAME = 'sessions_user_fk') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND CONSTRAINT_NAME = 'sessions_user_fk'),
  'ALTER TABLE `sessions` DROP FOREIGN KEY `sessions_user_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: sessions: new in this script | users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'sessions' AND k.CONSTRAINT_NAME = 'sessions_user_fk') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `sessions` ADD CONSTRAINT `sessions_user_fk` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 152/166 · add foreign key login_sessions_session_fk on login_sessions
-- locks: only where the database differs from the plan here (else skipped): login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'login_sessions' AND k.CONSTRAINT_NAME = 'login_sessions_session_fk') <=> 'tenant_id, session_id -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND CONSTRAINT_NAME = 'login_sessions_session_fk'),
  'ALTER TABLE `login_sessions` DROP FOREIGN KEY `login_sessions_session_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: login_sessions: new in this script | sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'login_sessions' AND k.CONSTRAINT_NAME = 'login_sessions_session_fk') <=> 'tenant_id, session_id -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `login_sessions` ADD CONSTRAINT `login_sessions_session_fk` FOREIGN KEY (`tenant_id`, `session_id`) REFERENCES `sessions` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 153/166 · add foreign key login_sessions_tenant_fk on login_sessions
-- locks: only where the database differs from the plan here (else skipped): login_sessions: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'login_sessions' AND k.CONSTRAINT_NAME = 'login_sessions_tenant_fk') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND CONSTRAINT_NAME = 'login_sessions_tenant_fk'),
  'ALTER TABLE `login_sessions` DROP FOREIGN KEY `login_sessions_tenant_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: login_sessions: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'login_sessions' AND k.CONSTRAINT_NAME = 'login_sessions_tenant_fk') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `login_sessions` ADD CONSTRAINT `login_sessions_tenant_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 154/166 · add foreign key migrations_ibfk_1 on migrations
-- locks: only where the database differs from the plan here (else skipped): migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'migrations' AND k.CONSTRAINT_NAME = 'migrations_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND CONSTRAINT_NAME = 'migrations_ibfk_1'),
  'ALTER TABLE `migrations` DROP FOREIGN KEY `migrations_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: migrations: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'migrations' AND k.CONSTRAINT_NAME = 'migrations_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `migrations` ADD CONSTRAINT `migrations_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 155/166 · add foreign key organization_connections_connection_fk on organization_connections
-- locks: only where the database differs from the plan here (else skipped): organization_connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'organization_connections' AND k.CONSTRAINT_NAME = 'organization_connections_connection_fk') <=> 'tenant_id, connection_id -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND CONSTRAINT_NAME = 'organization_connections_connection_fk'),
  'ALTER TABLE `organization_connections` DROP FOREIGN KEY `organization_connections_connection_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: organization_connections: new in this script | connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'organization_connections' AND k.CONSTRAINT_NAME = 'organization_connections_connection_fk') <=> 'tenant_id, connection_id -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `organization_connections` ADD CONSTRAINT `organization_connections_connection_fk` FOREIGN KEY (`tenant_id`, `connection_id`) REFERENCES `connections` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 156/166 · add foreign key organization_connections_organization_fk on organization_connections
-- locks: only where the database differs from the plan here (else skipped): organization_connections: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'organization_connections' AND k.CONSTRAINT_NAME = 'organization_connections_organization_fk') <=> 'organization_id -> organizations (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND CONSTRAINT_NAME = 'organization_connections_organization_fk'),
  'ALTER TABLE `organization_connections` DROP FOREIGN KEY `organization_connections_organization_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: organization_connections: new in this script | organizations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'organization_connections' AND k.CONSTRAINT_NAME = 'organization_connections_organization_fk') <=> 'organization_id -> organizations (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `organization_connections` ADD CONSTRAINT `organization_connections_organization_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 157/166 · add foreign key password_history_user_id_tenant_id_constraint on passwords
-- locks: only where the database differs from the plan here (else skipped): passwords: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwords' AND k.CONSTRAINT_NAME = 'password_history_user_id_tenant_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND CONSTRAINT_NAME = 'password_history_user_id_tenant_id_constraint'),
  'ALTER TABLE `passwords` DROP FOREIGN KEY `password_history_user_id_tenant_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: passwords: new in this script | users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwords' AND k.CONSTRAINT_NAME = 'password_history_user_id_tenant_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `passwords` ADD CONSTRAINT `password_history_user_id_tenant_id_constraint` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 158/166 · add foreign key passwords_ibfk_1 on passwords
-- locks: only where the database differs from the plan here (else skipped): passwords: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwords' AND k.CONSTRAINT_NAME = 'passwords_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND CONSTRAINT_NAME = 'passwords_ibfk_1'),
  'ALTER TABLE `passwords` DROP FOREIGN KEY `passwords_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: passwords: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwords' AND k.CONSTRAINT_NAME = 'passwords_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `passwords` ADD CONSTRAINT `passwords_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 159/166 · add foreign key refresh_tokens_client_fk on refresh_tokens
-- locks: only where the database differs from the plan here (else skipped): refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'refresh_tokens' AND k.CONSTRAINT_NAME = 'refresh_tokens_client_fk') <=> 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND CONSTRAINT_NAME = 'refresh_tokens_client_fk'),
  'ALTER TABLE `refresh_tokens` DROP FOREIGN KEY `refresh_tokens_client_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: refresh_tokens: new in this script | clients: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'refresh_tokens' AND k.CONSTRAINT_NAME = 'refresh_tokens_client_fk') <=> 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `refresh_tokens` ADD CONSTRAINT `refresh_tokens_client_fk` FOREIGN KEY (`tenant_id`, `client_id`) REFERENCES `clients` (`tenant_id`, `client_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 160/166 · add foreign key refresh_tokens_tenant_fk on refresh_tokens
-- locks: only where the database differs from the plan here (else skipped): refresh_tokens: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'refresh_tokens' AND k.CONSTRAINT_NAME = 'refresh_tokens_tenant_fk') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND CONSTRAINT_NAME = 'refresh_tokens_tenant_fk'),
  'ALTER TABLE `refresh_tokens` DROP FOREIGN KEY `refresh_tokens_tenant_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: refresh_tokens: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'refresh_tokens' AND k.CONSTRAINT_NAME = 'refresh_tokens_tenant_fk') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `refresh_tokens` ADD CONSTRAINT `refresh_tokens_tenant_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 161/166 · add foreign key tenant_operation_events_operation_id_constraint on tenant_operation_events
-- locks: only where the database differs from the plan here (else skipped): tenant_operation_events: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'tenant_operation_events' AND k.CONSTRAINT_NAME = 'tenant_operation_events_operation_id_constraint') <=> 'operation_id -> tenant_operations (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operation_events' AND CONSTRAINT_NAME = 'tenant_operation_events_operation_id_constraint'),
  'ALTER TABLE `tenant_operation_events` DROP FOREIGN KEY `tenant_operation_events_operation_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: tenant_operation_events: new in this script | tenant_operations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'tenant_operation_events' AND k.CONSTRAINT_NAME = 'tenant_operation_events_operation_id_constraint') <=> 'operation_id -> tenant_operations (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `tenant_operation_events` ADD CONSTRAINT `tenant_operation_events_operation_id_constraint` FOREIGN KEY (`operation_id`) REFERENCES `tenant_operations` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 162/166 · add foreign key themes_ibfk_1 on themes
-- locks: only where the database differs from the plan here (else skipped): themes: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'themes' AND k.CONSTRAINT_NAME = 'themes_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'themes' AND CONSTRAINT_NAME = 'themes_ibfk_1'),
  'ALTER TABLE `themes` DROP FOREIGN KEY `themes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: themes: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'themes' AND k.CONSTRAINT_NAME = 'themes_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `themes` ADD CONSTRAINT `themes_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 163/166 · add foreign key universal_login_templates_ibfk_1 on universal_login_templates
-- locks: only where the database differs from the plan here (else skipped): universal_login_templates: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'universal_login_templates' AND k.CONSTRAINT_NAME = 'universal_login_templates_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'universal_login_templates' AND CONSTRAINT_NAME = 'universal_login_templates_ibfk_1'),
  'ALTER TABLE `universal_login_templates` DROP FOREIGN KEY `universal_login_templates_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: universal_login_templates: new in this script | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'universal_login_templates' AND k.CONSTRAINT_NAME = 'universal_login_templates_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `universal_login_templates` ADD CONSTRAINT `universal_login_templates_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 164/166 · add foreign key user_activity_user_id_constraint on user_activity
-- locks: only where the database differs from the plan here (else skipped): user_activity: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_activity' AND k.CONSTRAINT_NAME = 'user_activity_user_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_activity' AND CONSTRAINT_NAME = 'user_activity_user_id_constraint'),
  'ALTER TABLE `user_activity` DROP FOREIGN KEY `user_activity_user_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_activity: new in this script | users: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_activity' AND k.CONSTRAINT_NAME = 'user_activity_user_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_activity` ADD CONSTRAINT `user_activity_user_id_constraint` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 165/166 · insert 1 row into kysely_migration_lock
-- locks: kysely_migration_lock: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration_lock` WHERE `id` = ''migration_lock'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration_lock` (`id`, `is_locked`) SELECT ''migration_lock'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration_lock` WHERE `id` = ''migration_lock'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 11.20 · 166/166 · insert 181 rows into kysely_migration
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m1_init'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m1_init'', ''2025-12-01T00:00:00.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m1_init'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m2_magicLink'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m2_magicLink'', ''2025-12-01T00:00:01.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m2_magicLink'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m3_updateAt'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m3_updateAt'', ''2025-12-01T00:00:02.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m3_updateAt'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m4_logTable'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m4_logTable'', ''2025-12-01T00:00:03.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m4_logTable'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m5_userProfile'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m5_userProfile'', ''2025-12-01T00:00:04.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m5_userProfile'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m6_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m6_sessions'', ''2025-12-01T00:00:05.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m6_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m7_passwords'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m7_passwords'', ''2025-12-01T00:00:06.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m7_passwords'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m8_logsTableNewFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m8_logsTableNewFields'', ''2025-12-01T00:00:07.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m8_logsTableNewFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m9_passwordTableNewField'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m9_passwordTableNewField'', ''2025-12-01T00:00:08.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m9_passwordTableNewField'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n01_codesTable'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n01_codesTable'', ''2025-12-01T00:00:09.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n01_codesTable'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n11_universalLoginSession'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n11_universalLoginSession'', ''2025-12-01T00:00:10.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n11_universalLoginSession'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n12_userFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n12_userFields'', ''2025-12-01T00:00:11.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n12_userFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n13_userEmailIndex'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n13_userEmailIndex'', ''2025-12-01T00:00:12.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n13_userEmailIndex'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n14_profileDataField'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n14_profileDataField'', ''2025-12-01T00:00:13.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n14_profileDataField'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n15_userEmailIndex'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n15_userEmailIndex'', ''2025-12-01T00:00:14.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n15_userEmailIndex'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n16_userLocale'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n16_userLocale'', ''2025-12-01T00:00:15.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n16_userLocale'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n17_signingKeys'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n17_signingKeys'', ''2025-12-01T00:00:16.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n17_signingKeys'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n18_logsFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n18_logsFields'', ''2025-12-01T00:00:17.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n18_logsFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n19_connectionsUserinfo'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n19_connectionsUserinfo'', ''2025-12-01T00:00:18.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n19_connectionsUserinfo'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n20_missingFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n20_missingFields'', ''2025-12-01T00:00:19.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n20_missingFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n21_sessionDeletedAt'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n21_sessionDeletedAt'', ''2025-12-01T00:00:20.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n21_sessionDeletedAt'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n22_dropLogsFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n22_dropLogsFields'', ''2025-12-01T00:00:21.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n22_dropLogsFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n23_dropUsersFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n23_dropUsersFields'', ''2025-12-01T00:00:22.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n23_dropUsersFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n24_logsIndexes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n24_logsIndexes'', ''2025-12-01T00:00:23.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n24_logsIndexes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n25_logDescMaxLength'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n25_logDescMaxLength'', ''2025-12-01T00:00:24.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n25_logDescMaxLength'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n26_logsTableExtraFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n26_logsTableExtraFields'', ''2025-12-01T00:00:25.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n26_logsTableExtraFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n27_usersTableNameIndex'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n27_usersTableNameIndex'', ''2025-12-01T00:00:26.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n27_usersTableNameIndex'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n28_usersEmailConstrain'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n28_usersEmailConstrain'', ''2025-12-01T00:00:27.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n28_usersEmailConstrain'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n29_increaseOtpStateLength'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n29_increaseOtpStateLength'', ''2025-12-01T00:00:28.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n29_increaseOtpStateLength'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n30_increaseTicketStateLength'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n30_increaseTicketStateLength'', ''2025-12-01T00:00:29.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n30_increaseTicketStateLength'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n31_branding'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n31_branding'', ''2025-12-01T00:00:30.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n31_branding'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n32_indexesAndNotNull'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n32_indexesAndNotNull'', ''2025-12-01T00:00:31.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n32_indexesAndNotNull'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n33_vendorIdInUniversalLoginSession'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n33_vendorIdInUniversalLoginSession'', ''2025-12-01T00:00:32.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n33_vendorIdInUniversalLoginSession'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n34_auth0ClientInUniversalLoginSession'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n34_auth0ClientInUniversalLoginSession'', ''2025-12-01T00:00:33.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n34_auth0ClientInUniversalLoginSession'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n35_increaseUniversalSessionStateLength'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n35_increaseUniversalSessionStateLength'', ''2025-12-01T00:00:34.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n35_increaseUniversalSessionStateLength'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n36_authenticationCodes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n36_authenticationCodes'', ''2025-12-01T00:00:35.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n36_authenticationCodes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n37_disableSignUps'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n37_disableSignUps'', ''2025-12-01T00:00:36.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n37_disableSignUps'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n38_otpIpAddress'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n38_otpIpAddress'', ''2025-12-01T00:00:37.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n38_otpIpAddress'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n39_increaseUserAgentLength'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n39_increaseUserAgentLength'', ''2025-12-01T00:00:38.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n39_increaseUserAgentLength'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n40_userId'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n40_userId'', ''2025-12-01T00:00:39.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n40_userId'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n41_hooks'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n41_hooks'', ''2025-12-01T00:00:40.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n41_hooks'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n42_userIdIndexes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n42_userIdIndexes'', ''2025-12-01T00:00:41.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n42_userIdIndexes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n43_userIdIndexes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n43_userIdIndexes'', ''2025-12-01T00:00:42.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n43_userIdIndexes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n44_codes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n44_codes'', ''2025-12-01T00:00:43.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n44_codes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n45_hookProperties'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n45_hookProperties'', ''2025-12-01T00:00:44.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n45_hookProperties'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n46_loginAuth0Client'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n46_loginAuth0Client'', ''2025-12-01T00:00:45.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n46_loginAuth0Client'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n47_loginAuth0Client'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n47_loginAuth0Client'', ''2025-12-01T00:00:46.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n47_loginAuth0Client'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n48_saml'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n48_saml'', ''2025-12-01T00:00:47.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n48_saml'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n49_removeFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n49_removeFields'', ''2025-12-01T00:00:48.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n49_removeFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n50_authParamsNonce'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n50_authParamsNonce'', ''2025-12-01T00:00:49.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n50_authParamsNonce'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n51_connectionid'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n51_connectionid'', ''2025-12-01T00:00:50.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n51_connectionid'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n52_cert'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n52_cert'', ''2025-12-01T00:00:51.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n52_cert'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n53_codes_primary_key'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n53_codes_primary_key'', ''2025-12-01T00:00:52.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n53_codes_primary_key'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n54_cleanup_tables'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n54_cleanup_tables'', ''2025-12-01T00:00:53.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n54_cleanup_tables'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n55_logs_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n55_logs_index'', ''2025-12-01T00:00:54.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n55_logs_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n56_application_fields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n56_application_fields'', ''2025-12-01T00:00:55.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n56_application_fields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n57_prompt_settings'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n57_prompt_settings'', ''2025-12-01T00:00:56.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n57_prompt_settings'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n58_connection_client_id'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n58_connection_client_id'', ''2025-12-01T00:00:57.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n58_connection_client_id'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n59_connection_options'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n59_connection_options'', ''2025-12-01T00:00:58.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n59_connection_options'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n60_users_metadata'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n60_users_metadata'', ''2025-12-01T00:00:59.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n60_users_metadata'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n61_userLocales'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n61_userLocales'', ''2025-12-01T00:01:00.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n61_userLocales'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n62_prompt'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n62_prompt'', ''2025-12-01T00:01:01.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n62_prompt'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n63_connection_cleanup'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n63_connection_cleanup'', ''2025-12-01T00:01:02.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n63_connection_cleanup'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n64_act_as'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n64_act_as'', ''2025-12-01T00:01:03.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n64_act_as'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n65_code_verifier'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n65_code_verifier'', ''2025-12-01T00:01:04.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n65_code_verifier'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n66_email_providers'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n66_email_providers'', ''2025-12-01T00:01:05.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n66_email_providers'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n67_drop_tickets'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n67_drop_tickets'', ''2025-12-01T00:01:06.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n67_drop_tickets'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n68_login_useragents'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n68_login_useragents'', ''2025-12-01T00:01:07.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n68_login_useragents'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n70_refresh_tokens'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n70_refresh_tokens'', ''2025-12-01T00:01:08.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n70_refresh_tokens'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n71_session_new_fields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n71_session_new_fields'', ''2025-12-01T00:01:09.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n71_session_new_fields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n72_session_primary_key'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n72_session_primary_key'', ''2025-12-01T00:01:10.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n72_session_primary_key'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n73_drop_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n73_drop_sessions'', ''2025-12-01T00:01:11.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n73_drop_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n74_custom_domains'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n74_custom_domains'', ''2025-12-01T00:01:12.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n74_custom_domains'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n75_organizations'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n75_organizations'', ''2025-12-01T00:01:13.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n75_organizations'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n76_authorization_url_length'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n76_authorization_url_length'', ''2025-12-01T00:01:14.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n76_authorization_url_length'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n77_drop_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n77_drop_sessions'', ''2025-12-01T00:01:15.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n77_drop_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n78_login_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n78_login_sessions'', ''2025-12-01T00:01:16.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n78_login_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n79_drop_sessions_2'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n79_drop_sessions_2'', ''2025-12-01T00:01:17.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n79_drop_sessions_2'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n80_recreate_custom_domains'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n80_recreate_custom_domains'', ''2025-12-01T00:01:18.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n80_recreate_custom_domains'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n81_phone'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n81_phone'', ''2025-12-01T00:01:19.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n81_phone'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n82_forms'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n82_forms'', ''2025-12-01T00:01:20.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n82_forms'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n83_addFormsIdToHooks'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n83_addFormsIdToHooks'', ''2025-12-01T00:01:21.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n83_addFormsIdToHooks'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n84_login_completed'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n84_login_completed'', ''2025-12-01T00:01:22.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n84_login_completed'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n85_add_login_session_id_to_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n85_add_login_session_id_to_sessions'', ''2025-12-01T00:01:23.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n85_add_login_session_id_to_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n86_index_sessions_login_session_id'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n86_index_sessions_login_session_id'', ''2025-12-01T00:01:24.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n86_index_sessions_login_session_id'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n87_code_challenge'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n87_code_challenge'', ''2025-12-01T00:01:25.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n87_code_challenge'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n88_add_redirect_uri_to_codes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n88_add_redirect_uri_to_codes'', ''2025-12-01T00:01:26.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n88_add_redirect_uri_to_codes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n89_add_nonce_and_state_to_codes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n89_add_nonce_and_state_to_codes'', ''2025-12-01T00:01:27.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n89_add_nonce_and_state_to_codes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n90_themes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n90_themes'', ''2025-12-01T00:01:28.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n90_themes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n91_resource_servers_rules_permissions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n91_resource_servers_rules_permissions'', ''2025-12-01T00:01:29.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n91_resource_servers_rules_permissions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n92_role_permissions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n92_role_permissions'', ''2025-12-01T00:01:30.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n92_role_permissions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n93_add_permissions_to_roles'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n93_add_permissions_to_roles'', ''2025-12-01T00:01:31.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n93_add_permissions_to_roles'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n94_keys_connection_and_extend_columns'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n94_keys_connection_and_extend_columns'', ''2025-12-01T00:01:32.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n94_keys_connection_and_extend_columns'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n95_create_organizations_table'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n95_create_organizations_table'', ''2025-12-01T00:01:33.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n95_create_organizations_table'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n96_create_user_organizations_table'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n96_create_user_organizations_table'', ''2025-12-01T00:01:34.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n96_create_user_organizations_table'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n97_add_organization_to_user_permissions_and_roles'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n97_add_organization_to_user_permissions_and_roles'', ''2025-12-01T00:01:35.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n97_add_organization_to_user_permissions_and_roles'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n98_clients'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n98_clients'', ''2025-12-01T00:01:36.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n98_clients'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n99_update_client_foreign_keys'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n99_update_client_foreign_keys'', ''2025-12-01T00:01:37.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n99_update_client_foreign_keys'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o001_client_grants'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o001_client_grants'', ''2025-12-01T00:01:38.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o001_client_grants'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o002_drop_applications'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o002_drop_applications'', ''2025-12-01T00:01:39.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o002_drop_applications'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o003_phone_number_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o003_phone_number_index'', ''2025-12-01T00:01:40.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o003_phone_number_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o004_login_sessions_id_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o004_login_sessions_id_index'', ''2025-12-01T00:01:41.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o004_login_sessions_id_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o005_connections_tenant_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o005_connections_tenant_index'', ''2025-12-01T00:01:42.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o005_connections_tenant_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o006_remove_redundant_user_organizations_tenant_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o006_remove_redundant_user_organizations_tenant_index'', ''2025-12-01T00:01:43.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o006_remove_redundant_user_organizations_tenant_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o007_tenant_settings'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o007_tenant_settings'', ''2025-12-01T00:01:44.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o007_tenant_settings'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o008_merge_tenant_settings_into_tenants'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o008_merge_tenant_settings_into_tenants'', ''2025-12-01T00:01:45.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o008_merge_tenant_settings_into_tenants'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o009_create_invites_table'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o009_create_invites_table'', ''2025-12-01T00:01:46.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o009_create_invites_table'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o010_add_log_id_to_logs'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o010_add_log_id_to_logs'', ''2025-12-01T00:01:47.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o010_add_log_id_to_logs'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o011_add_location_info_to_logs'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o011_add_location_info_to_logs'', ''2025-12-01T00:01:48.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o011_add_location_info_to_logs'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o012_add_password_history'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o012_add_password_history'', ''2025-12-01T00:01:49.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o012_add_password_history'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o013_connection_display_name'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o013_connection_display_name'', ''2025-12-01T00:01:50.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o013_connection_display_name'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o014_client_connections'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o014_client_connections'', ''2025-12-01T00:01:51.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o014_client_connections'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o015_flows'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o015_flows'', ''2025-12-01T00:01:52.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o015_flows'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o016_add_is_system_column'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o016_add_is_system_column'', ''2025-12-01T00:01:53.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o016_add_is_system_column'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o017_connections_composite_key'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o017_connections_composite_key'', ''2025-12-01T00:01:54.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o017_connections_composite_key'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o018_login_session_state'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o018_login_session_state'', ''2025-12-01T00:01:55.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o018_login_session_state'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o019_roles_resource_servers_metadata'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o019_roles_resource_servers_metadata'', ''2025-12-01T00:01:56.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o019_roles_resource_servers_metadata'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o020_session_add_timestamp_columns'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o020_session_add_timestamp_columns'', ''2025-12-01T00:01:57.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o020_session_add_timestamp_columns'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o021_session_cleanup_and_ulid'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o021_session_cleanup_and_ulid'', ''2025-12-01T00:01:58.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o021_session_cleanup_and_ulid'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o022_oidc_profile_claims'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o022_oidc_profile_claims'', ''2025-12-01T00:01:59.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o022_oidc_profile_claims'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o023_preferred_username'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o023_preferred_username'', ''2025-12-01T00:02:00.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o023_preferred_username'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o024_user_address'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o024_user_address'', ''2025-12-01T00:02:01.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o024_user_address'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o025_authparams_max_age'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o025_authparams_max_age'', ''2025-12-01T00:02:02.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o025_authparams_max_age'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o026_auth0_conformant'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o026_auth0_conformant'', ''2025-12-01T00:02:03.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o026_auth0_conformant'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o027_universal_login_templates'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o027_universal_login_templates'', ''2025-12-01T00:02:04.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o027_universal_login_templates'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o028_custom_text'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o028_custom_text'', ''2025-12-01T00:02:05.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o028_custom_text'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o029_guardian_mfa'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o029_guardian_mfa'', ''2025-12-01T00:02:06.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o029_guardian_mfa'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o030_add_template_id_to_hooks'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o030_add_template_id_to_hooks'', ''2025-12-01T00:02:07.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o030_add_template_id_to_hooks'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o031_hooks_cleanup'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o031_hooks_cleanup'', ''2025-12-01T00:02:08.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o031_hooks_cleanup'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o032_unique_username_provider'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o032_unique_username_provider'', ''2025-12-01T00:02:09.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o032_unique_username_provider'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o033_add_login_id_to_refresh_tokens'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o033_add_login_id_to_refresh_tokens'', ''2025-12-01T00:02:10.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o033_add_login_id_to_refresh_tokens'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o034_refresh_tokens_replace_session_id_with_login_id'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o034_refresh_tokens_replace_session_id_with_login_id'', ''2025-12-01T00:02:11.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o034_refresh_tokens_replace_session_id_with_login_id'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o035_idle_expires_at_ts_indexes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o035_idle_expires_at_ts_indexes'', ''2025-12-01T00:02:12.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o035_idle_expires_at_ts_indexes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o036_add_connection_to_login_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o036_add_connection_to_login_sessions'', ''2025-12-01T00:02:13.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o036_add_connection_to_login_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o037_mfa_enrollments'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o037_mfa_enrollments'', ''2025-12-01T00:02:14.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o037_mfa_enrollments'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o038_add_otp_to_codes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o038_add_otp_to_codes'', ''2025-12-01T00:02:15.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o038_add_otp_to_codes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o039_rename_mfa_enrollments_to_authentication_methods'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o039_rename_mfa_enrollments_to_authentication_methods'', ''2025-12-01T00:02:16.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o039_rename_mfa_enrollments_to_authentication_methods'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o040_create_outbox_events'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o040_create_outbox_events'', ''2025-12-01T00:02:17.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o040_create_outbox_events'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o041_add_outbox_claim_columns'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o041_add_outbox_claim_columns'', ''2025-12-01T00:02:18.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o041_add_outbox_claim_columns'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o042_add_outbox_claim_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o042_add_outbox_claim_index'', ''2025-12-01T00:02:19.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o042_add_outbox_claim_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o043_add_code_hooks'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o043_add_code_hooks'', ''2025-12-01T00:02:20.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o043_add_code_hooks'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o044_create_actions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o044_create_actions'', ''2025-12-01T00:02:21.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o044_create_actions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o045_outbox_dead_letter'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o045_outbox_dead_letter'', ''2025-12-01T00:02:22.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o045_outbox_dead_letter'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o046_user_registration_completed_at'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o046_user_registration_completed_at'', ''2025-12-01T00:02:23.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o046_user_registration_completed_at'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o047_outbox_dead_lettered_tenant_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o047_outbox_dead_lettered_tenant_index'', ''2025-12-01T00:02:24.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o047_outbox_dead_lettered_tenant_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o048_add_auth_strategy_to_login_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o048_add_auth_strategy_to_login_sessions'', ''2025-12-01T00:02:25.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o048_add_auth_strategy_to_login_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o049_login_sessions_auth_params'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o049_login_sessions_auth_params'', ''2025-12-01T00:02:26.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o049_login_sessions_auth_params'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o050_login_sessions_auth_params_backfill'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o050_login_sessions_auth_params_backfill'', ''2025-12-01T00:02:27.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o050_login_sessions_auth_params_backfill'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o051_relax_login_sessions_authparams'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o051_relax_login_sessions_authparams'', ''2025-12-01T00:02:28.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o051_relax_login_sessions_authparams'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o052_drop_login_sessions_hoisted_authparams'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o052_drop_login_sessions_hoisted_authparams'', ''2025-12-01T00:02:29.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o052_drop_login_sessions_hoisted_authparams'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o053_refresh_tokens_revoked_at'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o053_refresh_tokens_revoked_at'', ''2025-12-01T00:02:30.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o053_refresh_tokens_revoked_at'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o054_client_registration_tokens'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o054_client_registration_tokens'', ''2025-12-01T00:02:31.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o054_client_registration_tokens'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o055_planetscale_redundant_indexes_cleanup'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o055_planetscale_redundant_indexes_cleanup'', ''2025-12-01T00:02:32.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o055_planetscale_redundant_indexes_cleanup'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o056_client_user_linking_mode'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o056_client_user_linking_mode'', ''2025-12-01T00:02:33.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o056_client_user_linking_mode'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o057_hooks_metadata'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o057_hooks_metadata'', ''2025-12-01T00:02:34.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o057_hooks_metadata'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o058_refresh_tokens_rotation'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o058_refresh_tokens_rotation'', ''2025-12-01T00:02:35.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o058_refresh_tokens_rotation'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o059_organization_connections'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o059_organization_connections'', ''2025-12-01T00:02:36.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o059_organization_connections'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o060_log_streams'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o060_log_streams'', ''2025-12-01T00:02:37.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o060_log_streams'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o061_tenants_attack_protection'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o061_tenants_attack_protection'', ''2025-12-01T00:02:38.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o061_tenants_attack_protection'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o062_tenants_default_client_id'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o062_tenants_default_client_id'', ''2025-12-01T00:02:39.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o062_tenants_default_client_id'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o063_email_templates'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o063_email_templates'', ''2025-12-01T00:02:40.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o063_email_templates'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o064_create_action_versions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o064_create_action_versions'', ''2025-12-01T00:02:41.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o064_create_action_versions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o065_branding_dark_mode'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o065_branding_dark_mode'', ''2025-12-01T00:02:42.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o065_branding_dark_mode'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o066_create_action_executions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o066_create_action_executions'', ''2025-12-01T00:02:43.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o066_create_action_executions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o067_client_disable_sign_ups'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o067_client_disable_sign_ups'', ''2025-12-01T00:02:44.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o067_client_disable_sign_ups'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o068_move_disable_signup_to_connection'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o068_move_disable_signup_to_connection'', ''2025-12-01T00:02:45.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o068_move_disable_signup_to_connection'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o069_actions_is_system_inherit'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o069_actions_is_system_inherit'', ''2025-12-01T00:02:46.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o069_actions_is_system_inherit'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o070_collapse_auth0_source_into_db_connection'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o070_collapse_auth0_source_into_db_connection'', ''2025-12-01T00:02:47.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o070_collapse_auth0_source_into_db_connection'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o071_migration_sources'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o071_migration_sources'', ''2025-12-01T00:02:48.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o071_migration_sources'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o072_proxy_routes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o072_proxy_routes'', ''2025-12-01T00:02:49.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o072_proxy_routes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o073_proxy_routes_v2'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o073_proxy_routes_v2'', ''2025-12-01T00:02:50.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o073_proxy_routes_v2'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o074_widen_user_permissions_resource_server_identifier'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o074_widen_user_permissions_resource_server_identifier'', ''2025-12-01T00:02:51.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o074_widen_user_permissions_resource_server_identifier'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o075_create_grants'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o075_create_grants'', ''2025-12-01T00:02:52.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o075_create_grants'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o076_default_first_party_true'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o076_default_first_party_true'', ''2025-12-01T00:02:53.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o076_default_first_party_true'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o077_tenant_deployment_fields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o077_tenant_deployment_fields'', ''2025-12-01T00:02:54.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o077_tenant_deployment_fields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o078_tenant_database_version'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o078_tenant_database_version'', ''2025-12-01T00:02:55.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o078_tenant_database_version'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o079_user_activity_and_user_column_cleanup'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o079_user_activity_and_user_column_cleanup'', ''2025-12-01T00:02:56.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o079_user_activity_and_user_column_cleanup'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o080_drop_user_activity_columns_from_users'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o080_drop_user_activity_columns_from_users'', ''2025-12-01T00:02:57.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o080_drop_user_activity_columns_from_users'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o081_tenant_operations'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o081_tenant_operations'', ''2025-12-01T00:02:58.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o081_tenant_operations'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o082_control_plane_comm_keys'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o082_control_plane_comm_keys'', ''2025-12-01T00:02:59.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o082_control_plane_comm_keys'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o083_codes_expires_at_ts'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o083_codes_expires_at_ts'', ''2025-12-01T00:03:00.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o083_codes_expires_at_ts'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- the end: the database is at 11.20, or the script stops here and everything this run did is rolled back
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT m FROM (
  SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m
      FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f
      WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('')
        AND NOT EXISTS (SELECT 1 FROM (SELECT 'column action_executions.created_at_ts' AS k, 'bigint NOT NULL' AS def
        UNION ALL SELECT 'column action_executions.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column action_executions.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column action_executions.logs', 'text'
        UNION ALL SELECT 'column action_executions.results', 'text NOT NULL'
        UNION ALL SELECT 'column action_executions.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column action_executions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column action_executions.trigger_id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column action_versions.action_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column action_versions.code', 'text NOT NULL'
        UNION ALL SELECT 'column action_versions.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column action_versions.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column action_versions.dependencies', 'text'
        UNION ALL SELECT 'column action_versions.deployed', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column action_versions.deployed', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column action_versions.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column action_versions.number', 'int NOT NULL'
        UNION ALL SELECT 'column action_versions.number', 'int(11) NOT NULL'
        UNION ALL SELECT 'column action_versions.runtime', 'varchar(50)'
        UNION ALL SELECT 'column action_versions.secrets', 'text'
        UNION ALL SELECT 'column action_versions.supported_triggers', 'text'
        UNION ALL SELECT 'column action_versions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column actions.code', 'text NOT NULL'
        UNION ALL SELECT 'column actions.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column actions.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column actions.dependencies', 'text'
        UNION ALL SELECT 'column actions.deployed_at_ts', 'bigint'
        UNION ALL SELECT 'column actions.deployed_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column actions.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column actions.inherit', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.inherit', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column actions.runtime', 'varchar(50)'
        UNION ALL SELECT 'column actions.secrets', 'text'
        UNION ALL SELECT 'column actions.status', 'varchar(50) DEFAULT ''built'''
        UNION ALL SELECT 'column actions.status', 'varchar(50) DEFAULT built'
        UNION ALL SELECT 'column actions.supported_triggers', 'text'
        UNION ALL SELECT 'column actions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column actions.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column actions.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.confirmed', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column authentication_methods.confirmed', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'int'
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'int(11)'
        UNION ALL SELECT 'column authentication_methods.credential_id', 'varchar(512)'
        UNION ALL SELECT 'column authentication_methods.friendly_name', 'varchar(255)'
        UNION ALL SELECT 'column authentication_methods.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.phone_number', 'varchar(32)'
        UNION ALL SELECT 'column authentication_methods.public_key', 'text'
        UNION ALL SELECT 'column authentication_methods.sign_count', 'int'
        UNION ALL SELECT 'column authentication_methods.sign_count', 'int(11)'
        UNION ALL SELECT 'column authentication_methods.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.totp_secret', 'varchar(255)'
        UNION ALL SELECT 'column authentication_methods.transports', 'varchar(512)'
        UNION ALL SELECT 'column authentication_methods.type', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'int'
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'int(11)'
        UNION ALL SELECT 'column branding.colors_page_background_end', 'varchar(8)'
        UNION ALL SELECT 'column branding.colors_page_background_start', 'varchar(8)'
        UNION ALL SELECT 'column branding.colors_page_background_type', 'varchar(32)'
        UNION ALL SELECT 'column branding.colors_primary', 'varchar(8)'
        UNION ALL SELECT 'column branding.dark_mode', 'varchar(8)'
        UNION ALL SELECT 'column branding.favicon_url', 'varchar(512)'
        UNION ALL SELECT 'column branding.font_url', 'varchar(512)'
        UNION ALL SELECT 'column branding.logo_url', 'varchar(512)'
        UNION ALL SELECT 'column branding.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'int DEFAULT 0'
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'int(11) DEFAULT 0'
        UNION ALL SELECT 'column client_grants.audience', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT ''[]'''
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT []'
        UNION ALL SELECT 'column client_grants.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_grants.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column client_grants.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column client_grants.is_system', 'int DEFAULT 0'
        UNION ALL SELECT 'column client_grants.is_system', 'int(11) DEFAULT 0'
        UNION ALL SELECT 'column client_grants.organization_usage', 'varchar(32)'
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT ''[]'''
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT []'
        UNION ALL SELECT 'column client_grants.subject_type', 'varchar(32)'
        UNION ALL SELECT 'column client_grants.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_grants.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.client_id', 'varchar(191)'
        UNION ALL SELECT 'column client_registration_tokens.constraints', 'text'
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column client_registration_tokens.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'bigint'
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column client_registration_tokens.sub', 'varchar(255)'
        UNION ALL SELECT 'column client_registration_tokens.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.token_hash', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.type', 'varchar(8) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'bigint'
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column clients.addons', 'text NOT NULL'
        UNION ALL SELECT 'column clients.allowed_clients', 'text NOT NULL'
        UNION ALL SELECT 'column clients.allowed_logout_urls', 'text NOT NULL'
        UNION ALL SELECT 'column clients.allowed_origins', 'text NOT NULL'
        UNION ALL SELECT 'column clients.app_type', 'varchar(64) DEFAULT ''regular_web'''
        UNION ALL SELECT 'column clients.app_type', 'varchar(64) DEFAULT regular_web'
        UNION ALL SELECT 'column clients.auth0_conformant', 'int DEFAULT 1'
        UNION ALL SELECT 'column clients.auth0_conformant', 'int(11) DEFAULT 1'
        UNION ALL SELECT 'column clients.callbacks', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_aliases', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_authentication_methods', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column clients.client_metadata', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_secret', 'varchar(255)'
        UNION ALL SELECT 'column clients.compliance_level', 'varchar(64)'
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT ''[]'''
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT []'
        UNION ALL SELECT 'column clients.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.cross_origin_loc', 'varchar(2083)'
        UNION ALL SELECT 'column clients.custom_login_page', 'text'
        UNION ALL SELECT 'column clients.custom_login_page_on', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.custom_login_page_on', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.custom_login_page_preview', 'text'
        UNION ALL SELECT 'column clients.default_organization', 'text NOT NULL'
        UNION ALL SELECT 'column clients.description', 'varchar(140)'
        UNION ALL SELECT 'column clients.encryption_key', 'text NOT NULL'
        UNION ALL SELECT 'column clients.form_template', 'text'
        UNION ALL SELECT 'column clients.global', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.global', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.grant_types', 'text NOT NULL'
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.initiate_login_uri', 'varchar(2083)'
        UNION ALL SELECT 'column clients.is_first_party', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.is_first_party', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.jwt_configuration', 'text NOT NULL'
        UNION ALL SELECT 'column clients.logo_uri', 'varchar(2083)'
        UNION ALL SELECT 'column clients.mobile', 'text NOT NULL'
        UNION ALL SELECT 'column clients.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column clients.native_social_login', 'text NOT NULL'
        UNION ALL SELECT 'column clients.oidc_conformant', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.oidc_conformant', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.oidc_logout', 'text NOT NULL'
        UNION ALL SELECT 'column clients.organization_require_behavior', 'varchar(32) DEFAULT ''no_prompt'''
        UNION ALL SELECT 'column clients.organization_require_behavior', 'varchar(32) DEFAULT no_prompt'
        UNION ALL SELECT 'column clients.organization_usage', 'varchar(32) DEFAULT ''deny'''
        UNION ALL SELECT 'column clients.organization_usage', 'varchar(32) DEFAULT deny'
        UNION ALL SELECT 'column clients.owner_user_id', 'varchar(255)'
        UNION ALL SELECT 'column clients.par_request_expiry', 'int'
        UNION ALL SELECT 'column clients.par_request_expiry', 'int(11)'
        UNION ALL SELECT 'column clients.refresh_token', 'text NOT NULL'
        UNION ALL SELECT 'column clients.registration_metadata', 'text'
        UNION ALL SELECT 'column clients.registration_type', 'varchar(32)'
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.session_transfer', 'text NOT NULL'
        UNION ALL SELECT 'column clients.signed_request_object', 'text NOT NULL'
        UNION ALL SELECT 'column clients.signing_keys', 'text NOT NULL'
        UNION ALL SELECT 'column clients.sso', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.sso', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.sso_disabled', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.sso_disabled', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT ''client_secret_basic'''
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT client_secret_basic'
        UNION ALL SELECT 'column clients.token_quota', 'text NOT NULL'
        UNION ALL SELECT 'column clients.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column clients.user_linking_mode', 'varchar(16)'
        UNION ALL SELECT 'column clients.web_origins', 'text NOT NULL'
        UNION ALL SELECT 'column codes.code_challenge', 'varchar(128)'
        UNION ALL SELECT 'column codes.code_challenge_method', 'varchar(5)'
        UNION ALL SELECT 'column codes.code_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.code_type', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.code_verifier', 'varchar(128)'
        UNION ALL SELECT 'column codes.connection_id', 'varchar(255)'
        UNION ALL SELECT 'column codes.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.expires_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column codes.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column codes.login_id', 'varchar(255)'
        UNION ALL SELECT 'column codes.nonce', 'varchar(1024)'
        UNION ALL SELECT 'column codes.otp', 'varchar(32)'
        UNION ALL SELECT 'column codes.redirect_uri', 'varchar(1024)'
        UNION ALL SELECT 'column codes.state', 'varchar(2048)'
        UNION ALL SELECT 'column codes.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.used_at', 'varchar(255)'
        UNION ALL SELECT 'column codes.user_id', 'varchar(255)'
        UNION ALL SELECT 'column connections.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.display_name', 'varchar(255)'
        UNION ALL SELECT 'column connections.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.is_domain_connection', 'int'
        UNION ALL SELECT 'column connections.is_domain_connection', 'int(11)'
        UNION ALL SELECT 'column connections.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column connections.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column connections.metadata', 'varchar(4096)'
        UNION ALL SELECT 'column connections.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.options', 'varchar(8192) NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column connections.options', 'varchar(8192) NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column connections.response_mode', 'varchar(255)'
        UNION ALL SELECT 'column connections.response_type', 'varchar(255)'
        UNION ALL SELECT 'column connections.show_as_button', 'int'
        UNION ALL SELECT 'column connections.show_as_button', 'int(11)'
        UNION ALL SELECT 'column connections.strategy', 'varchar(64)'
        UNION ALL SELECT 'column connections.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.kid', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.public_jwk', 'text NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.revoked_at', 'varchar(35)'
        UNION ALL SELECT 'column control_plane_comm_keys.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column custom_domains.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column custom_domains.custom_client_ip_header', 'varchar(50)'
        UNION ALL SELECT 'column custom_domains.custom_domain_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column custom_domains.domain', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column custom_domains.domain_metadata', 'varchar(2048)'
        UNION ALL SELECT 'column custom_domains.origin_domain_name', 'varchar(255)'
        UNION ALL SELECT 'column custom_domains.primary', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column custom_domains.status', 'varchar(50) NOT NULL'
        UNION ALL SELECT 'column custom_domains.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column custom_domains.tls_policy', 'varchar(50)'
        UNION ALL SELECT 'column custom_domains.type', 'varchar(50) NOT NULL'
        UNION ALL SELECT 'column custom_domains.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column custom_domains.verification', 'varchar(2048)'
        UNION ALL SELECT 'column custom_text.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column custom_text.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column custom_text.custom_text', 'text NOT NULL'
        UNION ALL SELECT 'column custom_text.language', 'varchar(16) NOT NULL'
        UNION ALL SELECT 'column custom_text.prompt', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column custom_text.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column email_providers.created_at', 'varchar(29) NOT NULL'
        UNION ALL SELECT 'column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column email_providers.default_from_address', 'varchar(255)'
        UNION ALL SELECT 'column email_providers.enabled', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column email_providers.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column email_providers.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_providers.updated_at', 'varchar(29) NOT NULL'
        UNION ALL SELECT 'column email_templates.body', 'text NOT NULL'
        UNION ALL SELECT 'column email_templates.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column email_templates.enabled', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column email_templates.enabled', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column email_templates.from', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column email_templates.result_url', 'varchar(2048)'
        UNION ALL SELECT 'column email_templates.subject', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT ''liquid'''
        UNION ALL SELECT 'column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT liquid'
        UNION ALL SELECT 'column email_templates.template', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column email_templates.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_templates.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'int'
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'int(11)'
        UNION ALL SELECT 'column flows.actions', 'text'
        UNION ALL SELECT 'column flows.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column flows.id', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column flows.name', 'varchar(150) NOT NULL'
        UNION ALL SELECT 'column flows.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column flows.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column forms.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.ending', 'varchar(255)'
        UNION ALL SELECT 'column forms.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.languages', 'varchar(255)'
        UNION ALL SELECT 'column forms.messages', 'varchar(255)'
        UNION ALL SELECT 'column forms.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.nodes', 'varchar(4096)'
        UNION ALL SELECT 'column forms.start', 'varchar(255)'
        UNION ALL SELECT 'column forms.style', 'varchar(1042)'
        UNION ALL SELECT 'column forms.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.translations', 'varchar(4096)'
        UNION ALL SELECT 'column forms.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column grants.audience', 'varchar(100) NOT NULL DEFAULT '
        UNION ALL SELECT 'column grants.audience', 'varchar(100) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column grants.client_id', 'varchar(100) NOT NULL'
        UNION ALL SELECT 'column grants.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column grants.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT ''[]'''
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT []'
        UNION ALL SELECT 'column grants.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column grants.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column grants.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column hook_code.code', 'text NOT NULL'
        UNION ALL SELECT 'column hook_code.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column hook_code.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column hook_code.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column hook_code.secrets', 'text'
        UNION ALL SELECT 'column hook_code.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column hooks.code_id', 'varchar(21)'
        UNION ALL SELECT 'column hooks.created_at_ts', 'bigint'
        UNION ALL SELECT 'column hooks.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column hooks.enabled', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column hooks.form_id', 'varchar(128)'
        UNION ALL SELECT 'column hooks.hook_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column hooks.metadata', 'text'
        UNION ALL SELECT 'column hooks.priority', 'int'
        UNION ALL SELECT 'column hooks.priority', 'int(11)'
        UNION ALL SELECT 'column hooks.synchronous', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column hooks.template_id', 'varchar(64)'
        UNION ALL SELECT 'column hooks.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column hooks.trigger_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column hooks.updated_at_ts', 'bigint'
        UNION ALL SELECT 'column hooks.updated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column hooks.url', 'varchar(512)'
        UNION ALL SELECT 'column invites.app_metadata', 'text'
        UNION ALL SELECT 'column invites.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column invites.connection_id', 'varchar(21)'
        UNION ALL SELECT 'column invites.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column invites.expires_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column invites.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column invites.invitation_url', 'text NOT NULL'
        UNION ALL SELECT 'column invites.invitee', 'text NOT NULL'
        UNION ALL SELECT 'column invites.inviter', 'text NOT NULL'
        UNION ALL SELECT 'column invites.organization_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column invites.roles', 'text'
        UNION ALL SELECT 'column invites.send_invitation_email', 'int'
        UNION ALL SELECT 'column invites.send_invitation_email', 'int(11)'
        UNION ALL SELECT 'column invites.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column invites.ticket_id', 'varchar(191)'
        UNION ALL SELECT 'column invites.ttl_sec', 'int'
        UNION ALL SELECT 'column invites.ttl_sec', 'int(11)'
        UNION ALL SELECT 'column invites.user_metadata', 'text'
        UNION ALL SELECT 'column keys.cert', 'varchar(4096)'
        UNION ALL SELECT 'column keys.connection', 'varchar(255)'
        UNION ALL SELECT 'column keys.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column keys.current_since', 'varchar(256)'
        UNION ALL SELECT 'column keys.current_until', 'varchar(256)'
        UNION ALL SELECT 'column keys.fingerprint', 'varchar(256)'
        UNION ALL SELECT 'column keys.kid', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column keys.pkcs7', 'varchar(4096)'
        UNION ALL SELECT 'column keys.revoked_at', 'varchar(255)'
        UNION ALL SELECT 'column keys.tenant_id', 'varchar(255)'
        UNION ALL SELECT 'column keys.thumbprint', 'varchar(256)'
        UNION ALL SELECT 'column keys.type', 'varchar(50) NOT NULL DEFAULT ''jwt_signing'''
        UNION ALL SELECT 'column keys.type', 'varchar(50) NOT NULL DEFAULT jwt_signing'
        UNION ALL SELECT 'column kysely_migration.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column kysely_migration.timestamp', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column kysely_migration_lock.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column log_streams.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column log_streams.filters', 'text'
        UNION ALL SELECT 'column log_streams.id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column log_streams.is_priority', 'tinyint(1)'
        UNION ALL SELECT 'column log_streams.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column log_streams.sink', 'text NOT NULL'
        UNION ALL SELECT 'column log_streams.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column log_streams.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column log_streams.type', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column log_streams.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column login_sessions.auth0Client', 'varchar(255)'
        UNION ALL SELECT 'column login_sessions.auth_connection', 'varchar(255)'
        UNION ALL SELECT 'column login_sessions.auth_params', 'text'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy', 'varchar(64)'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy_type', 'varchar(64)'
        UNION ALL SELECT 'column login_sessions.authenticated_at', 'varchar(35)'
        UNION ALL SELECT 'column login_sessions.authorization_url', 'text'
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'bigint'
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column login_sessions.csrf_token', 'varchar(26)'
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column login_sessions.failure_reason', 'text'
        UNION ALL SELECT 'column login_sessions.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column login_sessions.ip', 'varchar(39)'
        UNION ALL SELECT 'column login_sessions.session_id', 'varchar(26)'
        UNION ALL SELECT 'column login_sessions.state', 'varchar(50) DEFAULT ''pending'''
        UNION ALL SELECT 'column login_sessions.state', 'varchar(50) DEFAULT pending'
        UNION ALL SELECT 'column login_sessions.state_data', 'text'
        UNION ALL SELECT 'column login_sessions.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'bigint'
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column login_sessions.user_id', 'varchar(255)'
        UNION ALL SELECT 'column login_sessions.useragent', 'text'
        UNION ALL SELECT 'column logs.audience', 'varchar(255)'
        UNION ALL SELECT 'column logs.auth0_client', 'varchar(8192)'
        UNION ALL SELECT 'column logs.category', 'varchar(255)'
        UNION ALL SELECT 'column logs.city_name', 'varchar(255)'
        UNION ALL SELECT 'column logs.client_id', 'varchar(255)'
        UNION ALL SELECT 'column logs.client_name', 'varchar(255)'
        UNION ALL SELECT 'column logs.connection', 'varchar(255)'
        UNION ALL SELECT 'column logs.connection_id', 'varchar(255)'
        UNION ALL SELECT 'column logs.continent_code', 'varchar(2)'
        UNION ALL SELECT 'column logs.country_code', 'varchar(2)'
        UNION ALL SELECT 'column logs.date', 'varchar(25) NOT NULL'
        UNION ALL SELECT 'column logs.description', 'varchar(255)'
        UNION ALL SELECT 'column logs.details', 'varchar(2048)'
        UNION ALL SELECT 'column logs.hostname', 'varchar(255)'
        UNION ALL SELECT 'column logs.ip', 'varchar(255)'
        UNION ALL SELECT 'column logs.isMobile', 'int'
        UNION ALL SELECT 'column logs.isMobile', 'int(11)'
        UNION ALL SELECT 'column logs.latitude', 'varchar(255)'
        UNION ALL SELECT 'column logs.log_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column logs.longitude', 'varchar(255)'
        UNION ALL SELECT 'column logs.scope', 'varchar(255)'
        UNION ALL SELECT 'column logs.session_connection', 'varchar(255)'
        UNION ALL SELECT 'column logs.strategy', 'varchar(255)'
        UNION ALL SELECT 'column logs.strategy_type', 'varchar(255)'
        UNION ALL SELECT 'column logs.tenant_id', 'varchar(64)'
        UNION ALL SELECT 'column logs.time_zone', 'varchar(255)'
        UNION ALL SELECT 'column logs.type', 'varchar(8) NOT NULL'
        UNION ALL SELECT 'column logs.user_agent', 'varchar(255)'
        UNION ALL SELECT 'column logs.user_id', 'varchar(64)'
        UNION ALL SELECT 'column logs.user_name', 'varchar(255)'
        UNION ALL SELECT 'column migration_sources.connection', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migration_sources.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column migration_sources.credentials', 'text NOT NULL'
        UNION ALL SELECT 'column migration_sources.enabled', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column migration_sources.id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column migration_sources.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migration_sources.provider', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column migration_sources.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column migration_sources.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column migrations.client_id', 'varchar(255)'
        UNION ALL SELECT 'column migrations.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migrations.domain', 'varchar(255)'
        UNION ALL SELECT 'column migrations.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migrations.origin', 'varchar(255)'
        UNION ALL SELECT 'column migrations.provider', 'varchar(255)'
        UNION ALL SELECT 'column migrations.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migrations.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column organization_connections.assign_membership_on_login', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column organization_connections.connection_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column organization_connections.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column organization_connections.is_signup_enabled', 'tinyint(1) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column organization_connections.organization_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column organization_connections.show_as_button', 'tinyint(1) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column organization_connections.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column organization_connections.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column organizations.branding', 'text'
        UNION ALL SELECT 'column organizations.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column organizations.display_name', 'varchar(256)'
        UNION ALL SELECT 'column organizations.enabled_connections', 'text'
        UNION ALL SELECT 'column organizations.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column organizations.metadata', 'text'
        UNION ALL SELECT 'column organizations.name', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column organizations.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column organizations.token_quota', 'text'
        UNION ALL SELECT 'column organizations.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column outbox_events.aggregate_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column outbox_events.aggregate_type', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column outbox_events.claim_expires_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.claimed_by', 'varchar(64)'
        UNION ALL SELECT 'column outbox_events.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column outbox_events.dead_lettered_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.error', 'text'
        UNION ALL SELECT 'column outbox_events.event_type', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column outbox_events.final_error', 'text'
        UNION ALL SELECT 'column outbox_events.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column outbox_events.log_type', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column outbox_events.next_retry_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.payload', 'text NOT NULL'
        UNION ALL SELECT 'column outbox_events.processed_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.retry_count', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column outbox_events.retry_count', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column outbox_events.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT ''bcrypt'''
        UNION ALL SELECT 'column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT bcrypt'
        UNION ALL SELECT 'column passwords.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column passwords.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column passwords.is_current', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column passwords.is_current', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column passwords.password', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column passwords.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column passwords.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column passwords.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column prompt_settings.identifier_first', 'tinyint(1) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column prompt_settings.password_first', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column prompt_settings.tenant_id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT ''new'''
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT new'
        UNION ALL SELECT 'column prompt_settings.webauthn_platform_first_factor', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column proxy_routes.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.custom_domain_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT ''[]'''
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT []'
        UNION ALL SELECT 'column proxy_routes.id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT ''{"path":"/*"}'''
        UNION ALL SELECT 'column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT {"path":"/*"}'
        UNION ALL SELECT 'column proxy_routes.priority', 'int NOT NULL DEFAULT 100'
        UNION ALL SELECT 'column proxy_routes.priority', 'int(11) NOT NULL DEFAULT 100'
        UNION ALL SELECT 'column proxy_routes.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.device', 'text NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.family_id', 'varchar(26)'
        UNION ALL SELECT 'column refresh_tokens.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.login_id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.resource_servers', 'text NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.rotated_to', 'varchar(26)'
        UNION ALL SELECT 'column refresh_tokens.rotating', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.token_hash', 'varchar(64)'
        UNION ALL SELECT 'column refresh_tokens.token_lookup', 'varchar(16)'
        UNION ALL SELECT 'column refresh_tokens.user_id', 'varchar(255)'
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'int'
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'int(11)'
        UNION ALL SELECT 'column resource_servers.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column resource_servers.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column resource_servers.identifier', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column resource_servers.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column resource_servers.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column resource_servers.metadata', 'varchar(4096)'
        UNION ALL SELECT 'column resource_servers.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column resource_servers.options', 'varchar(4096)'
        UNION ALL SELECT 'column resource_servers.scopes', 'varchar(4096)'
        UNION ALL SELECT 'column resource_servers.signing_alg', 'varchar(64)'
        UNION ALL SELECT 'column resource_servers.signing_secret', 'varchar(2048)'
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int'
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int(11)'
        UNION ALL SELECT 'column resource_servers.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'int'
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'int(11)'
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'int'
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'int(11)'
        UNION ALL SELECT 'column resource_servers.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column resource_servers.verification_key', 'varchar(4096)'
        UNION ALL SELECT 'column role_permissions.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column role_permissions.permission_name', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column role_permissions.resource_server_identifier', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column role_permissions.role_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column role_permissions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column roles.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column roles.description', 'varchar(255)'
        UNION ALL SELECT 'column roles.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column roles.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column roles.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column roles.metadata', 'varchar(4096)'
        UNION ALL SELECT 'column roles.name', 'varchar(50) NOT NULL'
        UNION ALL SELECT 'column roles.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column roles.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column rollouts.canary_tenant_ids', 'text'
        UNION ALL SELECT 'column rollouts.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column rollouts.filter', 'text'
        UNION ALL SELECT 'column rollouts.finished_at', 'varchar(35)'
        UNION ALL SELECT 'column rollouts.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column rollouts.initiated_by', 'varchar(255)'
        UNION ALL SELECT 'column rollouts.kind', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column rollouts.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column rollouts.target_database_version', 'varchar(255)'
        UNION ALL SELECT 'column rollouts.target_worker_version', 'varchar(255)'
        UNION ALL SELECT 'column rollouts.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column rollouts.wave_size', 'int NOT NULL DEFAULT 10'
        UNION ALL SELECT 'column rollouts.wave_size', 'int(11) NOT NULL DEFAULT 10'
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.clients', 'text NOT NULL'
        UNION ALL SELECT 'column sessions.created_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.device', 'text NOT NULL'
        UNION ALL SELECT 'column sessions.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.login_session_id', 'varchar(26)'
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column sessions.updated_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.updated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.used_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.used_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.user_id', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column tenant_operation_events.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.detail', 'text'
        UNION ALL SELECT 'column tenant_operation_events.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.operation_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.outcome', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.step', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.current_step', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.engine', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.engine_instance_id', 'varchar(100)'
        UNION ALL SELECT 'column tenant_operations.error', 'text'
        UNION ALL SELECT 'column tenant_operations.finished_at', 'varchar(35)'
        UNION ALL SELECT 'column tenant_operations.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.initiated_by', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.kind', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.rollout_id', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.target_database_version', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.target_worker_version', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.tenant_id', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column tenants.acr_values_supported', 'text'
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'int'
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'int(11)'
        UNION ALL SELECT 'column tenants.allowed_logout_urls', 'text'
        UNION ALL SELECT 'column tenants.attack_protection', 'text'
        UNION ALL SELECT 'column tenants.audience', 'varchar(255)'
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'int'
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'int(11)'
        UNION ALL SELECT 'column tenants.bundle_configuration', 'varchar(64)'
        UNION ALL SELECT 'column tenants.change_password', 'text'
        UNION ALL SELECT 'column tenants.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'int'
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'int(11)'
        UNION ALL SELECT 'column tenants.d1_database_id', 'varchar(64)'
        UNION ALL SELECT 'column tenants.database_version', 'varchar(64)'
        UNION ALL SELECT 'column tenants.default_audience', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_client_id', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_directory', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_organization', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_redirection_uri', 'text'
        UNION ALL SELECT 'column tenants.default_token_quota', 'text'
        UNION ALL SELECT 'column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT ''shared'''
        UNION ALL SELECT 'column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT shared'
        UNION ALL SELECT 'column tenants.device_flow', 'text'
        UNION ALL SELECT 'column tenants.enabled_locales', 'text'
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.error_page', 'text'
        UNION ALL SELECT 'column tenants.flags', 'text'
        UNION ALL SELECT 'column tenants.friendly_name', 'varchar(255)'
        UNION ALL SELECT 'column tenants.guardian_mfa_page', 'text'
        UNION ALL SELECT 'column tenants.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.legacy_sandbox_version', 'varchar(50)'
        UNION ALL SELECT 'column tenants.mfa', 'text'
        UNION ALL SELECT 'column tenants.mtls', 'text'
        UNION ALL SELECT 'column tenants.oidc_logout', 'text'
        UNION ALL SELECT 'column tenants.picture_url', 'text'
        UNION ALL SELECT 'column tenants.provisioning_error', 'varchar(2048)'
        UNION ALL SELECT 'column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ''ready'''
        UNION ALL SELECT 'column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ready'
        UNION ALL SELECT 'column tenants.provisioning_state_changed_at', 'varchar(35)'
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'int'
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'int(11)'
        UNION ALL SELECT 'column tenants.sandbox_version', 'varchar(50)'
        UNION ALL SELECT 'column tenants.sandbox_versions_available', 'text'
        UNION ALL SELECT 'column tenants.sender_email', 'varchar(255)'
        UNION ALL SELECT 'column tenants.sender_name', 'varchar(255)'
        UNION ALL SELECT 'column tenants.session_cookie', 'text'
        UNION ALL SELECT 'column tenants.session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.sessions', 'text'
        UNION ALL SELECT 'column tenants.storage_kind', 'varchar(32)'
        UNION ALL SELECT 'column tenants.support_email', 'varchar(255)'
        UNION ALL SELECT 'column tenants.support_url', 'varchar(255)'
        UNION ALL SELECT 'column tenants.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenants.worker_script_name', 'varchar(255)'
        UNION ALL SELECT 'column tenants.worker_version', 'varchar(64)'
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_buttons_style', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_inputs_style', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.borders_show_widget_shadow', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.colors_base_focus_color', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_base_hover_color', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_body_text', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_captcha_widget_theme', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_error', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_header', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_icons', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_background', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_border', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_filled_text', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_labels_placeholders', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_links_focused_components', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_primary_button', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_primary_button_label', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_secondary_button_border', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_secondary_button_label', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_success', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_widget_background', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_widget_border', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column themes.displayName', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_font_url', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_bold', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_style', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_subtitle_bold', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_title_bold', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_title_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_title_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.page_background_background_color', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.page_background_background_image_url', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.page_background_page_layout', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.themeId', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column themes.widget_header_text_alignment', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_height', 'int NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_height', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_position', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_url', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.widget_social_buttons_layout', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.body', 'text NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'int NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'int(11) NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'int NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'int(11) NOT NULL'
        UNION ALL SELECT 'column user_activity.failed_logins', 'text'
        UNION ALL SELECT 'column user_activity.last_ip', 'varchar(45)'
        UNION ALL SELECT 'column user_activity.last_login', 'varchar(35)'
        UNION ALL SELECT 'column user_activity.last_password_reset', 'varchar(35)'
        UNION ALL SELECT 'column user_activity.login_count', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column user_activity.login_count', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column user_activity.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column user_activity.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column user_organizations.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_organizations.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column user_organizations.organization_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column user_organizations.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_organizations.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_organizations.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_permissions.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT '
        UNION ALL SELECT 'column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column user_permissions.permission_name', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_permissions.resource_server_identifier', 'varchar(100) NOT NULL'
        UNION ALL SELECT 'column user_permissions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_permissions.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_roles.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT '
        UNION ALL SELECT 'column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column user_roles.role_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column users.address', 'text'
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column users.birthdate', 'varchar(10)'
        UNION ALL SELECT 'column users.connection', 'varchar(255)'
        UNION ALL SELECT 'column users.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column users.email', 'varchar(255)'
        UNION ALL SELECT 'column users.email_verified', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column users.family_name', 'varchar(255)'
        UNION ALL SELECT 'column users.gender', 'varchar(50)'
        UNION ALL SELECT 'column users.given_name', 'varchar(255)'
        UNION ALL SELECT 'column users.is_social', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column users.linked_to', 'varchar(255)'
        UNION ALL SELECT 'column users.locale', 'varchar(64)'
        UNION ALL SELECT 'column users.middle_name', 'varchar(100)'
        UNION ALL SELECT 'column users.name', 'varchar(255)'
        UNION ALL SELECT 'column users.nickname', 'varchar(255)'
        UNION ALL SELECT 'column users.phone_number', 'varchar(17)'
        UNION ALL SELECT 'column users.phone_verified', 'tinyint(1)'
        UNION ALL SELECT 'column users.picture', 'text'
        UNION ALL SELECT 'column users.preferred_username', 'varchar(255)'
        UNION ALL SELECT 'column users.profile', 'text'
        UNION ALL SELECT 'column users.profileData', 'text'
        UNION ALL SELECT 'column users.provider', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column users.registration_completed_at', 'varchar(35)'
        UNION ALL SELECT 'column users.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column users.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column users.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column users.user_metadata', 'text'
        UNION ALL SELECT 'column users.username', 'varchar(128)'
        UNION ALL SELECT 'column users.website', 'text'
        UNION ALL SELECT 'column users.zoneinfo', 'varchar(100)'
        UNION ALL SELECT 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key branding.branding_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key client_grants.client_grants_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key client_grants.fk_client_grants_clients', 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key clients.clients_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key codes.codes_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key codes.codes_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key connections.connections_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key custom_domains.custom_domains_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key custom_text.custom_text_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key email_templates.email_templates_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key grants.grants_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key grants.grants_user_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key hooks.hooks_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key keys.keys_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_session_fk', 'tenant_id, session_id -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key migrations.migrations_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_connection_fk', 'tenant_id, connection_id -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_organization_fk', 'organization_id -> organizations (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwords.passwords_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key sessions.sessions_user_fk', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenant_operation_events.tenant_operation_events_operation_id_constraint', 'operation_id -> tenant_operations (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key themes.themes_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_activity.user_activity_user_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key users.linked_to_constraint', 'linked_to, tenant_id -> users (user_id, tenant_id) ON DELETE RESTRICT ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key users.users_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'index action_executions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index action_executions.idx_action_executions_tenant', 'tenant_id, id'
        UNION ALL SELECT 'index action_versions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index action_versions.idx_action_versions_action', 'tenant_id, action_id'
        UNION ALL SELECT 'index action_versions.uniq_action_versions_action_number', 'UNIQUE tenant_id, action_id, number'
        UNION ALL SELECT 'index actions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index actions.idx_actions_tenant', 'tenant_id'
        UNION ALL SELECT 'index authentication_methods.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index authentication_methods.authentication_methods_credential_id_idx', 'credential_id'
        UNION ALL SELECT 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'tenant_id, user_id'
        UNION ALL SELECT 'index branding.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index client_grants.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index client_grants.idx_client_grants_audience', 'audience'
        UNION ALL SELECT 'index client_grants.uq_client_grants_tenant_client_audience', 'UNIQUE tenant_id, client_id, audience'
        UNION ALL SELECT 'index client_registration_tokens.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_client', 'tenant_id, client_id'
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_hash', 'UNIQUE tenant_id, token_hash'
        UNION ALL SELECT 'index clients.PRIMARY', 'UNIQUE tenant_id, client_id'
        UNION ALL SELECT 'index clients.idx_clients_owner_user_id', 'tenant_id, owner_user_id'
        UNION ALL SELECT 'index codes.PRIMARY', 'UNIQUE code_id, code_type'
        UNION ALL SELECT 'index codes.codes_user_id_tenant_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index codes.idx_codes_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index codes.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index connections.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index control_plane_comm_keys.PRIMARY', 'UNIQUE kid'
        UNION ALL SELECT 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'tenant_id, created_at'
        UNION ALL SELECT 'index custom_domains.PRIMARY', 'UNIQUE custom_domain_id'
        UNION ALL SELECT 'index custom_domains.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index custom_text.PRIMARY', 'UNIQUE tenant_id, prompt, language'
        UNION ALL SELECT 'index email_providers.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index email_templates.PRIMARY', 'UNIQUE tenant_id, template'
        UNION ALL SELECT 'index flows.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index flows.flows_tenant_id_idx', 'tenant_id'
        UNION ALL SELECT 'index forms.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index forms.forms_tenant_id_idx', 'tenant_id'
        UNION ALL SELECT 'index grants.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index grants.grants_natural_key_idx', 'UNIQUE tenant_id, user_id, client_id, audience'
        UNION ALL SELECT 'index grants.grants_tenant_user_idx', 'tenant_id, user_id'
        UNION ALL SELECT 'index grants.grants_user_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index hook_code.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index hook_code.idx_hook_code_tenant', 'tenant_id'
        UNION ALL SELECT 'index hooks.PRIMARY', 'UNIQUE hook_id'
        UNION ALL SELECT 'index hooks.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index invites.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index invites.idx_invites_expires_at', 'expires_at'
        UNION ALL SELECT 'index invites.idx_invites_organization_id', 'organization_id'
        UNION ALL SELECT 'index invites.idx_invites_tenant_created', 'tenant_id, created_at'
        UNION ALL SELECT 'index keys.PRIMARY', 'UNIQUE kid'
        UNION ALL SELECT 'index keys.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index kysely_migration.PRIMARY', 'UNIQUE name'
        UNION ALL SELECT 'index kysely_migration_lock.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index log_streams.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index log_streams.idx_log_streams_tenant_id', 'tenant_id'
        UNION ALL SELECT 'index login_sessions.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index login_sessions.idx_login_sessions_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index login_sessions.login_sessions_id_index', 'id'
        UNION ALL SELECT 'index login_sessions.login_sessions_session_fk', 'tenant_id, session_id'
        UNION ALL SELECT 'index login_sessions.login_sessions_state_idx', 'state'
        UNION ALL SELECT 'index login_sessions.login_sessions_state_updated_idx', 'state'
        UNION ALL SELECT 'index login_sessions.login_sessions_tenant_user_idx', 'tenant_id, user_id'
        UNION ALL SELECT 'index logs.PRIMARY', 'UNIQUE log_id'
        UNION ALL SELECT 'index migration_sources.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index migration_sources.idx_migration_sources_tenant_id', 'tenant_id'
        UNION ALL SELECT 'index migrations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index migrations.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_connection', 'tenant_id, connection_id'
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_org', 'tenant_id, organization_id'
        UNION ALL SELECT 'index organization_connections.organization_connections_organization_fk', 'organization_id'
        UNION ALL SELECT 'index organization_connections.organization_connections_unique', 'UNIQUE tenant_id, organization_id, connection_id'
        UNION ALL SELECT 'index organizations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index organizations.idx_organizations_tenant_name_unique', 'UNIQUE tenant_id, name'
        UNION ALL SELECT 'index outbox_events.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index outbox_events.idx_outbox_claim', 'processed_at, claim_expires_at, next_retry_at, created_at'
        UNION ALL SELECT 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'tenant_id, dead_lettered_at'
        UNION ALL SELECT 'index outbox_events.idx_outbox_tenant_type', 'tenant_id, event_type, created_at'
        UNION ALL SELECT 'index outbox_events.idx_outbox_unprocessed', 'processed_at, created_at'
        UNION ALL SELECT 'index passwords.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index passwords.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index prompt_settings.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index proxy_routes.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'custom_domain_id'
        UNION ALL SELECT 'index proxy_routes.proxy_routes_tenant_id_idx', 'tenant_id'
        UNION ALL SELECT 'index refresh_tokens.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_family_id', 'tenant_id, family_id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'idle_expires_at_ts'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_login_id', 'login_id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'tenant_id, token_lookup'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_user_id', 'tenant_id, user_id'
        UNION ALL SELECT 'index refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id'
        UNION ALL SELECT 'index resource_servers.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index resource_servers.resource_servers_tenant_identifier_uq', 'UNIQUE tenant_id, identifier'
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE tenant_id, role_id, resource_server_identifier, permission_name'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name'
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index roles.roles_tenant_name_uq', 'UNIQUE tenant_id, name'
        UNION ALL SELECT 'index rollouts.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index sessions.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index sessions.idx_sessions_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index sessions.idx_sessions_idle_expires_at_ts', 'idle_expires_at_ts'
        UNION ALL SELECT 'index sessions.idx_sessions_user_id', 'tenant_id, user_id'
        UNION ALL SELECT 'index sessions.sessions_user_fk', 'user_id, tenant_id'
        UNION ALL SELECT 'index tenant_operation_events.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'operation_id, created_at'
        UNION ALL SELECT 'index tenant_operations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_rollout_id_idx', 'rollout_id'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_status_idx', 'status'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'tenant_id, created_at'
        UNION ALL SELECT 'index tenants.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index themes.PRIMARY', 'UNIQUE tenant_id, themeId'
        UNION ALL SELECT 'index universal_login_templates.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index user_activity.PRIMARY', 'UNIQUE tenant_id, user_id'
        UNION ALL SELECT 'index user_activity.user_activity_user_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index user_organizations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_organization_id', 'organization_id'
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_user_id', 'user_id'
        UNION ALL SELECT 'index user_organizations.user_organizations_unique', 'UNIQUE tenant_id, user_id, organization_id'
        UNION ALL SELECT 'index user_permissions.PRIMARY', 'UNIQUE tenant_id, user_id, resource_server_identifier, permission_name, organization_id'
        UNION ALL SELECT 'index user_permissions.user_permissions_organization_fk', 'organization_id'
        UNION ALL SELECT 'index user_permissions.user_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name'
        UNION ALL SELECT 'index user_permissions.user_permissions_user_fk', 'tenant_id, user_id'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE tenant_id, user_id, role_id, organization_id'
        UNION ALL SELECT 'index user_roles.user_roles_organization_fk', 'organization_id'
        UNION ALL SELECT 'index user_roles.user_roles_role_fk', 'tenant_id, role_id'
        UNION ALL SELECT 'index user_roles.user_roles_user_fk', 'tenant_id, user_id'
        UNION ALL SELECT 'index users.PRIMARY', 'UNIQUE user_id, tenant_id'
        UNION ALL SELECT 'index users.linked_to_constraint', 'linked_to, tenant_id'
        UNION ALL SELECT 'index users.unique_email_provider', 'UNIQUE email, provider, tenant_id'
        UNION ALL SELECT 'index users.unique_phone_provider', 'UNIQUE phone_number, provider, tenant_id'
        UNION ALL SELECT 'index users.unique_username_provider', 'UNIQUE username, provider, tenant_id'
        UNION ALL SELECT 'index users.users_email_index', 'email'
        UNION ALL SELECT 'index users.users_linked_to_index', 'linked_to'
        UNION ALL SELECT 'index users.users_name_index', 'name'
        UNION ALL SELECT 'index users.users_phone_tenant_provider_index', 'tenant_id, phone_number, provider'
        UNION ALL SELECT 'table action_executions', 'present'
        UNION ALL SELECT 'table action_versions', 'present'
        UNION ALL SELECT 'table actions', 'present'
        UNION ALL SELECT 'table authentication_methods', 'present'
        UNION ALL SELECT 'table branding', 'present'
        UNION ALL SELECT 'table client_grants', 'present'
        UNION ALL SELECT 'table client_registration_tokens', 'present'
        UNION ALL SELECT 'table clients', 'present'
        UNION ALL SELECT 'table codes', 'present'
        UNION ALL SELECT 'table connections', 'present'
        UNION ALL SELECT 'table control_plane_comm_keys', 'present'
        UNION ALL SELECT 'table custom_domains', 'present'
        UNION ALL SELECT 'table custom_text', 'present'
        UNION ALL SELECT 'table email_providers', 'present'
        UNION ALL SELECT 'table email_templates', 'present'
        UNION ALL SELECT 'table flows', 'present'
        UNION ALL SELECT 'table forms', 'present'
        UNION ALL SELECT 'table grants', 'present'
        UNION ALL SELECT 'table hook_code', 'present'
        UNION ALL SELECT 'table hooks', 'present'
        UNION ALL SELECT 'table invites', 'present'
        UNION ALL SELECT 'table keys', 'present'
        UNION ALL SELECT 'table kysely_migration', 'present'
        UNION ALL SELECT 'table kysely_migration_lock', 'present'
        UNION ALL SELECT 'table log_streams', 'present'
        UNION ALL SELECT 'table login_sessions', 'present'
        UNION ALL SELECT 'table logs', 'present'
        UNION ALL SELECT 'table migration_sources', 'present'
        UNION ALL SELECT 'table migrations', 'present'
        UNION ALL SELECT 'table organization_connections', 'present'
        UNION ALL SELECT 'table organizations', 'present'
        UNION ALL SELECT 'table outbox_events', 'present'
        UNION ALL SELECT 'table passwords', 'present'
        UNION ALL SELECT 'table prompt_settings', 'present'
        UNION ALL SELECT 'table proxy_routes', 'present'
        UNION ALL SELECT 'table refresh_tokens', 'present'
        UNION ALL SELECT 'table resource_servers', 'present'
        UNION ALL SELECT 'table role_permissions', 'present'
        UNION ALL SELECT 'table roles', 'present'
        UNION ALL SELECT 'table rollouts', 'present'
        UNION ALL SELECT 'table sessions', 'present'
        UNION ALL SELECT 'table tenant_operation_events', 'present'
        UNION ALL SELECT 'table tenant_operations', 'present'
        UNION ALL SELECT 'table tenants', 'present'
        UNION ALL SELECT 'table themes', 'present'
        UNION ALL SELECT 'table universal_login_templates', 'present'
        UNION ALL SELECT 'table user_activity', 'present'
        UNION ALL SELECT 'table user_organizations', 'present'
        UNION ALL SELECT 'table user_permissions', 'present'
        UNION ALL SELECT 'table user_roles', 'present'
        UNION ALL SELECT 'table users', 'present') a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY))
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m FROM (SELECT 'column action_executions.created_at_ts' AS k, 'table action_executions has no column created_at_ts' AS m
        UNION ALL SELECT 'column action_executions.id', 'table action_executions has no column id'
        UNION ALL SELECT 'column action_executions.logs', 'table action_executions has no column logs'
        UNION ALL SELECT 'column action_executions.results', 'table action_executions has no column results'
        UNION ALL SELECT 'column action_executions.status', 'table action_executions has no column status'
        UNION ALL SELECT 'column action_executions.tenant_id', 'table action_executions has no column tenant_id'
        UNION ALL SELECT 'column action_executions.trigger_id', 'table action_executions has no column trigger_id'
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'table action_executions has no column updated_at_ts'
        UNION ALL SELECT 'column action_versions.action_id', 'table action_versions has no column action_id'
        UNION ALL SELECT 'column action_versions.code', 'table action_versions has no column code'
        UNION ALL SELECT 'column action_versions.created_at_ts', 'table action_versions has no column created_at_ts'
        UNION ALL SELECT 'column action_versions.dependencies', 'table action_versions has no column dependencies'
        UNION ALL SELECT 'column action_versions.deployed', 'table action_versions has no column deployed'
        UNION ALL SELECT 'column action_versions.id', 'table action_versions has no column id'
        UNION ALL SELECT 'column action_versions.number', 'table action_versions has no column number'
        UNION ALL SELECT 'column action_versions.runtime', 'table action_versions has no column runtime'
        UNION ALL SELECT 'column action_versions.secrets', 'table action_versions has no column secrets'
        UNION ALL SELECT 'column action_versions.supported_triggers', 'table action_versions has no column supported_triggers'
        UNION ALL SELECT 'column action_versions.tenant_id', 'table action_versions has no column tenant_id'
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'table action_versions has no column updated_at_ts'
        UNION ALL SELECT 'column actions.code', 'table actions has no column code'
        UNION ALL SELECT 'column actions.created_at_ts', 'table actions has no column created_at_ts'
        UNION ALL SELECT 'column actions.dependencies', 'table actions has no column dependencies'
        UNION ALL SELECT 'column actions.deployed_at_ts', 'table actions has no column deployed_at_ts'
        UNION ALL SELECT 'column actions.id', 'table actions has no column id'
        UNION ALL SELECT 'column actions.inherit', 'table actions has no column inherit'
        UNION ALL SELECT 'column actions.is_system', 'table actions has no column is_system'
        UNION ALL SELECT 'column actions.name', 'table actions has no column name'
        UNION ALL SELECT 'column actions.runtime', 'table actions has no column runtime'
        UNION ALL SELECT 'column actions.secrets', 'table actions has no column secrets'
        UNION ALL SELECT 'column actions.status', 'table actions has no column status'
        UNION ALL SELECT 'column actions.supported_triggers', 'table actions has no column supported_triggers'
        UNION ALL SELECT 'column actions.tenant_id', 'table actions has no column tenant_id'
        UNION ALL SELECT 'column actions.updated_at_ts', 'table actions has no column updated_at_ts'
        UNION ALL SELECT 'column authentication_methods.confirmed', 'table authentication_methods has no column confirmed'
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'table authentication_methods has no column created_at_ts'
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'table authentication_methods has no column credential_backed_up'
        UNION ALL SELECT 'column authentication_methods.credential_id', 'table authentication_methods has no column credential_id'
        UNION ALL SELECT 'column authentication_methods.friendly_name', 'table authentication_methods has no column friendly_name'
        UNION ALL SELECT 'column authentication_methods.id', 'table authentication_methods has no column id'
        UNION ALL SELECT 'column authentication_methods.phone_number', 'table authentication_methods has no column phone_number'
        UNION ALL SELECT 'column authentication_methods.public_key', 'table authentication_methods has no column public_key'
        UNION ALL SELECT 'column authentication_methods.sign_count', 'table authentication_methods has no column sign_count'
        UNION ALL SELECT 'column authentication_methods.tenant_id', 'table authentication_methods has no column tenant_id'
        UNION ALL SELECT 'column authentication_methods.totp_secret', 'table authentication_methods has no column totp_secret'
        UNION ALL SELECT 'column authentication_methods.transports', 'table authentication_methods has no column transports'
        UNION ALL SELECT 'column authentication_methods.type', 'table authentication_methods has no column type'
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'table authentication_methods has no column updated_at_ts'
        UNION ALL SELECT 'column authentication_methods.user_id', 'table authentication_methods has no column user_id'
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'table branding has no column colors_page_background_angle_dev'
        UNION ALL SELECT 'column branding.colors_page_background_end', 'table branding has no column colors_page_background_end'
        UNION ALL SELECT 'column branding.colors_page_background_start', 'table branding has no column colors_page_background_start'
        UNION ALL SELECT 'column branding.colors_page_background_type', 'table branding has no column colors_page_background_type'
        UNION ALL SELECT 'column branding.colors_primary', 'table branding has no column colors_primary'
        UNION ALL SELECT 'column branding.dark_mode', 'table branding has no column dark_mode'
        UNION ALL SELECT 'column branding.favicon_url', 'table branding has no column favicon_url'
        UNION ALL SELECT 'column branding.font_url', 'table branding has no column font_url'
        UNION ALL SELECT 'column branding.logo_url', 'table branding has no column logo_url'
        UNION ALL SELECT 'column branding.tenant_id', 'table branding has no column tenant_id'
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'table client_grants has no column allow_any_organization'
        UNION ALL SELECT 'column client_grants.audience', 'table client_grants has no column audience'
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'table client_grants has no column authorization_details_types'
        UNION ALL SELECT 'column client_grants.client_id', 'table client_grants has no column client_id'
        UNION ALL SELECT 'column client_grants.created_at', 'table client_grants has no column created_at'
        UNION ALL SELECT 'column client_grants.id', 'table client_grants has no column id'
        UNION ALL SELECT 'column client_grants.is_system', 'table client_grants has no column is_system'
        UNION ALL SELECT 'column client_grants.organization_usage', 'table client_grants has no column organization_usage'
        UNION ALL SELECT 'column client_grants.scope', 'table client_grants has no column scope'
        UNION ALL SELECT 'column client_grants.subject_type', 'table client_grants has no column subject_type'
        UNION ALL SELECT 'column client_grants.tenant_id', 'table client_grants has no column tenant_id'
        UNION ALL SELECT 'column client_grants.updated_at', 'table client_grants has no column updated_at'
        UNION ALL SELECT 'column client_registration_tokens.client_id', 'table client_registration_tokens has no column client_id'
        UNION ALL SELECT 'column client_registration_tokens.constraints', 'table client_registration_tokens has no column constraints'
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'table client_registration_tokens has no column created_at_ts'
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'table client_registration_tokens has no column expires_at_ts'
        UNION ALL SELECT 'column client_registration_tokens.id', 'table client_registration_tokens has no column id'
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'table client_registration_tokens has no column revoked_at_ts'
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'table client_registration_tokens has no column single_use'
        UNION ALL SELECT 'column client_registration_tokens.sub', 'table client_registration_tokens has no column sub'
        UNION ALL SELECT 'column client_registration_tokens.tenant_id', 'table client_registration_tokens has no column tenant_id'
        UNION ALL SELECT 'column client_registration_tokens.token_hash', 'table client_registration_tokens has no column token_hash'
        UNION ALL SELECT 'column client_registration_tokens.type', 'table client_registration_tokens has no column type'
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'table client_registration_tokens has no column used_at_ts'
        UNION ALL SELECT 'column clients.addons', 'table clients has no column addons'
        UNION ALL SELECT 'column clients.allowed_clients', 'table clients has no column allowed_clients'
        UNION ALL SELECT 'column clients.allowed_logout_urls', 'table clients has no column allowed_logout_urls'
        UNION ALL SELECT 'column clients.allowed_origins', 'table clients has no column allowed_origins'
        UNION ALL SELECT 'column clients.app_type', 'table clients has no column app_type'
        UNION ALL SELECT 'column clients.auth0_conformant', 'table clients has no column auth0_conformant'
        UNION ALL SELECT 'column clients.callbacks', 'table clients has no column callbacks'
        UNION ALL SELECT 'column clients.client_aliases', 'table clients has no column client_aliases'
        UNION ALL SELECT 'column clients.client_authentication_methods', 'table clients has no column client_authentication_methods'
        UNION ALL SELECT 'column clients.client_id', 'table clients has no column client_id'
        UNION ALL SELECT 'column clients.client_metadata', 'table clients has no column client_metadata'
        UNION ALL SELECT 'column clients.client_secret', 'table clients has no column client_secret'
        UNION ALL SELECT 'column clients.compliance_level', 'table clients has no column compliance_level'
        UNION ALL SELECT 'column clients.connections', 'table clients has no column connections'
        UNION ALL SELECT 'column clients.created_at', 'table clients has no column created_at'
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'table clients has no column cross_origin_authentication'
        UNION ALL SELECT 'column clients.cross_origin_loc', 'table clients has no column cross_origin_loc'
        UNION ALL SELECT 'column clients.custom_login_page', 'table clients has no column custom_login_page'
        UNION ALL SELECT 'column clients.custom_login_page_on', 'table clients has no column custom_login_page_on'
        UNION ALL SELECT 'column clients.custom_login_page_preview', 'table clients has no column custom_login_page_preview'
        UNION ALL SELECT 'column clients.default_organization', 'table clients has no column default_organization'
        UNION ALL SELECT 'column clients.description', 'table clients has no column description'
        UNION ALL SELECT 'column clients.encryption_key', 'table clients has no column encryption_key'
        UNION ALL SELECT 'column clients.form_template', 'table clients has no column form_template'
        UNION ALL SELECT 'column clients.global', 'table clients has no column global'
        UNION ALL SELECT 'column clients.grant_types', 'table clients has no column grant_types'
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'table clients has no column hide_sign_up_disabled_error'
        UNION ALL SELECT 'column clients.initiate_login_uri', 'table clients has no column initiate_login_uri'
        UNION ALL SELECT 'column clients.is_first_party', 'table clients has no column is_first_party'
        UNION ALL SELECT 'column clients.jwt_configuration', 'table clients has no column jwt_configuration'
        UNION ALL SELECT 'column clients.logo_uri', 'table clients has no column logo_uri'
        UNION ALL SELECT 'column clients.mobile', 'table clients has no column mobile'
        UNION ALL SELECT 'column clients.name', 'table clients has no column name'
        UNION ALL SELECT 'column clients.native_social_login', 'table clients has no column native_social_login'
        UNION ALL SELECT 'column clients.oidc_conformant', 'table clients has no column oidc_conformant'
        UNION ALL SELECT 'column clients.oidc_logout', 'table clients has no column oidc_logout'
        UNION ALL SELECT 'column clients.organization_require_behavior', 'table clients has no column organization_require_behavior'
        UNION ALL SELECT 'column clients.organization_usage', 'table clients has no column organization_usage'
        UNION ALL SELECT 'column clients.owner_user_id', 'table clients has no column owner_user_id'
        UNION ALL SELECT 'column clients.par_request_expiry', 'table clients has no column par_request_expiry'
        UNION ALL SELECT 'column clients.refresh_token', 'table clients has no column refresh_token'
        UNION ALL SELECT 'column clients.registration_metadata', 'table clients has no column registration_metadata'
        UNION ALL SELECT 'column clients.registration_type', 'table clients has no column registration_type'
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'table clients has no column require_proof_of_possession'
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'table clients has no column require_pushed_authorization_requests'
        UNION ALL SELECT 'column clients.session_transfer', 'table clients has no column session_transfer'
        UNION ALL SELECT 'column clients.signed_request_object', 'table clients has no column signed_request_object'
        UNION ALL SELECT 'column clients.signing_keys', 'table clients has no column signing_keys'
        UNION ALL SELECT 'column clients.sso', 'table clients has no column sso'
        UNION ALL SELECT 'column clients.sso_disabled', 'table clients has no column sso_disabled'
        UNION ALL SELECT 'column clients.tenant_id', 'table clients has no column tenant_id'
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'table clients has no column token_endpoint_auth_method'
        UNION ALL SELECT 'column clients.token_quota', 'table clients has no column token_quota'
        UNION ALL SELECT 'column clients.updated_at', 'table clients has no column updated_at'
        UNION ALL SELECT 'column clients.user_linking_mode', 'table clients has no column user_linking_mode'
        UNION ALL SELECT 'column clients.web_origins', 'table clients has no column web_origins'
        UNION ALL SELECT 'column codes.code_challenge', 'table codes has no column code_challenge'
        UNION ALL SELECT 'column codes.code_challenge_method', 'table codes has no column code_challenge_method'
        UNION ALL SELECT 'column codes.code_id', 'table codes has no column code_id'
        UNION ALL SELECT 'column codes.code_type', 'table codes has no column code_type'
        UNION ALL SELECT 'column codes.code_verifier', 'table codes has no column code_verifier'
        UNION ALL SELECT 'column codes.connection_id', 'table codes has no column connection_id'
        UNION ALL SELECT 'column codes.created_at', 'table codes has no column created_at'
        UNION ALL SELECT 'column codes.expires_at', 'table codes has no column expires_at'
        UNION ALL SELECT 'column codes.expires_at_ts', 'table codes has no column expires_at_ts'
        UNION ALL SELECT 'column codes.login_id', 'table codes has no column login_id'
        UNION ALL SELECT 'column codes.nonce', 'table codes has no column nonce'
        UNION ALL SELECT 'column codes.otp', 'table codes has no column otp'
        UNION ALL SELECT 'column codes.redirect_uri', 'table codes has no column redirect_uri'
        UNION ALL SELECT 'column codes.state', 'table codes has no column state'
        UNION ALL SELECT 'column codes.tenant_id', 'table codes has no column tenant_id'
        UNION ALL SELECT 'column codes.used_at', 'table codes has no column used_at'
        UNION ALL SELECT 'column codes.user_id', 'table codes has no column user_id'
        UNION ALL SELECT 'column connections.created_at', 'table connections has no column created_at'
        UNION ALL SELECT 'column connections.display_name', 'table connections has no column display_name'
        UNION ALL SELECT 'column connections.id', 'table connections has no column id'
        UNION ALL SELECT 'column connections.is_domain_connection', 'table connections has no column is_domain_connection'
        UNION ALL SELECT 'column connections.is_system', 'table connections has no column is_system'
        UNION ALL SELECT 'column connections.metadata', 'table connections has no column metadata'
        UNION ALL SELECT 'column connections.name', 'table connections has no column name'
        UNION ALL SELECT 'column connections.options', 'table connections has no column options'
        UNION ALL SELECT 'column connections.response_mode', 'table connections has no column response_mode'
        UNION ALL SELECT 'column connections.response_type', 'table connections has no column response_type'
        UNION ALL SELECT 'column connections.show_as_button', 'table connections has no column show_as_button'
        UNION ALL SELECT 'column connections.strategy', 'table connections has no column strategy'
        UNION ALL SELECT 'column connections.tenant_id', 'table connections has no column tenant_id'
        UNION ALL SELECT 'column connections.updated_at', 'table connections has no column updated_at'
        UNION ALL SELECT 'column control_plane_comm_keys.created_at', 'table control_plane_comm_keys has no column created_at'
        UNION ALL SELECT 'column control_plane_comm_keys.kid', 'table control_plane_comm_keys has no column kid'
        UNION ALL SELECT 'column control_plane_comm_keys.public_jwk', 'table control_plane_comm_keys has no column public_jwk'
        UNION ALL SELECT 'column control_plane_comm_keys.revoked_at', 'table control_plane_comm_keys has no column revoked_at'
        UNION ALL SELECT 'column control_plane_comm_keys.tenant_id', 'table control_plane_comm_keys has no column tenant_id'
        UNION ALL SELECT 'column custom_domains.created_at', 'table custom_domains has no column created_at'
        UNION ALL SELECT 'column custom_domains.custom_client_ip_header', 'table custom_domains has no column custom_client_ip_header'
        UNION ALL SELECT 'column custom_domains.custom_domain_id', 'table custom_domains has no column custom_domain_id'
        UNION ALL SELECT 'column custom_domains.domain', 'table custom_domains has no column domain'
        UNION ALL SELECT 'column custom_domains.domain_metadata', 'table custom_domains has no column domain_metadata'
        UNION ALL SELECT 'column custom_domains.origin_domain_name', 'table custom_domains has no column origin_domain_name'
        UNION ALL SELECT 'column custom_domains.primary', 'table custom_domains has no column primary'
        UNION ALL SELECT 'column custom_domains.status', 'table custom_domains has no column status'
        UNION ALL SELECT 'column custom_domains.tenant_id', 'table custom_domains has no column tenant_id'
        UNION ALL SELECT 'column custom_domains.tls_policy', 'table custom_domains has no column tls_policy'
        UNION ALL SELECT 'column custom_domains.type', 'table custom_domains has no column type'
        UNION ALL SELECT 'column custom_domains.updated_at', 'table custom_domains has no column updated_at'
        UNION ALL SELECT 'column custom_domains.verification', 'table custom_domains has no column verification'
        UNION ALL SELECT 'column custom_text.created_at_ts', 'table custom_text has no column created_at_ts'
        UNION ALL SELECT 'column custom_text.custom_text', 'table custom_text has no column custom_text'
        UNION ALL SELECT 'column custom_text.language', 'table custom_text has no column language'
        UNION ALL SELECT 'column custom_text.prompt', 'table custom_text has no column prompt'
        UNION ALL SELECT 'column custom_text.tenant_id', 'table custom_text has no column tenant_id'
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'table custom_text has no column updated_at_ts'
        UNION ALL SELECT 'column email_providers.created_at', 'table email_providers has no column created_at'
        UNION ALL SELECT 'column email_providers.credentials', 'table email_providers has no column credentials'
        UNION ALL SELECT 'column email_providers.default_from_address', 'table email_providers has no column default_from_address'
        UNION ALL SELECT 'column email_providers.enabled', 'table email_providers has no column enabled'
        UNION ALL SELECT 'column email_providers.name', 'table email_providers has no column name'
        UNION ALL SELECT 'column email_providers.settings', 'table email_providers has no column settings'
        UNION ALL SELECT 'column email_providers.tenant_id', 'table email_providers has no column tenant_id'
        UNION ALL SELECT 'column email_providers.updated_at', 'table email_providers has no column updated_at'
        UNION ALL SELECT 'column email_templates.body', 'table email_templates has no column body'
        UNION ALL SELECT 'column email_templates.created_at', 'table email_templates has no column created_at'
        UNION ALL SELECT 'column email_templates.enabled', 'table email_templates has no column enabled'
        UNION ALL SELECT 'column email_templates.from', 'table email_templates has no column from'
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'table email_templates has no column include_email_in_redirect'
        UNION ALL SELECT 'column email_templates.result_url', 'table email_templates has no column result_url'
        UNION ALL SELECT 'column email_templates.subject', 'table email_templates has no column subject'
        UNION ALL SELECT 'column email_templates.syntax', 'table email_templates has no column syntax'
        UNION ALL SELECT 'column email_templates.template', 'table email_templates has no column template'
        UNION ALL SELECT 'column email_templates.tenant_id', 'table email_templates has no column tenant_id'
        UNION ALL SELECT 'column email_templates.updated_at', 'table email_templates has no column updated_at'
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'table email_templates has no column url_lifetime_in_seconds'
        UNION ALL SELECT 'column flows.actions', 'table flows has no column actions'
        UNION ALL SELECT 'column flows.created_at', 'table flows has no column created_at'
        UNION ALL SELECT 'column flows.id', 'table flows has no column id'
        UNION ALL SELECT 'column flows.name', 'table flows has no column name'
        UNION ALL SELECT 'column flows.tenant_id', 'table flows has no column tenant_id'
        UNION ALL SELECT 'column flows.updated_at', 'table flows has no column updated_at'
        UNION ALL SELECT 'column forms.created_at', 'table forms has no column created_at'
        UNION ALL SELECT 'column forms.ending', 'table forms has no column ending'
        UNION ALL SELECT 'column forms.id', 'table forms has no column id'
        UNION ALL SELECT 'column forms.languages', 'table forms has no column languages'
        UNION ALL SELECT 'column forms.messages', 'table forms has no column messages'
        UNION ALL SELECT 'column forms.name', 'table forms has no column name'
        UNION ALL SELECT 'column forms.nodes', 'table forms has no column nodes'
        UNION ALL SELECT 'column forms.start', 'table forms has no column start'
        UNION ALL SELECT 'column forms.style', 'table forms has no column style'
        UNION ALL SELECT 'column forms.tenant_id', 'table forms has no column tenant_id'
        UNION ALL SELECT 'column forms.translations', 'table forms has no column translations'
        UNION ALL SELECT 'column forms.updated_at', 'table forms has no column updated_at'
        UNION ALL SELECT 'column grants.audience', 'table grants has no column audience'
        UNION ALL SELECT 'column grants.client_id', 'table grants has no column client_id'
        UNION ALL SELECT 'column grants.created_at', 'table grants has no column created_at'
        UNION ALL SELECT 'column grants.id', 'table grants has no column id'
        UNION ALL SELECT 'column grants.scope', 'table grants has no column scope'
        UNION ALL SELECT 'column grants.tenant_id', 'table grants has no column tenant_id'
        UNION ALL SELECT 'column grants.updated_at', 'table grants has no column updated_at'
        UNION ALL SELECT 'column grants.user_id', 'table grants has no column user_id'
        UNION ALL SELECT 'column hook_code.code', 'table hook_code has no column code'
        UNION ALL SELECT 'column hook_code.created_at_ts', 'table hook_code has no column created_at_ts'
        UNION ALL SELECT 'column hook_code.id', 'table hook_code has no column id'
        UNION ALL SELECT 'column hook_code.secrets', 'table hook_code has no column secrets'
        UNION ALL SELECT 'column hook_code.tenant_id', 'table hook_code has no column tenant_id'
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'table hook_code has no column updated_at_ts'
        UNION ALL SELECT 'column hooks.code_id', 'table hooks has no column code_id'
        UNION ALL SELECT 'column hooks.created_at_ts', 'table hooks has no column created_at_ts'
        UNION ALL SELECT 'column hooks.enabled', 'table hooks has no column enabled'
        UNION ALL SELECT 'column hooks.form_id', 'table hooks has no column form_id'
        UNION ALL SELECT 'column hooks.hook_id', 'table hooks has no column hook_id'
        UNION ALL SELECT 'column hooks.metadata', 'table hooks has no column metadata'
        UNION ALL SELECT 'column hooks.priority', 'table hooks has no column priority'
        UNION ALL SELECT 'column hooks.synchronous', 'table hooks has no column synchronous'
        UNION ALL SELECT 'column hooks.template_id', 'table hooks has no column template_id'
        UNION ALL SELECT 'column hooks.tenant_id', 'table hooks has no column tenant_id'
        UNION ALL SELECT 'column hooks.trigger_id', 'table hooks has no column trigger_id'
        UNION ALL SELECT 'column hooks.updated_at_ts', 'table hooks has no column updated_at_ts'
        UNION ALL SELECT 'column hooks.url', 'table hooks has no column url'
        UNION ALL SELECT 'column invites.app_metadata', 'table invites has no column app_metadata'
        UNION ALL SELECT 'column invites.client_id', 'table invites has no column client_id'
        UNION ALL SELECT 'column invites.connection_id', 'table invites has no column connection_id'
        UNION ALL SELECT 'column invites.created_at', 'table invites has no column created_at'
        UNION ALL SELECT 'column invites.expires_at', 'table invites has no column expires_at'
        UNION ALL SELECT 'column invites.id', 'table invites has no column id'
        UNION ALL SELECT 'column invites.invitation_url', 'table invites has no column invitation_url'
        UNION ALL SELECT 'column invites.invitee', 'table invites has no column invitee'
        UNION ALL SELECT 'column invites.inviter', 'table invites has no column inviter'
        UNION ALL SELECT 'column invites.organization_id', 'table invites has no column organization_id'
        UNION ALL SELECT 'column invites.roles', 'table invites has no column roles'
        UNION ALL SELECT 'column invites.send_invitation_email', 'table invites has no column send_invitation_email'
        UNION ALL SELECT 'column invites.tenant_id', 'table invites has no column tenant_id'
        UNION ALL SELECT 'column invites.ticket_id', 'table invites has no column ticket_id'
        UNION ALL SELECT 'column invites.ttl_sec', 'table invites has no column ttl_sec'
        UNION ALL SELECT 'column invites.user_metadata', 'table invites has no column user_metadata'
        UNION ALL SELECT 'column keys.cert', 'table keys has no column cert'
        UNION ALL SELECT 'column keys.connection', 'table keys has no column connection'
        UNION ALL SELECT 'column keys.created_at', 'table keys has no column created_at'
        UNION ALL SELECT 'column keys.current_since', 'table keys has no column current_since'
        UNION ALL SELECT 'column keys.current_until', 'table keys has no column current_until'
        UNION ALL SELECT 'column keys.fingerprint', 'table keys has no column fingerprint'
        UNION ALL SELECT 'column keys.kid', 'table keys has no column kid'
        UNION ALL SELECT 'column keys.pkcs7', 'table keys has no column pkcs7'
        UNION ALL SELECT 'column keys.revoked_at', 'table keys has no column revoked_at'
        UNION ALL SELECT 'column keys.tenant_id', 'table keys has no column tenant_id'
        UNION ALL SELECT 'column keys.thumbprint', 'table keys has no column thumbprint'
        UNION ALL SELECT 'column keys.type', 'table keys has no column type'
        UNION ALL SELECT 'column kysely_migration.name', 'table kysely_migration has no column name'
        UNION ALL SELECT 'column kysely_migration.timestamp', 'table kysely_migration has no column timestamp'
        UNION ALL SELECT 'column kysely_migration_lock.id', 'table kysely_migration_lock has no column id'
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'table kysely_migration_lock has no column is_locked'
        UNION ALL SELECT 'column log_streams.created_at', 'table log_streams has no column created_at'
        UNION ALL SELECT 'column log_streams.filters', 'table log_streams has no column filters'
        UNION ALL SELECT 'column log_streams.id', 'table log_streams has no column id'
        UNION ALL SELECT 'column log_streams.is_priority', 'table log_streams has no column is_priority'
        UNION ALL SELECT 'column log_streams.name', 'table log_streams has no column name'
        UNION ALL SELECT 'column log_streams.sink', 'table log_streams has no column sink'
        UNION ALL SELECT 'column log_streams.status', 'table log_streams has no column status'
        UNION ALL SELECT 'column log_streams.tenant_id', 'table log_streams has no column tenant_id'
        UNION ALL SELECT 'column log_streams.type', 'table log_streams has no column type'
        UNION ALL SELECT 'column log_streams.updated_at', 'table log_streams has no column updated_at'
        UNION ALL SELECT 'column login_sessions.auth0Client', 'table login_sessions has no column auth0Client'
        UNION ALL SELECT 'column login_sessions.auth_connection', 'table login_sessions has no column auth_connection'
        UNION ALL SELECT 'column login_sessions.auth_params', 'table login_sessions has no column auth_params'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy', 'table login_sessions has no column auth_strategy_strategy'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy_type', 'table login_sessions has no column auth_strategy_strategy_type'
        UNION ALL SELECT 'column login_sessions.authenticated_at', 'table login_sessions has no column authenticated_at'
        UNION ALL SELECT 'column login_sessions.authorization_url', 'table login_sessions has no column authorization_url'
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'table login_sessions has no column created_at_ts'
        UNION ALL SELECT 'column login_sessions.csrf_token', 'table login_sessions has no column csrf_token'
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'table login_sessions has no column expires_at_ts'
        UNION ALL SELECT 'column login_sessions.failure_reason', 'table login_sessions has no column failure_reason'
        UNION ALL SELECT 'column login_sessions.id', 'table login_sessions has no column id'
        UNION ALL SELECT 'column login_sessions.ip', 'table login_sessions has no column ip'
        UNION ALL SELECT 'column login_sessions.session_id', 'table login_sessions has no column session_id'
        UNION ALL SELECT 'column login_sessions.state', 'table login_sessions has no column state'
        UNION ALL SELECT 'column login_sessions.state_data', 'table login_sessions has no column state_data'
        UNION ALL SELECT 'column login_sessions.tenant_id', 'table login_sessions has no column tenant_id'
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'table login_sessions has no column updated_at_ts'
        UNION ALL SELECT 'column login_sessions.user_id', 'table login_sessions has no column user_id'
        UNION ALL SELECT 'column login_sessions.useragent', 'table login_sessions has no column useragent'
        UNION ALL SELECT 'column logs.audience', 'table logs has no column audience'
        UNION ALL SELECT 'column logs.auth0_client', 'table logs has no column auth0_client'
        UNION ALL SELECT 'column logs.category', 'table logs has no column category'
        UNION ALL SELECT 'column logs.city_name', 'table logs has no column city_name'
        UNION ALL SELECT 'column logs.client_id', 'table logs has no column client_id'
        UNION ALL SELECT 'column logs.client_name', 'table logs has no column client_name'
        UNION ALL SELECT 'column logs.connection', 'table logs has no column connection'
        UNION ALL SELECT 'column logs.connection_id', 'table logs has no column connection_id'
        UNION ALL SELECT 'column logs.continent_code', 'table logs has no column continent_code'
        UNION ALL SELECT 'column logs.country_code', 'table logs has no column country_code'
        UNION ALL SELECT 'column logs.date', 'table logs has no column date'
        UNION ALL SELECT 'column logs.description', 'table logs has no column description'
        UNION ALL SELECT 'column logs.details', 'table logs has no column details'
        UNION ALL SELECT 'column logs.hostname', 'table logs has no column hostname'
        UNION ALL SELECT 'column logs.ip', 'table logs has no column ip'
        UNION ALL SELECT 'column logs.isMobile', 'table logs has no column isMobile'
        UNION ALL SELECT 'column logs.latitude', 'table logs has no column latitude'
        UNION ALL SELECT 'column logs.log_id', 'table logs has no column log_id'
        UNION ALL SELECT 'column logs.longitude', 'table logs has no column longitude'
        UNION ALL SELECT 'column logs.scope', 'table logs has no column scope'
        UNION ALL SELECT 'column logs.session_connection', 'table logs has no column session_connection'
        UNION ALL SELECT 'column logs.strategy', 'table logs has no column strategy'
        UNION ALL SELECT 'column logs.strategy_type', 'table logs has no column strategy_type'
        UNION ALL SELECT 'column logs.tenant_id', 'table logs has no column tenant_id'
        UNION ALL SELECT 'column logs.time_zone', 'table logs has no column time_zone'
        UNION ALL SELECT 'column logs.type', 'table logs has no column type'
        UNION ALL SELECT 'column logs.user_agent', 'table logs has no column user_agent'
        UNION ALL SELECT 'column logs.user_id', 'table logs has no column user_id'
        UNION ALL SELECT 'column logs.user_name', 'table logs has no column user_name'
        UNION ALL SELECT 'column migration_sources.connection', 'table migration_sources has no column connection'
        UNION ALL SELECT 'column migration_sources.created_at', 'table migration_sources has no column created_at'
        UNION ALL SELECT 'column migration_sources.credentials', 'table migration_sources has no column credentials'
        UNION ALL SELECT 'column migration_sources.enabled', 'table migration_sources has no column enabled'
        UNION ALL SELECT 'column migration_sources.id', 'table migration_sources has no column id'
        UNION ALL SELECT 'column migration_sources.name', 'table migration_sources has no column name'
        UNION ALL SELECT 'column migration_sources.provider', 'table migration_sources has no column provider'
        UNION ALL SELECT 'column migration_sources.tenant_id', 'table migration_sources has no column tenant_id'
        UNION ALL SELECT 'column migration_sources.updated_at', 'table migration_sources has no column updated_at'
        UNION ALL SELECT 'column migrations.client_id', 'table migrations has no column client_id'
        UNION ALL SELECT 'column migrations.created_at', 'table migrations has no column created_at'
        UNION ALL SELECT 'column migrations.domain', 'table migrations has no column domain'
        UNION ALL SELECT 'column migrations.id', 'table migrations has no column id'
        UNION ALL SELECT 'column migrations.origin', 'table migrations has no column origin'
        UNION ALL SELECT 'column migrations.provider', 'table migrations has no column provider'
        UNION ALL SELECT 'column migrations.tenant_id', 'table migrations has no column tenant_id'
        UNION ALL SELECT 'column migrations.updated_at', 'table migrations has no column updated_at'
        UNION ALL SELECT 'column organization_connections.assign_membership_on_login', 'table organization_connections has no column assign_membership_on_login'
        UNION ALL SELECT 'column organization_connections.connection_id', 'table organization_connections has no column connection_id'
        UNION ALL SELECT 'column organization_connections.created_at', 'table organization_connections has no column created_at'
        UNION ALL SELECT 'column organization_connections.is_signup_enabled', 'table organization_connections has no column is_signup_enabled'
        UNION ALL SELECT 'column organization_connections.organization_id', 'table organization_connections has no column organization_id'
        UNION ALL SELECT 'column organization_connections.show_as_button', 'table organization_connections has no column show_as_button'
        UNION ALL SELECT 'column organization_connections.tenant_id', 'table organization_connections has no column tenant_id'
        UNION ALL SELECT 'column organization_connections.updated_at', 'table organization_connections has no column updated_at'
        UNION ALL SELECT 'column organizations.branding', 'table organizations has no column branding'
        UNION ALL SELECT 'column organizations.created_at', 'table organizations has no column created_at'
        UNION ALL SELECT 'column organizations.display_name', 'table organizations has no column display_name'
        UNION ALL SELECT 'column organizations.enabled_connections', 'table organizations has no column enabled_connections'
        UNION ALL SELECT 'column organizations.id', 'table organizations has no column id'
        UNION ALL SELECT 'column organizations.metadata', 'table organizations has no column metadata'
        UNION ALL SELECT 'column organizations.name', 'table organizations has no column name'
        UNION ALL SELECT 'column organizations.tenant_id', 'table organizations has no column tenant_id'
        UNION ALL SELECT 'column organizations.token_quota', 'table organizations has no column token_quota'
        UNION ALL SELECT 'column organizations.updated_at', 'table organizations has no column updated_at'
        UNION ALL SELECT 'column outbox_events.aggregate_id', 'table outbox_events has no column aggregate_id'
        UNION ALL SELECT 'column outbox_events.aggregate_type', 'table outbox_events has no column aggregate_type'
        UNION ALL SELECT 'column outbox_events.claim_expires_at', 'table outbox_events has no column claim_expires_at'
        UNION ALL SELECT 'column outbox_events.claimed_by', 'table outbox_events has no column claimed_by'
        UNION ALL SELECT 'column outbox_events.created_at', 'table outbox_events has no column created_at'
        UNION ALL SELECT 'column outbox_events.dead_lettered_at', 'table outbox_events has no column dead_lettered_at'
        UNION ALL SELECT 'column outbox_events.error', 'table outbox_events has no column error'
        UNION ALL SELECT 'column outbox_events.event_type', 'table outbox_events has no column event_type'
        UNION ALL SELECT 'column outbox_events.final_error', 'table outbox_events has no column final_error'
        UNION ALL SELECT 'column outbox_events.id', 'table outbox_events has no column id'
        UNION ALL SELECT 'column outbox_events.log_type', 'table outbox_events has no column log_type'
        UNION ALL SELECT 'column outbox_events.next_retry_at', 'table outbox_events has no column next_retry_at'
        UNION ALL SELECT 'column outbox_events.payload', 'table outbox_events has no column payload'
        UNION ALL SELECT 'column outbox_events.processed_at', 'table outbox_events has no column processed_at'
        UNION ALL SELECT 'column outbox_events.retry_count', 'table outbox_events has no column retry_count'
        UNION ALL SELECT 'column outbox_events.tenant_id', 'table outbox_events has no column tenant_id'
        UNION ALL SELECT 'column passwords.algorithm', 'table passwords has no column algorithm'
        UNION ALL SELECT 'column passwords.created_at', 'table passwords has no column created_at'
        UNION ALL SELECT 'column passwords.id', 'table passwords has no column id'
        UNION ALL SELECT 'column passwords.is_current', 'table passwords has no column is_current'
        UNION ALL SELECT 'column passwords.password', 'table passwords has no column password'
        UNION ALL SELECT 'column passwords.tenant_id', 'table passwords has no column tenant_id'
        UNION ALL SELECT 'column passwords.updated_at', 'table passwords has no column updated_at'
        UNION ALL SELECT 'column passwords.user_id', 'table passwords has no column user_id'
        UNION ALL SELECT 'column prompt_settings.identifier_first', 'table prompt_settings has no column identifier_first'
        UNION ALL SELECT 'column prompt_settings.password_first', 'table prompt_settings has no column password_first'
        UNION ALL SELECT 'column prompt_settings.tenant_id', 'table prompt_settings has no column tenant_id'
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'table prompt_settings has no column universal_login_experience'
        UNION ALL SELECT 'column prompt_settings.webauthn_platform_first_factor', 'table prompt_settings has no column webauthn_platform_first_factor'
        UNION ALL SELECT 'column proxy_routes.created_at', 'table proxy_routes has no column created_at'
        UNION ALL SELECT 'column proxy_routes.custom_domain_id', 'table proxy_routes has no column custom_domain_id'
        UNION ALL SELECT 'column proxy_routes.handlers', 'table proxy_routes has no column handlers'
        UNION ALL SELECT 'column proxy_routes.id', 'table proxy_routes has no column id'
        UNION ALL SELECT 'column proxy_routes.match', 'table proxy_routes has no column match'
        UNION ALL SELECT 'column proxy_routes.priority', 'table proxy_routes has no column priority'
        UNION ALL SELECT 'column proxy_routes.tenant_id', 'table proxy_routes has no column tenant_id'
        UNION ALL SELECT 'column proxy_routes.updated_at', 'table proxy_routes has no column updated_at'
        UNION ALL SELECT 'column refresh_tokens.client_id', 'table refresh_tokens has no column client_id'
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'table refresh_tokens has no column created_at_ts'
        UNION ALL SELECT 'column refresh_tokens.device', 'table refresh_tokens has no column device'
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'table refresh_tokens has no column expires_at_ts'
        UNION ALL SELECT 'column refresh_tokens.family_id', 'table refresh_tokens has no column family_id'
        UNION ALL SELECT 'column refresh_tokens.id', 'table refresh_tokens has no column id'
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'table refresh_tokens has no column idle_expires_at_ts'
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'table refresh_tokens has no column last_exchanged_at_ts'
        UNION ALL SELECT 'column refresh_tokens.login_id', 'table refresh_tokens has no column login_id'
        UNION ALL SELECT 'column refresh_tokens.resource_servers', 'table refresh_tokens has no column resource_servers'
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'table refresh_tokens has no column revoked_at_ts'
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'table refresh_tokens has no column rotated_at_ts'
        UNION ALL SELECT 'column refresh_tokens.rotated_to', 'table refresh_tokens has no column rotated_to'
        UNION ALL SELECT 'column refresh_tokens.rotating', 'table refresh_tokens has no column rotating'
        UNION ALL SELECT 'column refresh_tokens.tenant_id', 'table refresh_tokens has no column tenant_id'
        UNION ALL SELECT 'column refresh_tokens.token_hash', 'table refresh_tokens has no column token_hash'
        UNION ALL SELECT 'column refresh_tokens.token_lookup', 'table refresh_tokens has no column token_lookup'
        UNION ALL SELECT 'column refresh_tokens.user_id', 'table refresh_tokens has no column user_id'
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'table resource_servers has no column allow_offline_access'
        UNION ALL SELECT 'column resource_servers.created_at', 'table resource_servers has no column created_at'
        UNION ALL SELECT 'column resource_servers.id', 'table resource_servers has no column id'
        UNION ALL SELECT 'column resource_servers.identifier', 'table resource_servers has no column identifier'
        UNION ALL SELECT 'column resource_servers.is_system', 'table resource_servers has no column is_system'
        UNION ALL SELECT 'column resource_servers.metadata', 'table resource_servers has no column metadata'
        UNION ALL SELECT 'column resource_servers.name', 'table resource_servers has no column name'
        UNION ALL SELECT 'column resource_servers.options', 'table resource_servers has no column options'
        UNION ALL SELECT 'column resource_servers.scopes', 'table resource_servers has no column scopes'
        UNION ALL SELECT 'column resource_servers.signing_alg', 'table resource_servers has no column signing_alg'
        UNION ALL SELECT 'column resource_servers.signing_secret', 'table resource_servers has no column signing_secret'
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'table resource_servers has no column skip_consent_for_verifiable_first_party_clients'
        UNION ALL SELECT 'column resource_servers.tenant_id', 'table resource_servers has no column tenant_id'
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'table resource_servers has no column token_lifetime'
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'table resource_servers has no column token_lifetime_for_web'
        UNION ALL SELECT 'column resource_servers.updated_at', 'table resource_servers has no column updated_at'
        UNION ALL SELECT 'column resource_servers.verification_key', 'table resource_servers has no column verification_key'
        UNION ALL SELECT 'column role_permissions.created_at', 'table role_permissions has no column created_at'
        UNION ALL SELECT 'column role_permissions.permission_name', 'table role_permissions has no column permission_name'
        UNION ALL SELECT 'column role_permissions.resource_server_identifier', 'table role_permissions has no column resource_server_identifier'
        UNION ALL SELECT 'column role_permissions.role_id', 'table role_permissions has no column role_id'
        UNION ALL SELECT 'column role_permissions.tenant_id', 'table role_permissions has no column tenant_id'
        UNION ALL SELECT 'column roles.created_at', 'table roles has no column created_at'
        UNION ALL SELECT 'column roles.description', 'table roles has no column description'
        UNION ALL SELECT 'column roles.id', 'table roles has no column id'
        UNION ALL SELECT 'column roles.is_system', 'table roles has no column is_system'
        UNION ALL SELECT 'column roles.metadata', 'table roles has no column metadata'
        UNION ALL SELECT 'column roles.name', 'table roles has no column name'
        UNION ALL SELECT 'column roles.tenant_id', 'table roles has no column tenant_id'
        UNION ALL SELECT 'column roles.updated_at', 'table roles has no column updated_at'
        UNION ALL SELECT 'column rollouts.canary_tenant_ids', 'table rollouts has no column canary_tenant_ids'
        UNION ALL SELECT 'column rollouts.created_at', 'table rollouts has no column created_at'
        UNION ALL SELECT 'column rollouts.filter', 'table rollouts has no column filter'
        UNION ALL SELECT 'column rollouts.finished_at', 'table rollouts has no column finished_at'
        UNION ALL SELECT 'column rollouts.id', 'table rollouts has no column id'
        UNION ALL SELECT 'column rollouts.initiated_by', 'table rollouts has no column initiated_by'
        UNION ALL SELECT 'column rollouts.kind', 'table rollouts has no column kind'
        UNION ALL SELECT 'column rollouts.status', 'table rollouts has no column status'
        UNION ALL SELECT 'column rollouts.target_database_version', 'table rollouts has no column target_database_version'
        UNION ALL SELECT 'column rollouts.target_worker_version', 'table rollouts has no column target_worker_version'
        UNION ALL SELECT 'column rollouts.updated_at', 'table rollouts has no column updated_at'
        UNION ALL SELECT 'column rollouts.wave_size', 'table rollouts has no column wave_size'
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'table sessions has no column authenticated_at_ts'
        UNION ALL SELECT 'column sessions.clients', 'table sessions has no column clients'
        UNION ALL SELECT 'column sessions.created_at_ts', 'table sessions has no column created_at_ts'
        UNION ALL SELECT 'column sessions.device', 'table sessions has no column device'
        UNION ALL SELECT 'column sessions.expires_at_ts', 'table sessions has no column expires_at_ts'
        UNION ALL SELECT 'column sessions.id', 'table sessions has no column id'
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'table sessions has no column idle_expires_at_ts'
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'table sessions has no column last_interaction_at_ts'
        UNION ALL SELECT 'column sessions.login_session_id', 'table sessions has no column login_session_id'
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'table sessions has no column revoked_at_ts'
        UNION ALL SELECT 'column sessions.tenant_id', 'table sessions has no column tenant_id'
        UNION ALL SELECT 'column sessions.updated_at_ts', 'table sessions has no column updated_at_ts'
        UNION ALL SELECT 'column sessions.used_at_ts', 'table sessions has no column used_at_ts'
        UNION ALL SELECT 'column sessions.user_id', 'table sessions has no column user_id'
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'table tenant_operation_events has no column attempt'
        UNION ALL SELECT 'column tenant_operation_events.created_at', 'table tenant_operation_events has no column created_at'
        UNION ALL SELECT 'column tenant_operation_events.detail', 'table tenant_operation_events has no column detail'
        UNION ALL SELECT 'column tenant_operation_events.id', 'table tenant_operation_events has no column id'
        UNION ALL SELECT 'column tenant_operation_events.operation_id', 'table tenant_operation_events has no column operation_id'
        UNION ALL SELECT 'column tenant_operation_events.outcome', 'table tenant_operation_events has no column outcome'
        UNION ALL SELECT 'column tenant_operation_events.step', 'table tenant_operation_events has no column step'
        UNION ALL SELECT 'column tenant_operations.created_at', 'table tenant_operations has no column created_at'
        UNION ALL SELECT 'column tenant_operations.current_step', 'table tenant_operations has no column current_step'
        UNION ALL SELECT 'column tenant_operations.engine', 'table tenant_operations has no column engine'
        UNION ALL SELECT 'column tenant_operations.engine_instance_id', 'table tenant_operations has no column engine_instance_id'
        UNION ALL SELECT 'column tenant_operations.error', 'table tenant_operations has no column error'
        UNION ALL SELECT 'column tenant_operations.finished_at', 'table tenant_operations has no column finished_at'
        UNION ALL SELECT 'column tenant_operations.id', 'table tenant_operations has no column id'
        UNION ALL SELECT 'column tenant_operations.initiated_by', 'table tenant_operations has no column initiated_by'
        UNION ALL SELECT 'column tenant_operations.kind', 'table tenant_operations has no column kind'
        UNION ALL SELECT 'column tenant_operations.rollout_id', 'table tenant_operations has no column rollout_id'
        UNION ALL SELECT 'column tenant_operations.status', 'table tenant_operations has no column status'
        UNION ALL SELECT 'column tenant_operations.target_database_version', 'table tenant_operations has no column target_database_version'
        UNION ALL SELECT 'column tenant_operations.target_worker_version', 'table tenant_operations has no column target_worker_version'
        UNION ALL SELECT 'column tenant_operations.tenant_id', 'table tenant_operations has no column tenant_id'
        UNION ALL SELECT 'column tenant_operations.updated_at', 'table tenant_operations has no column updated_at'
        UNION ALL SELECT 'column tenants.acr_values_supported', 'table tenants has no column acr_values_supported'
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'table tenants has no column allow_organization_name_in_authentication_api'
        UNION ALL SELECT 'column tenants.allowed_logout_urls', 'table tenants has no column allowed_logout_urls'
        UNION ALL SELECT 'column tenants.attack_protection', 'table tenants has no column attack_protection'
        UNION ALL SELECT 'column tenants.audience', 'table tenants has no column audience'
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'table tenants has no column authorization_response_iss_parameter_supported'
        UNION ALL SELECT 'column tenants.bundle_configuration', 'table tenants has no column bundle_configuration'
        UNION ALL SELECT 'column tenants.change_password', 'table tenants has no column change_password'
        UNION ALL SELECT 'column tenants.created_at', 'table tenants has no column created_at'
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'table tenants has no column customize_mfa_in_postlogin_action'
        UNION ALL SELECT 'column tenants.d1_database_id', 'table tenants has no column d1_database_id'
        UNION ALL SELECT 'column tenants.database_version', 'table tenants has no column database_version'
        UNION ALL SELECT 'column tenants.default_audience', 'table tenants has no column default_audience'
        UNION ALL SELECT 'column tenants.default_client_id', 'table tenants has no column default_client_id'
        UNION ALL SELECT 'column tenants.default_directory', 'table tenants has no column default_directory'
        UNION ALL SELECT 'column tenants.default_organization', 'table tenants has no column default_organization'
        UNION ALL SELECT 'column tenants.default_redirection_uri', 'table tenants has no column default_redirection_uri'
        UNION ALL SELECT 'column tenants.default_token_quota', 'table tenants has no column default_token_quota'
        UNION ALL SELECT 'column tenants.deployment_type', 'table tenants has no column deployment_type'
        UNION ALL SELECT 'column tenants.device_flow', 'table tenants has no column device_flow'
        UNION ALL SELECT 'column tenants.enabled_locales', 'table tenants has no column enabled_locales'
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'table tenants has no column ephemeral_session_lifetime'
        UNION ALL SELECT 'column tenants.error_page', 'table tenants has no column error_page'
        UNION ALL SELECT 'column tenants.flags', 'table tenants has no column flags'
        UNION ALL SELECT 'column tenants.friendly_name', 'table tenants has no column friendly_name'
        UNION ALL SELECT 'column tenants.guardian_mfa_page', 'table tenants has no column guardian_mfa_page'
        UNION ALL SELECT 'column tenants.id', 'table tenants has no column id'
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'table tenants has no column idle_ephemeral_session_lifetime'
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'table tenants has no column idle_session_lifetime'
        UNION ALL SELECT 'column tenants.legacy_sandbox_version', 'table tenants has no column legacy_sandbox_version'
        UNION ALL SELECT 'column tenants.mfa', 'table tenants has no column mfa'
        UNION ALL SELECT 'column tenants.mtls', 'table tenants has no column mtls'
        UNION ALL SELECT 'column tenants.oidc_logout', 'table tenants has no column oidc_logout'
        UNION ALL SELECT 'column tenants.picture_url', 'table tenants has no column picture_url'
        UNION ALL SELECT 'column tenants.provisioning_error', 'table tenants has no column provisioning_error'
        UNION ALL SELECT 'column tenants.provisioning_state', 'table tenants has no column provisioning_state'
        UNION ALL SELECT 'column tenants.provisioning_state_changed_at', 'table tenants has no column provisioning_state_changed_at'
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'table tenants has no column pushed_authorization_requests_supported'
        UNION ALL SELECT 'column tenants.sandbox_version', 'table tenants has no column sandbox_version'
        UNION ALL SELECT 'column tenants.sandbox_versions_available', 'table tenants has no column sandbox_versions_available'
        UNION ALL SELECT 'column tenants.sender_email', 'table tenants has no column sender_email'
        UNION ALL SELECT 'column tenants.sender_name', 'table tenants has no column sender_name'
        UNION ALL SELECT 'column tenants.session_cookie', 'table tenants has no column session_cookie'
        UNION ALL SELECT 'column tenants.session_lifetime', 'table tenants has no column session_lifetime'
        UNION ALL SELECT 'column tenants.sessions', 'table tenants has no column sessions'
        UNION ALL SELECT 'column tenants.storage_kind', 'table tenants has no column storage_kind'
        UNION ALL SELECT 'column tenants.support_email', 'table tenants has no column support_email'
        UNION ALL SELECT 'column tenants.support_url', 'table tenants has no column support_url'
        UNION ALL SELECT 'column tenants.updated_at', 'table tenants has no column updated_at'
        UNION ALL SELECT 'column tenants.worker_script_name', 'table tenants has no column worker_script_name'
        UNION ALL SELECT 'column tenants.worker_version', 'table tenants has no column worker_version'
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'table themes has no column borders_button_border_radius'
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'table themes has no column borders_button_border_weight'
        UNION ALL SELECT 'column themes.borders_buttons_style', 'table themes has no column borders_buttons_style'
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'table themes has no column borders_input_border_radius'
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'table themes has no column borders_input_border_weight'
        UNION ALL SELECT 'column themes.borders_inputs_style', 'table themes has no column borders_inputs_style'
        UNION ALL SELECT 'column themes.borders_show_widget_shadow', 'table themes has no column borders_show_widget_shadow'
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'table themes has no column borders_widget_border_weight'
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'table themes has no column borders_widget_corner_radius'
        UNION ALL SELECT 'column themes.colors_base_focus_color', 'table themes has no column colors_base_focus_color'
        UNION ALL SELECT 'column themes.colors_base_hover_color', 'table themes has no column colors_base_hover_color'
        UNION ALL SELECT 'column themes.colors_body_text', 'table themes has no column colors_body_text'
        UNION ALL SELECT 'column themes.colors_captcha_widget_theme', 'table themes has no column colors_captcha_widget_theme'
        UNION ALL SELECT 'column themes.colors_error', 'table themes has no column colors_error'
        UNION ALL SELECT 'column themes.colors_header', 'table themes has no column colors_header'
        UNION ALL SELECT 'column themes.colors_icons', 'table themes has no column colors_icons'
        UNION ALL SELECT 'column themes.colors_input_background', 'table themes has no column colors_input_background'
        UNION ALL SELECT 'column themes.colors_input_border', 'table themes has no column colors_input_border'
        UNION ALL SELECT 'column themes.colors_input_filled_text', 'table themes has no column colors_input_filled_text'
        UNION ALL SELECT 'column themes.colors_input_labels_placeholders', 'table themes has no column colors_input_labels_placeholders'
        UNION ALL SELECT 'column themes.colors_links_focused_components', 'table themes has no column colors_links_focused_components'
        UNION ALL SELECT 'column themes.colors_primary_button', 'table themes has no column colors_primary_button'
        UNION ALL SELECT 'column themes.colors_primary_button_label', 'table themes has no column colors_primary_button_label'
        UNION ALL SELECT 'column themes.colors_secondary_button_border', 'table themes has no column colors_secondary_button_border'
        UNION ALL SELECT 'column themes.colors_secondary_button_label', 'table themes has no column colors_secondary_button_label'
        UNION ALL SELECT 'column themes.colors_success', 'table themes has no column colors_success'
        UNION ALL SELECT 'column themes.colors_widget_background', 'table themes has no column colors_widget_background'
        UNION ALL SELECT 'column themes.colors_widget_border', 'table themes has no column colors_widget_border'
        UNION ALL SELECT 'column themes.created_at', 'table themes has no column created_at'
        UNION ALL SELECT 'column themes.displayName', 'table themes has no column displayName'
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'table themes has no column fonts_body_text_bold'
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'table themes has no column fonts_body_text_size'
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'table themes has no column fonts_buttons_text_bold'
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'table themes has no column fonts_buttons_text_size'
        UNION ALL SELECT 'column themes.fonts_font_url', 'table themes has no column fonts_font_url'
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'table themes has no column fonts_input_labels_bold'
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'table themes has no column fonts_input_labels_size'
        UNION ALL SELECT 'column themes.fonts_links_bold', 'table themes has no column fonts_links_bold'
        UNION ALL SELECT 'column themes.fonts_links_size', 'table themes has no column fonts_links_size'
        UNION ALL SELECT 'column themes.fonts_links_style', 'table themes has no column fonts_links_style'
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'table themes has no column fonts_reference_text_size'
        UNION ALL SELECT 'column themes.fonts_subtitle_bold', 'table themes has no column fonts_subtitle_bold'
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'table themes has no column fonts_subtitle_size'
        UNION ALL SELECT 'column themes.fonts_title_bold', 'table themes has no column fonts_title_bold'
        UNION ALL SELECT 'column themes.fonts_title_size', 'table themes has no column fonts_title_size'
        UNION ALL SELECT 'column themes.page_background_background_color', 'table themes has no column page_background_background_color'
        UNION ALL SELECT 'column themes.page_background_background_image_url', 'table themes has no column page_background_background_image_url'
        UNION ALL SELECT 'column themes.page_background_page_layout', 'table themes has no column page_background_page_layout'
        UNION ALL SELECT 'column themes.tenant_id', 'table themes has no column tenant_id'
        UNION ALL SELECT 'column themes.themeId', 'table themes has no column themeId'
        UNION ALL SELECT 'column themes.updated_at', 'table themes has no column updated_at'
        UNION ALL SELECT 'column themes.widget_header_text_alignment', 'table themes has no column widget_header_text_alignment'
        UNION ALL SELECT 'column themes.widget_logo_height', 'table themes has no column widget_logo_height'
        UNION ALL SELECT 'column themes.widget_logo_position', 'table themes has no column widget_logo_position'
        UNION ALL SELECT 'column themes.widget_logo_url', 'table themes has no column widget_logo_url'
        UNION ALL SELECT 'column themes.widget_social_buttons_layout', 'table themes has no column widget_social_buttons_layout'
        UNION ALL SELECT 'column universal_login_templates.body', 'table universal_login_templates has no column body'
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'table universal_login_templates has no column created_at_ts'
        UNION ALL SELECT 'column universal_login_templates.tenant_id', 'table universal_login_templates has no column tenant_id'
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'table universal_login_templates has no column updated_at_ts'
        UNION ALL SELECT 'column user_activity.failed_logins', 'table user_activity has no column failed_logins'
        UNION ALL SELECT 'column user_activity.last_ip', 'table user_activity has no column last_ip'
        UNION ALL SELECT 'column user_activity.last_login', 'table user_activity has no column last_login'
        UNION ALL SELECT 'column user_activity.last_password_reset', 'table user_activity has no column last_password_reset'
        UNION ALL SELECT 'column user_activity.login_count', 'table user_activity has no column login_count'
        UNION ALL SELECT 'column user_activity.tenant_id', 'table user_activity has no column tenant_id'
        UNION ALL SELECT 'column user_activity.user_id', 'table user_activity has no column user_id'
        UNION ALL SELECT 'column user_organizations.created_at', 'table user_organizations has no column created_at'
        UNION ALL SELECT 'column user_organizations.id', 'table user_organizations has no column id'
        UNION ALL SELECT 'column user_organizations.organization_id', 'table user_organizations has no column organization_id'
        UNION ALL SELECT 'column user_organizations.tenant_id', 'table user_organizations has no column tenant_id'
        UNION ALL SELECT 'column user_organizations.updated_at', 'table user_organizations has no column updated_at'
        UNION ALL SELECT 'column user_organizations.user_id', 'table user_organizations has no column user_id'
        UNION ALL SELECT 'column user_permissions.created_at', 'table user_permissions has no column created_at'
        UNION ALL SELECT 'column user_permissions.organization_id', 'table user_permissions has no column organization_id'
        UNION ALL SELECT 'column user_permissions.permission_name', 'table user_permissions has no column permission_name'
        UNION ALL SELECT 'column user_permissions.resource_server_identifier', 'table user_permissions has no column resource_server_identifier'
        UNION ALL SELECT 'column user_permissions.tenant_id', 'table user_permissions has no column tenant_id'
        UNION ALL SELECT 'column user_permissions.user_id', 'table user_permissions has no column user_id'
        UNION ALL SELECT 'column user_roles.created_at', 'table user_roles has no column created_at'
        UNION ALL SELECT 'column user_roles.organization_id', 'table user_roles has no column organization_id'
        UNION ALL SELECT 'column user_roles.role_id', 'table user_roles has no column role_id'
        UNION ALL SELECT 'column user_roles.tenant_id', 'table user_roles has no column tenant_id'
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles has no column user_id'
        UNION ALL SELECT 'column users.address', 'table users has no column address'
        UNION ALL SELECT 'column users.app_metadata', 'table users has no column app_metadata'
        UNION ALL SELECT 'column users.birthdate', 'table users has no column birthdate'
        UNION ALL SELECT 'column users.connection', 'table users has no column connection'
        UNION ALL SELECT 'column users.created_at', 'table users has no column created_at'
        UNION ALL SELECT 'column users.email', 'table users has no column email'
        UNION ALL SELECT 'column users.email_verified', 'table users has no column email_verified'
        UNION ALL SELECT 'column users.family_name', 'table users has no column family_name'
        UNION ALL SELECT 'column users.gender', 'table users has no column gender'
        UNION ALL SELECT 'column users.given_name', 'table users has no column given_name'
        UNION ALL SELECT 'column users.is_social', 'table users has no column is_social'
        UNION ALL SELECT 'column users.linked_to', 'table users has no column linked_to'
        UNION ALL SELECT 'column users.locale', 'table users has no column locale'
        UNION ALL SELECT 'column users.middle_name', 'table users has no column middle_name'
        UNION ALL SELECT 'column users.name', 'table users has no column name'
        UNION ALL SELECT 'column users.nickname', 'table users has no column nickname'
        UNION ALL SELECT 'column users.phone_number', 'table users has no column phone_number'
        UNION ALL SELECT 'column users.phone_verified', 'table users has no column phone_verified'
        UNION ALL SELECT 'column users.picture', 'table users has no column picture'
        UNION ALL SELECT 'column users.preferred_username', 'table users has no column preferred_username'
        UNION ALL SELECT 'column users.profile', 'table users has no column profile'
        UNION ALL SELECT 'column users.profileData', 'table users has no column profileData'
        UNION ALL SELECT 'column users.provider', 'table users has no column provider'
        UNION ALL SELECT 'column users.registration_completed_at', 'table users has no column registration_completed_at'
        UNION ALL SELECT 'column users.tenant_id', 'table users has no column tenant_id'
        UNION ALL SELECT 'column users.updated_at', 'table users has no column updated_at'
        UNION ALL SELECT 'column users.user_id', 'table users has no column user_id'
        UNION ALL SELECT 'column users.user_metadata', 'table users has no column user_metadata'
        UNION ALL SELECT 'column users.username', 'table users has no column username'
        UNION ALL SELECT 'column users.website', 'table users has no column website'
        UNION ALL SELECT 'column users.zoneinfo', 'table users has no column zoneinfo'
        UNION ALL SELECT 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'table authentication_methods has no foreign key authentication_methods_ibfk_1'
        UNION ALL SELECT 'foreign_key branding.branding_ibfk_1', 'table branding has no foreign key branding_ibfk_1'
        UNION ALL SELECT 'foreign_key client_grants.client_grants_ibfk_1', 'table client_grants has no foreign key client_grants_ibfk_1'
        UNION ALL SELECT 'foreign_key client_grants.fk_client_grants_clients', 'table client_grants has no foreign key fk_client_grants_clients'
        UNION ALL SELECT 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'table client_registration_tokens has no foreign key client_registration_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key clients.clients_ibfk_1', 'table clients has no foreign key clients_ibfk_1'
        UNION ALL SELECT 'foreign_key codes.codes_ibfk_1', 'table codes has no foreign key codes_ibfk_1'
        UNION ALL SELECT 'foreign_key codes.codes_user_id_tenant_id_constraint', 'table codes has no foreign key codes_user_id_tenant_id_constraint'
        UNION ALL SELECT 'foreign_key connections.connections_ibfk_1', 'table connections has no foreign key connections_ibfk_1'
        UNION ALL SELECT 'foreign_key custom_domains.custom_domains_ibfk_1', 'table custom_domains has no foreign key custom_domains_ibfk_1'
        UNION ALL SELECT 'foreign_key custom_text.custom_text_ibfk_1', 'table custom_text has no foreign key custom_text_ibfk_1'
        UNION ALL SELECT 'foreign_key email_templates.email_templates_tenant_fk', 'table email_templates has no foreign key email_templates_tenant_fk'
        UNION ALL SELECT 'foreign_key grants.grants_ibfk_1', 'table grants has no foreign key grants_ibfk_1'
        UNION ALL SELECT 'foreign_key grants.grants_user_id_constraint', 'table grants has no foreign key grants_user_id_constraint'
        UNION ALL SELECT 'foreign_key hooks.hooks_ibfk_1', 'table hooks has no foreign key hooks_ibfk_1'
        UNION ALL SELECT 'foreign_key keys.keys_ibfk_1', 'table keys has no foreign key keys_ibfk_1'
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_session_fk', 'table login_sessions has no foreign key login_sessions_session_fk'
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_tenant_fk', 'table login_sessions has no foreign key login_sessions_tenant_fk'
        UNION ALL SELECT 'foreign_key migrations.migrations_ibfk_1', 'table migrations has no foreign key migrations_ibfk_1'
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_connection_fk', 'table organization_connections has no foreign key organization_connections_connection_fk'
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_organization_fk', 'table organization_connections has no foreign key organization_connections_organization_fk'
        UNION ALL SELECT 'foreign_key passwords.password_history_user_id_tenant_id_constraint', 'table passwords has no foreign key password_history_user_id_tenant_id_constraint'
        UNION ALL SELECT 'foreign_key passwords.passwords_ibfk_1', 'table passwords has no foreign key passwords_ibfk_1'
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_client_fk', 'table refresh_tokens has no foreign key refresh_tokens_client_fk'
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_tenant_fk', 'table refresh_tokens has no foreign key refresh_tokens_tenant_fk'
        UNION ALL SELECT 'foreign_key sessions.sessions_user_fk', 'table sessions has no foreign key sessions_user_fk'
        UNION ALL SELECT 'foreign_key tenant_operation_events.tenant_operation_events_operation_id_constraint', 'table tenant_operation_events has no foreign key tenant_operation_events_operation_id_constraint'
        UNION ALL SELECT 'foreign_key themes.themes_ibfk_1', 'table themes has no foreign key themes_ibfk_1'
        UNION ALL SELECT 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'table universal_login_templates has no foreign key universal_login_templates_ibfk_1'
        UNION ALL SELECT 'foreign_key user_activity.user_activity_user_id_constraint', 'table user_activity has no foreign key user_activity_user_id_constraint'
        UNION ALL SELECT 'foreign_key users.linked_to_constraint', 'table users has no foreign key linked_to_constraint'
        UNION ALL SELECT 'foreign_key users.users_ibfk_1', 'table users has no foreign key users_ibfk_1'
        UNION ALL SELECT 'index action_executions.PRIMARY', 'table action_executions has no index PRIMARY'
        UNION ALL SELECT 'index action_executions.idx_action_executions_tenant', 'table action_executions has no index idx_action_executions_tenant'
        UNION ALL SELECT 'index action_versions.PRIMARY', 'table action_versions has no index PRIMARY'
        UNION ALL SELECT 'index action_versions.idx_action_versions_action', 'table action_versions has no index idx_action_versions_action'
        UNION ALL SELECT 'index action_versions.uniq_action_versions_action_number', 'table action_versions has no index uniq_action_versions_action_number'
        UNION ALL SELECT 'index actions.PRIMARY', 'table actions has no index PRIMARY'
        UNION ALL SELECT 'index actions.idx_actions_tenant', 'table actions has no index idx_actions_tenant'
        UNION ALL SELECT 'index authentication_methods.PRIMARY', 'table authentication_methods has no index PRIMARY'
        UNION ALL SELECT 'index authentication_methods.authentication_methods_credential_id_idx', 'table authentication_methods has no index authentication_methods_credential_id_idx'
        UNION ALL SELECT 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'table authentication_methods has no index mfa_enrollments_tenant_user_idx'
        UNION ALL SELECT 'index branding.PRIMARY', 'table branding has no index PRIMARY'
        UNION ALL SELECT 'index client_grants.PRIMARY', 'table client_grants has no index PRIMARY'
        UNION ALL SELECT 'index client_grants.idx_client_grants_audience', 'table client_grants has no index idx_client_grants_audience'
        UNION ALL SELECT 'index client_grants.uq_client_grants_tenant_client_audience', 'table client_grants has no index uq_client_grants_tenant_client_audience'
        UNION ALL SELECT 'index client_registration_tokens.PRIMARY', 'table client_registration_tokens has no index PRIMARY'
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_client', 'table client_registration_tokens has no index idx_client_registration_tokens_client'
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_hash', 'table client_registration_tokens has no index idx_client_registration_tokens_hash'
        UNION ALL SELECT 'index clients.PRIMARY', 'table clients has no index PRIMARY'
        UNION ALL SELECT 'index clients.idx_clients_owner_user_id', 'table clients has no index idx_clients_owner_user_id'
        UNION ALL SELECT 'index codes.PRIMARY', 'table codes has no index PRIMARY'
        UNION ALL SELECT 'index codes.codes_user_id_tenant_id_constraint', 'table codes has no index codes_user_id_tenant_id_constraint'
        UNION ALL SELECT 'index codes.idx_codes_expires_at_ts', 'table codes has no index idx_codes_expires_at_ts'
        UNION ALL SELECT 'index codes.tenant_id', 'table codes has no index tenant_id'
        UNION ALL SELECT 'index connections.PRIMARY', 'table connections has no index PRIMARY'
        UNION ALL SELECT 'index control_plane_comm_keys.PRIMARY', 'table control_plane_comm_keys has no index PRIMARY'
        UNION ALL SELECT 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'table control_plane_comm_keys has no index control_plane_comm_keys_tenant_id_created_at_idx'
        UNION ALL SELECT 'index custom_domains.PRIMARY', 'table custom_domains has no index PRIMARY'
        UNION ALL SELECT 'index custom_domains.tenant_id', 'table custom_domains has no index tenant_id'
        UNION ALL SELECT 'index custom_text.PRIMARY', 'table custom_text has no index PRIMARY'
        UNION ALL SELECT 'index email_providers.PRIMARY', 'table email_providers has no index PRIMARY'
        UNION ALL SELECT 'index email_templates.PRIMARY', 'table email_templates has no index PRIMARY'
        UNION ALL SELECT 'index flows.PRIMARY', 'table flows has no index PRIMARY'
        UNION ALL SELECT 'index flows.flows_tenant_id_idx', 'table flows has no index flows_tenant_id_idx'
        UNION ALL SELECT 'index forms.PRIMARY', 'table forms has no index PRIMARY'
        UNION ALL SELECT 'index forms.forms_tenant_id_idx', 'table forms has no index forms_tenant_id_idx'
        UNION ALL SELECT 'index grants.PRIMARY', 'table grants has no index PRIMARY'
        UNION ALL SELECT 'index grants.grants_natural_key_idx', 'table grants has no index grants_natural_key_idx'
        UNION ALL SELECT 'index grants.grants_tenant_user_idx', 'table grants has no index grants_tenant_user_idx'
        UNION ALL SELECT 'index grants.grants_user_id_constraint', 'table grants has no index grants_user_id_constraint'
        UNION ALL SELECT 'index hook_code.PRIMARY', 'table hook_code has no index PRIMARY'
        UNION ALL SELECT 'index hook_code.idx_hook_code_tenant', 'table hook_code has no index idx_hook_code_tenant'
        UNION ALL SELECT 'index hooks.PRIMARY', 'table hooks has no index PRIMARY'
        UNION ALL SELECT 'index hooks.tenant_id', 'table hooks has no index tenant_id'
        UNION ALL SELECT 'index invites.PRIMARY', 'table invites has no index PRIMARY'
        UNION ALL SELECT 'index invites.idx_invites_expires_at', 'table invites has no index idx_invites_expires_at'
        UNION ALL SELECT 'index invites.idx_invites_organization_id', 'table invites has no index idx_invites_organization_id'
        UNION ALL SELECT 'index invites.idx_invites_tenant_created', 'table invites has no index idx_invites_tenant_created'
        UNION ALL SELECT 'index keys.PRIMARY', 'table keys has no index PRIMARY'
        UNION ALL SELECT 'index keys.tenant_id', 'table keys has no index tenant_id'
        UNION ALL SELECT 'index kysely_migration.PRIMARY', 'table kysely_migration has no index PRIMARY'
        UNION ALL SELECT 'index kysely_migration_lock.PRIMARY', 'table kysely_migration_lock has no index PRIMARY'
        UNION ALL SELECT 'index log_streams.PRIMARY', 'table log_streams has no index PRIMARY'
        UNION ALL SELECT 'index log_streams.idx_log_streams_tenant_id', 'table log_streams has no index idx_log_streams_tenant_id'
        UNION ALL SELECT 'index login_sessions.PRIMARY', 'table login_sessions has no index PRIMARY'
        UNION ALL SELECT 'index login_sessions.idx_login_sessions_expires_at_ts', 'table login_sessions has no index idx_login_sessions_expires_at_ts'
        UNION ALL SELECT 'index login_sessions.login_sessions_id_index', 'table login_sessions has no index login_sessions_id_index'
        UNION ALL SELECT 'index login_sessions.login_sessions_session_fk', 'table login_sessions has no index login_sessions_session_fk'
        UNION ALL SELECT 'index login_sessions.login_sessions_state_idx', 'table login_sessions has no index login_sessions_state_idx'
        UNION ALL SELECT 'index login_sessions.login_sessions_state_updated_idx', 'table login_sessions has no index login_sessions_state_updated_idx'
        UNION ALL SELECT 'index login_sessions.login_sessions_tenant_user_idx', 'table login_sessions has no index login_sessions_tenant_user_idx'
        UNION ALL SELECT 'index logs.PRIMARY', 'table logs has no index PRIMARY'
        UNION ALL SELECT 'index migration_sources.PRIMARY', 'table migration_sources has no index PRIMARY'
        UNION ALL SELECT 'index migration_sources.idx_migration_sources_tenant_id', 'table migration_sources has no index idx_migration_sources_tenant_id'
        UNION ALL SELECT 'index migrations.PRIMARY', 'table migrations has no index PRIMARY'
        UNION ALL SELECT 'index migrations.tenant_id', 'table migrations has no index tenant_id'
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_connection', 'table organization_connections has no index idx_organization_connections_tenant_connection'
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_org', 'table organization_connections has no index idx_organization_connections_tenant_org'
        UNION ALL SELECT 'index organization_connections.organization_connections_organization_fk', 'table organization_connections has no index organization_connections_organization_fk'
        UNION ALL SELECT 'index organization_connections.organization_connections_unique', 'table organization_connections has no index organization_connections_unique'
        UNION ALL SELECT 'index organizations.PRIMARY', 'table organizations has no index PRIMARY'
        UNION ALL SELECT 'index organizations.idx_organizations_tenant_name_unique', 'table organizations has no index idx_organizations_tenant_name_unique'
        UNION ALL SELECT 'index outbox_events.PRIMARY', 'table outbox_events has no index PRIMARY'
        UNION ALL SELECT 'index outbox_events.idx_outbox_claim', 'table outbox_events has no index idx_outbox_claim'
        UNION ALL SELECT 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'table outbox_events has no index idx_outbox_events_tenant_dead_lettered'
        UNION ALL SELECT 'index outbox_events.idx_outbox_tenant_type', 'table outbox_events has no index idx_outbox_tenant_type'
        UNION ALL SELECT 'index outbox_events.idx_outbox_unprocessed', 'table outbox_events has no index idx_outbox_unprocessed'
        UNION ALL SELECT 'index passwords.PRIMARY', 'table passwords has no index PRIMARY'
        UNION ALL SELECT 'index passwords.password_history_user_id_tenant_id_constraint', 'table passwords has no index password_history_user_id_tenant_id_constraint'
        UNION ALL SELECT 'index passwords.tenant_id', 'table passwords has no index tenant_id'
        UNION ALL SELECT 'index prompt_settings.PRIMARY', 'table prompt_settings has no index PRIMARY'
        UNION ALL SELECT 'index proxy_routes.PRIMARY', 'table proxy_routes has no index PRIMARY'
        UNION ALL SELECT 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'table proxy_routes has no index proxy_routes_custom_domain_id_idx'
        UNION ALL SELECT 'index proxy_routes.proxy_routes_tenant_id_idx', 'table proxy_routes has no index proxy_routes_tenant_id_idx'
        UNION ALL SELECT 'index refresh_tokens.PRIMARY', 'table refresh_tokens has no index PRIMARY'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_expires_at_ts'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_family_id', 'table refresh_tokens has no index idx_refresh_tokens_family_id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_idle_expires_at_ts'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_login_id', 'table refresh_tokens has no index idx_refresh_tokens_login_id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'table refresh_tokens has no index idx_refresh_tokens_token_lookup'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_user_id', 'table refresh_tokens has no index idx_refresh_tokens_user_id'
        UNION ALL SELECT 'index refresh_tokens.refresh_tokens_client_fk', 'table refresh_tokens has no index refresh_tokens_client_fk'
        UNION ALL SELECT 'index resource_servers.PRIMARY', 'table resource_servers has no index PRIMARY'
        UNION ALL SELECT 'index resource_servers.resource_servers_tenant_identifier_uq', 'table resource_servers has no index resource_servers_tenant_identifier_uq'
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_fk', 'table role_permissions has no index role_permissions_permission_fk'
        UNION ALL SELECT 'index roles.PRIMARY', 'table roles has no index PRIMARY'
        UNION ALL SELECT 'index roles.roles_tenant_name_uq', 'table roles has no index roles_tenant_name_uq'
        UNION ALL SELECT 'index rollouts.PRIMARY', 'table rollouts has no index PRIMARY'
        UNION ALL SELECT 'index sessions.PRIMARY', 'table sessions has no index PRIMARY'
        UNION ALL SELECT 'index sessions.idx_sessions_expires_at_ts', 'table sessions has no index idx_sessions_expires_at_ts'
        UNION ALL SELECT 'index sessions.idx_sessions_idle_expires_at_ts', 'table sessions has no index idx_sessions_idle_expires_at_ts'
        UNION ALL SELECT 'index sessions.idx_sessions_user_id', 'table sessions has no index idx_sessions_user_id'
        UNION ALL SELECT 'index sessions.sessions_user_fk', 'table sessions has no index sessions_user_fk'
        UNION ALL SELECT 'index tenant_operation_events.PRIMARY', 'table tenant_operation_events has no index PRIMARY'
        UNION ALL SELECT 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'table tenant_operation_events has no index tenant_operation_events_operation_id_created_at_idx'
        UNION ALL SELECT 'index tenant_operations.PRIMARY', 'table tenant_operations has no index PRIMARY'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_rollout_id_idx', 'table tenant_operations has no index tenant_operations_rollout_id_idx'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_status_idx', 'table tenant_operations has no index tenant_operations_status_idx'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'table tenant_operations has no index tenant_operations_tenant_id_created_at_idx'
        UNION ALL SELECT 'index tenants.PRIMARY', 'table tenants has no index PRIMARY'
        UNION ALL SELECT 'index themes.PRIMARY', 'table themes has no index PRIMARY'
        UNION ALL SELECT 'index universal_login_templates.PRIMARY', 'table universal_login_templates has no index PRIMARY'
        UNION ALL SELECT 'index user_activity.PRIMARY', 'table user_activity has no index PRIMARY'
        UNION ALL SELECT 'index user_activity.user_activity_user_id_constraint', 'table user_activity has no index user_activity_user_id_constraint'
        UNION ALL SELECT 'index user_organizations.PRIMARY', 'table user_organizations has no index PRIMARY'
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_organization_id', 'table user_organizations has no index idx_user_organizations_organization_id'
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_user_id', 'table user_organizations has no index idx_user_organizations_user_id'
        UNION ALL SELECT 'index user_organizations.user_organizations_unique', 'table user_organizations has no index user_organizations_unique'
        UNION ALL SELECT 'index user_permissions.PRIMARY', 'table user_permissions has no index PRIMARY'
        UNION ALL SELECT 'index user_permissions.user_permissions_organization_fk', 'table user_permissions has no index user_permissions_organization_fk'
        UNION ALL SELECT 'index user_permissions.user_permissions_permission_fk', 'table user_permissions has no index user_permissions_permission_fk'
        UNION ALL SELECT 'index user_permissions.user_permissions_user_fk', 'table user_permissions has no index user_permissions_user_fk'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY'
        UNION ALL SELECT 'index user_roles.user_roles_organization_fk', 'table user_roles has no index user_roles_organization_fk'
        UNION ALL SELECT 'index user_roles.user_roles_role_fk', 'table user_roles has no index user_roles_role_fk'
        UNION ALL SELECT 'index user_roles.user_roles_user_fk', 'table user_roles has no index user_roles_user_fk'
        UNION ALL SELECT 'index users.PRIMARY', 'table users has no index PRIMARY'
        UNION ALL SELECT 'index users.linked_to_constraint', 'table users has no index linked_to_constraint'
        UNION ALL SELECT 'index users.unique_email_provider', 'table users has no index unique_email_provider'
        UNION ALL SELECT 'index users.unique_phone_provider', 'table users has no index unique_phone_provider'
        UNION ALL SELECT 'index users.unique_username_provider', 'table users has no index unique_username_provider'
        UNION ALL SELECT 'index users.users_email_index', 'table users has no index users_email_index'
        UNION ALL SELECT 'index users.users_linked_to_index', 'table users has no index users_linked_to_index'
        UNION ALL SELECT 'index users.users_name_index', 'table users has no index users_name_index'
        UNION ALL SELECT 'index users.users_phone_tenant_provider_index', 'table users has no index users_phone_tenant_provider_index'
        UNION ALL SELECT 'table action_executions', 'table action_executions is missing'
        UNION ALL SELECT 'table action_versions', 'table action_versions is missing'
        UNION ALL SELECT 'table actions', 'table actions is missing'
        UNION ALL SELECT 'table authentication_methods', 'table authentication_methods is missing'
        UNION ALL SELECT 'table branding', 'table branding is missing'
        UNION ALL SELECT 'table client_grants', 'table client_grants is missing'
        UNION ALL SELECT 'table client_registration_tokens', 'table client_registration_tokens is missing'
        UNION ALL SELECT 'table clients', 'table clients is missing'
        UNION ALL SELECT 'table codes', 'table codes is missing'
        UNION ALL SELECT 'table connections', 'table connections is missing'
        UNION ALL SELECT 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing'
        UNION ALL SELECT 'table custom_domains', 'table custom_domains is missing'
        UNION ALL SELECT 'table custom_text', 'table custom_text is missing'
        UNION ALL SELECT 'table email_providers', 'table email_providers is missing'
        UNION ALL SELECT 'table email_templates', 'table email_templates is missing'
        UNION ALL SELECT 'table flows', 'table flows is missing'
        UNION ALL SELECT 'table forms', 'table forms is missing'
        UNION ALL SELECT 'table grants', 'table grants is missing'
        UNION ALL SELECT 'table hook_code', 'table hook_code is missing'
        UNION ALL SELECT 'table hooks', 'table hooks is missing'
        UNION ALL SELECT 'table invites', 'table invites is missing'
        UNION ALL SELECT 'table keys', 'table keys is missing'
        UNION ALL SELECT 'table kysely_migration', 'table kysely_migration is missing'
        UNION ALL SELECT 'table kysely_migration_lock', 'table kysely_migration_lock is missing'
        UNION ALL SELECT 'table log_streams', 'table log_streams is missing'
        UNION ALL SELECT 'table login_sessions', 'table login_sessions is missing'
        UNION ALL SELECT 'table logs', 'table logs is missing'
        UNION ALL SELECT 'table migration_sources', 'table migration_sources is missing'
        UNION ALL SELECT 'table migrations', 'table migrations is missing'
        UNION ALL SELECT 'table organization_connections', 'table organization_connections is missing'
        UNION ALL SELECT 'table organizations', 'table organizations is missing'
        UNION ALL SELECT 'table outbox_events', 'table outbox_events is missing'
        UNION ALL SELECT 'table passwords', 'table passwords is missing'
        UNION ALL SELECT 'table prompt_settings', 'table prompt_settings is missing'
        UNION ALL SELECT 'table proxy_routes', 'table proxy_routes is missing'
        UNION ALL SELECT 'table refresh_tokens', 'table refresh_tokens is missing'
        UNION ALL SELECT 'table resource_servers', 'table resource_servers is missing'
        UNION ALL SELECT 'table role_permissions', 'table role_permissions is missing'
        UNION ALL SELECT 'table roles', 'table roles is missing'
        UNION ALL SELECT 'table rollouts', 'table rollouts is missing'
        UNION ALL SELECT 'table sessions', 'table sessions is missing'
        UNION ALL SELECT 'table tenant_operation_events', 'table tenant_operation_events is missing'
        UNION ALL SELECT 'table tenant_operations', 'table tenant_operations is missing'
        UNION ALL SELECT 'table tenants', 'table tenants is missing'
        UNION ALL SELECT 'table themes', 'table themes is missing'
        UNION ALL SELECT 'table universal_login_templates', 'table universal_login_templates is missing'
        UNION ALL SELECT 'table user_activity', 'table user_activity is missing'
        UNION ALL SELECT 'table user_organizations', 'table user_organizations is missing'
        UNION ALL SELECT 'table user_permissions', 'table user_permissions is missing'
        UNION ALL SELECT 'table user_roles', 'table user_roles is missing'
        UNION ALL SELECT 'table users', 'table users is missing') r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) p
  ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at authhero 11.20 at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect authhero names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SET @plan_sql = IF(
  @plan_problem IS NULL,
  'DO 0',
  'SELECT 1 FROM `plan stopped: not at the target at the end; see the row above`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET SESSION lock_wait_timeout = @plan_saved_lock_wait_timeout, SESSION innodb_lock_wait_timeout = @plan_saved_innodb_lock_wait_timeout;
SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len, SESSION time_zone = @plan_saved_time_zone;

-- printed only when the database is now at the target state
SELECT 'plan: authhero 0 → 11.20 applied' AS plan FROM DUAL WHERE @plan_problem IS NULL;
