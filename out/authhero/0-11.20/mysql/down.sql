-- plan 0.1.0 · authhero 11.20 → 0 · mysql · rollback
-- what:     this script rolls an authhero database back from 11.20 to 0 on MySQL 8 / MariaDB (generated from the plans listed below)
-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF AUTHHERO AND ALL THE DATA IN THEM.
-- stop:     first, before the backup: every AuthHero process that writes to this database (its migrator must not run before this script)
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=authhero-11.20-before.sql.partial DATABASE && mv authhero-11.20-before.sql.partial authhero-11.20-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql -e 'CREATE DATABASE NEW_DATABASE' && mysql NEW_DATABASE < authhero-11.20-before.sql; not over this one, which fails on what the script added)
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- reverse:  npx plan compile authhero 0 11.20 --dialect mysql -o up.sql
-- this rollback drops: 51 tables actions, action_executions, action_versions, tenants, authentication_methods, branding, clients, client_grants, client_registration_tokens, users, codes, connections, control_plane_comm_keys, custom_domains, custom_text, email_providers, email_templates, flows, forms, grants, hooks, hook_code, invites, keys, kysely_migration, kysely_migration_lock, sessions, login_sessions, logs, log_streams, migrations, migration_sources, organizations, organization_connections, outbox_events, passwords, prompt_settings, proxy_routes, refresh_tokens, resource_servers, roles, role_permissions, rollouts, tenant_operations, tenant_operation_events, themes, universal_login_templates, user_activity, user_organizations, user_permissions, user_roles, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/authhero/product.yaml plans/authhero/0-11.20.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/authhero/product.yaml 3230b2d67f9773df002f045b96fc84632f1db3aa0e081f0b8f87471a83991ef4
--   plans/authhero/0-11.20.yaml a7cedd4d529a5a585530d6bb8b11a9e1520be048f18391e83a01bdf7bc33d0c6
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- locks:    each DDL statement commits implicitly and first waits for an exclusive metadata lock on its table (and on tables a foreign key ties it to) until every transaction that used the table ends; queries on the table queue behind it, for up to lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB). 164 DDL statements on existing tables here.
--   no statement copies a table (no ALGORITHM=COPY): reads and writes go on during each, apart from the metadata lock at its start and end
-- MANUAL STEPS (1), not done by this script:
--   1. [11.20 → 0] Only if this script stops at its check for foreign keys of tables outside authhero onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 11.20, at 0, or between them on this script's path (a resumed run)
SET @plan_ok = FALSE;
SET @plan_busy = (SELECT CONCAT('connection ', ID, ' for ', TIME, ' s: ', LEFT(REPLACE(REPLACE(INFO, CHAR(10), ' '), CHAR(13), ' '), 100))
  FROM information_schema.PROCESSLIST
  WHERE ID <> CONNECTION_ID() AND COMMAND <> 'Sleep'
    AND (INFO REGEXP '^[[:space:]]*(/[*].*[*]/[[:space:]]*)*(SET[[:space:]]+STATEMENT[[:space:]].*[[:space:]]FOR[[:space:]]+)?(ALTER|CREATE|DROP|RENAME|TRUNCATE)[[:space:]]' AND NOT INFO REGEXP '^[[:space:]]*(/[*].*[*]/[[:space:]]*)*(SET[[:space:]]+STATEMENT[[:space:]].*[[:space:]]FOR[[:space:]]+)?(CREATE[[:space:]]+(OR[[:space:]]+REPLACE[[:space:]]+)?|DROP[[:space:]]+)TEMPORARY[[:space:]]')
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
SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(SUBSTRING_INDEX(GROUP_CONCAT(IF(p.c & 1 <> 0, p.m, NULL) ORDER BY p.o, p.m SEPARATOR '\0'), '\0', 1) USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), COUNT(IF(p.c & 2 <> 0, 1, NULL)) FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('', 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'foreign_key branding.branding_ibfk_1', 'foreign_key client_grants.client_grants_ibfk_1', 'foreign_key client_grants.fk_client_grants_clients', 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'foreign_key clients.clients_ibfk_1', 'foreign_key codes.codes_ibfk_1', 'foreign_key codes.codes_user_id_tenant_id_constraint', 'foreign_key connections.connections_ibfk_1', 'foreign_key custom_domains.custom_domains_ibfk_1', 'foreign_key custom_text.custom_text_ibfk_1', 'foreign_key email_templates.email_templates_tenant_fk', 'foreign_key grants.grants_ibfk_1', 'foreign_key grants.grants_user_id_constraint', 'foreign_key hooks.hooks_ibfk_1', 'foreign_key keys.keys_ibfk_1', 'foreign_key login_sessions.login_sessions_session_fk', 'foreign_key login_sessions.login_sessions_tenant_fk', 'foreign_key migrations.migrations_ibfk_1', 'foreign_key organization_connections.organization_connections_connection_fk', 'foreign_key organization_connections.organization_connections_organization_fk', 'foreign_key passwords.password_history_user_id_tenant_id_constraint', 'foreign_key passwords.passwords_ibfk_1', 'foreign_key refresh_tokens.refresh_tokens_client_fk', 'foreign_key refresh_tokens.refresh_tokens_tenant_fk', 'foreign_key sessions.sessions_user_fk', 'foreign_key tenant_operation_events.tenant_operation_events_operation_id_constraint', 'foreign_key themes.themes_ibfk_1', 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'foreign_key user_activity.user_activity_user_id_constraint', 'foreign_key users.linked_to_constraint', 'foreign_key users.users_ibfk_1', 'index action_executions.PRIMARY', 'index action_executions.idx_action_executions_tenant', 'index action_versions.PRIMARY', 'index action_versions.idx_action_versions_action', 'index action_versions.uniq_action_versions_action_number', 'index actions.PRIMARY', 'index actions.idx_actions_tenant', 'index authentication_methods.PRIMARY', 'index authentication_methods.authentication_methods_credential_id_idx', 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'index branding.PRIMARY', 'index client_grants.PRIMARY', 'index client_grants.idx_client_grants_audience', 'index client_grants.uq_client_grants_tenant_client_audience', 'index client_registration_tokens.PRIMARY', 'index client_registration_tokens.idx_client_registration_tokens_client', 'index client_registration_tokens.idx_client_registration_tokens_hash', 'index clients.PRIMARY', 'index clients.idx_clients_owner_user_id', 'index codes.PRIMARY', 'index codes.codes_user_id_tenant_id_constraint', 'index codes.idx_codes_expires_at_ts', 'index codes.tenant_id', 'index connections.PRIMARY', 'index control_plane_comm_keys.PRIMARY', 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'index custom_domains.PRIMARY', 'index custom_domains.tenant_id', 'index custom_text.PRIMARY', 'index email_providers.PRIMARY', 'index email_templates.PRIMARY', 'index flows.PRIMARY', 'index flows.flows_tenant_id_idx', 'index forms.PRIMARY', 'index forms.forms_tenant_id_idx', 'index grants.PRIMARY', 'index grants.grants_natural_key_idx', 'index grants.grants_tenant_user_idx', 'index grants.grants_user_id_constraint', 'index hook_code.PRIMARY', 'index hook_code.idx_hook_code_tenant', 'index hooks.PRIMARY', 'index hooks.tenant_id', 'index invites.PRIMARY', 'index invites.idx_invites_expires_at', 'index invites.idx_invites_organization_id', 'index invites.idx_invites_tenant_created', 'index keys.PRIMARY', 'index keys.tenant_id', 'index kysely_migration.PRIMARY', 'index kysely_migration_lock.PRIMARY', 'index log_streams.PRIMARY', 'index log_streams.idx_log_streams_tenant_id', 'index login_sessions.PRIMARY', 'index login_sessions.idx_login_sessions_expires_at_ts', 'index login_sessions.login_sessions_id_index', 'index login_sessions.login_sessions_session_fk', 'index login_sessions.login_sessions_state_idx', 'index login_sessions.login_sessions_state_updated_idx', 'index login_sessions.login_sessions_tenant_user_idx', 'index logs.PRIMARY', 'index migration_sources.PRIMARY', 'index migration_sources.idx_migration_sources_tenant_id', 'index migrations.PRIMARY', 'index migrations.tenant_id', 'index organization_connections.idx_organization_connections_tenant_connection', 'index organization_connections.idx_organization_connections_tenant_org', 'index organization_connections.organization_connections_organization_fk', 'index organization_connections.organization_connections_unique', 'index organizations.PRIMARY', 'index organizations.idx_organizations_tenant_name_unique', 'index outbox_events.PRIMARY', 'index outbox_events.idx_outbox_claim', 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'index outbox_events.idx_outbox_tenant_type', 'index outbox_events.idx_outbox_unprocessed', 'index passwords.PRIMARY', 'index passwords.password_history_user_id_tenant_id_constraint', 'index passwords.tenant_id', 'index prompt_settings.PRIMARY', 'index proxy_routes.PRIMARY', 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'index proxy_routes.proxy_routes_tenant_id_idx', 'index refresh_tokens.PRIMARY', 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'index refresh_tokens.idx_refresh_tokens_family_id', 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'index refresh_tokens.idx_refresh_tokens_login_id', 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'index refresh_tokens.idx_refresh_tokens_user_id', 'index refresh_tokens.refresh_tokens_client_fk', 'index resource_servers.PRIMARY', 'index resource_servers.resource_servers_tenant_identifier_uq', 'index role_permissions.PRIMARY', 'index role_permissions.role_permissions_permission_fk', 'index roles.PRIMARY', 'index roles.roles_tenant_name_uq', 'index rollouts.PRIMARY', 'index sessions.PRIMARY', 'index sessions.idx_sessions_expires_at_ts', 'index sessions.idx_sessions_idle_expires_at_ts', 'index sessions.idx_sessions_user_id', 'index sessions.sessions_user_fk', 'index tenant_operation_events.PRIMARY', 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'index tenant_operations.PRIMARY', 'index tenant_operations.tenant_operations_rollout_id_idx', 'index tenant_operations.tenant_operations_status_idx', 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'index tenants.PRIMARY', 'index themes.PRIMARY', 'index universal_login_templates.PRIMARY', 'index user_activity.PRIMARY', 'index user_activity.user_activity_user_id_constraint', 'index user_organizations.PRIMARY', 'index user_organizations.idx_user_organizations_organization_id', 'index user_organizations.idx_user_organizations_user_id', 'index user_organizations.user_organizations_unique', 'index user_permissions.PRIMARY', 'index user_permissions.user_permissions_organization_fk', 'index user_permissions.user_permissions_permission_fk', 'index user_permissions.user_permissions_user_fk', 'index user_roles.PRIMARY', 'index user_roles.user_roles_organization_fk', 'index user_roles.user_roles_role_fk', 'index user_roles.user_roles_user_fk', 'index users.PRIMARY', 'index users.linked_to_constraint', 'index users.unique_email_provider', 'index users.unique_phone_provider', 'index users.unique_username_provider', 'index users.users_email_index', 'index users.users_linked_to_index', 'index users.users_name_index', 'index users.users_phone_tenant_provider_index') AND f.ok & 1 = 0, 1, 0) + IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 2 = 0, 2, 0) AS c
      FROM (SELECT f.*, COALESCE((SELECT BIT_OR(a.f) FROM (SELECT 'column action_executions.created_at_ts' AS k, 'bigint NOT NULL' AS def, 1 AS f
        UNION ALL SELECT 'column action_executions.created_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column action_executions.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column action_executions.logs', 'text', 1
        UNION ALL SELECT 'column action_executions.results', 'text NOT NULL', 1
        UNION ALL SELECT 'column action_executions.status', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column action_executions.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column action_executions.trigger_id', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column action_versions.action_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column action_versions.code', 'text NOT NULL', 1
        UNION ALL SELECT 'column action_versions.created_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column action_versions.created_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column action_versions.dependencies', 'text', 1
        UNION ALL SELECT 'column action_versions.deployed', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column action_versions.deployed', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column action_versions.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column action_versions.number', 'int NOT NULL', 1
        UNION ALL SELECT 'column action_versions.number', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column action_versions.runtime', 'varchar(50)', 1
        UNION ALL SELECT 'column action_versions.secrets', 'text', 1
        UNION ALL SELECT 'column action_versions.supported_triggers', 'text', 1
        UNION ALL SELECT 'column action_versions.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column actions.code', 'text NOT NULL', 1
        UNION ALL SELECT 'column actions.created_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column actions.created_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column actions.dependencies', 'text', 1
        UNION ALL SELECT 'column actions.deployed_at_ts', 'bigint', 1
        UNION ALL SELECT 'column actions.deployed_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column actions.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column actions.inherit', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column actions.inherit', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column actions.is_system', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column actions.is_system', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column actions.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column actions.runtime', 'varchar(50)', 1
        UNION ALL SELECT 'column actions.secrets', 'text', 1
        UNION ALL SELECT 'column actions.status', 'varchar(50) DEFAULT ''built''', 1
        UNION ALL SELECT 'column actions.status', 'varchar(50) DEFAULT built', 1
        UNION ALL SELECT 'column actions.supported_triggers', 'text', 1
        UNION ALL SELECT 'column actions.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column actions.updated_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column actions.updated_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column authentication_methods.confirmed', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column authentication_methods.confirmed', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'int', 1
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'int(11)', 1
        UNION ALL SELECT 'column authentication_methods.credential_id', 'varchar(512)', 1
        UNION ALL SELECT 'column authentication_methods.friendly_name', 'varchar(255)', 1
        UNION ALL SELECT 'column authentication_methods.id', 'varchar(26) NOT NULL', 1
        UNION ALL SELECT 'column authentication_methods.phone_number', 'varchar(32)', 1
        UNION ALL SELECT 'column authentication_methods.public_key', 'text', 1
        UNION ALL SELECT 'column authentication_methods.sign_count', 'int', 1
        UNION ALL SELECT 'column authentication_methods.sign_count', 'int(11)', 1
        UNION ALL SELECT 'column authentication_methods.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column authentication_methods.totp_secret', 'varchar(255)', 1
        UNION ALL SELECT 'column authentication_methods.transports', 'varchar(512)', 1
        UNION ALL SELECT 'column authentication_methods.type', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column authentication_methods.user_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'int', 1
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'int(11)', 1
        UNION ALL SELECT 'column branding.colors_page_background_end', 'varchar(8)', 1
        UNION ALL SELECT 'column branding.colors_page_background_start', 'varchar(8)', 1
        UNION ALL SELECT 'column branding.colors_page_background_type', 'varchar(32)', 1
        UNION ALL SELECT 'column branding.colors_primary', 'varchar(8)', 1
        UNION ALL SELECT 'column branding.dark_mode', 'varchar(8)', 1
        UNION ALL SELECT 'column branding.favicon_url', 'varchar(512)', 1
        UNION ALL SELECT 'column branding.font_url', 'varchar(512)', 1
        UNION ALL SELECT 'column branding.logo_url', 'varchar(512)', 1
        UNION ALL SELECT 'column branding.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'int DEFAULT 0', 1
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'int(11) DEFAULT 0', 1
        UNION ALL SELECT 'column client_grants.audience', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT ''[]''', 1
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT []', 1
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT _utf8mb4''[]''', 1
        UNION ALL SELECT 'column client_grants.authorization_details_types', _utf8mb4 X'746578742044454641554C54205F757466386D62345C275B5D5C27', 1
        UNION ALL SELECT 'column client_grants.client_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column client_grants.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column client_grants.id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column client_grants.is_system', 'int DEFAULT 0', 1
        UNION ALL SELECT 'column client_grants.is_system', 'int(11) DEFAULT 0', 1
        UNION ALL SELECT 'column client_grants.organization_usage', 'varchar(32)', 1
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT ''[]''', 1
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT []', 1
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT _utf8mb4''[]''', 1
        UNION ALL SELECT 'column client_grants.scope', _utf8mb4 X'746578742044454641554C54205F757466386D62345C275B5D5C27', 1
        UNION ALL SELECT 'column client_grants.subject_type', 'varchar(32)', 1
        UNION ALL SELECT 'column client_grants.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column client_grants.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column client_registration_tokens.client_id', 'varchar(191)', 1
        UNION ALL SELECT 'column client_registration_tokens.constraints', 'text', 1
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'bigint', 1
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column client_registration_tokens.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'bigint', 1
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column client_registration_tokens.sub', 'varchar(255)', 1
        UNION ALL SELECT 'column client_registration_tokens.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column client_registration_tokens.token_hash', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column client_registration_tokens.type', 'varchar(8) NOT NULL', 1
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'bigint', 1
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column clients.addons', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.allowed_clients', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.allowed_logout_urls', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.allowed_origins', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.app_type', 'varchar(64) DEFAULT ''regular_web''', 1
        UNION ALL SELECT 'column clients.app_type', 'varchar(64) DEFAULT regular_web', 1
        UNION ALL SELECT 'column clients.auth0_conformant', 'int DEFAULT 1', 1
        UNION ALL SELECT 'column clients.auth0_conformant', 'int(11) DEFAULT 1', 1
        UNION ALL SELECT 'column clients.callbacks', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.client_aliases', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.client_authentication_methods', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.client_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column clients.client_metadata', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.client_secret', 'varchar(255)', 1
        UNION ALL SELECT 'column clients.compliance_level', 'varchar(64)', 1
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT ''[]''', 1
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT []', 1
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT _utf8mb4''[]''', 1
        UNION ALL SELECT 'column clients.connections', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C275B5D5C27', 1
        UNION ALL SELECT 'column clients.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.cross_origin_loc', 'varchar(2083)', 1
        UNION ALL SELECT 'column clients.custom_login_page', 'text', 1
        UNION ALL SELECT 'column clients.custom_login_page_on', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.custom_login_page_on', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.custom_login_page_preview', 'text', 1
        UNION ALL SELECT 'column clients.default_organization', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.description', 'varchar(140)', 1
        UNION ALL SELECT 'column clients.encryption_key', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.form_template', 'text', 1
        UNION ALL SELECT 'column clients.global', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.global', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.grant_types', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.initiate_login_uri', 'varchar(2083)', 1
        UNION ALL SELECT 'column clients.is_first_party', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.is_first_party', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.jwt_configuration', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.logo_uri', 'varchar(2083)', 1
        UNION ALL SELECT 'column clients.mobile', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column clients.native_social_login', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.oidc_conformant', 'int NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column clients.oidc_conformant', 'int(11) NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column clients.oidc_logout', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.organization_require_behavior', 'varchar(32) DEFAULT ''no_prompt''', 1
        UNION ALL SELECT 'column clients.organization_require_behavior', 'varchar(32) DEFAULT no_prompt', 1
        UNION ALL SELECT 'column clients.organization_usage', 'varchar(32) DEFAULT ''deny''', 1
        UNION ALL SELECT 'column clients.organization_usage', 'varchar(32) DEFAULT deny', 1
        UNION ALL SELECT 'column clients.owner_user_id', 'varchar(255)', 1
        UNION ALL SELECT 'column clients.par_request_expiry', 'int', 1
        UNION ALL SELECT 'column clients.par_request_expiry', 'int(11)', 1
        UNION ALL SELECT 'column clients.refresh_token', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.registration_metadata', 'text', 1
        UNION ALL SELECT 'column clients.registration_type', 'varchar(32)', 1
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.session_transfer', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.signed_request_object', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.signing_keys', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.sso', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.sso', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column clients.sso_disabled', 'int NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column clients.sso_disabled', 'int(11) NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column clients.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT ''client_secret_basic''', 1
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT client_secret_basic', 1
        UNION ALL SELECT 'column clients.token_quota', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column clients.user_linking_mode', 'varchar(16)', 1
        UNION ALL SELECT 'column clients.web_origins', 'text NOT NULL', 1
        UNION ALL SELECT 'column codes.code_challenge', 'varchar(128)', 1
        UNION ALL SELECT 'column codes.code_challenge_method', 'varchar(5)', 1
        UNION ALL SELECT 'column codes.code_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column codes.code_type', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column codes.code_verifier', 'varchar(128)', 1
        UNION ALL SELECT 'column codes.connection_id', 'varchar(255)', 1
        UNION ALL SELECT 'column codes.created_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column codes.expires_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column codes.expires_at_ts', 'bigint', 1
        UNION ALL SELECT 'column codes.expires_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column codes.login_id', 'varchar(255)', 1
        UNION ALL SELECT 'column codes.nonce', 'varchar(1024)', 1
        UNION ALL SELECT 'column codes.otp', 'varchar(32)', 1
        UNION ALL SELECT 'column codes.redirect_uri', 'varchar(1024)', 1
        UNION ALL SELECT 'column codes.state', 'varchar(2048)', 1
        UNION ALL SELECT 'column codes.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column codes.used_at', 'varchar(255)', 1
        UNION ALL SELECT 'column codes.user_id', 'varchar(255)', 1
        UNION ALL SELECT 'column connections.created_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column connections.display_name', 'varchar(255)', 1
        UNION ALL SELECT 'column connections.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column connections.is_domain_connection', 'int', 1
        UNION ALL SELECT 'column connections.is_domain_connection', 'int(11)', 1
        UNION ALL SELECT 'column connections.is_system', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column connections.is_system', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column connections.metadata', 'varchar(4096)', 1
        UNION ALL SELECT 'column connections.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column connections.options', 'varchar(8192) NOT NULL DEFAULT ''{}''', 1
        UNION ALL SELECT 'column connections.options', 'varchar(8192) NOT NULL DEFAULT {}', 1
        UNION ALL SELECT 'column connections.response_mode', 'varchar(255)', 1
        UNION ALL SELECT 'column connections.response_type', 'varchar(255)', 1
        UNION ALL SELECT 'column connections.show_as_button', 'int', 1
        UNION ALL SELECT 'column connections.show_as_button', 'int(11)', 1
        UNION ALL SELECT 'column connections.strategy', 'varchar(64)', 1
        UNION ALL SELECT 'column connections.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column connections.updated_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column control_plane_comm_keys.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column control_plane_comm_keys.kid', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column control_plane_comm_keys.public_jwk', 'text NOT NULL', 1
        UNION ALL SELECT 'column control_plane_comm_keys.revoked_at', 'varchar(35)', 1
        UNION ALL SELECT 'column control_plane_comm_keys.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column custom_domains.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column custom_domains.custom_client_ip_header', 'varchar(50)', 1
        UNION ALL SELECT 'column custom_domains.custom_domain_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column custom_domains.domain', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column custom_domains.domain_metadata', 'varchar(2048)', 1
        UNION ALL SELECT 'column custom_domains.origin_domain_name', 'varchar(255)', 1
        UNION ALL SELECT 'column custom_domains.primary', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column custom_domains.status', 'varchar(50) NOT NULL', 1
        UNION ALL SELECT 'column custom_domains.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column custom_domains.tls_policy', 'varchar(50)', 1
        UNION ALL SELECT 'column custom_domains.type', 'varchar(50) NOT NULL', 1
        UNION ALL SELECT 'column custom_domains.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column custom_domains.verification', 'varchar(2048)', 1
        UNION ALL SELECT 'column custom_text.created_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column custom_text.created_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column custom_text.custom_text', 'text NOT NULL', 1
        UNION ALL SELECT 'column custom_text.language', 'varchar(16) NOT NULL', 1
        UNION ALL SELECT 'column custom_text.prompt', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column custom_text.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column email_providers.created_at', 'varchar(29) NOT NULL', 1
        UNION ALL SELECT 'column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT ''{}''', 1
        UNION ALL SELECT 'column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT {}', 1
        UNION ALL SELECT 'column email_providers.default_from_address', 'varchar(255)', 1
        UNION ALL SELECT 'column email_providers.enabled', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column email_providers.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT ''{}''', 1
        UNION ALL SELECT 'column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT {}', 1
        UNION ALL SELECT 'column email_providers.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column email_providers.updated_at', 'varchar(29) NOT NULL', 1
        UNION ALL SELECT 'column email_templates.body', 'text NOT NULL', 1
        UNION ALL SELECT 'column email_templates.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column email_templates.enabled', 'int NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column email_templates.enabled', 'int(11) NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column email_templates.from', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column email_templates.result_url', 'varchar(2048)', 1
        UNION ALL SELECT 'column email_templates.subject', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT ''liquid''', 1
        UNION ALL SELECT 'column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT liquid', 1
        UNION ALL SELECT 'column email_templates.template', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column email_templates.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column email_templates.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'int', 1
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'int(11)', 1
        UNION ALL SELECT 'column flows.actions', 'text', 1
        UNION ALL SELECT 'column flows.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column flows.id', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column flows.name', 'varchar(150) NOT NULL', 1
        UNION ALL SELECT 'column flows.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column flows.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column forms.created_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column forms.ending', 'varchar(255)', 1
        UNION ALL SELECT 'column forms.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column forms.languages', 'varchar(255)', 1
        UNION ALL SELECT 'column forms.messages', 'varchar(255)', 1
        UNION ALL SELECT 'column forms.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column forms.nodes', 'varchar(4096)', 1
        UNION ALL SELECT 'column forms.start', 'varchar(255)', 1
        UNION ALL SELECT 'column forms.style', 'varchar(1042)', 1
        UNION ALL SELECT 'column forms.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column forms.translations', 'varchar(4096)', 1
        UNION ALL SELECT 'column forms.updated_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column grants.audience', 'varchar(100) NOT NULL DEFAULT ', 1
        UNION ALL SELECT 'column grants.audience', 'varchar(100) NOT NULL DEFAULT ''''', 1
        UNION ALL SELECT 'column grants.client_id', 'varchar(100) NOT NULL', 1
        UNION ALL SELECT 'column grants.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column grants.id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT ''[]''', 1
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT []', 1
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT _utf8mb4''[]''', 1
        UNION ALL SELECT 'column grants.scope', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C275B5D5C27', 1
        UNION ALL SELECT 'column grants.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column grants.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column grants.user_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column hook_code.code', 'text NOT NULL', 1
        UNION ALL SELECT 'column hook_code.created_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column hook_code.created_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column hook_code.id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column hook_code.secrets', 'text', 1
        UNION ALL SELECT 'column hook_code.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column hooks.code_id', 'varchar(21)', 1
        UNION ALL SELECT 'column hooks.created_at_ts', 'bigint', 1
        UNION ALL SELECT 'column hooks.created_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column hooks.enabled', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column hooks.form_id', 'varchar(128)', 1
        UNION ALL SELECT 'column hooks.hook_id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column hooks.metadata', 'text', 1
        UNION ALL SELECT 'column hooks.priority', 'int', 1
        UNION ALL SELECT 'column hooks.priority', 'int(11)', 1
        UNION ALL SELECT 'column hooks.synchronous', 'tinyint(1) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column hooks.template_id', 'varchar(64)', 1
        UNION ALL SELECT 'column hooks.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column hooks.trigger_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column hooks.updated_at_ts', 'bigint', 1
        UNION ALL SELECT 'column hooks.updated_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column hooks.url', 'varchar(512)', 1
        UNION ALL SELECT 'column invites.app_metadata', 'text', 1
        UNION ALL SELECT 'column invites.client_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column invites.connection_id', 'varchar(21)', 1
        UNION ALL SELECT 'column invites.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column invites.expires_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column invites.id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column invites.invitation_url', 'text NOT NULL', 1
        UNION ALL SELECT 'column invites.invitee', 'text NOT NULL', 1
        UNION ALL SELECT 'column invites.inviter', 'text NOT NULL', 1
        UNION ALL SELECT 'column invites.organization_id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column invites.roles', 'text', 1
        UNION ALL SELECT 'column invites.send_invitation_email', 'int', 1
        UNION ALL SELECT 'column invites.send_invitation_email', 'int(11)', 1
        UNION ALL SELECT 'column invites.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column invites.ticket_id', 'varchar(191)', 1
        UNION ALL SELECT 'column invites.ttl_sec', 'int', 1
        UNION ALL SELECT 'column invites.ttl_sec', 'int(11)', 1
        UNION ALL SELECT 'column invites.user_metadata', 'text', 1
        UNION ALL SELECT 'column keys.cert', 'varchar(4096)', 1
        UNION ALL SELECT 'column keys.connection', 'varchar(255)', 1
        UNION ALL SELECT 'column keys.created_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column keys.current_since', 'varchar(256)', 1
        UNION ALL SELECT 'column keys.current_until', 'varchar(256)', 1
        UNION ALL SELECT 'column keys.fingerprint', 'varchar(256)', 1
        UNION ALL SELECT 'column keys.kid', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column keys.pkcs7', 'varchar(4096)', 1
        UNION ALL SELECT 'column keys.revoked_at', 'varchar(255)', 1
        UNION ALL SELECT 'column keys.tenant_id', 'varchar(255)', 1
        UNION ALL SELECT 'column keys.thumbprint', 'varchar(256)', 1
        UNION ALL SELECT 'column keys.type', 'varchar(50) NOT NULL DEFAULT ''jwt_signing''', 1
        UNION ALL SELECT 'column keys.type', 'varchar(50) NOT NULL DEFAULT jwt_signing', 1
        UNION ALL SELECT 'column kysely_migration.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column kysely_migration.timestamp', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column kysely_migration_lock.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column log_streams.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column log_streams.filters', 'text', 1
        UNION ALL SELECT 'column log_streams.id', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column log_streams.is_priority', 'tinyint(1)', 1
        UNION ALL SELECT 'column log_streams.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column log_streams.sink', 'text NOT NULL', 1
        UNION ALL SELECT 'column log_streams.status', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column log_streams.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column log_streams.type', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column log_streams.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column login_sessions.auth0Client', 'varchar(255)', 1
        UNION ALL SELECT 'column login_sessions.auth_connection', 'varchar(255)', 1
        UNION ALL SELECT 'column login_sessions.auth_params', 'text', 1
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy', 'varchar(64)', 1
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy_type', 'varchar(64)', 1
        UNION ALL SELECT 'column login_sessions.authenticated_at', 'varchar(35)', 1
        UNION ALL SELECT 'column login_sessions.authorization_url', 'text', 1
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'bigint', 1
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column login_sessions.csrf_token', 'varchar(26)', 1
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'bigint', 1
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column login_sessions.failure_reason', 'text', 1
        UNION ALL SELECT 'column login_sessions.id', 'varchar(26) NOT NULL', 1
        UNION ALL SELECT 'column login_sessions.ip', 'varchar(39)', 1
        UNION ALL SELECT 'column login_sessions.session_id', 'varchar(26)', 1
        UNION ALL SELECT 'column login_sessions.state', 'varchar(50) DEFAULT ''pending''', 1
        UNION ALL SELECT 'column login_sessions.state', 'varchar(50) DEFAULT pending', 1
        UNION ALL SELECT 'column login_sessions.state_data', 'text', 1
        UNION ALL SELECT 'column login_sessions.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'bigint', 1
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column login_sessions.user_id', 'varchar(255)', 1
        UNION ALL SELECT 'column login_sessions.useragent', 'text', 1
        UNION ALL SELECT 'column logs.audience', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.auth0_client', 'varchar(8192)', 1
        UNION ALL SELECT 'column logs.category', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.city_name', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.client_id', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.client_name', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.connection', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.connection_id', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.continent_code', 'varchar(2)', 1
        UNION ALL SELECT 'column logs.country_code', 'varchar(2)', 1
        UNION ALL SELECT 'column logs.date', 'varchar(25) NOT NULL', 1
        UNION ALL SELECT 'column logs.description', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.details', 'varchar(2048)', 1
        UNION ALL SELECT 'column logs.hostname', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.ip', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.isMobile', 'int', 1
        UNION ALL SELECT 'column logs.isMobile', 'int(11)', 1
        UNION ALL SELECT 'column logs.latitude', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.log_id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column logs.longitude', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.scope', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.session_connection', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.strategy', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.strategy_type', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.tenant_id', 'varchar(64)', 1
        UNION ALL SELECT 'column logs.time_zone', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.type', 'varchar(8) NOT NULL', 1
        UNION ALL SELECT 'column logs.user_agent', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.user_id', 'varchar(64)', 1
        UNION ALL SELECT 'column logs.user_name', 'varchar(255)', 1
        UNION ALL SELECT 'column migration_sources.connection', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column migration_sources.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column migration_sources.credentials', 'text NOT NULL', 1
        UNION ALL SELECT 'column migration_sources.enabled', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column migration_sources.id', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column migration_sources.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column migration_sources.provider', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column migration_sources.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column migration_sources.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column migrations.client_id', 'varchar(255)', 1
        UNION ALL SELECT 'column migrations.created_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column migrations.domain', 'varchar(255)', 1
        UNION ALL SELECT 'column migrations.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column migrations.origin', 'varchar(255)', 1
        UNION ALL SELECT 'column migrations.provider', 'varchar(255)', 1
        UNION ALL SELECT 'column migrations.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column migrations.updated_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column organization_connections.assign_membership_on_login', 'tinyint(1) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column organization_connections.connection_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column organization_connections.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column organization_connections.is_signup_enabled', 'tinyint(1) NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column organization_connections.organization_id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column organization_connections.show_as_button', 'tinyint(1) NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column organization_connections.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column organization_connections.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column organizations.branding', 'text', 1
        UNION ALL SELECT 'column organizations.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column organizations.display_name', 'varchar(256)', 1
        UNION ALL SELECT 'column organizations.enabled_connections', 'text', 1
        UNION ALL SELECT 'column organizations.id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column organizations.metadata', 'text', 1
        UNION ALL SELECT 'column organizations.name', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column organizations.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column organizations.token_quota', 'text', 1
        UNION ALL SELECT 'column organizations.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column outbox_events.aggregate_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column outbox_events.aggregate_type', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column outbox_events.claim_expires_at', 'varchar(35)', 1
        UNION ALL SELECT 'column outbox_events.claimed_by', 'varchar(64)', 1
        UNION ALL SELECT 'column outbox_events.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column outbox_events.dead_lettered_at', 'varchar(35)', 1
        UNION ALL SELECT 'column outbox_events.error', 'text', 1
        UNION ALL SELECT 'column outbox_events.event_type', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column outbox_events.final_error', 'text', 1
        UNION ALL SELECT 'column outbox_events.id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column outbox_events.log_type', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column outbox_events.next_retry_at', 'varchar(35)', 1
        UNION ALL SELECT 'column outbox_events.payload', 'text NOT NULL', 1
        UNION ALL SELECT 'column outbox_events.processed_at', 'varchar(35)', 1
        UNION ALL SELECT 'column outbox_events.retry_count', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column outbox_events.retry_count', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column outbox_events.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT ''bcrypt''', 1
        UNION ALL SELECT 'column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT bcrypt', 1
        UNION ALL SELECT 'column passwords.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column passwords.id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column passwords.is_current', 'int NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column passwords.is_current', 'int(11) NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column passwords.password', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column passwords.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column passwords.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column passwords.user_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column prompt_settings.identifier_first', 'tinyint(1) NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column prompt_settings.password_first', 'tinyint(1) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column prompt_settings.tenant_id', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT ''new''', 1
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT new', 1
        UNION ALL SELECT 'column prompt_settings.webauthn_platform_first_factor', 'tinyint(1) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column proxy_routes.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column proxy_routes.custom_domain_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT ''[]''', 1
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT []', 1
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT _utf8mb4''[]''', 1
        UNION ALL SELECT 'column proxy_routes.handlers', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C275B5D5C27', 1
        UNION ALL SELECT 'column proxy_routes.id', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT ''{"path":"/*"}''', 1
        UNION ALL SELECT 'column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT {"path":"/*"}', 1
        UNION ALL SELECT 'column proxy_routes.priority', 'int NOT NULL DEFAULT 100', 1
        UNION ALL SELECT 'column proxy_routes.priority', 'int(11) NOT NULL DEFAULT 100', 1
        UNION ALL SELECT 'column proxy_routes.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column proxy_routes.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column refresh_tokens.client_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'bigint', 1
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column refresh_tokens.device', 'text NOT NULL', 1
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'bigint', 1
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column refresh_tokens.family_id', 'varchar(26)', 1
        UNION ALL SELECT 'column refresh_tokens.id', 'varchar(26) NOT NULL', 1
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'bigint', 1
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'bigint', 1
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column refresh_tokens.login_id', 'varchar(26) NOT NULL', 1
        UNION ALL SELECT 'column refresh_tokens.resource_servers', 'text NOT NULL', 1
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'bigint', 1
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'bigint', 1
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column refresh_tokens.rotated_to', 'varchar(26)', 1
        UNION ALL SELECT 'column refresh_tokens.rotating', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column refresh_tokens.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column refresh_tokens.token_hash', 'varchar(64)', 1
        UNION ALL SELECT 'column refresh_tokens.token_lookup', 'varchar(16)', 1
        UNION ALL SELECT 'column refresh_tokens.user_id', 'varchar(255)', 1
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'int', 1
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'int(11)', 1
        UNION ALL SELECT 'column resource_servers.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column resource_servers.id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column resource_servers.identifier', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column resource_servers.is_system', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column resource_servers.is_system', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column resource_servers.metadata', 'varchar(4096)', 1
        UNION ALL SELECT 'column resource_servers.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column resource_servers.options', 'varchar(4096)', 1
        UNION ALL SELECT 'column resource_servers.scopes', 'varchar(4096)', 1
        UNION ALL SELECT 'column resource_servers.signing_alg', 'varchar(64)', 1
        UNION ALL SELECT 'column resource_servers.signing_secret', 'varchar(2048)', 1
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int', 1
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int(11)', 1
        UNION ALL SELECT 'column resource_servers.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'int', 1
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'int(11)', 1
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'int', 1
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'int(11)', 1
        UNION ALL SELECT 'column resource_servers.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column resource_servers.verification_key', 'varchar(4096)', 1
        UNION ALL SELECT 'column role_permissions.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column role_permissions.permission_name', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column role_permissions.resource_server_identifier', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column role_permissions.role_id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column role_permissions.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column roles.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column roles.description', 'varchar(255)', 1
        UNION ALL SELECT 'column roles.id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column roles.is_system', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column roles.is_system', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column roles.metadata', 'varchar(4096)', 1
        UNION ALL SELECT 'column roles.name', 'varchar(50) NOT NULL', 1
        UNION ALL SELECT 'column roles.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column roles.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column rollouts.canary_tenant_ids', 'text', 1
        UNION ALL SELECT 'column rollouts.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column rollouts.filter', 'text', 1
        UNION ALL SELECT 'column rollouts.finished_at', 'varchar(35)', 1
        UNION ALL SELECT 'column rollouts.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column rollouts.initiated_by', 'varchar(255)', 1
        UNION ALL SELECT 'column rollouts.kind', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column rollouts.status', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column rollouts.target_database_version', 'varchar(255)', 1
        UNION ALL SELECT 'column rollouts.target_worker_version', 'varchar(255)', 1
        UNION ALL SELECT 'column rollouts.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column rollouts.wave_size', 'int NOT NULL DEFAULT 10', 1
        UNION ALL SELECT 'column rollouts.wave_size', 'int(11) NOT NULL DEFAULT 10', 1
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'bigint', 1
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column sessions.clients', 'text NOT NULL', 1
        UNION ALL SELECT 'column sessions.created_at_ts', 'bigint', 1
        UNION ALL SELECT 'column sessions.created_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column sessions.device', 'text NOT NULL', 1
        UNION ALL SELECT 'column sessions.expires_at_ts', 'bigint', 1
        UNION ALL SELECT 'column sessions.expires_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column sessions.id', 'varchar(26) NOT NULL', 1
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'bigint', 1
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'bigint', 1
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column sessions.login_session_id', 'varchar(26)', 1
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'bigint', 1
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column sessions.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column sessions.updated_at_ts', 'bigint', 1
        UNION ALL SELECT 'column sessions.updated_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column sessions.used_at_ts', 'bigint', 1
        UNION ALL SELECT 'column sessions.used_at_ts', 'bigint(20)', 1
        UNION ALL SELECT 'column sessions.user_id', 'varchar(255)', 1
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'int NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'int(11) NOT NULL DEFAULT 1', 1
        UNION ALL SELECT 'column tenant_operation_events.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column tenant_operation_events.detail', 'text', 1
        UNION ALL SELECT 'column tenant_operation_events.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column tenant_operation_events.operation_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column tenant_operation_events.outcome', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column tenant_operation_events.step', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column tenant_operations.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column tenant_operations.current_step', 'varchar(255)', 1
        UNION ALL SELECT 'column tenant_operations.engine', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column tenant_operations.engine_instance_id', 'varchar(100)', 1
        UNION ALL SELECT 'column tenant_operations.error', 'text', 1
        UNION ALL SELECT 'column tenant_operations.finished_at', 'varchar(35)', 1
        UNION ALL SELECT 'column tenant_operations.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column tenant_operations.initiated_by', 'varchar(255)', 1
        UNION ALL SELECT 'column tenant_operations.kind', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column tenant_operations.rollout_id', 'varchar(255)', 1
        UNION ALL SELECT 'column tenant_operations.status', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column tenant_operations.target_database_version', 'varchar(255)', 1
        UNION ALL SELECT 'column tenant_operations.target_worker_version', 'varchar(255)', 1
        UNION ALL SELECT 'column tenant_operations.tenant_id', 'varchar(255)', 1
        UNION ALL SELECT 'column tenant_operations.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column tenants.acr_values_supported', 'text', 1
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'int', 1
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'int(11)', 1
        UNION ALL SELECT 'column tenants.allowed_logout_urls', 'text', 1
        UNION ALL SELECT 'column tenants.attack_protection', 'text', 1
        UNION ALL SELECT 'column tenants.audience', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'int', 1
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'int(11)', 1
        UNION ALL SELECT 'column tenants.bundle_configuration', 'varchar(64)', 1
        UNION ALL SELECT 'column tenants.change_password', 'text', 1
        UNION ALL SELECT 'column tenants.created_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'int', 1
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'int(11)', 1
        UNION ALL SELECT 'column tenants.d1_database_id', 'varchar(64)', 1
        UNION ALL SELECT 'column tenants.database_version', 'varchar(64)', 1
        UNION ALL SELECT 'column tenants.default_audience', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.default_client_id', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.default_directory', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.default_organization', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.default_redirection_uri', 'text', 1
        UNION ALL SELECT 'column tenants.default_token_quota', 'text', 1
        UNION ALL SELECT 'column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT ''shared''', 1
        UNION ALL SELECT 'column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT shared', 1
        UNION ALL SELECT 'column tenants.device_flow', 'text', 1
        UNION ALL SELECT 'column tenants.enabled_locales', 'text', 1
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'int', 1
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'int(11)', 1
        UNION ALL SELECT 'column tenants.error_page', 'text', 1
        UNION ALL SELECT 'column tenants.flags', 'text', 1
        UNION ALL SELECT 'column tenants.friendly_name', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.guardian_mfa_page', 'text', 1
        UNION ALL SELECT 'column tenants.id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'int', 1
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'int(11)', 1
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'int', 1
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'int(11)', 1
        UNION ALL SELECT 'column tenants.legacy_sandbox_version', 'varchar(50)', 1
        UNION ALL SELECT 'column tenants.mfa', 'text', 1
        UNION ALL SELECT 'column tenants.mtls', 'text', 1
        UNION ALL SELECT 'column tenants.oidc_logout', 'text', 1
        UNION ALL SELECT 'column tenants.picture_url', 'text', 1
        UNION ALL SELECT 'column tenants.provisioning_error', 'varchar(2048)', 1
        UNION ALL SELECT 'column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ''ready''', 1
        UNION ALL SELECT 'column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ready', 1
        UNION ALL SELECT 'column tenants.provisioning_state_changed_at', 'varchar(35)', 1
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'int', 1
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'int(11)', 1
        UNION ALL SELECT 'column tenants.sandbox_version', 'varchar(50)', 1
        UNION ALL SELECT 'column tenants.sandbox_versions_available', 'text', 1
        UNION ALL SELECT 'column tenants.sender_email', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.sender_name', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.session_cookie', 'text', 1
        UNION ALL SELECT 'column tenants.session_lifetime', 'int', 1
        UNION ALL SELECT 'column tenants.session_lifetime', 'int(11)', 1
        UNION ALL SELECT 'column tenants.sessions', 'text', 1
        UNION ALL SELECT 'column tenants.storage_kind', 'varchar(32)', 1
        UNION ALL SELECT 'column tenants.support_email', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.support_url', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.updated_at', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column tenants.worker_script_name', 'varchar(255)', 1
        UNION ALL SELECT 'column tenants.worker_version', 'varchar(64)', 1
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_buttons_style', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_inputs_style', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_show_widget_shadow', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_base_focus_color', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_base_hover_color', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_body_text', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_captcha_widget_theme', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_error', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_header', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_icons', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_input_background', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_input_border', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_input_filled_text', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_input_labels_placeholders', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_links_focused_components', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_primary_button', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_primary_button_label', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_secondary_button_border', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_secondary_button_label', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_success', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_widget_background', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.colors_widget_border', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column themes.displayName', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_font_url', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_links_bold', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_links_size', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_links_size', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_links_style', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_subtitle_bold', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_title_bold', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_title_size', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.fonts_title_size', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.page_background_background_color', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.page_background_background_image_url', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column themes.page_background_page_layout', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column themes.themeId', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column themes.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column themes.widget_header_text_alignment', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.widget_logo_height', 'int NOT NULL', 1
        UNION ALL SELECT 'column themes.widget_logo_height', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column themes.widget_logo_position', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column themes.widget_logo_url', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column themes.widget_social_buttons_layout', 'varchar(24) NOT NULL', 1
        UNION ALL SELECT 'column universal_login_templates.body', 'text NOT NULL', 1
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'int NOT NULL', 1
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column universal_login_templates.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'int NOT NULL', 1
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column user_activity.failed_logins', 'text', 1
        UNION ALL SELECT 'column user_activity.last_ip', 'varchar(45)', 1
        UNION ALL SELECT 'column user_activity.last_login', 'varchar(35)', 1
        UNION ALL SELECT 'column user_activity.last_password_reset', 'varchar(35)', 1
        UNION ALL SELECT 'column user_activity.login_count', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column user_activity.login_count', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column user_activity.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column user_activity.user_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.organization_id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.user_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column user_permissions.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT ', 1
        UNION ALL SELECT 'column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT ''''', 1
        UNION ALL SELECT 'column user_permissions.permission_name', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column user_permissions.resource_server_identifier', 'varchar(100) NOT NULL', 1
        UNION ALL SELECT 'column user_permissions.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column user_permissions.user_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column user_roles.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT ', 1
        UNION ALL SELECT 'column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT ''''', 1
        UNION ALL SELECT 'column user_roles.role_id', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column users.address', 'text', 1
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT ''{}''', 1
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT _utf8mb4''{}''', 1
        UNION ALL SELECT 'column users.app_metadata', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C277B7D5C27', 1
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT {}', 1
        UNION ALL SELECT 'column users.birthdate', 'varchar(10)', 1
        UNION ALL SELECT 'column users.connection', 'varchar(255)', 1
        UNION ALL SELECT 'column users.created_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column users.email', 'varchar(255)', 1
        UNION ALL SELECT 'column users.email_verified', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column users.family_name', 'varchar(255)', 1
        UNION ALL SELECT 'column users.gender', 'varchar(50)', 1
        UNION ALL SELECT 'column users.given_name', 'varchar(255)', 1
        UNION ALL SELECT 'column users.is_social', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column users.linked_to', 'varchar(255)', 1
        UNION ALL SELECT 'column users.locale', 'varchar(64)', 1
        UNION ALL SELECT 'column users.middle_name', 'varchar(100)', 1
        UNION ALL SELECT 'column users.name', 'varchar(255)', 1
        UNION ALL SELECT 'column users.nickname', 'varchar(255)', 1
        UNION ALL SELECT 'column users.phone_number', 'varchar(17)', 1
        UNION ALL SELECT 'column users.phone_verified', 'tinyint(1)', 1
        UNION ALL SELECT 'column users.picture', 'text', 1
        UNION ALL SELECT 'column users.preferred_username', 'varchar(255)', 1
        UNION ALL SELECT 'column users.profile', 'text', 1
        UNION ALL SELECT 'column users.profileData', 'text', 1
        UNION ALL SELECT 'column users.provider', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column users.registration_completed_at', 'varchar(35)', 1
        UNION ALL SELECT 'column users.tenant_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column users.updated_at', 'varchar(35) NOT NULL', 1
        UNION ALL SELECT 'column users.user_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column users.user_metadata', 'text', 1
        UNION ALL SELECT 'column users.username', 'varchar(128)', 1
        UNION ALL SELECT 'column users.website', 'text', 1
        UNION ALL SELECT 'column users.zoneinfo', 'varchar(100)', 1
        UNION ALL SELECT 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key branding.branding_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key client_grants.client_grants_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key client_grants.fk_client_grants_clients', 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key clients.clients_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key codes.codes_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key codes.codes_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key connections.connections_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key custom_domains.custom_domains_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key custom_text.custom_text_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key email_templates.email_templates_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key grants.grants_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key grants.grants_user_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key hooks.hooks_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key keys.keys_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_session_fk', 'tenant_id, session_id -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key migrations.migrations_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_connection_fk', 'tenant_id, connection_id -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_organization_fk', 'organization_id -> organizations (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key passwords.passwords_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key sessions.sessions_user_fk', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key tenant_operation_events.tenant_operation_events_operation_id_constraint', 'operation_id -> tenant_operations (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key themes.themes_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key user_activity.user_activity_user_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key users.linked_to_constraint', 'linked_to, tenant_id -> users (user_id, tenant_id) ON DELETE RESTRICT ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key users.users_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'index action_executions.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index action_executions.idx_action_executions_tenant', 'tenant_id, id', 1
        UNION ALL SELECT 'index action_versions.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index action_versions.idx_action_versions_action', 'tenant_id, action_id', 1
        UNION ALL SELECT 'index action_versions.uniq_action_versions_action_number', 'UNIQUE tenant_id, action_id, number', 1
        UNION ALL SELECT 'index actions.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index actions.idx_actions_tenant', 'tenant_id', 1
        UNION ALL SELECT 'index authentication_methods.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index authentication_methods.authentication_methods_credential_id_idx', 'credential_id', 1
        UNION ALL SELECT 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'tenant_id, user_id', 1
        UNION ALL SELECT 'index branding.PRIMARY', 'UNIQUE tenant_id', 1
        UNION ALL SELECT 'index client_grants.PRIMARY', 'UNIQUE tenant_id, id', 1
        UNION ALL SELECT 'index client_grants.idx_client_grants_audience', 'audience', 1
        UNION ALL SELECT 'index client_grants.uq_client_grants_tenant_client_audience', 'UNIQUE tenant_id, client_id, audience', 1
        UNION ALL SELECT 'index client_registration_tokens.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_client', 'tenant_id, client_id', 1
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_hash', 'UNIQUE tenant_id, token_hash', 1
        UNION ALL SELECT 'index clients.PRIMARY', 'UNIQUE tenant_id, client_id', 1
        UNION ALL SELECT 'index clients.idx_clients_owner_user_id', 'tenant_id, owner_user_id', 1
        UNION ALL SELECT 'index codes.PRIMARY', 'UNIQUE code_id, code_type', 1
        UNION ALL SELECT 'index codes.codes_user_id_tenant_id_constraint', 'user_id, tenant_id', 1
        UNION ALL SELECT 'index codes.idx_codes_expires_at_ts', 'expires_at_ts', 1
        UNION ALL SELECT 'index codes.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index connections.PRIMARY', 'UNIQUE tenant_id, id', 1
        UNION ALL SELECT 'index control_plane_comm_keys.PRIMARY', 'UNIQUE kid', 1
        UNION ALL SELECT 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'tenant_id, created_at', 1
        UNION ALL SELECT 'index custom_domains.PRIMARY', 'UNIQUE custom_domain_id', 1
        UNION ALL SELECT 'index custom_domains.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index custom_text.PRIMARY', 'UNIQUE tenant_id, prompt, language', 1
        UNION ALL SELECT 'index email_providers.PRIMARY', 'UNIQUE tenant_id', 1
        UNION ALL SELECT 'index email_templates.PRIMARY', 'UNIQUE tenant_id, template', 1
        UNION ALL SELECT 'index flows.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index flows.flows_tenant_id_idx', 'tenant_id', 1
        UNION ALL SELECT 'index forms.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index forms.forms_tenant_id_idx', 'tenant_id', 1
        UNION ALL SELECT 'index grants.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index grants.grants_natural_key_idx', 'UNIQUE tenant_id, user_id, client_id, audience', 1
        UNION ALL SELECT 'index grants.grants_tenant_user_idx', 'tenant_id, user_id', 1
        UNION ALL SELECT 'index grants.grants_user_id_constraint', 'user_id, tenant_id', 1
        UNION ALL SELECT 'index hook_code.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index hook_code.idx_hook_code_tenant', 'tenant_id', 1
        UNION ALL SELECT 'index hooks.PRIMARY', 'UNIQUE hook_id', 1
        UNION ALL SELECT 'index hooks.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index invites.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index invites.idx_invites_expires_at', 'expires_at', 1
        UNION ALL SELECT 'index invites.idx_invites_organization_id', 'organization_id', 1
        UNION ALL SELECT 'index invites.idx_invites_tenant_created', 'tenant_id, created_at', 1
        UNION ALL SELECT 'index keys.PRIMARY', 'UNIQUE kid', 1
        UNION ALL SELECT 'index keys.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index kysely_migration.PRIMARY', 'UNIQUE name', 1
        UNION ALL SELECT 'index kysely_migration_lock.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index log_streams.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index log_streams.idx_log_streams_tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index login_sessions.PRIMARY', 'UNIQUE tenant_id, id', 1
        UNION ALL SELECT 'index login_sessions.idx_login_sessions_expires_at_ts', 'expires_at_ts', 1
        UNION ALL SELECT 'index login_sessions.login_sessions_id_index', 'id', 1
        UNION ALL SELECT 'index login_sessions.login_sessions_session_fk', 'tenant_id, session_id', 1
        UNION ALL SELECT 'index login_sessions.login_sessions_state_idx', 'state', 1
        UNION ALL SELECT 'index login_sessions.login_sessions_state_updated_idx', 'state', 1
        UNION ALL SELECT 'index login_sessions.login_sessions_tenant_user_idx', 'tenant_id, user_id', 1
        UNION ALL SELECT 'index logs.PRIMARY', 'UNIQUE log_id', 1
        UNION ALL SELECT 'index migration_sources.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index migration_sources.idx_migration_sources_tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index migrations.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index migrations.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_connection', 'tenant_id, connection_id', 1
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_org', 'tenant_id, organization_id', 1
        UNION ALL SELECT 'index organization_connections.organization_connections_organization_fk', 'organization_id', 1
        UNION ALL SELECT 'index organization_connections.organization_connections_unique', 'UNIQUE tenant_id, organization_id, connection_id', 1
        UNION ALL SELECT 'index organizations.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index organizations.idx_organizations_tenant_name_unique', 'UNIQUE tenant_id, name', 1
        UNION ALL SELECT 'index outbox_events.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index outbox_events.idx_outbox_claim', 'processed_at, claim_expires_at, next_retry_at, created_at', 1
        UNION ALL SELECT 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'tenant_id, dead_lettered_at', 1
        UNION ALL SELECT 'index outbox_events.idx_outbox_tenant_type', 'tenant_id, event_type, created_at', 1
        UNION ALL SELECT 'index outbox_events.idx_outbox_unprocessed', 'processed_at, created_at', 1
        UNION ALL SELECT 'index passwords.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id', 1
        UNION ALL SELECT 'index passwords.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index prompt_settings.PRIMARY', 'UNIQUE tenant_id', 1
        UNION ALL SELECT 'index proxy_routes.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'custom_domain_id', 1
        UNION ALL SELECT 'index proxy_routes.proxy_routes_tenant_id_idx', 'tenant_id', 1
        UNION ALL SELECT 'index refresh_tokens.PRIMARY', 'UNIQUE tenant_id, id', 1
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'expires_at_ts', 1
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_family_id', 'tenant_id, family_id', 1
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'idle_expires_at_ts', 1
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_login_id', 'login_id', 1
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'tenant_id, token_lookup', 1
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_user_id', 'tenant_id, user_id', 1
        UNION ALL SELECT 'index refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id', 1
        UNION ALL SELECT 'index resource_servers.PRIMARY', 'UNIQUE tenant_id, id', 1
        UNION ALL SELECT 'index resource_servers.resource_servers_tenant_identifier_uq', 'UNIQUE tenant_id, identifier', 1
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE tenant_id, role_id, resource_server_identifier, permission_name', 1
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name', 1
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE tenant_id, id', 1
        UNION ALL SELECT 'index roles.roles_tenant_name_uq', 'UNIQUE tenant_id, name', 1
        UNION ALL SELECT 'index rollouts.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index sessions.PRIMARY', 'UNIQUE tenant_id, id', 1
        UNION ALL SELECT 'index sessions.idx_sessions_expires_at_ts', 'expires_at_ts', 1
        UNION ALL SELECT 'index sessions.idx_sessions_idle_expires_at_ts', 'idle_expires_at_ts', 1
        UNION ALL SELECT 'index sessions.idx_sessions_user_id', 'tenant_id, user_id', 1
        UNION ALL SELECT 'index sessions.sessions_user_fk', 'user_id, tenant_id', 1
        UNION ALL SELECT 'index tenant_operation_events.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'operation_id, created_at', 1
        UNION ALL SELECT 'index tenant_operations.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index tenant_operations.tenant_operations_rollout_id_idx', 'rollout_id', 1
        UNION ALL SELECT 'index tenant_operations.tenant_operations_status_idx', 'status', 1
        UNION ALL SELECT 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'tenant_id, created_at', 1
        UNION ALL SELECT 'index tenants.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index themes.PRIMARY', 'UNIQUE tenant_id, themeId', 1
        UNION ALL SELECT 'index universal_login_templates.PRIMARY', 'UNIQUE tenant_id', 1
        UNION ALL SELECT 'index user_activity.PRIMARY', 'UNIQUE tenant_id, user_id', 1
        UNION ALL SELECT 'index user_activity.user_activity_user_id_constraint', 'user_id, tenant_id', 1
        UNION ALL SELECT 'index user_organizations.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_organization_id', 'organization_id', 1
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_user_id', 'user_id', 1
        UNION ALL SELECT 'index user_organizations.user_organizations_unique', 'UNIQUE tenant_id, user_id, organization_id', 1
        UNION ALL SELECT 'index user_permissions.PRIMARY', 'UNIQUE tenant_id, user_id, resource_server_identifier, permission_name, organization_id', 1
        UNION ALL SELECT 'index user_permissions.user_permissions_organization_fk', 'organization_id', 1
        UNION ALL SELECT 'index user_permissions.user_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name', 1
        UNION ALL SELECT 'index user_permissions.user_permissions_user_fk', 'tenant_id, user_id', 1
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE tenant_id, user_id, role_id, organization_id', 1
        UNION ALL SELECT 'index user_roles.user_roles_organization_fk', 'organization_id', 1
        UNION ALL SELECT 'index user_roles.user_roles_role_fk', 'tenant_id, role_id', 1
        UNION ALL SELECT 'index user_roles.user_roles_user_fk', 'tenant_id, user_id', 1
        UNION ALL SELECT 'index users.PRIMARY', 'UNIQUE user_id, tenant_id', 1
        UNION ALL SELECT 'index users.linked_to_constraint', 'linked_to, tenant_id', 1
        UNION ALL SELECT 'index users.unique_email_provider', 'UNIQUE email, provider, tenant_id', 1
        UNION ALL SELECT 'index users.unique_phone_provider', 'UNIQUE phone_number, provider, tenant_id', 1
        UNION ALL SELECT 'index users.unique_username_provider', 'UNIQUE username, provider, tenant_id', 1
        UNION ALL SELECT 'index users.users_email_index', 'email', 1
        UNION ALL SELECT 'index users.users_linked_to_index', 'linked_to', 1
        UNION ALL SELECT 'index users.users_name_index', 'name', 1
        UNION ALL SELECT 'index users.users_phone_tenant_provider_index', 'tenant_id, phone_number, provider', 1
        UNION ALL SELECT 'table action_executions', 'present', 1
        UNION ALL SELECT 'table action_versions', 'present', 1
        UNION ALL SELECT 'table actions', 'present', 1
        UNION ALL SELECT 'table authentication_methods', 'present', 1
        UNION ALL SELECT 'table branding', 'present', 1
        UNION ALL SELECT 'table client_grants', 'present', 1
        UNION ALL SELECT 'table client_registration_tokens', 'present', 1
        UNION ALL SELECT 'table clients', 'present', 1
        UNION ALL SELECT 'table codes', 'present', 1
        UNION ALL SELECT 'table connections', 'present', 1
        UNION ALL SELECT 'table control_plane_comm_keys', 'present', 1
        UNION ALL SELECT 'table custom_domains', 'present', 1
        UNION ALL SELECT 'table custom_text', 'present', 1
        UNION ALL SELECT 'table email_providers', 'present', 1
        UNION ALL SELECT 'table email_templates', 'present', 1
        UNION ALL SELECT 'table flows', 'present', 1
        UNION ALL SELECT 'table forms', 'present', 1
        UNION ALL SELECT 'table grants', 'present', 1
        UNION ALL SELECT 'table hook_code', 'present', 1
        UNION ALL SELECT 'table hooks', 'present', 1
        UNION ALL SELECT 'table invites', 'present', 1
        UNION ALL SELECT 'table keys', 'present', 1
        UNION ALL SELECT 'table kysely_migration', 'present', 1
        UNION ALL SELECT 'table kysely_migration_lock', 'present', 1
        UNION ALL SELECT 'table log_streams', 'present', 1
        UNION ALL SELECT 'table login_sessions', 'present', 1
        UNION ALL SELECT 'table logs', 'present', 1
        UNION ALL SELECT 'table migration_sources', 'present', 1
        UNION ALL SELECT 'table migrations', 'present', 1
        UNION ALL SELECT 'table organization_connections', 'present', 1
        UNION ALL SELECT 'table organizations', 'present', 1
        UNION ALL SELECT 'table outbox_events', 'present', 1
        UNION ALL SELECT 'table passwords', 'present', 1
        UNION ALL SELECT 'table prompt_settings', 'present', 1
        UNION ALL SELECT 'table proxy_routes', 'present', 1
        UNION ALL SELECT 'table refresh_tokens', 'present', 1
        UNION ALL SELECT 'table resource_servers', 'present', 1
        UNION ALL SELECT 'table role_permissions', 'present', 1
        UNION ALL SELECT 'table roles', 'present', 1
        UNION ALL SELECT 'table rollouts', 'present', 1
        UNION ALL SELECT 'table sessions', 'present', 1
        UNION ALL SELECT 'table tenant_operation_events', 'present', 1
        UNION ALL SELECT 'table tenant_operations', 'present', 1
        UNION ALL SELECT 'table tenants', 'present', 1
        UNION ALL SELECT 'table themes', 'present', 1
        UNION ALL SELECT 'table universal_login_templates', 'present', 1
        UNION ALL SELECT 'table user_activity', 'present', 1
        UNION ALL SELECT 'table user_organizations', 'present', 1
        UNION ALL SELECT 'table user_permissions', 'present', 1
        UNION ALL SELECT 'table user_roles', 'present', 1
        UNION ALL SELECT 'table users', 'present', 1) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, r.f FROM (SELECT NULL AS k, NULL AS m, NULL AS f FROM DUAL WHERE FALSE) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)
    UNION ALL
    SELECT 4, i.m, 1 FROM (SELECT 'table actions' AS a, 'column actions.code' AS b, 'table actions has no column code, which this script drops together with table actions' AS m
        UNION ALL SELECT 'column actions.code', 'table actions', 'table actions is missing, which this script drops together with column code of table actions'
        UNION ALL SELECT 'table actions', 'column actions.created_at_ts', 'table actions has no column created_at_ts, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.created_at_ts', 'table actions', 'table actions is missing, which this script drops together with column created_at_ts of table actions'
        UNION ALL SELECT 'table actions', 'column actions.dependencies', 'table actions has no column dependencies, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.dependencies', 'table actions', 'table actions is missing, which this script drops together with column dependencies of table actions'
        UNION ALL SELECT 'table actions', 'column actions.deployed_at_ts', 'table actions has no column deployed_at_ts, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.deployed_at_ts', 'table actions', 'table actions is missing, which this script drops together with column deployed_at_ts of table actions'
        UNION ALL SELECT 'table actions', 'column actions.id', 'table actions has no column id, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.id', 'table actions', 'table actions is missing, which this script drops together with column id of table actions'
        UNION ALL SELECT 'table actions', 'column actions.inherit', 'table actions has no column inherit, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.inherit', 'table actions', 'table actions is missing, which this script drops together with column inherit of table actions'
        UNION ALL SELECT 'table actions', 'column actions.is_system', 'table actions has no column is_system, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.is_system', 'table actions', 'table actions is missing, which this script drops together with column is_system of table actions'
        UNION ALL SELECT 'table actions', 'column actions.name', 'table actions has no column name, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.name', 'table actions', 'table actions is missing, which this script drops together with column name of table actions'
        UNION ALL SELECT 'table actions', 'column actions.runtime', 'table actions has no column runtime, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.runtime', 'table actions', 'table actions is missing, which this script drops together with column runtime of table actions'
        UNION ALL SELECT 'table actions', 'column actions.secrets', 'table actions has no column secrets, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.secrets', 'table actions', 'table actions is missing, which this script drops together with column secrets of table actions'
        UNION ALL SELECT 'table actions', 'column actions.status', 'table actions has no column status, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.status', 'table actions', 'table actions is missing, which this script drops together with column status of table actions'
        UNION ALL SELECT 'table actions', 'column actions.supported_triggers', 'table actions has no column supported_triggers, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.supported_triggers', 'table actions', 'table actions is missing, which this script drops together with column supported_triggers of table actions'
        UNION ALL SELECT 'table actions', 'column actions.tenant_id', 'table actions has no column tenant_id, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.tenant_id', 'table actions', 'table actions is missing, which this script drops together with column tenant_id of table actions'
        UNION ALL SELECT 'table actions', 'column actions.updated_at_ts', 'table actions has no column updated_at_ts, which this script drops together with table actions'
        UNION ALL SELECT 'column actions.updated_at_ts', 'table actions', 'table actions is missing, which this script drops together with column updated_at_ts of table actions'
        UNION ALL SELECT 'table actions', 'index actions.PRIMARY', 'table actions has no index PRIMARY, which this script drops together with table actions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.created_at_ts', 'table action_executions has no column created_at_ts, which this script drops together with table action_executions'
        UNION ALL SELECT 'column action_executions.created_at_ts', 'table action_executions', 'table action_executions is missing, which this script drops together with column created_at_ts of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.id', 'table action_executions has no column id, which this script drops together with table action_executions'
        UNION ALL SELECT 'column action_executions.id', 'table action_executions', 'table action_executions is missing, which this script drops together with column id of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.logs', 'table action_executions has no column logs, which this script drops together with table action_executions'
        UNION ALL SELECT 'column action_executions.logs', 'table action_executions', 'table action_executions is missing, which this script drops together with column logs of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.results', 'table action_executions has no column results, which this script drops together with table action_executions'
        UNION ALL SELECT 'column action_executions.results', 'table action_executions', 'table action_executions is missing, which this script drops together with column results of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.status', 'table action_executions has no column status, which this script drops together with table action_executions'
        UNION ALL SELECT 'column action_executions.status', 'table action_executions', 'table action_executions is missing, which this script drops together with column status of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.tenant_id', 'table action_executions has no column tenant_id, which this script drops together with table action_executions'
        UNION ALL SELECT 'column action_executions.tenant_id', 'table action_executions', 'table action_executions is missing, which this script drops together with column tenant_id of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.trigger_id', 'table action_executions has no column trigger_id, which this script drops together with table action_executions'
        UNION ALL SELECT 'column action_executions.trigger_id', 'table action_executions', 'table action_executions is missing, which this script drops together with column trigger_id of table action_executions'
        UNION ALL SELECT 'table action_executions', 'column action_executions.updated_at_ts', 'table action_executions has no column updated_at_ts, which this script drops together with table action_executions'
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'table action_executions', 'table action_executions is missing, which this script drops together with column updated_at_ts of table action_executions'
        UNION ALL SELECT 'table action_executions', 'index action_executions.PRIMARY', 'table action_executions has no index PRIMARY, which this script drops together with table action_executions'
        UNION ALL SELECT 'table action_executions', 'table actions', 'table actions is missing, which this script drops only after table action_executions (still there)'
        UNION ALL SELECT 'table action_executions', 'index actions.idx_actions_tenant', 'table actions has no index idx_actions_tenant, which this script drops only after table action_executions (still there)'
        UNION ALL SELECT 'table action_versions', 'column action_versions.action_id', 'table action_versions has no column action_id, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.action_id', 'table action_versions', 'table action_versions is missing, which this script drops together with column action_id of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.code', 'table action_versions has no column code, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.code', 'table action_versions', 'table action_versions is missing, which this script drops together with column code of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.created_at_ts', 'table action_versions has no column created_at_ts, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.created_at_ts', 'table action_versions', 'table action_versions is missing, which this script drops together with column created_at_ts of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.dependencies', 'table action_versions has no column dependencies, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.dependencies', 'table action_versions', 'table action_versions is missing, which this script drops together with column dependencies of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.deployed', 'table action_versions has no column deployed, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.deployed', 'table action_versions', 'table action_versions is missing, which this script drops together with column deployed of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.id', 'table action_versions has no column id, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.id', 'table action_versions', 'table action_versions is missing, which this script drops together with column id of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.number', 'table action_versions has no column number, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.number', 'table action_versions', 'table action_versions is missing, which this script drops together with column number of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.runtime', 'table action_versions has no column runtime, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.runtime', 'table action_versions', 'table action_versions is missing, which this script drops together with column runtime of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.secrets', 'table action_versions has no column secrets, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.secrets', 'table action_versions', 'table action_versions is missing, which this script drops together with column secrets of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.supported_triggers', 'table action_versions has no column supported_triggers, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.supported_triggers', 'table action_versions', 'table action_versions is missing, which this script drops together with column supported_triggers of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.tenant_id', 'table action_versions has no column tenant_id, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.tenant_id', 'table action_versions', 'table action_versions is missing, which this script drops together with column tenant_id of table action_versions'
        UNION ALL SELECT 'table action_versions', 'column action_versions.updated_at_ts', 'table action_versions has no column updated_at_ts, which this script drops together with table action_versions'
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'table action_versions', 'table action_versions is missing, which this script drops together with column updated_at_ts of table action_versions'
        UNION ALL SELECT 'table action_versions', 'index action_versions.PRIMARY', 'table action_versions has no index PRIMARY, which this script drops together with table action_versions'
        UNION ALL SELECT 'table action_versions', 'table action_executions', 'table action_executions is missing, which this script drops only after table action_versions (still there)'
        UNION ALL SELECT 'table action_versions', 'index action_executions.idx_action_executions_tenant', 'table action_executions has no index idx_action_executions_tenant, which this script drops only after table action_versions (still there)'
        UNION ALL SELECT 'table tenants', 'column tenants.acr_values_supported', 'table tenants has no column acr_values_supported, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.acr_values_supported', 'table tenants', 'table tenants is missing, which this script drops together with column acr_values_supported of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.allow_organization_name_in_authentication_api', 'table tenants has no column allow_organization_name_in_authentication_api, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'table tenants', 'table tenants is missing, which this script drops together with column allow_organization_name_in_authentication_api of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.allowed_logout_urls', 'table tenants has no column allowed_logout_urls, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.allowed_logout_urls', 'table tenants', 'table tenants is missing, which this script drops together with column allowed_logout_urls of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.attack_protection', 'table tenants has no column attack_protection, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.attack_protection', 'table tenants', 'table tenants is missing, which this script drops together with column attack_protection of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.audience', 'table tenants has no column audience, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.audience', 'table tenants', 'table tenants is missing, which this script drops together with column audience of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.authorization_response_iss_parameter_supported', 'table tenants has no column authorization_response_iss_parameter_supported, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'table tenants', 'table tenants is missing, which this script drops together with column authorization_response_iss_parameter_supported of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.bundle_configuration', 'table tenants has no column bundle_configuration, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.bundle_configuration', 'table tenants', 'table tenants is missing, which this script drops together with column bundle_configuration of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.change_password', 'table tenants has no column change_password, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.change_password', 'table tenants', 'table tenants is missing, which this script drops together with column change_password of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.created_at', 'table tenants has no column created_at, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.created_at', 'table tenants', 'table tenants is missing, which this script drops together with column created_at of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.customize_mfa_in_postlogin_action', 'table tenants has no column customize_mfa_in_postlogin_action, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'table tenants', 'table tenants is missing, which this script drops together with column customize_mfa_in_postlogin_action of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.d1_database_id', 'table tenants has no column d1_database_id, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.d1_database_id', 'table tenants', 'table tenants is missing, which this script drops together with column d1_database_id of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.database_version', 'table tenants has no column database_version, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.database_version', 'table tenants', 'table tenants is missing, which this script drops together with column database_version of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_audience', 'table tenants has no column default_audience, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.default_audience', 'table tenants', 'table tenants is missing, which this script drops together with column default_audience of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_client_id', 'table tenants has no column default_client_id, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.default_client_id', 'table tenants', 'table tenants is missing, which this script drops together with column default_client_id of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_directory', 'table tenants has no column default_directory, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.default_directory', 'table tenants', 'table tenants is missing, which this script drops together with column default_directory of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_organization', 'table tenants has no column default_organization, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.default_organization', 'table tenants', 'table tenants is missing, which this script drops together with column default_organization of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_redirection_uri', 'table tenants has no column default_redirection_uri, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.default_redirection_uri', 'table tenants', 'table tenants is missing, which this script drops together with column default_redirection_uri of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.default_token_quota', 'table tenants has no column default_token_quota, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.default_token_quota', 'table tenants', 'table tenants is missing, which this script drops together with column default_token_quota of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.deployment_type', 'table tenants has no column deployment_type, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.deployment_type', 'table tenants', 'table tenants is missing, which this script drops together with column deployment_type of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.device_flow', 'table tenants has no column device_flow, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.device_flow', 'table tenants', 'table tenants is missing, which this script drops together with column device_flow of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.enabled_locales', 'table tenants has no column enabled_locales, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.enabled_locales', 'table tenants', 'table tenants is missing, which this script drops together with column enabled_locales of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.ephemeral_session_lifetime', 'table tenants has no column ephemeral_session_lifetime, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'table tenants', 'table tenants is missing, which this script drops together with column ephemeral_session_lifetime of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.error_page', 'table tenants has no column error_page, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.error_page', 'table tenants', 'table tenants is missing, which this script drops together with column error_page of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.flags', 'table tenants has no column flags, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.flags', 'table tenants', 'table tenants is missing, which this script drops together with column flags of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.friendly_name', 'table tenants has no column friendly_name, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.friendly_name', 'table tenants', 'table tenants is missing, which this script drops together with column friendly_name of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.guardian_mfa_page', 'table tenants has no column guardian_mfa_page, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.guardian_mfa_page', 'table tenants', 'table tenants is missing, which this script drops together with column guardian_mfa_page of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.id', 'table tenants has no column id, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.id', 'table tenants', 'table tenants is missing, which this script drops together with column id of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.idle_ephemeral_session_lifetime', 'table tenants has no column idle_ephemeral_session_lifetime, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'table tenants', 'table tenants is missing, which this script drops together with column idle_ephemeral_session_lifetime of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.idle_session_lifetime', 'table tenants has no column idle_session_lifetime, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'table tenants', 'table tenants is missing, which this script drops together with column idle_session_lifetime of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.legacy_sandbox_version', 'table tenants has no column legacy_sandbox_version, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.legacy_sandbox_version', 'table tenants', 'table tenants is missing, which this script drops together with column legacy_sandbox_version of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.mfa', 'table tenants has no column mfa, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.mfa', 'table tenants', 'table tenants is missing, which this script drops together with column mfa of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.mtls', 'table tenants has no column mtls, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.mtls', 'table tenants', 'table tenants is missing, which this script drops together with column mtls of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.oidc_logout', 'table tenants has no column oidc_logout, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.oidc_logout', 'table tenants', 'table tenants is missing, which this script drops together with column oidc_logout of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.picture_url', 'table tenants has no column picture_url, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.picture_url', 'table tenants', 'table tenants is missing, which this script drops together with column picture_url of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.provisioning_error', 'table tenants has no column provisioning_error, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.provisioning_error', 'table tenants', 'table tenants is missing, which this script drops together with column provisioning_error of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.provisioning_state', 'table tenants has no column provisioning_state, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.provisioning_state', 'table tenants', 'table tenants is missing, which this script drops together with column provisioning_state of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.provisioning_state_changed_at', 'table tenants has no column provisioning_state_changed_at, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.provisioning_state_changed_at', 'table tenants', 'table tenants is missing, which this script drops together with column provisioning_state_changed_at of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.pushed_authorization_requests_supported', 'table tenants has no column pushed_authorization_requests_supported, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'table tenants', 'table tenants is missing, which this script drops together with column pushed_authorization_requests_supported of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.sandbox_version', 'table tenants has no column sandbox_version, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.sandbox_version', 'table tenants', 'table tenants is missing, which this script drops together with column sandbox_version of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.sandbox_versions_available', 'table tenants has no column sandbox_versions_available, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.sandbox_versions_available', 'table tenants', 'table tenants is missing, which this script drops together with column sandbox_versions_available of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.sender_email', 'table tenants has no column sender_email, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.sender_email', 'table tenants', 'table tenants is missing, which this script drops together with column sender_email of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.sender_name', 'table tenants has no column sender_name, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.sender_name', 'table tenants', 'table tenants is missing, which this script drops together with column sender_name of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.session_cookie', 'table tenants has no column session_cookie, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.session_cookie', 'table tenants', 'table tenants is missing, which this script drops together with column session_cookie of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.session_lifetime', 'table tenants has no column session_lifetime, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.session_lifetime', 'table tenants', 'table tenants is missing, which this script drops together with column session_lifetime of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.sessions', 'table tenants has no column sessions, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.sessions', 'table tenants', 'table tenants is missing, which this script drops together with column sessions of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.storage_kind', 'table tenants has no column storage_kind, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.storage_kind', 'table tenants', 'table tenants is missing, which this script drops together with column storage_kind of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.support_email', 'table tenants has no column support_email, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.support_email', 'table tenants', 'table tenants is missing, which this script drops together with column support_email of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.support_url', 'table tenants has no column support_url, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.support_url', 'table tenants', 'table tenants is missing, which this script drops together with column support_url of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.updated_at', 'table tenants has no column updated_at, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.updated_at', 'table tenants', 'table tenants is missing, which this script drops together with column updated_at of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.worker_script_name', 'table tenants has no column worker_script_name, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.worker_script_name', 'table tenants', 'table tenants is missing, which this script drops together with column worker_script_name of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.worker_version', 'table tenants has no column worker_version, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.worker_version', 'table tenants', 'table tenants is missing, which this script drops together with column worker_version of table tenants'
        UNION ALL SELECT 'table tenants', 'index tenants.PRIMARY', 'table tenants has no index PRIMARY, which this script drops together with table tenants'
        UNION ALL SELECT 'table tenants', 'table action_versions', 'table action_versions is missing, which this script drops only after table tenants (still there)'
        UNION ALL SELECT 'table tenants', 'index action_versions.uniq_action_versions_action_number', 'table action_versions has no index uniq_action_versions_action_number, which this script drops only after table tenants (still there)'
        UNION ALL SELECT 'table tenants', 'index action_versions.idx_action_versions_action', 'table action_versions has no index idx_action_versions_action, which this script drops only after table tenants (still there)'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.confirmed', 'table authentication_methods has no column confirmed, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.confirmed', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column confirmed of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.created_at_ts', 'table authentication_methods has no column created_at_ts, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column created_at_ts of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.credential_backed_up', 'table authentication_methods has no column credential_backed_up, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column credential_backed_up of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.credential_id', 'table authentication_methods has no column credential_id, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.credential_id', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column credential_id of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.friendly_name', 'table authentication_methods has no column friendly_name, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.friendly_name', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column friendly_name of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.id', 'table authentication_methods has no column id, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.id', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column id of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.phone_number', 'table authentication_methods has no column phone_number, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.phone_number', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column phone_number of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.public_key', 'table authentication_methods has no column public_key, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.public_key', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column public_key of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.sign_count', 'table authentication_methods has no column sign_count, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.sign_count', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column sign_count of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.tenant_id', 'table authentication_methods has no column tenant_id, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.tenant_id', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column tenant_id of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.totp_secret', 'table authentication_methods has no column totp_secret, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.totp_secret', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column totp_secret of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.transports', 'table authentication_methods has no column transports, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.transports', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column transports of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.type', 'table authentication_methods has no column type, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.type', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column type of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.updated_at_ts', 'table authentication_methods has no column updated_at_ts, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column updated_at_ts of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'column authentication_methods.user_id', 'table authentication_methods has no column user_id, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'column authentication_methods.user_id', 'table authentication_methods', 'table authentication_methods is missing, which this script drops together with column user_id of table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'index authentication_methods.PRIMARY', 'table authentication_methods has no index PRIMARY, which this script drops together with table authentication_methods'
        UNION ALL SELECT 'table authentication_methods', 'table tenants', 'table tenants is missing, which this script drops only after table authentication_methods (still there)'
        UNION ALL SELECT 'table branding', 'column branding.colors_page_background_angle_dev', 'table branding has no column colors_page_background_angle_dev, which this script drops together with table branding'
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'table branding', 'table branding is missing, which this script drops together with column colors_page_background_angle_dev of table branding'
        UNION ALL SELECT 'table branding', 'column branding.colors_page_background_end', 'table branding has no column colors_page_background_end, which this script drops together with table branding'
        UNION ALL SELECT 'column branding.colors_page_background_end', 'table branding', 'table branding is missing, which this script drops together with column colors_page_background_end of table branding'
        UNION ALL SELECT 'table branding', 'column branding.colors_page_background_start', 'table branding has no column colors_page_background_start, which this script drops together with table branding'
        UNION ALL SELECT 'column branding.colors_page_background_start', 'table branding', 'table branding is missing, which this script drops together with column colors_page_background_start of table branding'
        UNION ALL SELECT 'table branding', 'column branding.colors_page_background_type', 'table branding has no column colors_page_background_type, which this script drops together with table branding'
        UNION ALL SELECT 'column branding.colors_page_background_type', 'table branding', 'table branding is missing, which this script drops together with column colors_page_background_type of table branding'
        UNION ALL SELECT 'table branding', 'column branding.colors_primary', 'table branding has no column colors_primary, which this script drops together with table branding'
        UNION ALL SELECT 'column branding.colors_primary', 'table branding', 'table branding is missing, which this script drops together with column colors_primary of table branding'
        UNION ALL SELECT 'table branding', 'column branding.dark_mode', 'table branding has no column dark_mode, which this script drops together with table branding'
        UNION ALL SELECT 'column branding.dark_mode', 'table branding', 'table branding is missing, which this script drops together with column dark_mode of table branding'
        UNION ALL SELECT 'table branding', 'column branding.favicon_url', 'table branding has no column favicon_url, which this script drops together with table branding'
        UNION ALL SELECT 'column branding.favicon_url', 'table branding', 'table branding is missing, which this script drops together with column favicon_url of table branding'
        UNION ALL SELECT 'table branding', 'column branding.font_url', 'table branding has no column font_url, which this script drops together with table branding'
        UNION ALL SELECT 'column branding.font_url', 'table branding', 'table branding is missing, which this script drops together with column font_url of table branding'
        UNION ALL SELECT 'table branding', 'column branding.logo_url', 'table branding has no column logo_url, which this script drops together with table branding'
        UNION ALL SELECT 'column branding.logo_url', 'table branding', 'table branding is missing, which this script drops together with column logo_url of table branding'
        UNION ALL SELECT 'table branding', 'column branding.tenant_id', 'table branding has no column tenant_id, which this script drops together with table branding'
        UNION ALL SELECT 'column branding.tenant_id', 'table branding', 'table branding is missing, which this script drops together with column tenant_id of table branding'
        UNION ALL SELECT 'table branding', 'index branding.PRIMARY', 'table branding has no index PRIMARY, which this script drops together with table branding'
        UNION ALL SELECT 'table branding', 'table authentication_methods', 'table authentication_methods is missing, which this script drops only after table branding (still there)'
        UNION ALL SELECT 'table branding', 'index authentication_methods.authentication_methods_credential_id_idx', 'table authentication_methods has no index authentication_methods_credential_id_idx, which this script drops only after table branding (still there)'
        UNION ALL SELECT 'table branding', 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'table authentication_methods has no index mfa_enrollments_tenant_user_idx, which this script drops only after table branding (still there)'
        UNION ALL SELECT 'table clients', 'column clients.addons', 'table clients has no column addons, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.addons', 'table clients', 'table clients is missing, which this script drops together with column addons of table clients'
        UNION ALL SELECT 'table clients', 'column clients.allowed_clients', 'table clients has no column allowed_clients, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.allowed_clients', 'table clients', 'table clients is missing, which this script drops together with column allowed_clients of table clients'
        UNION ALL SELECT 'table clients', 'column clients.allowed_logout_urls', 'table clients has no column allowed_logout_urls, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.allowed_logout_urls', 'table clients', 'table clients is missing, which this script drops together with column allowed_logout_urls of table clients'
        UNION ALL SELECT 'table clients', 'column clients.allowed_origins', 'table clients has no column allowed_origins, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.allowed_origins', 'table clients', 'table clients is missing, which this script drops together with column allowed_origins of table clients'
        UNION ALL SELECT 'table clients', 'column clients.app_type', 'table clients has no column app_type, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.app_type', 'table clients', 'table clients is missing, which this script drops together with column app_type of table clients'
        UNION ALL SELECT 'table clients', 'column clients.auth0_conformant', 'table clients has no column auth0_conformant, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.auth0_conformant', 'table clients', 'table clients is missing, which this script drops together with column auth0_conformant of table clients'
        UNION ALL SELECT 'table clients', 'column clients.callbacks', 'table clients has no column callbacks, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.callbacks', 'table clients', 'table clients is missing, which this script drops together with column callbacks of table clients'
        UNION ALL SELECT 'table clients', 'column clients.client_aliases', 'table clients has no column client_aliases, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.client_aliases', 'table clients', 'table clients is missing, which this script drops together with column client_aliases of table clients'
        UNION ALL SELECT 'table clients', 'column clients.client_authentication_methods', 'table clients has no column client_authentication_methods, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.client_authentication_methods', 'table clients', 'table clients is missing, which this script drops together with column client_authentication_methods of table clients'
        UNION ALL SELECT 'table clients', 'column clients.client_id', 'table clients has no column client_id, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.client_id', 'table clients', 'table clients is missing, which this script drops together with column client_id of table clients'
        UNION ALL SELECT 'table clients', 'column clients.client_metadata', 'table clients has no column client_metadata, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.client_metadata', 'table clients', 'table clients is missing, which this script drops together with column client_metadata of table clients'
        UNION ALL SELECT 'table clients', 'column clients.client_secret', 'table clients has no column client_secret, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.client_secret', 'table clients', 'table clients is missing, which this script drops together with column client_secret of table clients'
        UNION ALL SELECT 'table clients', 'column clients.compliance_level', 'table clients has no column compliance_level, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.compliance_level', 'table clients', 'table clients is missing, which this script drops together with column compliance_level of table clients'
        UNION ALL SELECT 'table clients', 'column clients.connections', 'table clients has no column connections, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.connections', 'table clients', 'table clients is missing, which this script drops together with column connections of table clients'
        UNION ALL SELECT 'table clients', 'column clients.created_at', 'table clients has no column created_at, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.created_at', 'table clients', 'table clients is missing, which this script drops together with column created_at of table clients'
        UNION ALL SELECT 'table clients', 'column clients.cross_origin_authentication', 'table clients has no column cross_origin_authentication, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'table clients', 'table clients is missing, which this script drops together with column cross_origin_authentication of table clients'
        UNION ALL SELECT 'table clients', 'column clients.cross_origin_loc', 'table clients has no column cross_origin_loc, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.cross_origin_loc', 'table clients', 'table clients is missing, which this script drops together with column cross_origin_loc of table clients'
        UNION ALL SELECT 'table clients', 'column clients.custom_login_page', 'table clients has no column custom_login_page, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.custom_login_page', 'table clients', 'table clients is missing, which this script drops together with column custom_login_page of table clients'
        UNION ALL SELECT 'table clients', 'column clients.custom_login_page_on', 'table clients has no column custom_login_page_on, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.custom_login_page_on', 'table clients', 'table clients is missing, which this script drops together with column custom_login_page_on of table clients'
        UNION ALL SELECT 'table clients', 'column clients.custom_login_page_preview', 'table clients has no column custom_login_page_preview, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.custom_login_page_preview', 'table clients', 'table clients is missing, which this script drops together with column custom_login_page_preview of table clients'
        UNION ALL SELECT 'table clients', 'column clients.default_organization', 'table clients has no column default_organization, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.default_organization', 'table clients', 'table clients is missing, which this script drops together with column default_organization of table clients'
        UNION ALL SELECT 'table clients', 'column clients.description', 'table clients has no column description, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.description', 'table clients', 'table clients is missing, which this script drops together with column description of table clients'
        UNION ALL SELECT 'table clients', 'column clients.encryption_key', 'table clients has no column encryption_key, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.encryption_key', 'table clients', 'table clients is missing, which this script drops together with column encryption_key of table clients'
        UNION ALL SELECT 'table clients', 'column clients.form_template', 'table clients has no column form_template, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.form_template', 'table clients', 'table clients is missing, which this script drops together with column form_template of table clients'
        UNION ALL SELECT 'table clients', 'column clients.global', 'table clients has no column global, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.global', 'table clients', 'table clients is missing, which this script drops together with column global of table clients'
        UNION ALL SELECT 'table clients', 'column clients.grant_types', 'table clients has no column grant_types, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.grant_types', 'table clients', 'table clients is missing, which this script drops together with column grant_types of table clients'
        UNION ALL SELECT 'table clients', 'column clients.hide_sign_up_disabled_error', 'table clients has no column hide_sign_up_disabled_error, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'table clients', 'table clients is missing, which this script drops together with column hide_sign_up_disabled_error of table clients'
        UNION ALL SELECT 'table clients', 'column clients.initiate_login_uri', 'table clients has no column initiate_login_uri, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.initiate_login_uri', 'table clients', 'table clients is missing, which this script drops together with column initiate_login_uri of table clients'
        UNION ALL SELECT 'table clients', 'column clients.is_first_party', 'table clients has no column is_first_party, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.is_first_party', 'table clients', 'table clients is missing, which this script drops together with column is_first_party of table clients'
        UNION ALL SELECT 'table clients', 'column clients.jwt_configuration', 'table clients has no column jwt_configuration, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.jwt_configuration', 'table clients', 'table clients is missing, which this script drops together with column jwt_configuration of table clients'
        UNION ALL SELECT 'table clients', 'column clients.logo_uri', 'table clients has no column logo_uri, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.logo_uri', 'table clients', 'table clients is missing, which this script drops together with column logo_uri of table clients'
        UNION ALL SELECT 'table clients', 'column clients.mobile', 'table clients has no column mobile, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.mobile', 'table clients', 'table clients is missing, which this script drops together with column mobile of table clients'
        UNION ALL SELECT 'table clients', 'column clients.name', 'table clients has no column name, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.name', 'table clients', 'table clients is missing, which this script drops together with column name of table clients'
        UNION ALL SELECT 'table clients', 'column clients.native_social_login', 'table clients has no column native_social_login, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.native_social_login', 'table clients', 'table clients is missing, which this script drops together with column native_social_login of table clients'
        UNION ALL SELECT 'table clients', 'column clients.oidc_conformant', 'table clients has no column oidc_conformant, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.oidc_conformant', 'table clients', 'table clients is missing, which this script drops together with column oidc_conformant of table clients'
        UNION ALL SELECT 'table clients', 'column clients.oidc_logout', 'table clients has no column oidc_logout, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.oidc_logout', 'table clients', 'table clients is missing, which this script drops together with column oidc_logout of table clients'
        UNION ALL SELECT 'table clients', 'column clients.organization_require_behavior', 'table clients has no column organization_require_behavior, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.organization_require_behavior', 'table clients', 'table clients is missing, which this script drops together with column organization_require_behavior of table clients'
        UNION ALL SELECT 'table clients', 'column clients.organization_usage', 'table clients has no column organization_usage, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.organization_usage', 'table clients', 'table clients is missing, which this script drops together with column organization_usage of table clients'
        UNION ALL SELECT 'table clients', 'column clients.owner_user_id', 'table clients has no column owner_user_id, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.owner_user_id', 'table clients', 'table clients is missing, which this script drops together with column owner_user_id of table clients'
        UNION ALL SELECT 'table clients', 'column clients.par_request_expiry', 'table clients has no column par_request_expiry, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.par_request_expiry', 'table clients', 'table clients is missing, which this script drops together with column par_request_expiry of table clients'
        UNION ALL SELECT 'table clients', 'column clients.refresh_token', 'table clients has no column refresh_token, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.refresh_token', 'table clients', 'table clients is missing, which this script drops together with column refresh_token of table clients'
        UNION ALL SELECT 'table clients', 'column clients.registration_metadata', 'table clients has no column registration_metadata, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.registration_metadata', 'table clients', 'table clients is missing, which this script drops together with column registration_metadata of table clients'
        UNION ALL SELECT 'table clients', 'column clients.registration_type', 'table clients has no column registration_type, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.registration_type', 'table clients', 'table clients is missing, which this script drops together with column registration_type of table clients'
        UNION ALL SELECT 'table clients', 'column clients.require_proof_of_possession', 'table clients has no column require_proof_of_possession, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'table clients', 'table clients is missing, which this script drops together with column require_proof_of_possession of table clients'
        UNION ALL SELECT 'table clients', 'column clients.require_pushed_authorization_requests', 'table clients has no column require_pushed_authorization_requests, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'table clients', 'table clients is missing, which this script drops together with column require_pushed_authorization_requests of table clients'
        UNION ALL SELECT 'table clients', 'column clients.session_transfer', 'table clients has no column session_transfer, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.session_transfer', 'table clients', 'table clients is missing, which this script drops together with column session_transfer of table clients'
        UNION ALL SELECT 'table clients', 'column clients.signed_request_object', 'table clients has no column signed_request_object, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.signed_request_object', 'table clients', 'table clients is missing, which this script drops together with column signed_request_object of table clients'
        UNION ALL SELECT 'table clients', 'column clients.signing_keys', 'table clients has no column signing_keys, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.signing_keys', 'table clients', 'table clients is missing, which this script drops together with column signing_keys of table clients'
        UNION ALL SELECT 'table clients', 'column clients.sso', 'table clients has no column sso, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.sso', 'table clients', 'table clients is missing, which this script drops together with column sso of table clients'
        UNION ALL SELECT 'table clients', 'column clients.sso_disabled', 'table clients has no column sso_disabled, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.sso_disabled', 'table clients', 'table clients is missing, which this script drops together with column sso_disabled of table clients'
        UNION ALL SELECT 'table clients', 'column clients.tenant_id', 'table clients has no column tenant_id, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.tenant_id', 'table clients', 'table clients is missing, which this script drops together with column tenant_id of table clients'
        UNION ALL SELECT 'table clients', 'column clients.token_endpoint_auth_method', 'table clients has no column token_endpoint_auth_method, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'table clients', 'table clients is missing, which this script drops together with column token_endpoint_auth_method of table clients'
        UNION ALL SELECT 'table clients', 'column clients.token_quota', 'table clients has no column token_quota, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.token_quota', 'table clients', 'table clients is missing, which this script drops together with column token_quota of table clients'
        UNION ALL SELECT 'table clients', 'column clients.updated_at', 'table clients has no column updated_at, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.updated_at', 'table clients', 'table clients is missing, which this script drops together with column updated_at of table clients'
        UNION ALL SELECT 'table clients', 'column clients.user_linking_mode', 'table clients has no column user_linking_mode, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.user_linking_mode', 'table clients', 'table clients is missing, which this script drops together with column user_linking_mode of table clients'
        UNION ALL SELECT 'table clients', 'column clients.web_origins', 'table clients has no column web_origins, which this script drops together with table clients'
        UNION ALL SELECT 'column clients.web_origins', 'table clients', 'table clients is missing, which this script drops together with column web_origins of table clients'
        UNION ALL SELECT 'table clients', 'index clients.PRIMARY', 'table clients has no index PRIMARY, which this script drops together with table clients'
        UNION ALL SELECT 'table clients', 'table branding', 'table branding is missing, which this script drops only after table clients (still there)'
        UNION ALL SELECT 'table client_grants', 'column client_grants.allow_any_organization', 'table client_grants has no column allow_any_organization, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'table client_grants', 'table client_grants is missing, which this script drops together with column allow_any_organization of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.audience', 'table client_grants has no column audience, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.audience', 'table client_grants', 'table client_grants is missing, which this script drops together with column audience of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.authorization_details_types', 'table client_grants has no column authorization_details_types, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'table client_grants', 'table client_grants is missing, which this script drops together with column authorization_details_types of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.client_id', 'table client_grants has no column client_id, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.client_id', 'table client_grants', 'table client_grants is missing, which this script drops together with column client_id of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.created_at', 'table client_grants has no column created_at, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.created_at', 'table client_grants', 'table client_grants is missing, which this script drops together with column created_at of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.id', 'table client_grants has no column id, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.id', 'table client_grants', 'table client_grants is missing, which this script drops together with column id of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.is_system', 'table client_grants has no column is_system, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.is_system', 'table client_grants', 'table client_grants is missing, which this script drops together with column is_system of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.organization_usage', 'table client_grants has no column organization_usage, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.organization_usage', 'table client_grants', 'table client_grants is missing, which this script drops together with column organization_usage of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.scope', 'table client_grants has no column scope, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.scope', 'table client_grants', 'table client_grants is missing, which this script drops together with column scope of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.subject_type', 'table client_grants has no column subject_type, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.subject_type', 'table client_grants', 'table client_grants is missing, which this script drops together with column subject_type of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.tenant_id', 'table client_grants has no column tenant_id, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.tenant_id', 'table client_grants', 'table client_grants is missing, which this script drops together with column tenant_id of table client_grants'
        UNION ALL SELECT 'table client_grants', 'column client_grants.updated_at', 'table client_grants has no column updated_at, which this script drops together with table client_grants'
        UNION ALL SELECT 'column client_grants.updated_at', 'table client_grants', 'table client_grants is missing, which this script drops together with column updated_at of table client_grants'
        UNION ALL SELECT 'table client_grants', 'index client_grants.PRIMARY', 'table client_grants has no index PRIMARY, which this script drops together with table client_grants'
        UNION ALL SELECT 'table client_grants', 'table clients', 'table clients is missing, which this script drops only after table client_grants (still there)'
        UNION ALL SELECT 'table client_grants', 'index clients.idx_clients_owner_user_id', 'table clients has no index idx_clients_owner_user_id, which this script drops only after table client_grants (still there)'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.client_id', 'table client_registration_tokens has no column client_id, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.client_id', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column client_id of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.constraints', 'table client_registration_tokens has no column constraints, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.constraints', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column constraints of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.created_at_ts', 'table client_registration_tokens has no column created_at_ts, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column created_at_ts of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.expires_at_ts', 'table client_registration_tokens has no column expires_at_ts, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column expires_at_ts of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.id', 'table client_registration_tokens has no column id, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.id', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column id of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.revoked_at_ts', 'table client_registration_tokens has no column revoked_at_ts, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column revoked_at_ts of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.single_use', 'table client_registration_tokens has no column single_use, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column single_use of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.sub', 'table client_registration_tokens has no column sub, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.sub', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column sub of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.tenant_id', 'table client_registration_tokens has no column tenant_id, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.tenant_id', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column tenant_id of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.token_hash', 'table client_registration_tokens has no column token_hash, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.token_hash', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column token_hash of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.type', 'table client_registration_tokens has no column type, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.type', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column type of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'column client_registration_tokens.used_at_ts', 'table client_registration_tokens has no column used_at_ts, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops together with column used_at_ts of table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'index client_registration_tokens.PRIMARY', 'table client_registration_tokens has no index PRIMARY, which this script drops together with table client_registration_tokens'
        UNION ALL SELECT 'table client_registration_tokens', 'table client_grants', 'table client_grants is missing, which this script drops only after table client_registration_tokens (still there)'
        UNION ALL SELECT 'table client_registration_tokens', 'index client_grants.uq_client_grants_tenant_client_audience', 'table client_grants has no index uq_client_grants_tenant_client_audience, which this script drops only after table client_registration_tokens (still there)'
        UNION ALL SELECT 'table client_registration_tokens', 'index client_grants.idx_client_grants_audience', 'table client_grants has no index idx_client_grants_audience, which this script drops only after table client_registration_tokens (still there)'
        UNION ALL SELECT 'table users', 'column users.address', 'table users has no column address, which this script drops together with table users'
        UNION ALL SELECT 'column users.address', 'table users', 'table users is missing, which this script drops together with column address of table users'
        UNION ALL SELECT 'table users', 'column users.app_metadata', 'table users has no column app_metadata, which this script drops together with table users'
        UNION ALL SELECT 'column users.app_metadata', 'table users', 'table users is missing, which this script drops together with column app_metadata of table users'
        UNION ALL SELECT 'table users', 'column users.birthdate', 'table users has no column birthdate, which this script drops together with table users'
        UNION ALL SELECT 'column users.birthdate', 'table users', 'table users is missing, which this script drops together with column birthdate of table users'
        UNION ALL SELECT 'table users', 'column users.connection', 'table users has no column connection, which this script drops together with table users'
        UNION ALL SELECT 'column users.connection', 'table users', 'table users is missing, which this script drops together with column connection of table users'
        UNION ALL SELECT 'table users', 'column users.created_at', 'table users has no column created_at, which this script drops together with table users'
        UNION ALL SELECT 'column users.created_at', 'table users', 'table users is missing, which this script drops together with column created_at of table users'
        UNION ALL SELECT 'table users', 'column users.email', 'table users has no column email, which this script drops together with table users'
        UNION ALL SELECT 'column users.email', 'table users', 'table users is missing, which this script drops together with column email of table users'
        UNION ALL SELECT 'table users', 'column users.email_verified', 'table users has no column email_verified, which this script drops together with table users'
        UNION ALL SELECT 'column users.email_verified', 'table users', 'table users is missing, which this script drops together with column email_verified of table users'
        UNION ALL SELECT 'table users', 'column users.family_name', 'table users has no column family_name, which this script drops together with table users'
        UNION ALL SELECT 'column users.family_name', 'table users', 'table users is missing, which this script drops together with column family_name of table users'
        UNION ALL SELECT 'table users', 'column users.gender', 'table users has no column gender, which this script drops together with table users'
        UNION ALL SELECT 'column users.gender', 'table users', 'table users is missing, which this script drops together with column gender of table users'
        UNION ALL SELECT 'table users', 'column users.given_name', 'table users has no column given_name, which this script drops together with table users'
        UNION ALL SELECT 'column users.given_name', 'table users', 'table users is missing, which this script drops together with column given_name of table users'
        UNION ALL SELECT 'table users', 'column users.is_social', 'table users has no column is_social, which this script drops together with table users'
        UNION ALL SELECT 'column users.is_social', 'table users', 'table users is missing, which this script drops together with column is_social of table users'
        UNION ALL SELECT 'table users', 'column users.linked_to', 'table users has no column linked_to, which this script drops together with table users'
        UNION ALL SELECT 'column users.linked_to', 'table users', 'table users is missing, which this script drops together with column linked_to of table users'
        UNION ALL SELECT 'table users', 'column users.locale', 'table users has no column locale, which this script drops together with table users'
        UNION ALL SELECT 'column users.locale', 'table users', 'table users is missing, which this script drops together with column locale of table users'
        UNION ALL SELECT 'table users', 'column users.middle_name', 'table users has no column middle_name, which this script drops together with table users'
        UNION ALL SELECT 'column users.middle_name', 'table users', 'table users is missing, which this script drops together with column middle_name of table users'
        UNION ALL SELECT 'table users', 'column users.name', 'table users has no column name, which this script drops together with table users'
        UNION ALL SELECT 'column users.name', 'table users', 'table users is missing, which this script drops together with column name of table users'
        UNION ALL SELECT 'table users', 'column users.nickname', 'table users has no column nickname, which this script drops together with table users'
        UNION ALL SELECT 'column users.nickname', 'table users', 'table users is missing, which this script drops together with column nickname of table users'
        UNION ALL SELECT 'table users', 'column users.phone_number', 'table users has no column phone_number, which this script drops together with table users'
        UNION ALL SELECT 'column users.phone_number', 'table users', 'table users is missing, which this script drops together with column phone_number of table users'
        UNION ALL SELECT 'table users', 'column users.phone_verified', 'table users has no column phone_verified, which this script drops together with table users'
        UNION ALL SELECT 'column users.phone_verified', 'table users', 'table users is missing, which this script drops together with column phone_verified of table users'
        UNION ALL SELECT 'table users', 'column users.picture', 'table users has no column picture, which this script drops together with table users'
        UNION ALL SELECT 'column users.picture', 'table users', 'table users is missing, which this script drops together with column picture of table users'
        UNION ALL SELECT 'table users', 'column users.preferred_username', 'table users has no column preferred_username, which this script drops together with table users'
        UNION ALL SELECT 'column users.preferred_username', 'table users', 'table users is missing, which this script drops together with column preferred_username of table users'
        UNION ALL SELECT 'table users', 'column users.profile', 'table users has no column profile, which this script drops together with table users'
        UNION ALL SELECT 'column users.profile', 'table users', 'table users is missing, which this script drops together with column profile of table users'
        UNION ALL SELECT 'table users', 'column users.profileData', 'table users has no column profileData, which this script drops together with table users'
        UNION ALL SELECT 'column users.profileData', 'table users', 'table users is missing, which this script drops together with column profileData of table users'
        UNION ALL SELECT 'table users', 'column users.provider', 'table users has no column provider, which this script drops together with table users'
        UNION ALL SELECT 'column users.provider', 'table users', 'table users is missing, which this script drops together with column provider of table users'
        UNION ALL SELECT 'table users', 'column users.registration_completed_at', 'table users has no column registration_completed_at, which this script drops together with table users'
        UNION ALL SELECT 'column users.registration_completed_at', 'table users', 'table users is missing, which this script drops together with column registration_completed_at of table users'
        UNION ALL SELECT 'table users', 'column users.tenant_id', 'table users has no column tenant_id, which this script drops together with table users'
        UNION ALL SELECT 'column users.tenant_id', 'table users', 'table users is missing, which this script drops together with column tenant_id of table users'
        UNION ALL SELECT 'table users', 'column users.updated_at', 'table users has no column updated_at, which this script drops together with table users'
        UNION ALL SELECT 'column users.updated_at', 'table users', 'table users is missing, which this script drops together with column updated_at of table users'
        UNION ALL SELECT 'table users', 'column users.user_id', 'table users has no column user_id, which this script drops together with table users'
        UNION ALL SELECT 'column users.user_id', 'table users', 'table users is missing, which this script drops together with column user_id of table users'
        UNION ALL SELECT 'table users', 'column users.user_metadata', 'table users has no column user_metadata, which this script drops together with table users'
        UNION ALL SELECT 'column users.user_metadata', 'table users', 'table users is missing, which this script drops together with column user_metadata of table users'
        UNION ALL SELECT 'table users', 'column users.username', 'table users has no column username, which this script drops together with table users'
        UNION ALL SELECT 'column users.username', 'table users', 'table users is missing, which this script drops together with column username of table users'
        UNION ALL SELECT 'table users', 'column users.website', 'table users has no column website, which this script drops together with table users'
        UNION ALL SELECT 'column users.website', 'table users', 'table users is missing, which this script drops together with column website of table users'
        UNION ALL SELECT 'table users', 'column users.zoneinfo', 'table users has no column zoneinfo, which this script drops together with table users'
        UNION ALL SELECT 'column users.zoneinfo', 'table users', 'table users is missing, which this script drops together with column zoneinfo of table users'
        UNION ALL SELECT 'table users', 'index users.PRIMARY', 'table users has no index PRIMARY, which this script drops together with table users'
        UNION ALL SELECT 'table users', 'index users.unique_email_provider', 'table users has no index unique_email_provider, which this script drops together with table users'
        UNION ALL SELECT 'table users', 'index users.unique_phone_provider', 'table users has no index unique_phone_provider, which this script drops together with table users'
        UNION ALL SELECT 'table users', 'table client_registration_tokens', 'table client_registration_tokens is missing, which this script drops only after table users (still there)'
        UNION ALL SELECT 'table users', 'index client_registration_tokens.idx_client_registration_tokens_hash', 'table client_registration_tokens has no index idx_client_registration_tokens_hash, which this script drops only after table users (still there)'
        UNION ALL SELECT 'table users', 'index client_registration_tokens.idx_client_registration_tokens_client', 'table client_registration_tokens has no index idx_client_registration_tokens_client, which this script drops only after table users (still there)'
        UNION ALL SELECT 'table codes', 'column codes.code_challenge', 'table codes has no column code_challenge, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.code_challenge', 'table codes', 'table codes is missing, which this script drops together with column code_challenge of table codes'
        UNION ALL SELECT 'table codes', 'column codes.code_challenge_method', 'table codes has no column code_challenge_method, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.code_challenge_method', 'table codes', 'table codes is missing, which this script drops together with column code_challenge_method of table codes'
        UNION ALL SELECT 'table codes', 'column codes.code_id', 'table codes has no column code_id, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.code_id', 'table codes', 'table codes is missing, which this script drops together with column code_id of table codes'
        UNION ALL SELECT 'table codes', 'column codes.code_type', 'table codes has no column code_type, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.code_type', 'table codes', 'table codes is missing, which this script drops together with column code_type of table codes'
        UNION ALL SELECT 'table codes', 'column codes.code_verifier', 'table codes has no column code_verifier, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.code_verifier', 'table codes', 'table codes is missing, which this script drops together with column code_verifier of table codes'
        UNION ALL SELECT 'table codes', 'column codes.connection_id', 'table codes has no column connection_id, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.connection_id', 'table codes', 'table codes is missing, which this script drops together with column connection_id of table codes'
        UNION ALL SELECT 'table codes', 'column codes.created_at', 'table codes has no column created_at, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.created_at', 'table codes', 'table codes is missing, which this script drops together with column created_at of table codes'
        UNION ALL SELECT 'table codes', 'column codes.expires_at', 'table codes has no column expires_at, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.expires_at', 'table codes', 'table codes is missing, which this script drops together with column expires_at of table codes'
        UNION ALL SELECT 'table codes', 'column codes.expires_at_ts', 'table codes has no column expires_at_ts, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.expires_at_ts', 'table codes', 'table codes is missing, which this script drops together with column expires_at_ts of table codes'
        UNION ALL SELECT 'table codes', 'column codes.login_id', 'table codes has no column login_id, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.login_id', 'table codes', 'table codes is missing, which this script drops together with column login_id of table codes'
        UNION ALL SELECT 'table codes', 'column codes.nonce', 'table codes has no column nonce, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.nonce', 'table codes', 'table codes is missing, which this script drops together with column nonce of table codes'
        UNION ALL SELECT 'table codes', 'column codes.otp', 'table codes has no column otp, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.otp', 'table codes', 'table codes is missing, which this script drops together with column otp of table codes'
        UNION ALL SELECT 'table codes', 'column codes.redirect_uri', 'table codes has no column redirect_uri, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.redirect_uri', 'table codes', 'table codes is missing, which this script drops together with column redirect_uri of table codes'
        UNION ALL SELECT 'table codes', 'column codes.state', 'table codes has no column state, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.state', 'table codes', 'table codes is missing, which this script drops together with column state of table codes'
        UNION ALL SELECT 'table codes', 'column codes.tenant_id', 'table codes has no column tenant_id, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.tenant_id', 'table codes', 'table codes is missing, which this script drops together with column tenant_id of table codes'
        UNION ALL SELECT 'table codes', 'column codes.used_at', 'table codes has no column used_at, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.used_at', 'table codes', 'table codes is missing, which this script drops together with column used_at of table codes'
        UNION ALL SELECT 'table codes', 'column codes.user_id', 'table codes has no column user_id, which this script drops together with table codes'
        UNION ALL SELECT 'column codes.user_id', 'table codes', 'table codes is missing, which this script drops together with column user_id of table codes'
        UNION ALL SELECT 'table codes', 'index codes.PRIMARY', 'table codes has no index PRIMARY, which this script drops together with table codes'
        UNION ALL SELECT 'table codes', 'table users', 'table users is missing, which this script drops only after table codes (still there)'
        UNION ALL SELECT 'table codes', 'index users.unique_username_provider', 'table users has no index unique_username_provider, which this script drops only after table codes (still there)'
        UNION ALL SELECT 'table codes', 'index users.linked_to_constraint', 'table users has no index linked_to_constraint, which this script drops only after table codes (still there)'
        UNION ALL SELECT 'table codes', 'index users.users_email_index', 'table users has no index users_email_index, which this script drops only after table codes (still there)'
        UNION ALL SELECT 'table codes', 'index users.users_linked_to_index', 'table users has no index users_linked_to_index, which this script drops only after table codes (still there)'
        UNION ALL SELECT 'table codes', 'index users.users_name_index', 'table users has no index users_name_index, which this script drops only after table codes (still there)'
        UNION ALL SELECT 'table codes', 'index users.users_phone_tenant_provider_index', 'table users has no index users_phone_tenant_provider_index, which this script drops only after table codes (still there)'
        UNION ALL SELECT 'table connections', 'column connections.created_at', 'table connections has no column created_at, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.created_at', 'table connections', 'table connections is missing, which this script drops together with column created_at of table connections'
        UNION ALL SELECT 'table connections', 'column connections.display_name', 'table connections has no column display_name, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.display_name', 'table connections', 'table connections is missing, which this script drops together with column display_name of table connections'
        UNION ALL SELECT 'table connections', 'column connections.id', 'table connections has no column id, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.id', 'table connections', 'table connections is missing, which this script drops together with column id of table connections'
        UNION ALL SELECT 'table connections', 'column connections.is_domain_connection', 'table connections has no column is_domain_connection, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.is_domain_connection', 'table connections', 'table connections is missing, which this script drops together with column is_domain_connection of table connections'
        UNION ALL SELECT 'table connections', 'column connections.is_system', 'table connections has no column is_system, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.is_system', 'table connections', 'table connections is missing, which this script drops together with column is_system of table connections'
        UNION ALL SELECT 'table connections', 'column connections.metadata', 'table connections has no column metadata, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.metadata', 'table connections', 'table connections is missing, which this script drops together with column metadata of table connections'
        UNION ALL SELECT 'table connections', 'column connections.name', 'table connections has no column name, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.name', 'table connections', 'table connections is missing, which this script drops together with column name of table connections'
        UNION ALL SELECT 'table connections', 'column connections.options', 'table connections has no column options, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.options', 'table connections', 'table connections is missing, which this script drops together with column options of table connections'
        UNION ALL SELECT 'table connections', 'column connections.response_mode', 'table connections has no column response_mode, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.response_mode', 'table connections', 'table connections is missing, which this script drops together with column response_mode of table connections'
        UNION ALL SELECT 'table connections', 'column connections.response_type', 'table connections has no column response_type, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.response_type', 'table connections', 'table connections is missing, which this script drops together with column response_type of table connections'
        UNION ALL SELECT 'table connections', 'column connections.show_as_button', 'table connections has no column show_as_button, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.show_as_button', 'table connections', 'table connections is missing, which this script drops together with column show_as_button of table connections'
        UNION ALL SELECT 'table connections', 'column connections.strategy', 'table connections has no column strategy, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.strategy', 'table connections', 'table connections is missing, which this script drops together with column strategy of table connections'
        UNION ALL SELECT 'table connections', 'column connections.tenant_id', 'table connections has no column tenant_id, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.tenant_id', 'table connections', 'table connections is missing, which this script drops together with column tenant_id of table connections'
        UNION ALL SELECT 'table connections', 'column connections.updated_at', 'table connections has no column updated_at, which this script drops together with table connections'
        UNION ALL SELECT 'column connections.updated_at', 'table connections', 'table connections is missing, which this script drops together with column updated_at of table connections'
        UNION ALL SELECT 'table connections', 'index connections.PRIMARY', 'table connections has no index PRIMARY, which this script drops together with table connections'
        UNION ALL SELECT 'table connections', 'table codes', 'table codes is missing, which this script drops only after table connections (still there)'
        UNION ALL SELECT 'table connections', 'index codes.codes_user_id_tenant_id_constraint', 'table codes has no index codes_user_id_tenant_id_constraint, which this script drops only after table connections (still there)'
        UNION ALL SELECT 'table connections', 'index codes.idx_codes_expires_at_ts', 'table codes has no index idx_codes_expires_at_ts, which this script drops only after table connections (still there)'
        UNION ALL SELECT 'table connections', 'index codes.tenant_id', 'table codes has no index tenant_id, which this script drops only after table connections (still there)'
        UNION ALL SELECT 'table control_plane_comm_keys', 'column control_plane_comm_keys.created_at', 'table control_plane_comm_keys has no column created_at, which this script drops together with table control_plane_comm_keys'
        UNION ALL SELECT 'column control_plane_comm_keys.created_at', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script drops together with column created_at of table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'column control_plane_comm_keys.kid', 'table control_plane_comm_keys has no column kid, which this script drops together with table control_plane_comm_keys'
        UNION ALL SELECT 'column control_plane_comm_keys.kid', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script drops together with column kid of table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'column control_plane_comm_keys.public_jwk', 'table control_plane_comm_keys has no column public_jwk, which this script drops together with table control_plane_comm_keys'
        UNION ALL SELECT 'column control_plane_comm_keys.public_jwk', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script drops together with column public_jwk of table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'column control_plane_comm_keys.revoked_at', 'table control_plane_comm_keys has no column revoked_at, which this script drops together with table control_plane_comm_keys'
        UNION ALL SELECT 'column control_plane_comm_keys.revoked_at', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script drops together with column revoked_at of table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'column control_plane_comm_keys.tenant_id', 'table control_plane_comm_keys has no column tenant_id, which this script drops together with table control_plane_comm_keys'
        UNION ALL SELECT 'column control_plane_comm_keys.tenant_id', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script drops together with column tenant_id of table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'index control_plane_comm_keys.PRIMARY', 'table control_plane_comm_keys has no index PRIMARY, which this script drops together with table control_plane_comm_keys'
        UNION ALL SELECT 'table control_plane_comm_keys', 'table connections', 'table connections is missing, which this script drops only after table control_plane_comm_keys (still there)'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.created_at', 'table custom_domains has no column created_at, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.created_at', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column created_at of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.custom_client_ip_header', 'table custom_domains has no column custom_client_ip_header, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.custom_client_ip_header', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column custom_client_ip_header of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.custom_domain_id', 'table custom_domains has no column custom_domain_id, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.custom_domain_id', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column custom_domain_id of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.domain', 'table custom_domains has no column domain, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.domain', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column domain of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.domain_metadata', 'table custom_domains has no column domain_metadata, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.domain_metadata', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column domain_metadata of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.origin_domain_name', 'table custom_domains has no column origin_domain_name, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.origin_domain_name', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column origin_domain_name of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.primary', 'table custom_domains has no column primary, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.primary', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column primary of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.status', 'table custom_domains has no column status, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.status', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column status of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.tenant_id', 'table custom_domains has no column tenant_id, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.tenant_id', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column tenant_id of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.tls_policy', 'table custom_domains has no column tls_policy, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.tls_policy', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column tls_policy of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.type', 'table custom_domains has no column type, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.type', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column type of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.updated_at', 'table custom_domains has no column updated_at, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.updated_at', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column updated_at of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'column custom_domains.verification', 'table custom_domains has no column verification, which this script drops together with table custom_domains'
        UNION ALL SELECT 'column custom_domains.verification', 'table custom_domains', 'table custom_domains is missing, which this script drops together with column verification of table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'index custom_domains.PRIMARY', 'table custom_domains has no index PRIMARY, which this script drops together with table custom_domains'
        UNION ALL SELECT 'table custom_domains', 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing, which this script drops only after table custom_domains (still there)'
        UNION ALL SELECT 'table custom_domains', 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'table control_plane_comm_keys has no index control_plane_comm_keys_tenant_id_created_at_idx, which this script drops only after table custom_domains (still there)'
        UNION ALL SELECT 'table custom_text', 'column custom_text.created_at_ts', 'table custom_text has no column created_at_ts, which this script drops together with table custom_text'
        UNION ALL SELECT 'column custom_text.created_at_ts', 'table custom_text', 'table custom_text is missing, which this script drops together with column created_at_ts of table custom_text'
        UNION ALL SELECT 'table custom_text', 'column custom_text.custom_text', 'table custom_text has no column custom_text, which this script drops together with table custom_text'
        UNION ALL SELECT 'column custom_text.custom_text', 'table custom_text', 'table custom_text is missing, which this script drops together with column custom_text of table custom_text'
        UNION ALL SELECT 'table custom_text', 'column custom_text.language', 'table custom_text has no column language, which this script drops together with table custom_text'
        UNION ALL SELECT 'column custom_text.language', 'table custom_text', 'table custom_text is missing, which this script drops together with column language of table custom_text'
        UNION ALL SELECT 'table custom_text', 'column custom_text.prompt', 'table custom_text has no column prompt, which this script drops together with table custom_text'
        UNION ALL SELECT 'column custom_text.prompt', 'table custom_text', 'table custom_text is missing, which this script drops together with column prompt of table custom_text'
        UNION ALL SELECT 'table custom_text', 'column custom_text.tenant_id', 'table custom_text has no column tenant_id, which this script drops together with table custom_text'
        UNION ALL SELECT 'column custom_text.tenant_id', 'table custom_text', 'table custom_text is missing, which this script drops together with column tenant_id of table custom_text'
        UNION ALL SELECT 'table custom_text', 'column custom_text.updated_at_ts', 'table custom_text has no column updated_at_ts, which this script drops together with table custom_text'
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'table custom_text', 'table custom_text is missing, which this script drops together with column updated_at_ts of table custom_text'
        UNION ALL SELECT 'table custom_text', 'index custom_text.PRIMARY', 'table custom_text has no index PRIMARY, which this script drops together with table custom_text'
        UNION ALL SELECT 'table custom_text', 'table custom_domains', 'table custom_domains is missing, which this script drops only after table custom_text (still there)'
        UNION ALL SELECT 'table custom_text', 'index custom_domains.tenant_id', 'table custom_domains has no index tenant_id, which this script drops only after table custom_text (still there)'
        UNION ALL SELECT 'table email_providers', 'column email_providers.created_at', 'table email_providers has no column created_at, which this script drops together with table email_providers'
        UNION ALL SELECT 'column email_providers.created_at', 'table email_providers', 'table email_providers is missing, which this script drops together with column created_at of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.credentials', 'table email_providers has no column credentials, which this script drops together with table email_providers'
        UNION ALL SELECT 'column email_providers.credentials', 'table email_providers', 'table email_providers is missing, which this script drops together with column credentials of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.default_from_address', 'table email_providers has no column default_from_address, which this script drops together with table email_providers'
        UNION ALL SELECT 'column email_providers.default_from_address', 'table email_providers', 'table email_providers is missing, which this script drops together with column default_from_address of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.enabled', 'table email_providers has no column enabled, which this script drops together with table email_providers'
        UNION ALL SELECT 'column email_providers.enabled', 'table email_providers', 'table email_providers is missing, which this script drops together with column enabled of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.name', 'table email_providers has no column name, which this script drops together with table email_providers'
        UNION ALL SELECT 'column email_providers.name', 'table email_providers', 'table email_providers is missing, which this script drops together with column name of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.settings', 'table email_providers has no column settings, which this script drops together with table email_providers'
        UNION ALL SELECT 'column email_providers.settings', 'table email_providers', 'table email_providers is missing, which this script drops together with column settings of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.tenant_id', 'table email_providers has no column tenant_id, which this script drops together with table email_providers'
        UNION ALL SELECT 'column email_providers.tenant_id', 'table email_providers', 'table email_providers is missing, which this script drops together with column tenant_id of table email_providers'
        UNION ALL SELECT 'table email_providers', 'column email_providers.updated_at', 'table email_providers has no column updated_at, which this script drops together with table email_providers'
        UNION ALL SELECT 'column email_providers.updated_at', 'table email_providers', 'table email_providers is missing, which this script drops together with column updated_at of table email_providers'
        UNION ALL SELECT 'table email_providers', 'index email_providers.PRIMARY', 'table email_providers has no index PRIMARY, which this script drops together with table email_providers'
        UNION ALL SELECT 'table email_providers', 'table custom_text', 'table custom_text is missing, which this script drops only after table email_providers (still there)'
        UNION ALL SELECT 'table email_templates', 'column email_templates.body', 'table email_templates has no column body, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.body', 'table email_templates', 'table email_templates is missing, which this script drops together with column body of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.created_at', 'table email_templates has no column created_at, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.created_at', 'table email_templates', 'table email_templates is missing, which this script drops together with column created_at of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.enabled', 'table email_templates has no column enabled, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.enabled', 'table email_templates', 'table email_templates is missing, which this script drops together with column enabled of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.from', 'table email_templates has no column from, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.from', 'table email_templates', 'table email_templates is missing, which this script drops together with column from of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.include_email_in_redirect', 'table email_templates has no column include_email_in_redirect, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'table email_templates', 'table email_templates is missing, which this script drops together with column include_email_in_redirect of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.result_url', 'table email_templates has no column result_url, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.result_url', 'table email_templates', 'table email_templates is missing, which this script drops together with column result_url of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.subject', 'table email_templates has no column subject, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.subject', 'table email_templates', 'table email_templates is missing, which this script drops together with column subject of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.syntax', 'table email_templates has no column syntax, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.syntax', 'table email_templates', 'table email_templates is missing, which this script drops together with column syntax of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.template', 'table email_templates has no column template, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.template', 'table email_templates', 'table email_templates is missing, which this script drops together with column template of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.tenant_id', 'table email_templates has no column tenant_id, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.tenant_id', 'table email_templates', 'table email_templates is missing, which this script drops together with column tenant_id of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.updated_at', 'table email_templates has no column updated_at, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.updated_at', 'table email_templates', 'table email_templates is missing, which this script drops together with column updated_at of table email_templates'
        UNION ALL SELECT 'table email_templates', 'column email_templates.url_lifetime_in_seconds', 'table email_templates has no column url_lifetime_in_seconds, which this script drops together with table email_templates'
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'table email_templates', 'table email_templates is missing, which this script drops together with column url_lifetime_in_seconds of table email_templates'
        UNION ALL SELECT 'table email_templates', 'index email_templates.PRIMARY', 'table email_templates has no index PRIMARY, which this script drops together with table email_templates'
        UNION ALL SELECT 'table email_templates', 'table email_providers', 'table email_providers is missing, which this script drops only after table email_templates (still there)'
        UNION ALL SELECT 'table flows', 'column flows.actions', 'table flows has no column actions, which this script drops together with table flows'
        UNION ALL SELECT 'column flows.actions', 'table flows', 'table flows is missing, which this script drops together with column actions of table flows'
        UNION ALL SELECT 'table flows', 'column flows.created_at', 'table flows has no column created_at, which this script drops together with table flows'
        UNION ALL SELECT 'column flows.created_at', 'table flows', 'table flows is missing, which this script drops together with column created_at of table flows'
        UNION ALL SELECT 'table flows', 'column flows.id', 'table flows has no column id, which this script drops together with table flows'
        UNION ALL SELECT 'column flows.id', 'table flows', 'table flows is missing, which this script drops together with column id of table flows'
        UNION ALL SELECT 'table flows', 'column flows.name', 'table flows has no column name, which this script drops together with table flows'
        UNION ALL SELECT 'column flows.name', 'table flows', 'table flows is missing, which this script drops together with column name of table flows'
        UNION ALL SELECT 'table flows', 'column flows.tenant_id', 'table flows has no column tenant_id, which this script drops together with table flows'
        UNION ALL SELECT 'column flows.tenant_id', 'table flows', 'table flows is missing, which this script drops together with column tenant_id of table flows'
        UNION ALL SELECT 'table flows', 'column flows.updated_at', 'table flows has no column updated_at, which this script drops together with table flows'
        UNION ALL SELECT 'column flows.updated_at', 'table flows', 'table flows is missing, which this script drops together with column updated_at of table flows'
        UNION ALL SELECT 'table flows', 'index flows.PRIMARY', 'table flows has no index PRIMARY, which this script drops together with table flows'
        UNION ALL SELECT 'table flows', 'table email_templates', 'table email_templates is missing, which this script drops only after table flows (still there)'
        UNION ALL SELECT 'table forms', 'column forms.created_at', 'table forms has no column created_at, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.created_at', 'table forms', 'table forms is missing, which this script drops together with column created_at of table forms'
        UNION ALL SELECT 'table forms', 'column forms.ending', 'table forms has no column ending, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.ending', 'table forms', 'table forms is missing, which this script drops together with column ending of table forms'
        UNION ALL SELECT 'table forms', 'column forms.id', 'table forms has no column id, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.id', 'table forms', 'table forms is missing, which this script drops together with column id of table forms'
        UNION ALL SELECT 'table forms', 'column forms.languages', 'table forms has no column languages, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.languages', 'table forms', 'table forms is missing, which this script drops together with column languages of table forms'
        UNION ALL SELECT 'table forms', 'column forms.messages', 'table forms has no column messages, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.messages', 'table forms', 'table forms is missing, which this script drops together with column messages of table forms'
        UNION ALL SELECT 'table forms', 'column forms.name', 'table forms has no column name, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.name', 'table forms', 'table forms is missing, which this script drops together with column name of table forms'
        UNION ALL SELECT 'table forms', 'column forms.nodes', 'table forms has no column nodes, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.nodes', 'table forms', 'table forms is missing, which this script drops together with column nodes of table forms'
        UNION ALL SELECT 'table forms', 'column forms.start', 'table forms has no column start, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.start', 'table forms', 'table forms is missing, which this script drops together with column start of table forms'
        UNION ALL SELECT 'table forms', 'column forms.style', 'table forms has no column style, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.style', 'table forms', 'table forms is missing, which this script drops together with column style of table forms'
        UNION ALL SELECT 'table forms', 'column forms.tenant_id', 'table forms has no column tenant_id, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.tenant_id', 'table forms', 'table forms is missing, which this script drops together with column tenant_id of table forms'
        UNION ALL SELECT 'table forms', 'column forms.translations', 'table forms has no column translations, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.translations', 'table forms', 'table forms is missing, which this script drops together with column translations of table forms'
        UNION ALL SELECT 'table forms', 'column forms.updated_at', 'table forms has no column updated_at, which this script drops together with table forms'
        UNION ALL SELECT 'column forms.updated_at', 'table forms', 'table forms is missing, which this script drops together with column updated_at of table forms'
        UNION ALL SELECT 'table forms', 'index forms.PRIMARY', 'table forms has no index PRIMARY, which this script drops together with table forms'
        UNION ALL SELECT 'table forms', 'table flows', 'table flows is missing, which this script drops only after table forms (still there)'
        UNION ALL SELECT 'table forms', 'index flows.flows_tenant_id_idx', 'table flows has no index flows_tenant_id_idx, which this script drops only after table forms (still there)'
        UNION ALL SELECT 'table grants', 'column grants.audience', 'table grants has no column audience, which this script drops together with table grants'
        UNION ALL SELECT 'column grants.audience', 'table grants', 'table grants is missing, which this script drops together with column audience of table grants'
        UNION ALL SELECT 'table grants', 'column grants.client_id', 'table grants has no column client_id, which this script drops together with table grants'
        UNION ALL SELECT 'column grants.client_id', 'table grants', 'table grants is missing, which this script drops together with column client_id of table grants'
        UNION ALL SELECT 'table grants', 'column grants.created_at', 'table grants has no column created_at, which this script drops together with table grants'
        UNION ALL SELECT 'column grants.created_at', 'table grants', 'table grants is missing, which this script drops together with column created_at of table grants'
        UNION ALL SELECT 'table grants', 'column grants.id', 'table grants has no column id, which this script drops together with table grants'
        UNION ALL SELECT 'column grants.id', 'table grants', 'table grants is missing, which this script drops together with column id of table grants'
        UNION ALL SELECT 'table grants', 'column grants.scope', 'table grants has no column scope, which this script drops together with table grants'
        UNION ALL SELECT 'column grants.scope', 'table grants', 'table grants is missing, which this script drops together with column scope of table grants'
        UNION ALL SELECT 'table grants', 'column grants.tenant_id', 'table grants has no column tenant_id, which this script drops together with table grants'
        UNION ALL SELECT 'column grants.tenant_id', 'table grants', 'table grants is missing, which this script drops together with column tenant_id of table grants'
        UNION ALL SELECT 'table grants', 'column grants.updated_at', 'table grants has no column updated_at, which this script drops together with table grants'
        UNION ALL SELECT 'column grants.updated_at', 'table grants', 'table grants is missing, which this script drops together with column updated_at of table grants'
        UNION ALL SELECT 'table grants', 'column grants.user_id', 'table grants has no column user_id, which this script drops together with table grants'
        UNION ALL SELECT 'column grants.user_id', 'table grants', 'table grants is missing, which this script drops together with column user_id of table grants'
        UNION ALL SELECT 'table grants', 'index grants.PRIMARY', 'table grants has no index PRIMARY, which this script drops together with table grants'
        UNION ALL SELECT 'table grants', 'table forms', 'table forms is missing, which this script drops only after table grants (still there)'
        UNION ALL SELECT 'table grants', 'index forms.forms_tenant_id_idx', 'table forms has no index forms_tenant_id_idx, which this script drops only after table grants (still there)'
        UNION ALL SELECT 'table hooks', 'column hooks.code_id', 'table hooks has no column code_id, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.code_id', 'table hooks', 'table hooks is missing, which this script drops together with column code_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.created_at_ts', 'table hooks has no column created_at_ts, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.created_at_ts', 'table hooks', 'table hooks is missing, which this script drops together with column created_at_ts of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.enabled', 'table hooks has no column enabled, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.enabled', 'table hooks', 'table hooks is missing, which this script drops together with column enabled of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.form_id', 'table hooks has no column form_id, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.form_id', 'table hooks', 'table hooks is missing, which this script drops together with column form_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.hook_id', 'table hooks has no column hook_id, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.hook_id', 'table hooks', 'table hooks is missing, which this script drops together with column hook_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.metadata', 'table hooks has no column metadata, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.metadata', 'table hooks', 'table hooks is missing, which this script drops together with column metadata of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.priority', 'table hooks has no column priority, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.priority', 'table hooks', 'table hooks is missing, which this script drops together with column priority of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.synchronous', 'table hooks has no column synchronous, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.synchronous', 'table hooks', 'table hooks is missing, which this script drops together with column synchronous of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.template_id', 'table hooks has no column template_id, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.template_id', 'table hooks', 'table hooks is missing, which this script drops together with column template_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.tenant_id', 'table hooks has no column tenant_id, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.tenant_id', 'table hooks', 'table hooks is missing, which this script drops together with column tenant_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.trigger_id', 'table hooks has no column trigger_id, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.trigger_id', 'table hooks', 'table hooks is missing, which this script drops together with column trigger_id of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.updated_at_ts', 'table hooks has no column updated_at_ts, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.updated_at_ts', 'table hooks', 'table hooks is missing, which this script drops together with column updated_at_ts of table hooks'
        UNION ALL SELECT 'table hooks', 'column hooks.url', 'table hooks has no column url, which this script drops together with table hooks'
        UNION ALL SELECT 'column hooks.url', 'table hooks', 'table hooks is missing, which this script drops together with column url of table hooks'
        UNION ALL SELECT 'table hooks', 'index hooks.PRIMARY', 'table hooks has no index PRIMARY, which this script drops together with table hooks'
        UNION ALL SELECT 'table hooks', 'table grants', 'table grants is missing, which this script drops only after table hooks (still there)'
        UNION ALL SELECT 'table hooks', 'index grants.grants_natural_key_idx', 'table grants has no index grants_natural_key_idx, which this script drops only after table hooks (still there)'
        UNION ALL SELECT 'table hooks', 'index grants.grants_tenant_user_idx', 'table grants has no index grants_tenant_user_idx, which this script drops only after table hooks (still there)'
        UNION ALL SELECT 'table hooks', 'index grants.grants_user_id_constraint', 'table grants has no index grants_user_id_constraint, which this script drops only after table hooks (still there)'
        UNION ALL SELECT 'table hook_code', 'column hook_code.code', 'table hook_code has no column code, which this script drops together with table hook_code'
        UNION ALL SELECT 'column hook_code.code', 'table hook_code', 'table hook_code is missing, which this script drops together with column code of table hook_code'
        UNION ALL SELECT 'table hook_code', 'column hook_code.created_at_ts', 'table hook_code has no column created_at_ts, which this script drops together with table hook_code'
        UNION ALL SELECT 'column hook_code.created_at_ts', 'table hook_code', 'table hook_code is missing, which this script drops together with column created_at_ts of table hook_code'
        UNION ALL SELECT 'table hook_code', 'column hook_code.id', 'table hook_code has no column id, which this script drops together with table hook_code'
        UNION ALL SELECT 'column hook_code.id', 'table hook_code', 'table hook_code is missing, which this script drops together with column id of table hook_code'
        UNION ALL SELECT 'table hook_code', 'column hook_code.secrets', 'table hook_code has no column secrets, which this script drops together with table hook_code'
        UNION ALL SELECT 'column hook_code.secrets', 'table hook_code', 'table hook_code is missing, which this script drops together with column secrets of table hook_code'
        UNION ALL SELECT 'table hook_code', 'column hook_code.tenant_id', 'table hook_code has no column tenant_id, which this script drops together with table hook_code'
        UNION ALL SELECT 'column hook_code.tenant_id', 'table hook_code', 'table hook_code is missing, which this script drops together with column tenant_id of table hook_code'
        UNION ALL SELECT 'table hook_code', 'column hook_code.updated_at_ts', 'table hook_code has no column updated_at_ts, which this script drops together with table hook_code'
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'table hook_code', 'table hook_code is missing, which this script drops together with column updated_at_ts of table hook_code'
        UNION ALL SELECT 'table hook_code', 'index hook_code.PRIMARY', 'table hook_code has no index PRIMARY, which this script drops together with table hook_code'
        UNION ALL SELECT 'table hook_code', 'table hooks', 'table hooks is missing, which this script drops only after table hook_code (still there)'
        UNION ALL SELECT 'table hook_code', 'index hooks.tenant_id', 'table hooks has no index tenant_id, which this script drops only after table hook_code (still there)'
        UNION ALL SELECT 'table invites', 'column invites.app_metadata', 'table invites has no column app_metadata, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.app_metadata', 'table invites', 'table invites is missing, which this script drops together with column app_metadata of table invites'
        UNION ALL SELECT 'table invites', 'column invites.client_id', 'table invites has no column client_id, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.client_id', 'table invites', 'table invites is missing, which this script drops together with column client_id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.connection_id', 'table invites has no column connection_id, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.connection_id', 'table invites', 'table invites is missing, which this script drops together with column connection_id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.created_at', 'table invites has no column created_at, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.created_at', 'table invites', 'table invites is missing, which this script drops together with column created_at of table invites'
        UNION ALL SELECT 'table invites', 'column invites.expires_at', 'table invites has no column expires_at, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.expires_at', 'table invites', 'table invites is missing, which this script drops together with column expires_at of table invites'
        UNION ALL SELECT 'table invites', 'column invites.id', 'table invites has no column id, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.id', 'table invites', 'table invites is missing, which this script drops together with column id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.invitation_url', 'table invites has no column invitation_url, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.invitation_url', 'table invites', 'table invites is missing, which this script drops together with column invitation_url of table invites'
        UNION ALL SELECT 'table invites', 'column invites.invitee', 'table invites has no column invitee, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.invitee', 'table invites', 'table invites is missing, which this script drops together with column invitee of table invites'
        UNION ALL SELECT 'table invites', 'column invites.inviter', 'table invites has no column inviter, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.inviter', 'table invites', 'table invites is missing, which this script drops together with column inviter of table invites'
        UNION ALL SELECT 'table invites', 'column invites.organization_id', 'table invites has no column organization_id, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.organization_id', 'table invites', 'table invites is missing, which this script drops together with column organization_id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.roles', 'table invites has no column roles, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.roles', 'table invites', 'table invites is missing, which this script drops together with column roles of table invites'
        UNION ALL SELECT 'table invites', 'column invites.send_invitation_email', 'table invites has no column send_invitation_email, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.send_invitation_email', 'table invites', 'table invites is missing, which this script drops together with column send_invitation_email of table invites'
        UNION ALL SELECT 'table invites', 'column invites.tenant_id', 'table invites has no column tenant_id, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.tenant_id', 'table invites', 'table invites is missing, which this script drops together with column tenant_id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.ticket_id', 'table invites has no column ticket_id, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.ticket_id', 'table invites', 'table invites is missing, which this script drops together with column ticket_id of table invites'
        UNION ALL SELECT 'table invites', 'column invites.ttl_sec', 'table invites has no column ttl_sec, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.ttl_sec', 'table invites', 'table invites is missing, which this script drops together with column ttl_sec of table invites'
        UNION ALL SELECT 'table invites', 'column invites.user_metadata', 'table invites has no column user_metadata, which this script drops together with table invites'
        UNION ALL SELECT 'column invites.user_metadata', 'table invites', 'table invites is missing, which this script drops together with column user_metadata of table invites'
        UNION ALL SELECT 'table invites', 'index invites.PRIMARY', 'table invites has no index PRIMARY, which this script drops together with table invites'
        UNION ALL SELECT 'table invites', 'table hook_code', 'table hook_code is missing, which this script drops only after table invites (still there)'
        UNION ALL SELECT 'table invites', 'index hook_code.idx_hook_code_tenant', 'table hook_code has no index idx_hook_code_tenant, which this script drops only after table invites (still there)'
        UNION ALL SELECT 'table keys', 'column keys.cert', 'table keys has no column cert, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.cert', 'table keys', 'table keys is missing, which this script drops together with column cert of table keys'
        UNION ALL SELECT 'table keys', 'column keys.connection', 'table keys has no column connection, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.connection', 'table keys', 'table keys is missing, which this script drops together with column connection of table keys'
        UNION ALL SELECT 'table keys', 'column keys.created_at', 'table keys has no column created_at, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.created_at', 'table keys', 'table keys is missing, which this script drops together with column created_at of table keys'
        UNION ALL SELECT 'table keys', 'column keys.current_since', 'table keys has no column current_since, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.current_since', 'table keys', 'table keys is missing, which this script drops together with column current_since of table keys'
        UNION ALL SELECT 'table keys', 'column keys.current_until', 'table keys has no column current_until, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.current_until', 'table keys', 'table keys is missing, which this script drops together with column current_until of table keys'
        UNION ALL SELECT 'table keys', 'column keys.fingerprint', 'table keys has no column fingerprint, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.fingerprint', 'table keys', 'table keys is missing, which this script drops together with column fingerprint of table keys'
        UNION ALL SELECT 'table keys', 'column keys.kid', 'table keys has no column kid, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.kid', 'table keys', 'table keys is missing, which this script drops together with column kid of table keys'
        UNION ALL SELECT 'table keys', 'column keys.pkcs7', 'table keys has no column pkcs7, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.pkcs7', 'table keys', 'table keys is missing, which this script drops together with column pkcs7 of table keys'
        UNION ALL SELECT 'table keys', 'column keys.revoked_at', 'table keys has no column revoked_at, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.revoked_at', 'table keys', 'table keys is missing, which this script drops together with column revoked_at of table keys'
        UNION ALL SELECT 'table keys', 'column keys.tenant_id', 'table keys has no column tenant_id, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.tenant_id', 'table keys', 'table keys is missing, which this script drops together with column tenant_id of table keys'
        UNION ALL SELECT 'table keys', 'column keys.thumbprint', 'table keys has no column thumbprint, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.thumbprint', 'table keys', 'table keys is missing, which this script drops together with column thumbprint of table keys'
        UNION ALL SELECT 'table keys', 'column keys.type', 'table keys has no column type, which this script drops together with table keys'
        UNION ALL SELECT 'column keys.type', 'table keys', 'table keys is missing, which this script drops together with column type of table keys'
        UNION ALL SELECT 'table keys', 'index keys.PRIMARY', 'table keys has no index PRIMARY, which this script drops together with table keys'
        UNION ALL SELECT 'table keys', 'table invites', 'table invites is missing, which this script drops only after table keys (still there)'
        UNION ALL SELECT 'table keys', 'index invites.idx_invites_expires_at', 'table invites has no index idx_invites_expires_at, which this script drops only after table keys (still there)'
        UNION ALL SELECT 'table keys', 'index invites.idx_invites_organization_id', 'table invites has no index idx_invites_organization_id, which this script drops only after table keys (still there)'
        UNION ALL SELECT 'table keys', 'index invites.idx_invites_tenant_created', 'table invites has no index idx_invites_tenant_created, which this script drops only after table keys (still there)'
        UNION ALL SELECT 'table kysely_migration', 'column kysely_migration.name', 'table kysely_migration has no column name, which this script drops together with table kysely_migration'
        UNION ALL SELECT 'column kysely_migration.name', 'table kysely_migration', 'table kysely_migration is missing, which this script drops together with column name of table kysely_migration'
        UNION ALL SELECT 'table kysely_migration', 'column kysely_migration.timestamp', 'table kysely_migration has no column timestamp, which this script drops together with table kysely_migration'
        UNION ALL SELECT 'column kysely_migration.timestamp', 'table kysely_migration', 'table kysely_migration is missing, which this script drops together with column timestamp of table kysely_migration'
        UNION ALL SELECT 'table kysely_migration', 'index kysely_migration.PRIMARY', 'table kysely_migration has no index PRIMARY, which this script drops together with table kysely_migration'
        UNION ALL SELECT 'table kysely_migration', 'table keys', 'table keys is missing, which this script drops only after table kysely_migration (still there)'
        UNION ALL SELECT 'table kysely_migration', 'index keys.tenant_id', 'table keys has no index tenant_id, which this script drops only after table kysely_migration (still there)'
        UNION ALL SELECT 'table kysely_migration_lock', 'column kysely_migration_lock.id', 'table kysely_migration_lock has no column id, which this script drops together with table kysely_migration_lock'
        UNION ALL SELECT 'column kysely_migration_lock.id', 'table kysely_migration_lock', 'table kysely_migration_lock is missing, which this script drops together with column id of table kysely_migration_lock'
        UNION ALL SELECT 'table kysely_migration_lock', 'column kysely_migration_lock.is_locked', 'table kysely_migration_lock has no column is_locked, which this script drops together with table kysely_migration_lock'
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'table kysely_migration_lock', 'table kysely_migration_lock is missing, which this script drops together with column is_locked of table kysely_migration_lock'
        UNION ALL SELECT 'table kysely_migration_lock', 'index kysely_migration_lock.PRIMARY', 'table kysely_migration_lock has no index PRIMARY, which this script drops together with table kysely_migration_lock'
        UNION ALL SELECT 'table kysely_migration_lock', 'table kysely_migration', 'table kysely_migration is missing, which this script drops only after table kysely_migration_lock (still there)'
        UNION ALL SELECT 'table sessions', 'column sessions.authenticated_at_ts', 'table sessions has no column authenticated_at_ts, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'table sessions', 'table sessions is missing, which this script drops together with column authenticated_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.clients', 'table sessions has no column clients, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.clients', 'table sessions', 'table sessions is missing, which this script drops together with column clients of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.created_at_ts', 'table sessions has no column created_at_ts, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.created_at_ts', 'table sessions', 'table sessions is missing, which this script drops together with column created_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.device', 'table sessions has no column device, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.device', 'table sessions', 'table sessions is missing, which this script drops together with column device of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.expires_at_ts', 'table sessions has no column expires_at_ts, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.expires_at_ts', 'table sessions', 'table sessions is missing, which this script drops together with column expires_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.id', 'table sessions has no column id, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.id', 'table sessions', 'table sessions is missing, which this script drops together with column id of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.idle_expires_at_ts', 'table sessions has no column idle_expires_at_ts, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'table sessions', 'table sessions is missing, which this script drops together with column idle_expires_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.last_interaction_at_ts', 'table sessions has no column last_interaction_at_ts, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'table sessions', 'table sessions is missing, which this script drops together with column last_interaction_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.login_session_id', 'table sessions has no column login_session_id, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.login_session_id', 'table sessions', 'table sessions is missing, which this script drops together with column login_session_id of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.revoked_at_ts', 'table sessions has no column revoked_at_ts, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'table sessions', 'table sessions is missing, which this script drops together with column revoked_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.tenant_id', 'table sessions has no column tenant_id, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.tenant_id', 'table sessions', 'table sessions is missing, which this script drops together with column tenant_id of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.updated_at_ts', 'table sessions has no column updated_at_ts, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.updated_at_ts', 'table sessions', 'table sessions is missing, which this script drops together with column updated_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.used_at_ts', 'table sessions has no column used_at_ts, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.used_at_ts', 'table sessions', 'table sessions is missing, which this script drops together with column used_at_ts of table sessions'
        UNION ALL SELECT 'table sessions', 'column sessions.user_id', 'table sessions has no column user_id, which this script drops together with table sessions'
        UNION ALL SELECT 'column sessions.user_id', 'table sessions', 'table sessions is missing, which this script drops together with column user_id of table sessions'
        UNION ALL SELECT 'table sessions', 'index sessions.PRIMARY', 'table sessions has no index PRIMARY, which this script drops together with table sessions'
        UNION ALL SELECT 'table sessions', 'table kysely_migration_lock', 'table kysely_migration_lock is missing, which this script drops only after table sessions (still there)'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.auth0Client', 'table login_sessions has no column auth0Client, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.auth0Client', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column auth0Client of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.auth_connection', 'table login_sessions has no column auth_connection, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.auth_connection', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column auth_connection of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.auth_params', 'table login_sessions has no column auth_params, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.auth_params', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column auth_params of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.auth_strategy_strategy', 'table login_sessions has no column auth_strategy_strategy, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column auth_strategy_strategy of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.auth_strategy_strategy_type', 'table login_sessions has no column auth_strategy_strategy_type, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy_type', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column auth_strategy_strategy_type of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.authenticated_at', 'table login_sessions has no column authenticated_at, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.authenticated_at', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column authenticated_at of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.authorization_url', 'table login_sessions has no column authorization_url, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.authorization_url', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column authorization_url of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.created_at_ts', 'table login_sessions has no column created_at_ts, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column created_at_ts of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.csrf_token', 'table login_sessions has no column csrf_token, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.csrf_token', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column csrf_token of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.expires_at_ts', 'table login_sessions has no column expires_at_ts, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column expires_at_ts of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.failure_reason', 'table login_sessions has no column failure_reason, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.failure_reason', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column failure_reason of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.id', 'table login_sessions has no column id, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.id', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column id of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.ip', 'table login_sessions has no column ip, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.ip', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column ip of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.session_id', 'table login_sessions has no column session_id, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.session_id', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column session_id of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.state', 'table login_sessions has no column state, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.state', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column state of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.state_data', 'table login_sessions has no column state_data, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.state_data', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column state_data of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.tenant_id', 'table login_sessions has no column tenant_id, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.tenant_id', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column tenant_id of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.updated_at_ts', 'table login_sessions has no column updated_at_ts, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column updated_at_ts of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.user_id', 'table login_sessions has no column user_id, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.user_id', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column user_id of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'column login_sessions.useragent', 'table login_sessions has no column useragent, which this script drops together with table login_sessions'
        UNION ALL SELECT 'column login_sessions.useragent', 'table login_sessions', 'table login_sessions is missing, which this script drops together with column useragent of table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'index login_sessions.PRIMARY', 'table login_sessions has no index PRIMARY, which this script drops together with table login_sessions'
        UNION ALL SELECT 'table login_sessions', 'table sessions', 'table sessions is missing, which this script drops only after table login_sessions (still there)'
        UNION ALL SELECT 'table login_sessions', 'index sessions.idx_sessions_expires_at_ts', 'table sessions has no index idx_sessions_expires_at_ts, which this script drops only after table login_sessions (still there)'
        UNION ALL SELECT 'table login_sessions', 'index sessions.idx_sessions_idle_expires_at_ts', 'table sessions has no index idx_sessions_idle_expires_at_ts, which this script drops only after table login_sessions (still there)'
        UNION ALL SELECT 'table login_sessions', 'index sessions.idx_sessions_user_id', 'table sessions has no index idx_sessions_user_id, which this script drops only after table login_sessions (still there)'
        UNION ALL SELECT 'table login_sessions', 'index sessions.sessions_user_fk', 'table sessions has no index sessions_user_fk, which this script drops only after table login_sessions (still there)'
        UNION ALL SELECT 'table logs', 'column logs.audience', 'table logs has no column audience, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.audience', 'table logs', 'table logs is missing, which this script drops together with column audience of table logs'
        UNION ALL SELECT 'table logs', 'column logs.auth0_client', 'table logs has no column auth0_client, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.auth0_client', 'table logs', 'table logs is missing, which this script drops together with column auth0_client of table logs'
        UNION ALL SELECT 'table logs', 'column logs.category', 'table logs has no column category, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.category', 'table logs', 'table logs is missing, which this script drops together with column category of table logs'
        UNION ALL SELECT 'table logs', 'column logs.city_name', 'table logs has no column city_name, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.city_name', 'table logs', 'table logs is missing, which this script drops together with column city_name of table logs'
        UNION ALL SELECT 'table logs', 'column logs.client_id', 'table logs has no column client_id, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.client_id', 'table logs', 'table logs is missing, which this script drops together with column client_id of table logs'
        UNION ALL SELECT 'table logs', 'column logs.client_name', 'table logs has no column client_name, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.client_name', 'table logs', 'table logs is missing, which this script drops together with column client_name of table logs'
        UNION ALL SELECT 'table logs', 'column logs.connection', 'table logs has no column connection, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.connection', 'table logs', 'table logs is missing, which this script drops together with column connection of table logs'
        UNION ALL SELECT 'table logs', 'column logs.connection_id', 'table logs has no column connection_id, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.connection_id', 'table logs', 'table logs is missing, which this script drops together with column connection_id of table logs'
        UNION ALL SELECT 'table logs', 'column logs.continent_code', 'table logs has no column continent_code, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.continent_code', 'table logs', 'table logs is missing, which this script drops together with column continent_code of table logs'
        UNION ALL SELECT 'table logs', 'column logs.country_code', 'table logs has no column country_code, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.country_code', 'table logs', 'table logs is missing, which this script drops together with column country_code of table logs'
        UNION ALL SELECT 'table logs', 'column logs.date', 'table logs has no column date, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.date', 'table logs', 'table logs is missing, which this script drops together with column date of table logs'
        UNION ALL SELECT 'table logs', 'column logs.description', 'table logs has no column description, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.description', 'table logs', 'table logs is missing, which this script drops together with column description of table logs'
        UNION ALL SELECT 'table logs', 'column logs.details', 'table logs has no column details, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.details', 'table logs', 'table logs is missing, which this script drops together with column details of table logs'
        UNION ALL SELECT 'table logs', 'column logs.hostname', 'table logs has no column hostname, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.hostname', 'table logs', 'table logs is missing, which this script drops together with column hostname of table logs'
        UNION ALL SELECT 'table logs', 'column logs.ip', 'table logs has no column ip, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.ip', 'table logs', 'table logs is missing, which this script drops together with column ip of table logs'
        UNION ALL SELECT 'table logs', 'column logs.isMobile', 'table logs has no column isMobile, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.isMobile', 'table logs', 'table logs is missing, which this script drops together with column isMobile of table logs'
        UNION ALL SELECT 'table logs', 'column logs.latitude', 'table logs has no column latitude, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.latitude', 'table logs', 'table logs is missing, which this script drops together with column latitude of table logs'
        UNION ALL SELECT 'table logs', 'column logs.log_id', 'table logs has no column log_id, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.log_id', 'table logs', 'table logs is missing, which this script drops together with column log_id of table logs'
        UNION ALL SELECT 'table logs', 'column logs.longitude', 'table logs has no column longitude, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.longitude', 'table logs', 'table logs is missing, which this script drops together with column longitude of table logs'
        UNION ALL SELECT 'table logs', 'column logs.scope', 'table logs has no column scope, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.scope', 'table logs', 'table logs is missing, which this script drops together with column scope of table logs'
        UNION ALL SELECT 'table logs', 'column logs.session_connection', 'table logs has no column session_connection, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.session_connection', 'table logs', 'table logs is missing, which this script drops together with column session_connection of table logs'
        UNION ALL SELECT 'table logs', 'column logs.strategy', 'table logs has no column strategy, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.strategy', 'table logs', 'table logs is missing, which this script drops together with column strategy of table logs'
        UNION ALL SELECT 'table logs', 'column logs.strategy_type', 'table logs has no column strategy_type, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.strategy_type', 'table logs', 'table logs is missing, which this script drops together with column strategy_type of table logs'
        UNION ALL SELECT 'table logs', 'column logs.tenant_id', 'table logs has no column tenant_id, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.tenant_id', 'table logs', 'table logs is missing, which this script drops together with column tenant_id of table logs'
        UNION ALL SELECT 'table logs', 'column logs.time_zone', 'table logs has no column time_zone, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.time_zone', 'table logs', 'table logs is missing, which this script drops together with column time_zone of table logs'
        UNION ALL SELECT 'table logs', 'column logs.type', 'table logs has no column type, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.type', 'table logs', 'table logs is missing, which this script drops together with column type of table logs'
        UNION ALL SELECT 'table logs', 'column logs.user_agent', 'table logs has no column user_agent, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.user_agent', 'table logs', 'table logs is missing, which this script drops together with column user_agent of table logs'
        UNION ALL SELECT 'table logs', 'column logs.user_id', 'table logs has no column user_id, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.user_id', 'table logs', 'table logs is missing, which this script drops together with column user_id of table logs'
        UNION ALL SELECT 'table logs', 'column logs.user_name', 'table logs has no column user_name, which this script drops together with table logs'
        UNION ALL SELECT 'column logs.user_name', 'table logs', 'table logs is missing, which this script drops together with column user_name of table logs'
        UNION ALL SELECT 'table logs', 'index logs.PRIMARY', 'table logs has no index PRIMARY, which this script drops together with table logs'
        UNION ALL SELECT 'table logs', 'table login_sessions', 'table login_sessions is missing, which this script drops only after table logs (still there)'
        UNION ALL SELECT 'table logs', 'index login_sessions.idx_login_sessions_expires_at_ts', 'table login_sessions has no index idx_login_sessions_expires_at_ts, which this script drops only after table logs (still there)'
        UNION ALL SELECT 'table logs', 'index login_sessions.login_sessions_id_index', 'table login_sessions has no index login_sessions_id_index, which this script drops only after table logs (still there)'
        UNION ALL SELECT 'table logs', 'index login_sessions.login_sessions_session_fk', 'table login_sessions has no index login_sessions_session_fk, which this script drops only after table logs (still there)'
        UNION ALL SELECT 'table logs', 'index login_sessions.login_sessions_state_idx', 'table login_sessions has no index login_sessions_state_idx, which this script drops only after table logs (still there)'
        UNION ALL SELECT 'table logs', 'index login_sessions.login_sessions_state_updated_idx', 'table login_sessions has no index login_sessions_state_updated_idx, which this script drops only after table logs (still there)'
        UNION ALL SELECT 'table logs', 'index login_sessions.login_sessions_tenant_user_idx', 'table login_sessions has no index login_sessions_tenant_user_idx, which this script drops only after table logs (still there)'
        UNION ALL SELECT 'table log_streams', 'column log_streams.created_at', 'table log_streams has no column created_at, which this script drops together with table log_streams'
        UNION ALL SELECT 'column log_streams.created_at', 'table log_streams', 'table log_streams is missing, which this script drops together with column created_at of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.filters', 'table log_streams has no column filters, which this script drops together with table log_streams'
        UNION ALL SELECT 'column log_streams.filters', 'table log_streams', 'table log_streams is missing, which this script drops together with column filters of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.id', 'table log_streams has no column id, which this script drops together with table log_streams'
        UNION ALL SELECT 'column log_streams.id', 'table log_streams', 'table log_streams is missing, which this script drops together with column id of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.is_priority', 'table log_streams has no column is_priority, which this script drops together with table log_streams'
        UNION ALL SELECT 'column log_streams.is_priority', 'table log_streams', 'table log_streams is missing, which this script drops together with column is_priority of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.name', 'table log_streams has no column name, which this script drops together with table log_streams'
        UNION ALL SELECT 'column log_streams.name', 'table log_streams', 'table log_streams is missing, which this script drops together with column name of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.sink', 'table log_streams has no column sink, which this script drops together with table log_streams'
        UNION ALL SELECT 'column log_streams.sink', 'table log_streams', 'table log_streams is missing, which this script drops together with column sink of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.status', 'table log_streams has no column status, which this script drops together with table log_streams'
        UNION ALL SELECT 'column log_streams.status', 'table log_streams', 'table log_streams is missing, which this script drops together with column status of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.tenant_id', 'table log_streams has no column tenant_id, which this script drops together with table log_streams'
        UNION ALL SELECT 'column log_streams.tenant_id', 'table log_streams', 'table log_streams is missing, which this script drops together with column tenant_id of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.type', 'table log_streams has no column type, which this script drops together with table log_streams'
        UNION ALL SELECT 'column log_streams.type', 'table log_streams', 'table log_streams is missing, which this script drops together with column type of table log_streams'
        UNION ALL SELECT 'table log_streams', 'column log_streams.updated_at', 'table log_streams has no column updated_at, which this script drops together with table log_streams'
        UNION ALL SELECT 'column log_streams.updated_at', 'table log_streams', 'table log_streams is missing, which this script drops together with column updated_at of table log_streams'
        UNION ALL SELECT 'table log_streams', 'index log_streams.PRIMARY', 'table log_streams has no index PRIMARY, which this script drops together with table log_streams'
        UNION ALL SELECT 'table log_streams', 'table logs', 'table logs is missing, which this script drops only after table log_streams (still there)'
        UNION ALL SELECT 'table migrations', 'column migrations.client_id', 'table migrations has no column client_id, which this script drops together with table migrations'
        UNION ALL SELECT 'column migrations.client_id', 'table migrations', 'table migrations is missing, which this script drops together with column client_id of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.created_at', 'table migrations has no column created_at, which this script drops together with table migrations'
        UNION ALL SELECT 'column migrations.created_at', 'table migrations', 'table migrations is missing, which this script drops together with column created_at of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.domain', 'table migrations has no column domain, which this script drops together with table migrations'
        UNION ALL SELECT 'column migrations.domain', 'table migrations', 'table migrations is missing, which this script drops together with column domain of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.id', 'table migrations has no column id, which this script drops together with table migrations'
        UNION ALL SELECT 'column migrations.id', 'table migrations', 'table migrations is missing, which this script drops together with column id of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.origin', 'table migrations has no column origin, which this script drops together with table migrations'
        UNION ALL SELECT 'column migrations.origin', 'table migrations', 'table migrations is missing, which this script drops together with column origin of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.provider', 'table migrations has no column provider, which this script drops together with table migrations'
        UNION ALL SELECT 'column migrations.provider', 'table migrations', 'table migrations is missing, which this script drops together with column provider of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.tenant_id', 'table migrations has no column tenant_id, which this script drops together with table migrations'
        UNION ALL SELECT 'column migrations.tenant_id', 'table migrations', 'table migrations is missing, which this script drops together with column tenant_id of table migrations'
        UNION ALL SELECT 'table migrations', 'column migrations.updated_at', 'table migrations has no column updated_at, which this script drops together with table migrations'
        UNION ALL SELECT 'column migrations.updated_at', 'table migrations', 'table migrations is missing, which this script drops together with column updated_at of table migrations'
        UNION ALL SELECT 'table migrations', 'index migrations.PRIMARY', 'table migrations has no index PRIMARY, which this script drops together with table migrations'
        UNION ALL SELECT 'table migrations', 'table log_streams', 'table log_streams is missing, which this script drops only after table migrations (still there)'
        UNION ALL SELECT 'table migrations', 'index log_streams.idx_log_streams_tenant_id', 'table log_streams has no index idx_log_streams_tenant_id, which this script drops only after table migrations (still there)'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.connection', 'table migration_sources has no column connection, which this script drops together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.connection', 'table migration_sources', 'table migration_sources is missing, which this script drops together with column connection of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.created_at', 'table migration_sources has no column created_at, which this script drops together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.created_at', 'table migration_sources', 'table migration_sources is missing, which this script drops together with column created_at of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.credentials', 'table migration_sources has no column credentials, which this script drops together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.credentials', 'table migration_sources', 'table migration_sources is missing, which this script drops together with column credentials of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.enabled', 'table migration_sources has no column enabled, which this script drops together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.enabled', 'table migration_sources', 'table migration_sources is missing, which this script drops together with column enabled of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.id', 'table migration_sources has no column id, which this script drops together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.id', 'table migration_sources', 'table migration_sources is missing, which this script drops together with column id of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.name', 'table migration_sources has no column name, which this script drops together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.name', 'table migration_sources', 'table migration_sources is missing, which this script drops together with column name of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.provider', 'table migration_sources has no column provider, which this script drops together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.provider', 'table migration_sources', 'table migration_sources is missing, which this script drops together with column provider of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.tenant_id', 'table migration_sources has no column tenant_id, which this script drops together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.tenant_id', 'table migration_sources', 'table migration_sources is missing, which this script drops together with column tenant_id of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'column migration_sources.updated_at', 'table migration_sources has no column updated_at, which this script drops together with table migration_sources'
        UNION ALL SELECT 'column migration_sources.updated_at', 'table migration_sources', 'table migration_sources is missing, which this script drops together with column updated_at of table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'index migration_sources.PRIMARY', 'table migration_sources has no index PRIMARY, which this script drops together with table migration_sources'
        UNION ALL SELECT 'table migration_sources', 'table migrations', 'table migrations is missing, which this script drops only after table migration_sources (still there)'
        UNION ALL SELECT 'table migration_sources', 'index migrations.tenant_id', 'table migrations has no index tenant_id, which this script drops only after table migration_sources (still there)'
        UNION ALL SELECT 'table organizations', 'column organizations.branding', 'table organizations has no column branding, which this script drops together with table organizations'
        UNION ALL SELECT 'column organizations.branding', 'table organizations', 'table organizations is missing, which this script drops together with column branding of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.created_at', 'table organizations has no column created_at, which this script drops together with table organizations'
        UNION ALL SELECT 'column organizations.created_at', 'table organizations', 'table organizations is missing, which this script drops together with column created_at of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.display_name', 'table organizations has no column display_name, which this script drops together with table organizations'
        UNION ALL SELECT 'column organizations.display_name', 'table organizations', 'table organizations is missing, which this script drops together with column display_name of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.enabled_connections', 'table organizations has no column enabled_connections, which this script drops together with table organizations'
        UNION ALL SELECT 'column organizations.enabled_connections', 'table organizations', 'table organizations is missing, which this script drops together with column enabled_connections of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.id', 'table organizations has no column id, which this script drops together with table organizations'
        UNION ALL SELECT 'column organizations.id', 'table organizations', 'table organizations is missing, which this script drops together with column id of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.metadata', 'table organizations has no column metadata, which this script drops together with table organizations'
        UNION ALL SELECT 'column organizations.metadata', 'table organizations', 'table organizations is missing, which this script drops together with column metadata of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.name', 'table organizations has no column name, which this script drops together with table organizations'
        UNION ALL SELECT 'column organizations.name', 'table organizations', 'table organizations is missing, which this script drops together with column name of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.tenant_id', 'table organizations has no column tenant_id, which this script drops together with table organizations'
        UNION ALL SELECT 'column organizations.tenant_id', 'table organizations', 'table organizations is missing, which this script drops together with column tenant_id of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.token_quota', 'table organizations has no column token_quota, which this script drops together with table organizations'
        UNION ALL SELECT 'column organizations.token_quota', 'table organizations', 'table organizations is missing, which this script drops together with column token_quota of table organizations'
        UNION ALL SELECT 'table organizations', 'column organizations.updated_at', 'table organizations has no column updated_at, which this script drops together with table organizations'
        UNION ALL SELECT 'column organizations.updated_at', 'table organizations', 'table organizations is missing, which this script drops together with column updated_at of table organizations'
        UNION ALL SELECT 'table organizations', 'index organizations.PRIMARY', 'table organizations has no index PRIMARY, which this script drops together with table organizations'
        UNION ALL SELECT 'table organizations', 'table migration_sources', 'table migration_sources is missing, which this script drops only after table organizations (still there)'
        UNION ALL SELECT 'table organizations', 'index migration_sources.idx_migration_sources_tenant_id', 'table migration_sources has no index idx_migration_sources_tenant_id, which this script drops only after table organizations (still there)'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.assign_membership_on_login', 'table organization_connections has no column assign_membership_on_login, which this script drops together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.assign_membership_on_login', 'table organization_connections', 'table organization_connections is missing, which this script drops together with column assign_membership_on_login of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.connection_id', 'table organization_connections has no column connection_id, which this script drops together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.connection_id', 'table organization_connections', 'table organization_connections is missing, which this script drops together with column connection_id of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.created_at', 'table organization_connections has no column created_at, which this script drops together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.created_at', 'table organization_connections', 'table organization_connections is missing, which this script drops together with column created_at of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.is_signup_enabled', 'table organization_connections has no column is_signup_enabled, which this script drops together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.is_signup_enabled', 'table organization_connections', 'table organization_connections is missing, which this script drops together with column is_signup_enabled of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.organization_id', 'table organization_connections has no column organization_id, which this script drops together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.organization_id', 'table organization_connections', 'table organization_connections is missing, which this script drops together with column organization_id of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.show_as_button', 'table organization_connections has no column show_as_button, which this script drops together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.show_as_button', 'table organization_connections', 'table organization_connections is missing, which this script drops together with column show_as_button of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.tenant_id', 'table organization_connections has no column tenant_id, which this script drops together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.tenant_id', 'table organization_connections', 'table organization_connections is missing, which this script drops together with column tenant_id of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'column organization_connections.updated_at', 'table organization_connections has no column updated_at, which this script drops together with table organization_connections'
        UNION ALL SELECT 'column organization_connections.updated_at', 'table organization_connections', 'table organization_connections is missing, which this script drops together with column updated_at of table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'index organization_connections.organization_connections_unique', 'table organization_connections has no index organization_connections_unique, which this script drops together with table organization_connections'
        UNION ALL SELECT 'table organization_connections', 'table organizations', 'table organizations is missing, which this script drops only after table organization_connections (still there)'
        UNION ALL SELECT 'table organization_connections', 'index organizations.idx_organizations_tenant_name_unique', 'table organizations has no index idx_organizations_tenant_name_unique, which this script drops only after table organization_connections (still there)'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.aggregate_id', 'table outbox_events has no column aggregate_id, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.aggregate_id', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column aggregate_id of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.aggregate_type', 'table outbox_events has no column aggregate_type, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.aggregate_type', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column aggregate_type of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.claim_expires_at', 'table outbox_events has no column claim_expires_at, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.claim_expires_at', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column claim_expires_at of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.claimed_by', 'table outbox_events has no column claimed_by, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.claimed_by', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column claimed_by of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.created_at', 'table outbox_events has no column created_at, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.created_at', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column created_at of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.dead_lettered_at', 'table outbox_events has no column dead_lettered_at, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.dead_lettered_at', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column dead_lettered_at of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.error', 'table outbox_events has no column error, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.error', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column error of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.event_type', 'table outbox_events has no column event_type, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.event_type', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column event_type of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.final_error', 'table outbox_events has no column final_error, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.final_error', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column final_error of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.id', 'table outbox_events has no column id, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.id', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column id of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.log_type', 'table outbox_events has no column log_type, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.log_type', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column log_type of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.next_retry_at', 'table outbox_events has no column next_retry_at, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.next_retry_at', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column next_retry_at of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.payload', 'table outbox_events has no column payload, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.payload', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column payload of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.processed_at', 'table outbox_events has no column processed_at, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.processed_at', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column processed_at of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.retry_count', 'table outbox_events has no column retry_count, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.retry_count', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column retry_count of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'column outbox_events.tenant_id', 'table outbox_events has no column tenant_id, which this script drops together with table outbox_events'
        UNION ALL SELECT 'column outbox_events.tenant_id', 'table outbox_events', 'table outbox_events is missing, which this script drops together with column tenant_id of table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'index outbox_events.PRIMARY', 'table outbox_events has no index PRIMARY, which this script drops together with table outbox_events'
        UNION ALL SELECT 'table outbox_events', 'table organization_connections', 'table organization_connections is missing, which this script drops only after table outbox_events (still there)'
        UNION ALL SELECT 'table outbox_events', 'index organization_connections.idx_organization_connections_tenant_connection', 'table organization_connections has no index idx_organization_connections_tenant_connection, which this script drops only after table outbox_events (still there)'
        UNION ALL SELECT 'table outbox_events', 'index organization_connections.idx_organization_connections_tenant_org', 'table organization_connections has no index idx_organization_connections_tenant_org, which this script drops only after table outbox_events (still there)'
        UNION ALL SELECT 'table outbox_events', 'index organization_connections.organization_connections_organization_fk', 'table organization_connections has no index organization_connections_organization_fk, which this script drops only after table outbox_events (still there)'
        UNION ALL SELECT 'table passwords', 'column passwords.algorithm', 'table passwords has no column algorithm, which this script drops together with table passwords'
        UNION ALL SELECT 'column passwords.algorithm', 'table passwords', 'table passwords is missing, which this script drops together with column algorithm of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.created_at', 'table passwords has no column created_at, which this script drops together with table passwords'
        UNION ALL SELECT 'column passwords.created_at', 'table passwords', 'table passwords is missing, which this script drops together with column created_at of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.id', 'table passwords has no column id, which this script drops together with table passwords'
        UNION ALL SELECT 'column passwords.id', 'table passwords', 'table passwords is missing, which this script drops together with column id of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.is_current', 'table passwords has no column is_current, which this script drops together with table passwords'
        UNION ALL SELECT 'column passwords.is_current', 'table passwords', 'table passwords is missing, which this script drops together with column is_current of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.password', 'table passwords has no column password, which this script drops together with table passwords'
        UNION ALL SELECT 'column passwords.password', 'table passwords', 'table passwords is missing, which this script drops together with column password of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.tenant_id', 'table passwords has no column tenant_id, which this script drops together with table passwords'
        UNION ALL SELECT 'column passwords.tenant_id', 'table passwords', 'table passwords is missing, which this script drops together with column tenant_id of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.updated_at', 'table passwords has no column updated_at, which this script drops together with table passwords'
        UNION ALL SELECT 'column passwords.updated_at', 'table passwords', 'table passwords is missing, which this script drops together with column updated_at of table passwords'
        UNION ALL SELECT 'table passwords', 'column passwords.user_id', 'table passwords has no column user_id, which this script drops together with table passwords'
        UNION ALL SELECT 'column passwords.user_id', 'table passwords', 'table passwords is missing, which this script drops together with column user_id of table passwords'
        UNION ALL SELECT 'table passwords', 'index passwords.PRIMARY', 'table passwords has no index PRIMARY, which this script drops together with table passwords'
        UNION ALL SELECT 'table passwords', 'table outbox_events', 'table outbox_events is missing, which this script drops only after table passwords (still there)'
        UNION ALL SELECT 'table passwords', 'index outbox_events.idx_outbox_claim', 'table outbox_events has no index idx_outbox_claim, which this script drops only after table passwords (still there)'
        UNION ALL SELECT 'table passwords', 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'table outbox_events has no index idx_outbox_events_tenant_dead_lettered, which this script drops only after table passwords (still there)'
        UNION ALL SELECT 'table passwords', 'index outbox_events.idx_outbox_tenant_type', 'table outbox_events has no index idx_outbox_tenant_type, which this script drops only after table passwords (still there)'
        UNION ALL SELECT 'table passwords', 'index outbox_events.idx_outbox_unprocessed', 'table outbox_events has no index idx_outbox_unprocessed, which this script drops only after table passwords (still there)'
        UNION ALL SELECT 'table prompt_settings', 'column prompt_settings.identifier_first', 'table prompt_settings has no column identifier_first, which this script drops together with table prompt_settings'
        UNION ALL SELECT 'column prompt_settings.identifier_first', 'table prompt_settings', 'table prompt_settings is missing, which this script drops together with column identifier_first of table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'column prompt_settings.password_first', 'table prompt_settings has no column password_first, which this script drops together with table prompt_settings'
        UNION ALL SELECT 'column prompt_settings.password_first', 'table prompt_settings', 'table prompt_settings is missing, which this script drops together with column password_first of table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'column prompt_settings.tenant_id', 'table prompt_settings has no column tenant_id, which this script drops together with table prompt_settings'
        UNION ALL SELECT 'column prompt_settings.tenant_id', 'table prompt_settings', 'table prompt_settings is missing, which this script drops together with column tenant_id of table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'column prompt_settings.universal_login_experience', 'table prompt_settings has no column universal_login_experience, which this script drops together with table prompt_settings'
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'table prompt_settings', 'table prompt_settings is missing, which this script drops together with column universal_login_experience of table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'column prompt_settings.webauthn_platform_first_factor', 'table prompt_settings has no column webauthn_platform_first_factor, which this script drops together with table prompt_settings'
        UNION ALL SELECT 'column prompt_settings.webauthn_platform_first_factor', 'table prompt_settings', 'table prompt_settings is missing, which this script drops together with column webauthn_platform_first_factor of table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'index prompt_settings.PRIMARY', 'table prompt_settings has no index PRIMARY, which this script drops together with table prompt_settings'
        UNION ALL SELECT 'table prompt_settings', 'table passwords', 'table passwords is missing, which this script drops only after table prompt_settings (still there)'
        UNION ALL SELECT 'table prompt_settings', 'index passwords.password_history_user_id_tenant_id_constraint', 'table passwords has no index password_history_user_id_tenant_id_constraint, which this script drops only after table prompt_settings (still there)'
        UNION ALL SELECT 'table prompt_settings', 'index passwords.tenant_id', 'table passwords has no index tenant_id, which this script drops only after table prompt_settings (still there)'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.created_at', 'table proxy_routes has no column created_at, which this script drops together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.created_at', 'table proxy_routes', 'table proxy_routes is missing, which this script drops together with column created_at of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.custom_domain_id', 'table proxy_routes has no column custom_domain_id, which this script drops together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.custom_domain_id', 'table proxy_routes', 'table proxy_routes is missing, which this script drops together with column custom_domain_id of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.handlers', 'table proxy_routes has no column handlers, which this script drops together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.handlers', 'table proxy_routes', 'table proxy_routes is missing, which this script drops together with column handlers of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.id', 'table proxy_routes has no column id, which this script drops together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.id', 'table proxy_routes', 'table proxy_routes is missing, which this script drops together with column id of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.match', 'table proxy_routes has no column match, which this script drops together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.match', 'table proxy_routes', 'table proxy_routes is missing, which this script drops together with column match of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.priority', 'table proxy_routes has no column priority, which this script drops together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.priority', 'table proxy_routes', 'table proxy_routes is missing, which this script drops together with column priority of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.tenant_id', 'table proxy_routes has no column tenant_id, which this script drops together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.tenant_id', 'table proxy_routes', 'table proxy_routes is missing, which this script drops together with column tenant_id of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'column proxy_routes.updated_at', 'table proxy_routes has no column updated_at, which this script drops together with table proxy_routes'
        UNION ALL SELECT 'column proxy_routes.updated_at', 'table proxy_routes', 'table proxy_routes is missing, which this script drops together with column updated_at of table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'index proxy_routes.PRIMARY', 'table proxy_routes has no index PRIMARY, which this script drops together with table proxy_routes'
        UNION ALL SELECT 'table proxy_routes', 'table prompt_settings', 'table prompt_settings is missing, which this script drops only after table proxy_routes (still there)'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.client_id', 'table refresh_tokens has no column client_id, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.client_id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column client_id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.created_at_ts', 'table refresh_tokens has no column created_at_ts, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column created_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.device', 'table refresh_tokens has no column device, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.device', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column device of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.expires_at_ts', 'table refresh_tokens has no column expires_at_ts, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column expires_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.family_id', 'table refresh_tokens has no column family_id, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.family_id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column family_id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.id', 'table refresh_tokens has no column id, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.idle_expires_at_ts', 'table refresh_tokens has no column idle_expires_at_ts, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column idle_expires_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.last_exchanged_at_ts', 'table refresh_tokens has no column last_exchanged_at_ts, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column last_exchanged_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.login_id', 'table refresh_tokens has no column login_id, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.login_id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column login_id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.resource_servers', 'table refresh_tokens has no column resource_servers, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.resource_servers', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column resource_servers of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.revoked_at_ts', 'table refresh_tokens has no column revoked_at_ts, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column revoked_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.rotated_at_ts', 'table refresh_tokens has no column rotated_at_ts, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column rotated_at_ts of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.rotated_to', 'table refresh_tokens has no column rotated_to, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.rotated_to', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column rotated_to of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.rotating', 'table refresh_tokens has no column rotating, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.rotating', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column rotating of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.tenant_id', 'table refresh_tokens has no column tenant_id, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.tenant_id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column tenant_id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.token_hash', 'table refresh_tokens has no column token_hash, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.token_hash', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column token_hash of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.token_lookup', 'table refresh_tokens has no column token_lookup, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.token_lookup', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column token_lookup of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'column refresh_tokens.user_id', 'table refresh_tokens has no column user_id, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'column refresh_tokens.user_id', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops together with column user_id of table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'index refresh_tokens.PRIMARY', 'table refresh_tokens has no index PRIMARY, which this script drops together with table refresh_tokens'
        UNION ALL SELECT 'table refresh_tokens', 'table proxy_routes', 'table proxy_routes is missing, which this script drops only after table refresh_tokens (still there)'
        UNION ALL SELECT 'table refresh_tokens', 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'table proxy_routes has no index proxy_routes_custom_domain_id_idx, which this script drops only after table refresh_tokens (still there)'
        UNION ALL SELECT 'table refresh_tokens', 'index proxy_routes.proxy_routes_tenant_id_idx', 'table proxy_routes has no index proxy_routes_tenant_id_idx, which this script drops only after table refresh_tokens (still there)'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.allow_offline_access', 'table resource_servers has no column allow_offline_access, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column allow_offline_access of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.created_at', 'table resource_servers has no column created_at, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.created_at', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column created_at of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.id', 'table resource_servers has no column id, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.id', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column id of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.identifier', 'table resource_servers has no column identifier, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.identifier', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column identifier of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.is_system', 'table resource_servers has no column is_system, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.is_system', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column is_system of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.metadata', 'table resource_servers has no column metadata, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.metadata', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column metadata of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.name', 'table resource_servers has no column name, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.name', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column name of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.options', 'table resource_servers has no column options, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.options', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column options of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.scopes', 'table resource_servers has no column scopes, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.scopes', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column scopes of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.signing_alg', 'table resource_servers has no column signing_alg, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.signing_alg', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column signing_alg of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.signing_secret', 'table resource_servers has no column signing_secret, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.signing_secret', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column signing_secret of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'table resource_servers has no column skip_consent_for_verifiable_first_party_clients, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column skip_consent_for_verifiable_first_party_clients of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.tenant_id', 'table resource_servers has no column tenant_id, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.tenant_id', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column tenant_id of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.token_lifetime', 'table resource_servers has no column token_lifetime, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column token_lifetime of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.token_lifetime_for_web', 'table resource_servers has no column token_lifetime_for_web, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column token_lifetime_for_web of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.updated_at', 'table resource_servers has no column updated_at, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.updated_at', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column updated_at of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'column resource_servers.verification_key', 'table resource_servers has no column verification_key, which this script drops together with table resource_servers'
        UNION ALL SELECT 'column resource_servers.verification_key', 'table resource_servers', 'table resource_servers is missing, which this script drops together with column verification_key of table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'index resource_servers.PRIMARY', 'table resource_servers has no index PRIMARY, which this script drops together with table resource_servers'
        UNION ALL SELECT 'table resource_servers', 'table refresh_tokens', 'table refresh_tokens is missing, which this script drops only after table resource_servers (still there)'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_expires_at_ts, which this script drops only after table resource_servers (still there)'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_family_id', 'table refresh_tokens has no index idx_refresh_tokens_family_id, which this script drops only after table resource_servers (still there)'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_idle_expires_at_ts, which this script drops only after table resource_servers (still there)'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_login_id', 'table refresh_tokens has no index idx_refresh_tokens_login_id, which this script drops only after table resource_servers (still there)'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'table refresh_tokens has no index idx_refresh_tokens_token_lookup, which this script drops only after table resource_servers (still there)'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.idx_refresh_tokens_user_id', 'table refresh_tokens has no index idx_refresh_tokens_user_id, which this script drops only after table resource_servers (still there)'
        UNION ALL SELECT 'table resource_servers', 'index refresh_tokens.refresh_tokens_client_fk', 'table refresh_tokens has no index refresh_tokens_client_fk, which this script drops only after table resource_servers (still there)'
        UNION ALL SELECT 'table roles', 'column roles.created_at', 'table roles has no column created_at, which this script drops together with table roles'
        UNION ALL SELECT 'column roles.created_at', 'table roles', 'table roles is missing, which this script drops together with column created_at of table roles'
        UNION ALL SELECT 'table roles', 'column roles.description', 'table roles has no column description, which this script drops together with table roles'
        UNION ALL SELECT 'column roles.description', 'table roles', 'table roles is missing, which this script drops together with column description of table roles'
        UNION ALL SELECT 'table roles', 'column roles.id', 'table roles has no column id, which this script drops together with table roles'
        UNION ALL SELECT 'column roles.id', 'table roles', 'table roles is missing, which this script drops together with column id of table roles'
        UNION ALL SELECT 'table roles', 'column roles.is_system', 'table roles has no column is_system, which this script drops together with table roles'
        UNION ALL SELECT 'column roles.is_system', 'table roles', 'table roles is missing, which this script drops together with column is_system of table roles'
        UNION ALL SELECT 'table roles', 'column roles.metadata', 'table roles has no column metadata, which this script drops together with table roles'
        UNION ALL SELECT 'column roles.metadata', 'table roles', 'table roles is missing, which this script drops together with column metadata of table roles'
        UNION ALL SELECT 'table roles', 'column roles.name', 'table roles has no column name, which this script drops together with table roles'
        UNION ALL SELECT 'column roles.name', 'table roles', 'table roles is missing, which this script drops together with column name of table roles'
        UNION ALL SELECT 'table roles', 'column roles.tenant_id', 'table roles has no column tenant_id, which this script drops together with table roles'
        UNION ALL SELECT 'column roles.tenant_id', 'table roles', 'table roles is missing, which this script drops together with column tenant_id of table roles'
        UNION ALL SELECT 'table roles', 'column roles.updated_at', 'table roles has no column updated_at, which this script drops together with table roles'
        UNION ALL SELECT 'column roles.updated_at', 'table roles', 'table roles is missing, which this script drops together with column updated_at of table roles'
        UNION ALL SELECT 'table roles', 'index roles.PRIMARY', 'table roles has no index PRIMARY, which this script drops together with table roles'
        UNION ALL SELECT 'table roles', 'table resource_servers', 'table resource_servers is missing, which this script drops only after table roles (still there)'
        UNION ALL SELECT 'table roles', 'index resource_servers.resource_servers_tenant_identifier_uq', 'table resource_servers has no index resource_servers_tenant_identifier_uq, which this script drops only after table roles (still there)'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.created_at', 'table role_permissions has no column created_at, which this script drops together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.created_at', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column created_at of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.permission_name', 'table role_permissions has no column permission_name, which this script drops together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.permission_name', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column permission_name of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.resource_server_identifier', 'table role_permissions has no column resource_server_identifier, which this script drops together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.resource_server_identifier', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column resource_server_identifier of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.role_id', 'table role_permissions has no column role_id, which this script drops together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.role_id', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column role_id of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.tenant_id', 'table role_permissions has no column tenant_id, which this script drops together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.tenant_id', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column tenant_id of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY, which this script drops together with table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'table roles', 'table roles is missing, which this script drops only after table role_permissions (still there)'
        UNION ALL SELECT 'table role_permissions', 'index roles.roles_tenant_name_uq', 'table roles has no index roles_tenant_name_uq, which this script drops only after table role_permissions (still there)'
        UNION ALL SELECT 'table rollouts', 'column rollouts.canary_tenant_ids', 'table rollouts has no column canary_tenant_ids, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.canary_tenant_ids', 'table rollouts', 'table rollouts is missing, which this script drops together with column canary_tenant_ids of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.created_at', 'table rollouts has no column created_at, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.created_at', 'table rollouts', 'table rollouts is missing, which this script drops together with column created_at of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.filter', 'table rollouts has no column filter, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.filter', 'table rollouts', 'table rollouts is missing, which this script drops together with column filter of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.finished_at', 'table rollouts has no column finished_at, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.finished_at', 'table rollouts', 'table rollouts is missing, which this script drops together with column finished_at of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.id', 'table rollouts has no column id, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.id', 'table rollouts', 'table rollouts is missing, which this script drops together with column id of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.initiated_by', 'table rollouts has no column initiated_by, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.initiated_by', 'table rollouts', 'table rollouts is missing, which this script drops together with column initiated_by of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.kind', 'table rollouts has no column kind, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.kind', 'table rollouts', 'table rollouts is missing, which this script drops together with column kind of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.status', 'table rollouts has no column status, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.status', 'table rollouts', 'table rollouts is missing, which this script drops together with column status of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.target_database_version', 'table rollouts has no column target_database_version, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.target_database_version', 'table rollouts', 'table rollouts is missing, which this script drops together with column target_database_version of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.target_worker_version', 'table rollouts has no column target_worker_version, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.target_worker_version', 'table rollouts', 'table rollouts is missing, which this script drops together with column target_worker_version of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.updated_at', 'table rollouts has no column updated_at, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.updated_at', 'table rollouts', 'table rollouts is missing, which this script drops together with column updated_at of table rollouts'
        UNION ALL SELECT 'table rollouts', 'column rollouts.wave_size', 'table rollouts has no column wave_size, which this script drops together with table rollouts'
        UNION ALL SELECT 'column rollouts.wave_size', 'table rollouts', 'table rollouts is missing, which this script drops together with column wave_size of table rollouts'
        UNION ALL SELECT 'table rollouts', 'index rollouts.PRIMARY', 'table rollouts has no index PRIMARY, which this script drops together with table rollouts'
        UNION ALL SELECT 'table rollouts', 'table role_permissions', 'table role_permissions is missing, which this script drops only after table rollouts (still there)'
        UNION ALL SELECT 'table rollouts', 'index role_permissions.role_permissions_permission_fk', 'table role_permissions has no index role_permissions_permission_fk, which this script drops only after table rollouts (still there)'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.created_at', 'table tenant_operations has no column created_at, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.created_at', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column created_at of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.current_step', 'table tenant_operations has no column current_step, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.current_step', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column current_step of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.engine', 'table tenant_operations has no column engine, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.engine', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column engine of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.engine_instance_id', 'table tenant_operations has no column engine_instance_id, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.engine_instance_id', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column engine_instance_id of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.error', 'table tenant_operations has no column error, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.error', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column error of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.finished_at', 'table tenant_operations has no column finished_at, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.finished_at', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column finished_at of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.id', 'table tenant_operations has no column id, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.id', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column id of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.initiated_by', 'table tenant_operations has no column initiated_by, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.initiated_by', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column initiated_by of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.kind', 'table tenant_operations has no column kind, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.kind', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column kind of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.rollout_id', 'table tenant_operations has no column rollout_id, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.rollout_id', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column rollout_id of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.status', 'table tenant_operations has no column status, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.status', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column status of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.target_database_version', 'table tenant_operations has no column target_database_version, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.target_database_version', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column target_database_version of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.target_worker_version', 'table tenant_operations has no column target_worker_version, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.target_worker_version', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column target_worker_version of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.tenant_id', 'table tenant_operations has no column tenant_id, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.tenant_id', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column tenant_id of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'column tenant_operations.updated_at', 'table tenant_operations has no column updated_at, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'column tenant_operations.updated_at', 'table tenant_operations', 'table tenant_operations is missing, which this script drops together with column updated_at of table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'index tenant_operations.PRIMARY', 'table tenant_operations has no index PRIMARY, which this script drops together with table tenant_operations'
        UNION ALL SELECT 'table tenant_operations', 'table rollouts', 'table rollouts is missing, which this script drops only after table tenant_operations (still there)'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.attempt', 'table tenant_operation_events has no column attempt, which this script drops together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script drops together with column attempt of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.created_at', 'table tenant_operation_events has no column created_at, which this script drops together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.created_at', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script drops together with column created_at of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.detail', 'table tenant_operation_events has no column detail, which this script drops together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.detail', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script drops together with column detail of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.id', 'table tenant_operation_events has no column id, which this script drops together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.id', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script drops together with column id of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.operation_id', 'table tenant_operation_events has no column operation_id, which this script drops together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.operation_id', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script drops together with column operation_id of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.outcome', 'table tenant_operation_events has no column outcome, which this script drops together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.outcome', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script drops together with column outcome of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'column tenant_operation_events.step', 'table tenant_operation_events has no column step, which this script drops together with table tenant_operation_events'
        UNION ALL SELECT 'column tenant_operation_events.step', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script drops together with column step of table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'index tenant_operation_events.PRIMARY', 'table tenant_operation_events has no index PRIMARY, which this script drops together with table tenant_operation_events'
        UNION ALL SELECT 'table tenant_operation_events', 'table tenant_operations', 'table tenant_operations is missing, which this script drops only after table tenant_operation_events (still there)'
        UNION ALL SELECT 'table tenant_operation_events', 'index tenant_operations.tenant_operations_rollout_id_idx', 'table tenant_operations has no index tenant_operations_rollout_id_idx, which this script drops only after table tenant_operation_events (still there)'
        UNION ALL SELECT 'table tenant_operation_events', 'index tenant_operations.tenant_operations_status_idx', 'table tenant_operations has no index tenant_operations_status_idx, which this script drops only after table tenant_operation_events (still there)'
        UNION ALL SELECT 'table tenant_operation_events', 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'table tenant_operations has no index tenant_operations_tenant_id_created_at_idx, which this script drops only after table tenant_operation_events (still there)'
        UNION ALL SELECT 'table themes', 'column themes.borders_button_border_radius', 'table themes has no column borders_button_border_radius, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'table themes', 'table themes is missing, which this script drops together with column borders_button_border_radius of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_button_border_weight', 'table themes has no column borders_button_border_weight, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'table themes', 'table themes is missing, which this script drops together with column borders_button_border_weight of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_buttons_style', 'table themes has no column borders_buttons_style, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.borders_buttons_style', 'table themes', 'table themes is missing, which this script drops together with column borders_buttons_style of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_input_border_radius', 'table themes has no column borders_input_border_radius, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'table themes', 'table themes is missing, which this script drops together with column borders_input_border_radius of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_input_border_weight', 'table themes has no column borders_input_border_weight, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'table themes', 'table themes is missing, which this script drops together with column borders_input_border_weight of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_inputs_style', 'table themes has no column borders_inputs_style, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.borders_inputs_style', 'table themes', 'table themes is missing, which this script drops together with column borders_inputs_style of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_show_widget_shadow', 'table themes has no column borders_show_widget_shadow, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.borders_show_widget_shadow', 'table themes', 'table themes is missing, which this script drops together with column borders_show_widget_shadow of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_widget_border_weight', 'table themes has no column borders_widget_border_weight, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'table themes', 'table themes is missing, which this script drops together with column borders_widget_border_weight of table themes'
        UNION ALL SELECT 'table themes', 'column themes.borders_widget_corner_radius', 'table themes has no column borders_widget_corner_radius, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'table themes', 'table themes is missing, which this script drops together with column borders_widget_corner_radius of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_base_focus_color', 'table themes has no column colors_base_focus_color, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_base_focus_color', 'table themes', 'table themes is missing, which this script drops together with column colors_base_focus_color of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_base_hover_color', 'table themes has no column colors_base_hover_color, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_base_hover_color', 'table themes', 'table themes is missing, which this script drops together with column colors_base_hover_color of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_body_text', 'table themes has no column colors_body_text, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_body_text', 'table themes', 'table themes is missing, which this script drops together with column colors_body_text of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_captcha_widget_theme', 'table themes has no column colors_captcha_widget_theme, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_captcha_widget_theme', 'table themes', 'table themes is missing, which this script drops together with column colors_captcha_widget_theme of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_error', 'table themes has no column colors_error, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_error', 'table themes', 'table themes is missing, which this script drops together with column colors_error of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_header', 'table themes has no column colors_header, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_header', 'table themes', 'table themes is missing, which this script drops together with column colors_header of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_icons', 'table themes has no column colors_icons, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_icons', 'table themes', 'table themes is missing, which this script drops together with column colors_icons of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_input_background', 'table themes has no column colors_input_background, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_input_background', 'table themes', 'table themes is missing, which this script drops together with column colors_input_background of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_input_border', 'table themes has no column colors_input_border, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_input_border', 'table themes', 'table themes is missing, which this script drops together with column colors_input_border of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_input_filled_text', 'table themes has no column colors_input_filled_text, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_input_filled_text', 'table themes', 'table themes is missing, which this script drops together with column colors_input_filled_text of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_input_labels_placeholders', 'table themes has no column colors_input_labels_placeholders, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_input_labels_placeholders', 'table themes', 'table themes is missing, which this script drops together with column colors_input_labels_placeholders of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_links_focused_components', 'table themes has no column colors_links_focused_components, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_links_focused_components', 'table themes', 'table themes is missing, which this script drops together with column colors_links_focused_components of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_primary_button', 'table themes has no column colors_primary_button, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_primary_button', 'table themes', 'table themes is missing, which this script drops together with column colors_primary_button of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_primary_button_label', 'table themes has no column colors_primary_button_label, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_primary_button_label', 'table themes', 'table themes is missing, which this script drops together with column colors_primary_button_label of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_secondary_button_border', 'table themes has no column colors_secondary_button_border, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_secondary_button_border', 'table themes', 'table themes is missing, which this script drops together with column colors_secondary_button_border of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_secondary_button_label', 'table themes has no column colors_secondary_button_label, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_secondary_button_label', 'table themes', 'table themes is missing, which this script drops together with column colors_secondary_button_label of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_success', 'table themes has no column colors_success, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_success', 'table themes', 'table themes is missing, which this script drops together with column colors_success of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_widget_background', 'table themes has no column colors_widget_background, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_widget_background', 'table themes', 'table themes is missing, which this script drops together with column colors_widget_background of table themes'
        UNION ALL SELECT 'table themes', 'column themes.colors_widget_border', 'table themes has no column colors_widget_border, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.colors_widget_border', 'table themes', 'table themes is missing, which this script drops together with column colors_widget_border of table themes'
        UNION ALL SELECT 'table themes', 'column themes.created_at', 'table themes has no column created_at, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.created_at', 'table themes', 'table themes is missing, which this script drops together with column created_at of table themes'
        UNION ALL SELECT 'table themes', 'column themes.displayName', 'table themes has no column displayName, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.displayName', 'table themes', 'table themes is missing, which this script drops together with column displayName of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_body_text_bold', 'table themes has no column fonts_body_text_bold, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'table themes', 'table themes is missing, which this script drops together with column fonts_body_text_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_body_text_size', 'table themes has no column fonts_body_text_size, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'table themes', 'table themes is missing, which this script drops together with column fonts_body_text_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_buttons_text_bold', 'table themes has no column fonts_buttons_text_bold, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'table themes', 'table themes is missing, which this script drops together with column fonts_buttons_text_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_buttons_text_size', 'table themes has no column fonts_buttons_text_size, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'table themes', 'table themes is missing, which this script drops together with column fonts_buttons_text_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_font_url', 'table themes has no column fonts_font_url, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_font_url', 'table themes', 'table themes is missing, which this script drops together with column fonts_font_url of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_input_labels_bold', 'table themes has no column fonts_input_labels_bold, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'table themes', 'table themes is missing, which this script drops together with column fonts_input_labels_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_input_labels_size', 'table themes has no column fonts_input_labels_size, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'table themes', 'table themes is missing, which this script drops together with column fonts_input_labels_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_links_bold', 'table themes has no column fonts_links_bold, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_links_bold', 'table themes', 'table themes is missing, which this script drops together with column fonts_links_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_links_size', 'table themes has no column fonts_links_size, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_links_size', 'table themes', 'table themes is missing, which this script drops together with column fonts_links_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_links_style', 'table themes has no column fonts_links_style, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_links_style', 'table themes', 'table themes is missing, which this script drops together with column fonts_links_style of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_reference_text_size', 'table themes has no column fonts_reference_text_size, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'table themes', 'table themes is missing, which this script drops together with column fonts_reference_text_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_subtitle_bold', 'table themes has no column fonts_subtitle_bold, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_subtitle_bold', 'table themes', 'table themes is missing, which this script drops together with column fonts_subtitle_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_subtitle_size', 'table themes has no column fonts_subtitle_size, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'table themes', 'table themes is missing, which this script drops together with column fonts_subtitle_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_title_bold', 'table themes has no column fonts_title_bold, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_title_bold', 'table themes', 'table themes is missing, which this script drops together with column fonts_title_bold of table themes'
        UNION ALL SELECT 'table themes', 'column themes.fonts_title_size', 'table themes has no column fonts_title_size, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.fonts_title_size', 'table themes', 'table themes is missing, which this script drops together with column fonts_title_size of table themes'
        UNION ALL SELECT 'table themes', 'column themes.page_background_background_color', 'table themes has no column page_background_background_color, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.page_background_background_color', 'table themes', 'table themes is missing, which this script drops together with column page_background_background_color of table themes'
        UNION ALL SELECT 'table themes', 'column themes.page_background_background_image_url', 'table themes has no column page_background_background_image_url, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.page_background_background_image_url', 'table themes', 'table themes is missing, which this script drops together with column page_background_background_image_url of table themes'
        UNION ALL SELECT 'table themes', 'column themes.page_background_page_layout', 'table themes has no column page_background_page_layout, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.page_background_page_layout', 'table themes', 'table themes is missing, which this script drops together with column page_background_page_layout of table themes'
        UNION ALL SELECT 'table themes', 'column themes.tenant_id', 'table themes has no column tenant_id, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.tenant_id', 'table themes', 'table themes is missing, which this script drops together with column tenant_id of table themes'
        UNION ALL SELECT 'table themes', 'column themes.themeId', 'table themes has no column themeId, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.themeId', 'table themes', 'table themes is missing, which this script drops together with column themeId of table themes'
        UNION ALL SELECT 'table themes', 'column themes.updated_at', 'table themes has no column updated_at, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.updated_at', 'table themes', 'table themes is missing, which this script drops together with column updated_at of table themes'
        UNION ALL SELECT 'table themes', 'column themes.widget_header_text_alignment', 'table themes has no column widget_header_text_alignment, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.widget_header_text_alignment', 'table themes', 'table themes is missing, which this script drops together with column widget_header_text_alignment of table themes'
        UNION ALL SELECT 'table themes', 'column themes.widget_logo_height', 'table themes has no column widget_logo_height, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.widget_logo_height', 'table themes', 'table themes is missing, which this script drops together with column widget_logo_height of table themes'
        UNION ALL SELECT 'table themes', 'column themes.widget_logo_position', 'table themes has no column widget_logo_position, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.widget_logo_position', 'table themes', 'table themes is missing, which this script drops together with column widget_logo_position of table themes'
        UNION ALL SELECT 'table themes', 'column themes.widget_logo_url', 'table themes has no column widget_logo_url, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.widget_logo_url', 'table themes', 'table themes is missing, which this script drops together with column widget_logo_url of table themes'
        UNION ALL SELECT 'table themes', 'column themes.widget_social_buttons_layout', 'table themes has no column widget_social_buttons_layout, which this script drops together with table themes'
        UNION ALL SELECT 'column themes.widget_social_buttons_layout', 'table themes', 'table themes is missing, which this script drops together with column widget_social_buttons_layout of table themes'
        UNION ALL SELECT 'table themes', 'index themes.PRIMARY', 'table themes has no index PRIMARY, which this script drops together with table themes'
        UNION ALL SELECT 'table themes', 'table tenant_operation_events', 'table tenant_operation_events is missing, which this script drops only after table themes (still there)'
        UNION ALL SELECT 'table themes', 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'table tenant_operation_events has no index tenant_operation_events_operation_id_created_at_idx, which this script drops only after table themes (still there)'
        UNION ALL SELECT 'table universal_login_templates', 'column universal_login_templates.body', 'table universal_login_templates has no column body, which this script drops together with table universal_login_templates'
        UNION ALL SELECT 'column universal_login_templates.body', 'table universal_login_templates', 'table universal_login_templates is missing, which this script drops together with column body of table universal_login_templates'
        UNION ALL SELECT 'table universal_login_templates', 'column universal_login_templates.created_at_ts', 'table universal_login_templates has no column created_at_ts, which this script drops together with table universal_login_templates'
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'table universal_login_templates', 'table universal_login_templates is missing, which this script drops together with column created_at_ts of table universal_login_templates'
        UNION ALL SELECT 'table universal_login_templates', 'column universal_login_templates.tenant_id', 'table universal_login_templates has no column tenant_id, which this script drops together with table universal_login_templates'
        UNION ALL SELECT 'column universal_login_templates.tenant_id', 'table universal_login_templates', 'table universal_login_templates is missing, which this script drops together with column tenant_id of table universal_login_templates'
        UNION ALL SELECT 'table universal_login_templates', 'column universal_login_templates.updated_at_ts', 'table universal_login_templates has no column updated_at_ts, which this script drops together with table universal_login_templates'
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'table universal_login_templates', 'table universal_login_templates is missing, which this script drops together with column updated_at_ts of table universal_login_templates'
        UNION ALL SELECT 'table universal_login_templates', 'index universal_login_templates.PRIMARY', 'table universal_login_templates has no index PRIMARY, which this script drops together with table universal_login_templates'
        UNION ALL SELECT 'table universal_login_templates', 'table themes', 'table themes is missing, which this script drops only after table universal_login_templates (still there)'
        UNION ALL SELECT 'table user_activity', 'column user_activity.failed_logins', 'table user_activity has no column failed_logins, which this script drops together with table user_activity'
        UNION ALL SELECT 'column user_activity.failed_logins', 'table user_activity', 'table user_activity is missing, which this script drops together with column failed_logins of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.last_ip', 'table user_activity has no column last_ip, which this script drops together with table user_activity'
        UNION ALL SELECT 'column user_activity.last_ip', 'table user_activity', 'table user_activity is missing, which this script drops together with column last_ip of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.last_login', 'table user_activity has no column last_login, which this script drops together with table user_activity'
        UNION ALL SELECT 'column user_activity.last_login', 'table user_activity', 'table user_activity is missing, which this script drops together with column last_login of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.last_password_reset', 'table user_activity has no column last_password_reset, which this script drops together with table user_activity'
        UNION ALL SELECT 'column user_activity.last_password_reset', 'table user_activity', 'table user_activity is missing, which this script drops together with column last_password_reset of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.login_count', 'table user_activity has no column login_count, which this script drops together with table user_activity'
        UNION ALL SELECT 'column user_activity.login_count', 'table user_activity', 'table user_activity is missing, which this script drops together with column login_count of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.tenant_id', 'table user_activity has no column tenant_id, which this script drops together with table user_activity'
        UNION ALL SELECT 'column user_activity.tenant_id', 'table user_activity', 'table user_activity is missing, which this script drops together with column tenant_id of table user_activity'
        UNION ALL SELECT 'table user_activity', 'column user_activity.user_id', 'table user_activity has no column user_id, which this script drops together with table user_activity'
        UNION ALL SELECT 'column user_activity.user_id', 'table user_activity', 'table user_activity is missing, which this script drops together with column user_id of table user_activity'
        UNION ALL SELECT 'table user_activity', 'index user_activity.PRIMARY', 'table user_activity has no index PRIMARY, which this script drops together with table user_activity'
        UNION ALL SELECT 'table user_activity', 'table universal_login_templates', 'table universal_login_templates is missing, which this script drops only after table user_activity (still there)'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.created_at', 'table user_organizations has no column created_at, which this script drops together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.created_at', 'table user_organizations', 'table user_organizations is missing, which this script drops together with column created_at of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.id', 'table user_organizations has no column id, which this script drops together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.id', 'table user_organizations', 'table user_organizations is missing, which this script drops together with column id of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.organization_id', 'table user_organizations has no column organization_id, which this script drops together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.organization_id', 'table user_organizations', 'table user_organizations is missing, which this script drops together with column organization_id of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.tenant_id', 'table user_organizations has no column tenant_id, which this script drops together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.tenant_id', 'table user_organizations', 'table user_organizations is missing, which this script drops together with column tenant_id of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.updated_at', 'table user_organizations has no column updated_at, which this script drops together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.updated_at', 'table user_organizations', 'table user_organizations is missing, which this script drops together with column updated_at of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'column user_organizations.user_id', 'table user_organizations has no column user_id, which this script drops together with table user_organizations'
        UNION ALL SELECT 'column user_organizations.user_id', 'table user_organizations', 'table user_organizations is missing, which this script drops together with column user_id of table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'index user_organizations.PRIMARY', 'table user_organizations has no index PRIMARY, which this script drops together with table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'index user_organizations.user_organizations_unique', 'table user_organizations has no index user_organizations_unique, which this script drops together with table user_organizations'
        UNION ALL SELECT 'table user_organizations', 'table user_activity', 'table user_activity is missing, which this script drops only after table user_organizations (still there)'
        UNION ALL SELECT 'table user_organizations', 'index user_activity.user_activity_user_id_constraint', 'table user_activity has no index user_activity_user_id_constraint, which this script drops only after table user_organizations (still there)'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.created_at', 'table user_permissions has no column created_at, which this script drops together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.created_at', 'table user_permissions', 'table user_permissions is missing, which this script drops together with column created_at of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.organization_id', 'table user_permissions has no column organization_id, which this script drops together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.organization_id', 'table user_permissions', 'table user_permissions is missing, which this script drops together with column organization_id of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.permission_name', 'table user_permissions has no column permission_name, which this script drops together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.permission_name', 'table user_permissions', 'table user_permissions is missing, which this script drops together with column permission_name of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.resource_server_identifier', 'table user_permissions has no column resource_server_identifier, which this script drops together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.resource_server_identifier', 'table user_permissions', 'table user_permissions is missing, which this script drops together with column resource_server_identifier of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.tenant_id', 'table user_permissions has no column tenant_id, which this script drops together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.tenant_id', 'table user_permissions', 'table user_permissions is missing, which this script drops together with column tenant_id of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'column user_permissions.user_id', 'table user_permissions has no column user_id, which this script drops together with table user_permissions'
        UNION ALL SELECT 'column user_permissions.user_id', 'table user_permissions', 'table user_permissions is missing, which this script drops together with column user_id of table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'index user_permissions.PRIMARY', 'table user_permissions has no index PRIMARY, which this script drops together with table user_permissions'
        UNION ALL SELECT 'table user_permissions', 'table user_organizations', 'table user_organizations is missing, which this script drops only after table user_permissions (still there)'
        UNION ALL SELECT 'table user_permissions', 'index user_organizations.idx_user_organizations_organization_id', 'table user_organizations has no index idx_user_organizations_organization_id, which this script drops only after table user_permissions (still there)'
        UNION ALL SELECT 'table user_permissions', 'index user_organizations.idx_user_organizations_user_id', 'table user_organizations has no index idx_user_organizations_user_id, which this script drops only after table user_permissions (still there)'
        UNION ALL SELECT 'table user_roles', 'column user_roles.created_at', 'table user_roles has no column created_at, which this script drops together with table user_roles'
        UNION ALL SELECT 'column user_roles.created_at', 'table user_roles', 'table user_roles is missing, which this script drops together with column created_at of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.organization_id', 'table user_roles has no column organization_id, which this script drops together with table user_roles'
        UNION ALL SELECT 'column user_roles.organization_id', 'table user_roles', 'table user_roles is missing, which this script drops together with column organization_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.role_id', 'table user_roles has no column role_id, which this script drops together with table user_roles'
        UNION ALL SELECT 'column user_roles.role_id', 'table user_roles', 'table user_roles is missing, which this script drops together with column role_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.tenant_id', 'table user_roles has no column tenant_id, which this script drops together with table user_roles'
        UNION ALL SELECT 'column user_roles.tenant_id', 'table user_roles', 'table user_roles is missing, which this script drops together with column tenant_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.user_id', 'table user_roles has no column user_id, which this script drops together with table user_roles'
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles', 'table user_roles is missing, which this script drops together with column user_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY, which this script drops together with table user_roles'
        UNION ALL SELECT 'table user_roles', 'table user_permissions', 'table user_permissions is missing, which this script drops only after table user_roles (still there)'
        UNION ALL SELECT 'table user_roles', 'index user_permissions.user_permissions_organization_fk', 'table user_permissions has no index user_permissions_organization_fk, which this script drops only after table user_roles (still there)'
        UNION ALL SELECT 'table user_roles', 'index user_permissions.user_permissions_permission_fk', 'table user_permissions has no index user_permissions_permission_fk, which this script drops only after table user_roles (still there)'
        UNION ALL SELECT 'table user_roles', 'index user_permissions.user_permissions_user_fk', 'table user_permissions has no index user_permissions_user_fk, which this script drops only after table user_roles (still there)') i
      JOIN (SELECT DISTINCT CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AS k FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) fa ON fa.k = i.a
      LEFT JOIN (SELECT DISTINCT CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AS k FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) fb ON fb.k = i.b
      WHERE fb.k IS NULL) q WHERE c <> 0) p
  INTO @plan_problem, @plan_off_target;
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: authhero 11.20 → 0: the database was at the empty state already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database is not at authhero 11.20 nor partway through this teardown: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile authhero <its version> 0), or run this one on the authhero 11.20 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at authhero 11.20 nor partway through this teardown; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_refs = IF(@plan_ok, REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT CONCAT('foreign keys of tables outside authhero reference keys that authhero 11.20 → 0 drops or replaces, and InnoDB refuses to drop a key a foreign key needs (errno 150, half-way through the script): ',
        GROUP_CONCAT(CONCAT(CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), '.', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' -> ', x.rt, ' (', x.rcols, ')') ORDER BY x.s, x.t, x.n SEPARATOR '; '),
        '. Nothing was changed. Drop them before running this script: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' DROP FOREIGN KEY ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Re-create them once it has run: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' ADD CONSTRAINT ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' FOREIGN KEY (', x.qcols, ') REFERENCES ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(DATABASE(), CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.rt, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' (', x.qrcols, ') ON DELETE ', x.del, ' ON UPDATE ', x.upd, ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Note: ', GROUP_CONCAT(DISTINCT x.note ORDER BY x.note SEPARATOR '; '), '.')
      FROM (
        SELECT f.*, CASE
          WHEN f.rt = 'actions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'actions')
          THEN 'after this script there is no table actions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'action_executions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_executions')
          THEN 'after this script there is no table action_executions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'action_versions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions')
          THEN 'after this script there is no table action_versions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'tenants'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenants')
          THEN 'after this script there is no table tenants: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'authentication_methods'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods')
          THEN 'after this script there is no table authentication_methods: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'branding'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'branding')
          THEN 'after this script there is no table branding: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'clients'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients')
          THEN 'after this script there is no table clients: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'client_grants'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants')
          THEN 'after this script there is no table client_grants: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'client_registration_tokens'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens')
          THEN 'after this script there is no table client_registration_tokens: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'users'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users')
          THEN 'after this script there is no table users: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'codes'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes')
          THEN 'after this script there is no table codes: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'connections'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'connections')
          THEN 'after this script there is no table connections: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'control_plane_comm_keys'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'control_plane_comm_keys')
          THEN 'after this script there is no table control_plane_comm_keys: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'custom_domains'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains')
          THEN 'after this script there is no table custom_domains: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'custom_text'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_text')
          THEN 'after this script there is no table custom_text: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'email_providers'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'email_providers')
          THEN 'after this script there is no table email_providers: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'email_templates'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'email_templates')
          THEN 'after this script there is no table email_templates: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'flows'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'flows')
          THEN 'after this script there is no table flows: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'forms'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'forms')
          THEN 'after this script there is no table forms: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'grants'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants')
          THEN 'after this script there is no table grants: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'hooks'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks')
          THEN 'after this script there is no table hooks: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'hook_code'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hook_code')
          THEN 'after this script there is no table hook_code: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'invites'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites')
          THEN 'after this script there is no table invites: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'keys'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys')
          THEN 'after this script there is no table keys: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'kysely_migration'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'kysely_migration')
          THEN 'after this script there is no table kysely_migration: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'kysely_migration_lock'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'kysely_migration_lock')
          THEN 'after this script there is no table kysely_migration_lock: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'sessions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions')
          THEN 'after this script there is no table sessions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'login_sessions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions')
          THEN 'after this script there is no table login_sessions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'logs'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs')
          THEN 'after this script there is no table logs: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'log_streams'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'log_streams')
          THEN 'after this script there is no table log_streams: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'migrations'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations')
          THEN 'after this script there is no table migrations: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'migration_sources'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migration_sources')
          THEN 'after this script there is no table migration_sources: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'organizations'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations')
          THEN 'after this script there is no table organizations: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'organization_connections'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections')
          THEN 'after this script there is no table organization_connections: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'outbox_events'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events')
          THEN 'after this script there is no table outbox_events: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'passwords'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords')
          THEN 'after this script there is no table passwords: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'prompt_settings'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'prompt_settings')
          THEN 'after this script there is no table prompt_settings: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'proxy_routes'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes')
          THEN 'after this script there is no table proxy_routes: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'refresh_tokens'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens')
          THEN 'after this script there is no table refresh_tokens: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'resource_servers'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers')
          THEN 'after this script there is no table resource_servers: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'roles'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles')
          THEN 'after this script there is no table roles: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'role_permissions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions')
          THEN 'after this script there is no table role_permissions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'rollouts'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'rollouts')
          THEN 'after this script there is no table rollouts: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'tenant_operations'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations')
          THEN 'after this script there is no table tenant_operations: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'tenant_operation_events'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operation_events')
          THEN 'after this script there is no table tenant_operation_events: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'themes'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'themes')
          THEN 'after this script there is no table themes: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'universal_login_templates'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'universal_login_templates')
          THEN 'after this script there is no table universal_login_templates: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'user_activity'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_activity')
          THEN 'after this script there is no table user_activity: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'user_organizations'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations')
          THEN 'after this script there is no table user_organizations: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'user_permissions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions')
          THEN 'after this script there is no table user_permissions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'user_roles'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles')
          THEN 'after this script there is no table user_roles: drop the foreign key for good, or point it at another table'
          END AS note
        FROM (
          SELECT k.TABLE_SCHEMA AS s, k.TABLE_NAME AS t, k.CONSTRAINT_NAME AS n, MAX(k.REFERENCED_TABLE_NAME) AS rt,
            GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ',') AS rcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.REFERENCED_COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qrcols,
            MAX(r.DELETE_RULE) AS del, MAX(r.UPDATE_RULE) AS upd
          FROM information_schema.KEY_COLUMN_USAGE k
          JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
          WHERE k.REFERENCED_TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IN ('actions', 'action_executions', 'action_versions', 'tenants', 'authentication_methods', 'branding', 'clients', 'client_grants', 'client_registration_tokens', 'users', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hooks', 'hook_code', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'sessions', 'login_sessions', 'logs', 'log_streams', 'migrations', 'migration_sources', 'organizations', 'organization_connections', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'roles', 'role_permissions', 'rollouts', 'tenant_operations', 'tenant_operation_events', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles')
          GROUP BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME
        ) f
        WHERE TRUE AND (f.s <> DATABASE() OR (f.t, f.n) NOT IN (('authentication_methods', 'authentication_methods_ibfk_1'), ('branding', 'branding_ibfk_1'), ('client_grants', 'client_grants_ibfk_1'), ('client_grants', 'fk_client_grants_clients'), ('client_registration_tokens', 'client_registration_tokens_ibfk_1'), ('clients', 'clients_ibfk_1'), ('codes', 'codes_ibfk_1'), ('codes', 'codes_user_id_tenant_id_constraint'), ('connections', 'connections_ibfk_1'), ('custom_domains', 'custom_domains_ibfk_1'), ('custom_text', 'custom_text_ibfk_1'), ('email_templates', 'email_templates_tenant_fk'), ('grants', 'grants_ibfk_1'), ('grants', 'grants_user_id_constraint'), ('hooks', 'hooks_ibfk_1'), ('keys', 'keys_ibfk_1'), ('login_sessions', 'login_sessions_session_fk'), ('login_sessions', 'login_sessions_tenant_fk'), ('migrations', 'migrations_ibfk_1'), ('organization_connections', 'organization_connections_connection_fk'), ('organization_connections', 'organization_connections_organization_fk'), ('passwords', 'password_history_user_id_tenant_id_constraint'), ('passwords', 'passwords_ibfk_1'), ('refresh_tokens', 'refresh_tokens_client_fk'), ('refresh_tokens', 'refresh_tokens_tenant_fk'), ('sessions', 'sessions_user_fk'), ('tenant_operation_events', 'tenant_operation_events_operation_id_constraint'), ('themes', 'themes_ibfk_1'), ('universal_login_templates', 'universal_login_templates_ibfk_1'), ('user_activity', 'user_activity_user_id_constraint'), ('users', 'linked_to_constraint'), ('users', 'users_ibfk_1')))
      ) x
      WHERE x.note IS NOT NULL) USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), NULL);
SET @plan_ok = @plan_ok AND @plan_refs IS NULL;
SELECT CONCAT('plan stopped: ', @plan_refs) AS plan FROM DUAL WHERE @plan_refs IS NOT NULL;
SET @plan_sql = IF(
  @plan_refs IS NULL,
  'DO 0',
  'SELECT 1 FROM `plan stopped: foreign keys of other tables; see the row above`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- authhero 11.20 → 0 (rollback): Fresh install of the @authhero/kysely-adapter 11.20 schema on MySQL/MariaDB and SQLite: the 49 tables the 181 kysely migrations (m1_init … o083_codes_expires_at_ts) leave, plus kysely_migration and kysely_migration_lock (sqlite: overrides and steps where AuthHero's SQLite schema differs; equal to AuthHero's own SQLite 11.20 schema, facts/catalogs/sqlite-11.20.catalog)
-- source: plans/authhero/0-11.20.yaml
-- ================================================================================================
-- 11.20 → 0 · 1/164 · drop foreign key user_activity_user_id_constraint on user_activity
-- locks: user_activity: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_activity' AND CONSTRAINT_NAME = 'user_activity_user_id_constraint'),
  'ALTER TABLE `user_activity` DROP FOREIGN KEY `user_activity_user_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 2/164 · drop foreign key universal_login_templates_ibfk_1 on universal_login_templates
-- locks: universal_login_templates: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'universal_login_templates' AND CONSTRAINT_NAME = 'universal_login_templates_ibfk_1'),
  'ALTER TABLE `universal_login_templates` DROP FOREIGN KEY `universal_login_templates_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 3/164 · drop foreign key themes_ibfk_1 on themes
-- locks: themes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'themes' AND CONSTRAINT_NAME = 'themes_ibfk_1'),
  'ALTER TABLE `themes` DROP FOREIGN KEY `themes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 4/164 · drop foreign key tenant_operation_events_operation_id_constraint on tenant_operation_events
-- locks: tenant_operation_events: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenant_operations: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operation_events' AND CONSTRAINT_NAME = 'tenant_operation_events_operation_id_constraint'),
  'ALTER TABLE `tenant_operation_events` DROP FOREIGN KEY `tenant_operation_events_operation_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 5/164 · drop foreign key refresh_tokens_tenant_fk on refresh_tokens
-- locks: refresh_tokens: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND CONSTRAINT_NAME = 'refresh_tokens_tenant_fk'),
  'ALTER TABLE `refresh_tokens` DROP FOREIGN KEY `refresh_tokens_tenant_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 6/164 · drop foreign key refresh_tokens_client_fk on refresh_tokens
-- locks: refresh_tokens: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | clients: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND CONSTRAINT_NAME = 'refresh_tokens_client_fk'),
  'ALTER TABLE `refresh_tokens` DROP FOREIGN KEY `refresh_tokens_client_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 7/164 · drop foreign key passwords_ibfk_1 on passwords
-- locks: passwords: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND CONSTRAINT_NAME = 'passwords_ibfk_1'),
  'ALTER TABLE `passwords` DROP FOREIGN KEY `passwords_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 8/164 · drop foreign key password_history_user_id_tenant_id_constraint on passwords
-- locks: passwords: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND CONSTRAINT_NAME = 'password_history_user_id_tenant_id_constraint'),
  'ALTER TABLE `passwords` DROP FOREIGN KEY `password_history_user_id_tenant_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 9/164 · drop foreign key organization_connections_organization_fk on organization_connections
-- locks: organization_connections: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | organizations: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND CONSTRAINT_NAME = 'organization_connections_organization_fk'),
  'ALTER TABLE `organization_connections` DROP FOREIGN KEY `organization_connections_organization_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 10/164 · drop foreign key organization_connections_connection_fk on organization_connections
-- locks: organization_connections: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | connections: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND CONSTRAINT_NAME = 'organization_connections_connection_fk'),
  'ALTER TABLE `organization_connections` DROP FOREIGN KEY `organization_connections_connection_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 11/164 · drop foreign key migrations_ibfk_1 on migrations
-- locks: migrations: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND CONSTRAINT_NAME = 'migrations_ibfk_1'),
  'ALTER TABLE `migrations` DROP FOREIGN KEY `migrations_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 12/164 · drop foreign key login_sessions_tenant_fk on login_sessions
-- locks: login_sessions: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND CONSTRAINT_NAME = 'login_sessions_tenant_fk'),
  'ALTER TABLE `login_sessions` DROP FOREIGN KEY `login_sessions_tenant_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 13/164 · drop foreign key login_sessions_session_fk on login_sessions
-- locks: login_sessions: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | sessions: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND CONSTRAINT_NAME = 'login_sessions_session_fk'),
  'ALTER TABLE `login_sessions` DROP FOREIGN KEY `login_sessions_session_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 14/164 · drop foreign key sessions_user_fk on sessions
-- locks: sessions: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND CONSTRAINT_NAME = 'sessions_user_fk'),
  'ALTER TABLE `sessions` DROP FOREIGN KEY `sessions_user_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 15/164 · drop foreign key keys_ibfk_1 on keys
-- locks: keys: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND CONSTRAINT_NAME = 'keys_ibfk_1'),
  'ALTER TABLE `keys` DROP FOREIGN KEY `keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 16/164 · drop foreign key hooks_ibfk_1 on hooks
-- locks: hooks: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND CONSTRAINT_NAME = 'hooks_ibfk_1'),
  'ALTER TABLE `hooks` DROP FOREIGN KEY `hooks_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 17/164 · drop foreign key grants_user_id_constraint on grants
-- locks: grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND CONSTRAINT_NAME = 'grants_user_id_constraint'),
  'ALTER TABLE `grants` DROP FOREIGN KEY `grants_user_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 18/164 · drop foreign key grants_ibfk_1 on grants
-- locks: grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND CONSTRAINT_NAME = 'grants_ibfk_1'),
  'ALTER TABLE `grants` DROP FOREIGN KEY `grants_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 19/164 · drop foreign key email_templates_tenant_fk on email_templates
-- locks: email_templates: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'email_templates' AND CONSTRAINT_NAME = 'email_templates_tenant_fk'),
  'ALTER TABLE `email_templates` DROP FOREIGN KEY `email_templates_tenant_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 20/164 · drop foreign key custom_text_ibfk_1 on custom_text
-- locks: custom_text: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_text' AND CONSTRAINT_NAME = 'custom_text_ibfk_1'),
  'ALTER TABLE `custom_text` DROP FOREIGN KEY `custom_text_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 21/164 · drop foreign key custom_domains_ibfk_1 on custom_domains
-- locks: custom_domains: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND CONSTRAINT_NAME = 'custom_domains_ibfk_1'),
  'ALTER TABLE `custom_domains` DROP FOREIGN KEY `custom_domains_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 22/164 · drop foreign key connections_ibfk_1 on connections
-- locks: connections: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'connections' AND CONSTRAINT_NAME = 'connections_ibfk_1'),
  'ALTER TABLE `connections` DROP FOREIGN KEY `connections_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 23/164 · drop foreign key codes_user_id_tenant_id_constraint on codes
-- locks: codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND CONSTRAINT_NAME = 'codes_user_id_tenant_id_constraint'),
  'ALTER TABLE `codes` DROP FOREIGN KEY `codes_user_id_tenant_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 24/164 · drop foreign key codes_ibfk_1 on codes
-- locks: codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND CONSTRAINT_NAME = 'codes_ibfk_1'),
  'ALTER TABLE `codes` DROP FOREIGN KEY `codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 25/164 · drop foreign key users_ibfk_1 on users
-- locks: users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND CONSTRAINT_NAME = 'users_ibfk_1'),
  'ALTER TABLE `users` DROP FOREIGN KEY `users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 26/164 · drop foreign key linked_to_constraint on users
-- locks: users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND CONSTRAINT_NAME = 'linked_to_constraint'),
  'ALTER TABLE `users` DROP FOREIGN KEY `linked_to_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 27/164 · drop foreign key client_registration_tokens_ibfk_1 on client_registration_tokens
-- locks: client_registration_tokens: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND CONSTRAINT_NAME = 'client_registration_tokens_ibfk_1'),
  'ALTER TABLE `client_registration_tokens` DROP FOREIGN KEY `client_registration_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 28/164 · drop foreign key fk_client_grants_clients on client_grants
-- locks: client_grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | clients: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND CONSTRAINT_NAME = 'fk_client_grants_clients'),
  'ALTER TABLE `client_grants` DROP FOREIGN KEY `fk_client_grants_clients`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 29/164 · drop foreign key client_grants_ibfk_1 on client_grants
-- locks: client_grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND CONSTRAINT_NAME = 'client_grants_ibfk_1'),
  'ALTER TABLE `client_grants` DROP FOREIGN KEY `client_grants_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 30/164 · drop foreign key clients_ibfk_1 on clients
-- locks: clients: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND CONSTRAINT_NAME = 'clients_ibfk_1'),
  'ALTER TABLE `clients` DROP FOREIGN KEY `clients_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 31/164 · drop foreign key branding_ibfk_1 on branding
-- locks: branding: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'branding' AND CONSTRAINT_NAME = 'branding_ibfk_1'),
  'ALTER TABLE `branding` DROP FOREIGN KEY `branding_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 32/164 · drop foreign key authentication_methods_ibfk_1 on authentication_methods
-- locks: authentication_methods: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND CONSTRAINT_NAME = 'authentication_methods_ibfk_1'),
  'ALTER TABLE `authentication_methods` DROP FOREIGN KEY `authentication_methods_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 33/164 · drop index user_roles_user_fk on user_roles
-- locks: user_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_user_fk'),
  'ALTER TABLE `user_roles` DROP INDEX `user_roles_user_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 34/164 · drop index user_roles_role_fk on user_roles
-- locks: user_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_fk'),
  'ALTER TABLE `user_roles` DROP INDEX `user_roles_role_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 35/164 · drop index user_roles_organization_fk on user_roles
-- locks: user_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_organization_fk'),
  'ALTER TABLE `user_roles` DROP INDEX `user_roles_organization_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 36/164 · drop table user_roles
-- locks: user_roles: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles'),
  'DROP TABLE `user_roles`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 37/164 · drop index user_permissions_user_fk on user_permissions
-- locks: user_permissions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_user_fk'),
  'ALTER TABLE `user_permissions` DROP INDEX `user_permissions_user_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 38/164 · drop index user_permissions_permission_fk on user_permissions
-- locks: user_permissions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_permission_fk'),
  'ALTER TABLE `user_permissions` DROP INDEX `user_permissions_permission_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 39/164 · drop index user_permissions_organization_fk on user_permissions
-- locks: user_permissions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions' AND INDEX_NAME = 'user_permissions_organization_fk'),
  'ALTER TABLE `user_permissions` DROP INDEX `user_permissions_organization_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 40/164 · drop table user_permissions
-- locks: user_permissions: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_permissions'),
  'DROP TABLE `user_permissions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 41/164 · drop index idx_user_organizations_user_id on user_organizations
-- locks: user_organizations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_user_id'),
  'ALTER TABLE `user_organizations` DROP INDEX `idx_user_organizations_user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 42/164 · drop index idx_user_organizations_organization_id on user_organizations
-- locks: user_organizations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_organization_id'),
  'ALTER TABLE `user_organizations` DROP INDEX `idx_user_organizations_organization_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 43/164 · drop table user_organizations
-- locks: user_organizations: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations'),
  'DROP TABLE `user_organizations`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 44/164 · drop index user_activity_user_id_constraint on user_activity
-- locks: user_activity: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_activity' AND INDEX_NAME = 'user_activity_user_id_constraint'),
  'ALTER TABLE `user_activity` DROP INDEX `user_activity_user_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 45/164 · drop table user_activity
-- locks: user_activity: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_activity'),
  'DROP TABLE `user_activity`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 46/164 · drop table universal_login_templates
-- locks: universal_login_templates: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'universal_login_templates'),
  'DROP TABLE `universal_login_templates`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 47/164 · drop table themes
-- locks: themes: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'themes'),
  'DROP TABLE `themes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 48/164 · drop index tenant_operation_events_operation_id_created_at_idx on tenant_operation_events
-- locks: tenant_operation_events: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operation_events' AND INDEX_NAME = 'tenant_operation_events_operation_id_created_at_idx'),
  'ALTER TABLE `tenant_operation_events` DROP INDEX `tenant_operation_events_operation_id_created_at_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 49/164 · drop table tenant_operation_events
-- locks: tenant_operation_events: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operation_events'),
  'DROP TABLE `tenant_operation_events`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 50/164 · drop index tenant_operations_tenant_id_created_at_idx on tenant_operations
-- locks: tenant_operations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_tenant_id_created_at_idx'),
  'ALTER TABLE `tenant_operations` DROP INDEX `tenant_operations_tenant_id_created_at_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 51/164 · drop index tenant_operations_status_idx on tenant_operations
-- locks: tenant_operations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_status_idx'),
  'ALTER TABLE `tenant_operations` DROP INDEX `tenant_operations_status_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 52/164 · drop index tenant_operations_rollout_id_idx on tenant_operations
-- locks: tenant_operations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations' AND INDEX_NAME = 'tenant_operations_rollout_id_idx'),
  'ALTER TABLE `tenant_operations` DROP INDEX `tenant_operations_rollout_id_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 53/164 · drop table tenant_operations
-- locks: tenant_operations: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_operations'),
  'DROP TABLE `tenant_operations`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 54/164 · drop table rollouts
-- locks: rollouts: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'rollouts'),
  'DROP TABLE `rollouts`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 55/164 · drop index role_permissions_permission_fk on role_permissions
-- locks: role_permissions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_fk'),
  'ALTER TABLE `role_permissions` DROP INDEX `role_permissions_permission_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 56/164 · drop table role_permissions
-- locks: role_permissions: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions'),
  'DROP TABLE `role_permissions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 57/164 · drop index roles_tenant_name_uq on roles
-- locks: roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'roles_tenant_name_uq'),
  'ALTER TABLE `roles` DROP INDEX `roles_tenant_name_uq`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 58/164 · drop table roles
-- locks: roles: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles'),
  'DROP TABLE `roles`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 59/164 · drop index resource_servers_tenant_identifier_uq on resource_servers
-- locks: resource_servers: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND INDEX_NAME = 'resource_servers_tenant_identifier_uq'),
  'ALTER TABLE `resource_servers` DROP INDEX `resource_servers_tenant_identifier_uq`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 60/164 · drop table resource_servers
-- locks: resource_servers: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers'),
  'DROP TABLE `resource_servers`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 61/164 · drop index refresh_tokens_client_fk on refresh_tokens
-- locks: refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'refresh_tokens_client_fk'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `refresh_tokens_client_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 62/164 · drop index idx_refresh_tokens_user_id on refresh_tokens
-- locks: refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_user_id'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 63/164 · drop index idx_refresh_tokens_token_lookup on refresh_tokens
-- locks: refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_token_lookup'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_token_lookup`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 64/164 · drop index idx_refresh_tokens_login_id on refresh_tokens
-- locks: refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_login_id'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_login_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 65/164 · drop index idx_refresh_tokens_idle_expires_at_ts on refresh_tokens
-- locks: refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_idle_expires_at_ts'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_idle_expires_at_ts`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 66/164 · drop index idx_refresh_tokens_family_id on refresh_tokens
-- locks: refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_family_id'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_family_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 67/164 · drop index idx_refresh_tokens_expires_at_ts on refresh_tokens
-- locks: refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens' AND INDEX_NAME = 'idx_refresh_tokens_expires_at_ts'),
  'ALTER TABLE `refresh_tokens` DROP INDEX `idx_refresh_tokens_expires_at_ts`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 68/164 · drop table refresh_tokens
-- locks: refresh_tokens: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'refresh_tokens'),
  'DROP TABLE `refresh_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 69/164 · drop index proxy_routes_tenant_id_idx on proxy_routes
-- locks: proxy_routes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND INDEX_NAME = 'proxy_routes_tenant_id_idx'),
  'ALTER TABLE `proxy_routes` DROP INDEX `proxy_routes_tenant_id_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 70/164 · drop index proxy_routes_custom_domain_id_idx on proxy_routes
-- locks: proxy_routes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND INDEX_NAME = 'proxy_routes_custom_domain_id_idx'),
  'ALTER TABLE `proxy_routes` DROP INDEX `proxy_routes_custom_domain_id_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 71/164 · drop table proxy_routes
-- locks: proxy_routes: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes'),
  'DROP TABLE `proxy_routes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 72/164 · drop table prompt_settings
-- locks: prompt_settings: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'prompt_settings'),
  'DROP TABLE `prompt_settings`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 73/164 · drop index tenant_id on passwords
-- locks: passwords: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `passwords` DROP INDEX `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 74/164 · drop index password_history_user_id_tenant_id_constraint on passwords
-- locks: passwords: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'password_history_user_id_tenant_id_constraint'),
  'ALTER TABLE `passwords` DROP INDEX `password_history_user_id_tenant_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 75/164 · drop table passwords
-- locks: passwords: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords'),
  'DROP TABLE `passwords`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 76/164 · drop index idx_outbox_unprocessed on outbox_events
-- locks: outbox_events: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_unprocessed'),
  'ALTER TABLE `outbox_events` DROP INDEX `idx_outbox_unprocessed`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 77/164 · drop index idx_outbox_tenant_type on outbox_events
-- locks: outbox_events: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_tenant_type'),
  'ALTER TABLE `outbox_events` DROP INDEX `idx_outbox_tenant_type`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 78/164 · drop index idx_outbox_events_tenant_dead_lettered on outbox_events
-- locks: outbox_events: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_events_tenant_dead_lettered'),
  'ALTER TABLE `outbox_events` DROP INDEX `idx_outbox_events_tenant_dead_lettered`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 79/164 · drop index idx_outbox_claim on outbox_events
-- locks: outbox_events: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events' AND INDEX_NAME = 'idx_outbox_claim'),
  'ALTER TABLE `outbox_events` DROP INDEX `idx_outbox_claim`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 80/164 · drop table outbox_events
-- locks: outbox_events: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_events'),
  'DROP TABLE `outbox_events`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 81/164 · drop index organization_connections_organization_fk on organization_connections
-- locks: organization_connections: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'organization_connections_organization_fk'),
  'ALTER TABLE `organization_connections` DROP INDEX `organization_connections_organization_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 82/164 · drop index idx_organization_connections_tenant_org on organization_connections
-- locks: organization_connections: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'idx_organization_connections_tenant_org'),
  'ALTER TABLE `organization_connections` DROP INDEX `idx_organization_connections_tenant_org`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 83/164 · drop index idx_organization_connections_tenant_connection on organization_connections
-- locks: organization_connections: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND INDEX_NAME = 'idx_organization_connections_tenant_connection'),
  'ALTER TABLE `organization_connections` DROP INDEX `idx_organization_connections_tenant_connection`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 84/164 · drop table organization_connections
-- locks: organization_connections: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections'),
  'DROP TABLE `organization_connections`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 85/164 · drop index idx_organizations_tenant_name_unique on organizations
-- locks: organizations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations' AND INDEX_NAME = 'idx_organizations_tenant_name_unique'),
  'ALTER TABLE `organizations` DROP INDEX `idx_organizations_tenant_name_unique`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 86/164 · drop table organizations
-- locks: organizations: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations'),
  'DROP TABLE `organizations`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 87/164 · drop index idx_migration_sources_tenant_id on migration_sources
-- locks: migration_sources: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migration_sources' AND INDEX_NAME = 'idx_migration_sources_tenant_id'),
  'ALTER TABLE `migration_sources` DROP INDEX `idx_migration_sources_tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 88/164 · drop table migration_sources
-- locks: migration_sources: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migration_sources'),
  'DROP TABLE `migration_sources`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 89/164 · drop index tenant_id on migrations
-- locks: migrations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `migrations` DROP INDEX `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 90/164 · drop table migrations
-- locks: migrations: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations'),
  'DROP TABLE `migrations`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 91/164 · drop index idx_log_streams_tenant_id on log_streams
-- locks: log_streams: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'log_streams' AND INDEX_NAME = 'idx_log_streams_tenant_id'),
  'ALTER TABLE `log_streams` DROP INDEX `idx_log_streams_tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 92/164 · drop table log_streams
-- locks: log_streams: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'log_streams'),
  'DROP TABLE `log_streams`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 93/164 · drop table logs
-- locks: logs: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs'),
  'DROP TABLE `logs`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 94/164 · drop index login_sessions_tenant_user_idx on login_sessions
-- locks: login_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_tenant_user_idx'),
  'ALTER TABLE `login_sessions` DROP INDEX `login_sessions_tenant_user_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 95/164 · drop index login_sessions_state_updated_idx on login_sessions
-- locks: login_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_state_updated_idx'),
  'ALTER TABLE `login_sessions` DROP INDEX `login_sessions_state_updated_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 96/164 · drop index login_sessions_state_idx on login_sessions
-- locks: login_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_state_idx'),
  'ALTER TABLE `login_sessions` DROP INDEX `login_sessions_state_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 97/164 · drop index login_sessions_session_fk on login_sessions
-- locks: login_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_session_fk'),
  'ALTER TABLE `login_sessions` DROP INDEX `login_sessions_session_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 98/164 · drop index login_sessions_id_index on login_sessions
-- locks: login_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'login_sessions_id_index'),
  'ALTER TABLE `login_sessions` DROP INDEX `login_sessions_id_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 99/164 · drop index idx_login_sessions_expires_at_ts on login_sessions
-- locks: login_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions' AND INDEX_NAME = 'idx_login_sessions_expires_at_ts'),
  'ALTER TABLE `login_sessions` DROP INDEX `idx_login_sessions_expires_at_ts`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 100/164 · drop table login_sessions
-- locks: login_sessions: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login_sessions'),
  'DROP TABLE `login_sessions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 101/164 · drop index sessions_user_fk on sessions
-- locks: sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'sessions_user_fk'),
  'ALTER TABLE `sessions` DROP INDEX `sessions_user_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 102/164 · drop index idx_sessions_user_id on sessions
-- locks: sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_user_id'),
  'ALTER TABLE `sessions` DROP INDEX `idx_sessions_user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 103/164 · drop index idx_sessions_idle_expires_at_ts on sessions
-- locks: sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_idle_expires_at_ts'),
  'ALTER TABLE `sessions` DROP INDEX `idx_sessions_idle_expires_at_ts`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 104/164 · drop index idx_sessions_expires_at_ts on sessions
-- locks: sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions' AND INDEX_NAME = 'idx_sessions_expires_at_ts'),
  'ALTER TABLE `sessions` DROP INDEX `idx_sessions_expires_at_ts`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 105/164 · drop table sessions
-- locks: sessions: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessions'),
  'DROP TABLE `sessions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 106/164 · drop table kysely_migration_lock
-- locks: kysely_migration_lock: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'kysely_migration_lock'),
  'DROP TABLE `kysely_migration_lock`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 107/164 · drop table kysely_migration
-- locks: kysely_migration: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'kysely_migration'),
  'DROP TABLE `kysely_migration`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 108/164 · drop index tenant_id on keys
-- locks: keys: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `keys` DROP INDEX `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 109/164 · drop table keys
-- locks: keys: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys'),
  'DROP TABLE `keys`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 110/164 · drop index idx_invites_tenant_created on invites
-- locks: invites: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_tenant_created'),
  'ALTER TABLE `invites` DROP INDEX `idx_invites_tenant_created`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 111/164 · drop index idx_invites_organization_id on invites
-- locks: invites: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_organization_id'),
  'ALTER TABLE `invites` DROP INDEX `idx_invites_organization_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 112/164 · drop index idx_invites_expires_at on invites
-- locks: invites: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites' AND INDEX_NAME = 'idx_invites_expires_at'),
  'ALTER TABLE `invites` DROP INDEX `idx_invites_expires_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 113/164 · drop table invites
-- locks: invites: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'invites'),
  'DROP TABLE `invites`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 114/164 · drop index idx_hook_code_tenant on hook_code
-- locks: hook_code: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hook_code' AND INDEX_NAME = 'idx_hook_code_tenant'),
  'ALTER TABLE `hook_code` DROP INDEX `idx_hook_code_tenant`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 115/164 · drop table hook_code
-- locks: hook_code: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hook_code'),
  'DROP TABLE `hook_code`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 116/164 · drop index tenant_id on hooks
-- locks: hooks: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `hooks` DROP INDEX `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 117/164 · drop table hooks
-- locks: hooks: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks'),
  'DROP TABLE `hooks`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 118/164 · drop index grants_user_id_constraint on grants
-- locks: grants: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_user_id_constraint'),
  'ALTER TABLE `grants` DROP INDEX `grants_user_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 119/164 · drop index grants_tenant_user_idx on grants
-- locks: grants: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_tenant_user_idx'),
  'ALTER TABLE `grants` DROP INDEX `grants_tenant_user_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 120/164 · drop index grants_natural_key_idx on grants
-- locks: grants: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND INDEX_NAME = 'grants_natural_key_idx'),
  'ALTER TABLE `grants` DROP INDEX `grants_natural_key_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 121/164 · drop table grants
-- locks: grants: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants'),
  'DROP TABLE `grants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 122/164 · drop index forms_tenant_id_idx on forms
-- locks: forms: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'forms' AND INDEX_NAME = 'forms_tenant_id_idx'),
  'ALTER TABLE `forms` DROP INDEX `forms_tenant_id_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 123/164 · drop table forms
-- locks: forms: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'forms'),
  'DROP TABLE `forms`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 124/164 · drop index flows_tenant_id_idx on flows
-- locks: flows: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'flows' AND INDEX_NAME = 'flows_tenant_id_idx'),
  'ALTER TABLE `flows` DROP INDEX `flows_tenant_id_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 125/164 · drop table flows
-- locks: flows: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'flows'),
  'DROP TABLE `flows`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 126/164 · drop table email_templates
-- locks: email_templates: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'email_templates'),
  'DROP TABLE `email_templates`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 127/164 · drop table email_providers
-- locks: email_providers: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'email_providers'),
  'DROP TABLE `email_providers`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 128/164 · drop table custom_text
-- locks: custom_text: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_text'),
  'DROP TABLE `custom_text`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 129/164 · drop index tenant_id on custom_domains
-- locks: custom_domains: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `custom_domains` DROP INDEX `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 130/164 · drop table custom_domains
-- locks: custom_domains: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains'),
  'DROP TABLE `custom_domains`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 131/164 · drop index control_plane_comm_keys_tenant_id_created_at_idx on control_plane_comm_keys
-- locks: control_plane_comm_keys: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'control_plane_comm_keys' AND INDEX_NAME = 'control_plane_comm_keys_tenant_id_created_at_idx'),
  'ALTER TABLE `control_plane_comm_keys` DROP INDEX `control_plane_comm_keys_tenant_id_created_at_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 132/164 · drop table control_plane_comm_keys
-- locks: control_plane_comm_keys: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'control_plane_comm_keys'),
  'DROP TABLE `control_plane_comm_keys`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 133/164 · drop table connections
-- locks: connections: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'connections'),
  'DROP TABLE `connections`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 134/164 · drop index tenant_id on codes
-- locks: codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `codes` DROP INDEX `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 135/164 · drop index idx_codes_expires_at_ts on codes
-- locks: codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'idx_codes_expires_at_ts'),
  'ALTER TABLE `codes` DROP INDEX `idx_codes_expires_at_ts`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 136/164 · drop index codes_user_id_tenant_id_constraint on codes
-- locks: codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'codes_user_id_tenant_id_constraint'),
  'ALTER TABLE `codes` DROP INDEX `codes_user_id_tenant_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 137/164 · drop table codes
-- locks: codes: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes'),
  'DROP TABLE `codes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 138/164 · drop index users_phone_tenant_provider_index on users
-- locks: users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_phone_tenant_provider_index'),
  'ALTER TABLE `users` DROP INDEX `users_phone_tenant_provider_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 139/164 · drop index users_name_index on users
-- locks: users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_name_index'),
  'ALTER TABLE `users` DROP INDEX `users_name_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 140/164 · drop index users_linked_to_index on users
-- locks: users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_linked_to_index'),
  'ALTER TABLE `users` DROP INDEX `users_linked_to_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 141/164 · drop index users_email_index on users
-- locks: users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_email_index'),
  'ALTER TABLE `users` DROP INDEX `users_email_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 142/164 · drop index linked_to_constraint on users
-- locks: users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'linked_to_constraint'),
  'ALTER TABLE `users` DROP INDEX `linked_to_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 143/164 · drop index unique_username_provider on users
-- locks: users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'unique_username_provider'),
  'ALTER TABLE `users` DROP INDEX `unique_username_provider`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 144/164 · drop table users
-- locks: users: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users'),
  'DROP TABLE `users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 145/164 · drop index idx_client_registration_tokens_client on client_registration_tokens
-- locks: client_registration_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND INDEX_NAME = 'idx_client_registration_tokens_client'),
  'ALTER TABLE `client_registration_tokens` DROP INDEX `idx_client_registration_tokens_client`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 146/164 · drop index idx_client_registration_tokens_hash on client_registration_tokens
-- locks: client_registration_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND INDEX_NAME = 'idx_client_registration_tokens_hash'),
  'ALTER TABLE `client_registration_tokens` DROP INDEX `idx_client_registration_tokens_hash`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 147/164 · drop table client_registration_tokens
-- locks: client_registration_tokens: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens'),
  'DROP TABLE `client_registration_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 148/164 · drop index idx_client_grants_audience on client_grants
-- locks: client_grants: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND INDEX_NAME = 'idx_client_grants_audience'),
  'ALTER TABLE `client_grants` DROP INDEX `idx_client_grants_audience`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 149/164 · drop index uq_client_grants_tenant_client_audience on client_grants
-- locks: client_grants: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND INDEX_NAME = 'uq_client_grants_tenant_client_audience'),
  'ALTER TABLE `client_grants` DROP INDEX `uq_client_grants_tenant_client_audience`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 150/164 · drop table client_grants
-- locks: client_grants: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants'),
  'DROP TABLE `client_grants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 151/164 · drop index idx_clients_owner_user_id on clients
-- locks: clients: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND INDEX_NAME = 'idx_clients_owner_user_id'),
  'ALTER TABLE `clients` DROP INDEX `idx_clients_owner_user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 152/164 · drop table clients
-- locks: clients: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients'),
  'DROP TABLE `clients`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 153/164 · drop table branding
-- locks: branding: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'branding'),
  'DROP TABLE `branding`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 154/164 · drop index mfa_enrollments_tenant_user_idx on authentication_methods
-- locks: authentication_methods: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND INDEX_NAME = 'mfa_enrollments_tenant_user_idx'),
  'ALTER TABLE `authentication_methods` DROP INDEX `mfa_enrollments_tenant_user_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 155/164 · drop index authentication_methods_credential_id_idx on authentication_methods
-- locks: authentication_methods: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND INDEX_NAME = 'authentication_methods_credential_id_idx'),
  'ALTER TABLE `authentication_methods` DROP INDEX `authentication_methods_credential_id_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 156/164 · drop table authentication_methods
-- locks: authentication_methods: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods'),
  'DROP TABLE `authentication_methods`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 157/164 · drop table tenants
-- locks: tenants: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenants'),
  'DROP TABLE `tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 158/164 · drop index idx_action_versions_action on action_versions
-- locks: action_versions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions' AND INDEX_NAME = 'idx_action_versions_action'),
  'ALTER TABLE `action_versions` DROP INDEX `idx_action_versions_action`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 159/164 · drop index uniq_action_versions_action_number on action_versions
-- locks: action_versions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions' AND INDEX_NAME = 'uniq_action_versions_action_number'),
  'ALTER TABLE `action_versions` DROP INDEX `uniq_action_versions_action_number`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 160/164 · drop table action_versions
-- locks: action_versions: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_versions'),
  'DROP TABLE `action_versions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 161/164 · drop index idx_action_executions_tenant on action_executions
-- locks: action_executions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_executions' AND INDEX_NAME = 'idx_action_executions_tenant'),
  'ALTER TABLE `action_executions` DROP INDEX `idx_action_executions_tenant`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 162/164 · drop table action_executions
-- locks: action_executions: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'action_executions'),
  'DROP TABLE `action_executions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 163/164 · drop index idx_actions_tenant on actions
-- locks: actions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'actions' AND INDEX_NAME = 'idx_actions_tenant'),
  'ALTER TABLE `actions` DROP INDEX `idx_actions_tenant`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.20 → 0 · 164/164 · drop table actions
-- locks: actions: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'actions'),
  'DROP TABLE `actions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- the end: the database is at the empty state, or the script stops here with an error
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(m USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239') FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) AS c
      FROM (SELECT f.*, IF(EXISTS (SELECT 1 FROM (SELECT NULL AS k, NULL AS def FROM DUAL WHERE FALSE) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT NULL AS k, NULL AS m FROM DUAL WHERE FALSE) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at authhero the empty state at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect authhero names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
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
SELECT IF(@plan_at_start = 'plan: authhero 11.20 → 0: the database was at the empty state already: nothing to do', 'plan: authhero 11.20 → 0: the database was at the empty state already: nothing to do', 'plan: authhero 11.20 → 0 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
