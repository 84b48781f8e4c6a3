-- plan 0.1.0 · fief 0.27 → 0 · mysql · rollback
-- what:     this script rolls a fief database back from 0.27 to 0 on MySQL 8 / MariaDB (generated from the plans listed below)
-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF FIEF AND ALL THE DATA IN THEM.
-- stop:     first, before the backup: every Fief server and worker that uses this database
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=fief-0.27-before.sql.partial --databases DATABASE 08e952f1-8a79-4672-99f8-ea6919cd4692 && mv fief-0.27-before.sql.partial fief-0.27-before.sql   (MariaDB: mariadb-dump, same flags; restore: the dump re-creates these databases by name, so drop them first, then mysql < fief-0.27-before.sql; loaded over them it fails on what the script added)
-- also:     changes (moves, alters or drops) tables of the database `08e952f1-8a79-4672-99f8-ea6919cd4692` (location workspace: --param workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692), outside the database it runs in: the account that runs it needs there the privileges it needs in this one (RENAME TABLE, moving a table out: ALTER and DROP on it)
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- reverse:  npx plan compile fief 0 0.27 --dialect mysql --param workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692 -o up.sql
-- this rollback drops: 33 tables alembic_version, admin_session_tokens, workspaces, admin_api_key, workspace_users, fief_alembic_version, fief_audit_logs, fief_email_domains, fief_email_templates, fief_oauth_providers, fief_permissions, fief_roles, fief_themes, fief_user_fields, fief_webhooks, fief_roles_permissions, fief_tenants, fief_webhook_logs, fief_clients, fief_tenants_oauth_providers, fief_users, fief_authorization_codes, fief_email_verifications, fief_grants, fief_login_sessions, fief_oauth_accounts, fief_refresh_tokens, fief_session_tokens, fief_user_field_values, fief_user_permissions, fief_user_roles, fief_oauth_sessions, fief_registration_sessions, and the data in them
-- parameters: workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692 (workspace_id: an example value, not a database's: compile with its own before applying)
-- sources (sha256 of each file; check: sha256sum plans/fief/product.yaml plans/fief/0-0.27.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/fief/product.yaml 9ed9f74bbf660848d1152c8ba893dd1fae31f45511883942d3cb777414f3642c
--   plans/fief/0-0.27.yaml 3aae53b852d54ffb9ee8586523e6a412613327c97a33ca8daf14eeeebddc8353
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- locks:    each DDL statement commits implicitly and first waits for an exclusive metadata lock on its table (and on tables a foreign key ties it to) until every transaction that used the table ends; queries on the table queue behind it, for up to lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB). 120 DDL statements on existing tables here.
--   no statement copies a table (no ALGORITHM=COPY): reads and writes go on during each, apart from the metadata lock at its start and end
-- MANUAL STEPS (1), not done by this script:
--   1. [0.27 → 0] Only if this script stops at its check for foreign keys of tables outside fief onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 0.27, at 0, or between them on this script's path (a resumed run)
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
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', CONCAT(' exists', REPLACE(f.def, 'present', '')), CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('', 'foreign_key admin_api_key.admin_api_key_ibfk_1', 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_1', 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_2', 'foreign_key fief_clients.fief_clients_ibfk_1', 'foreign_key fief_email_verifications.fief_email_verifications_ibfk_1', 'foreign_key fief_grants.fief_grants_ibfk_1', 'foreign_key fief_grants.fief_grants_ibfk_2', 'foreign_key fief_login_sessions.fief_login_sessions_ibfk_1', 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_1', 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_2', 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_3', 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_1', 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_2', 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_3', 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_1', 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_2', 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_1', 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_2', 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_1', 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_2', 'foreign_key fief_session_tokens.fief_session_tokens_ibfk_1', 'foreign_key fief_tenants.fief_tenants_ibfk_1', 'foreign_key fief_tenants.fief_tenants_ibfk_2', 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_1', 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_2', 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_1', 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_2', 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_1', 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_2', 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_3', 'foreign_key fief_user_roles.fief_user_roles_ibfk_1', 'foreign_key fief_user_roles.fief_user_roles_ibfk_2', 'foreign_key fief_users.fief_users_ibfk_1', 'foreign_key fief_webhook_logs.fief_webhook_logs_ibfk_1', 'foreign_key workspace_users.workspace_users_ibfk_1', 'index admin_api_key.PRIMARY', 'index admin_api_key.ix_admin_api_key_created_at', 'index admin_api_key.ix_admin_api_key_updated_at', 'index admin_api_key.token', 'index admin_api_key.workspace_id', 'index admin_session_tokens.PRIMARY', 'index admin_session_tokens.ix_admin_session_tokens_created_at', 'index admin_session_tokens.ix_admin_session_tokens_updated_at', 'index admin_session_tokens.token', 'index alembic_version.PRIMARY', 'index fief_alembic_version.PRIMARY', 'index fief_audit_logs.PRIMARY', 'index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'index fief_audit_logs.ix_fief_audit_logs_level', 'index fief_audit_logs.ix_fief_audit_logs_object_class', 'index fief_audit_logs.ix_fief_audit_logs_object_id', 'index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'index fief_audit_logs.ix_fief_audit_logs_timestamp', 'index fief_authorization_codes.PRIMARY', 'index fief_authorization_codes.client_id', 'index fief_authorization_codes.ix_fief_authorization_codes_code', 'index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'index fief_authorization_codes.user_id', 'index fief_clients.PRIMARY', 'index fief_clients.ix_fief_clients_client_id', 'index fief_clients.ix_fief_clients_client_secret', 'index fief_clients.ix_fief_clients_created_at', 'index fief_clients.ix_fief_clients_updated_at', 'index fief_clients.tenant_id', 'index fief_email_domains.PRIMARY', 'index fief_email_domains.domain', 'index fief_email_domains.ix_fief_email_domains_created_at', 'index fief_email_domains.ix_fief_email_domains_updated_at', 'index fief_email_templates.PRIMARY', 'index fief_email_templates.ix_fief_email_templates_created_at', 'index fief_email_templates.ix_fief_email_templates_updated_at', 'index fief_email_templates.type', 'index fief_email_verifications.PRIMARY', 'index fief_email_verifications.ix_fief_email_verifications_code', 'index fief_email_verifications.ix_fief_email_verifications_created_at', 'index fief_email_verifications.ix_fief_email_verifications_email', 'index fief_email_verifications.ix_fief_email_verifications_expires_at', 'index fief_email_verifications.ix_fief_email_verifications_updated_at', 'index fief_email_verifications.user_id', 'index fief_grants.PRIMARY', 'index fief_grants.client_id', 'index fief_grants.ix_fief_grants_created_at', 'index fief_grants.ix_fief_grants_updated_at', 'index fief_grants.user_id', 'index fief_login_sessions.PRIMARY', 'index fief_login_sessions.client_id', 'index fief_login_sessions.ix_fief_login_sessions_created_at', 'index fief_login_sessions.ix_fief_login_sessions_expires_at', 'index fief_login_sessions.ix_fief_login_sessions_token', 'index fief_login_sessions.ix_fief_login_sessions_updated_at', 'index fief_oauth_accounts.PRIMARY', 'index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'index fief_oauth_accounts.oauth_provider_id', 'index fief_oauth_accounts.tenant_id', 'index fief_oauth_accounts.user_id', 'index fief_oauth_providers.PRIMARY', 'index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'index fief_oauth_sessions.PRIMARY', 'index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'index fief_oauth_sessions.oauth_account_id', 'index fief_oauth_sessions.oauth_provider_id', 'index fief_oauth_sessions.tenant_id', 'index fief_permissions.PRIMARY', 'index fief_permissions.codename', 'index fief_permissions.ix_fief_permissions_created_at', 'index fief_permissions.ix_fief_permissions_updated_at', 'index fief_refresh_tokens.PRIMARY', 'index fief_refresh_tokens.client_id', 'index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'index fief_refresh_tokens.user_id', 'index fief_registration_sessions.PRIMARY', 'index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'index fief_registration_sessions.ix_fief_registration_sessions_token', 'index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'index fief_registration_sessions.oauth_account_id', 'index fief_registration_sessions.tenant_id', 'index fief_roles.PRIMARY', 'index fief_roles.ix_fief_roles_created_at', 'index fief_roles.ix_fief_roles_updated_at', 'index fief_roles_permissions.PRIMARY', 'index fief_roles_permissions.permission_id', 'index fief_session_tokens.PRIMARY', 'index fief_session_tokens.ix_fief_session_tokens_created_at', 'index fief_session_tokens.ix_fief_session_tokens_expires_at', 'index fief_session_tokens.ix_fief_session_tokens_token', 'index fief_session_tokens.ix_fief_session_tokens_updated_at', 'index fief_session_tokens.user_id', 'index fief_tenants.PRIMARY', 'index fief_tenants.email_domain_id', 'index fief_tenants.ix_fief_tenants_created_at', 'index fief_tenants.ix_fief_tenants_updated_at', 'index fief_tenants.slug', 'index fief_tenants.theme_id', 'index fief_tenants_oauth_providers.PRIMARY', 'index fief_tenants_oauth_providers.oauth_provider_id', 'index fief_themes.PRIMARY', 'index fief_themes.ix_fief_themes_created_at', 'index fief_themes.ix_fief_themes_updated_at', 'index fief_user_field_values.PRIMARY', 'index fief_user_field_values.ix_fief_user_field_values_created_at', 'index fief_user_field_values.ix_fief_user_field_values_updated_at', 'index fief_user_field_values.user_field_id', 'index fief_user_field_values.user_id', 'index fief_user_fields.PRIMARY', 'index fief_user_fields.ix_fief_user_fields_created_at', 'index fief_user_fields.ix_fief_user_fields_slug', 'index fief_user_fields.ix_fief_user_fields_type', 'index fief_user_fields.ix_fief_user_fields_updated_at', 'index fief_user_permissions.PRIMARY', 'index fief_user_permissions.from_role_id', 'index fief_user_permissions.ix_fief_user_permissions_created_at', 'index fief_user_permissions.ix_fief_user_permissions_updated_at', 'index fief_user_permissions.permission_id', 'index fief_user_permissions.user_id', 'index fief_user_roles.PRIMARY', 'index fief_user_roles.ix_fief_user_roles_created_at', 'index fief_user_roles.ix_fief_user_roles_updated_at', 'index fief_user_roles.role_id', 'index fief_user_roles.user_id', 'index fief_users.PRIMARY', 'index fief_users.email', 'index fief_users.ix_fief_users_created_at', 'index fief_users.ix_fief_users_email', 'index fief_users.ix_fief_users_email_lower', 'index fief_users.ix_fief_users_email_verified', 'index fief_users.ix_fief_users_updated_at', 'index fief_users.tenant_id', 'index fief_webhook_logs.PRIMARY', 'index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'index fief_webhook_logs.webhook_id', 'index fief_webhooks.PRIMARY', 'index fief_webhooks.ix_fief_webhooks_created_at', 'index fief_webhooks.ix_fief_webhooks_updated_at', 'index workspace_users.PRIMARY', 'index workspace_users.ix_workspace_users_created_at', 'index workspace_users.ix_workspace_users_updated_at', 'index workspace_users.workspace_id', 'index workspaces.PRIMARY', 'index workspaces.ix_workspaces_alembic_revision', 'index workspaces.ix_workspaces_created_at', 'index workspaces.ix_workspaces_updated_at') AND f.ok & 1 = 0, 1, 0) + IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 2 = 0, 2, 0) AS c
      FROM (SELECT f.*, COALESCE((SELECT BIT_OR(a.f) FROM (SELECT 'column admin_api_key.created_at' AS k, 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP' AS def, 1 AS f
        UNION ALL SELECT 'column admin_api_key.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column admin_api_key.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column admin_api_key.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column admin_api_key.token', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column admin_api_key.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column admin_api_key.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column admin_api_key.workspace_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column admin_session_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column admin_session_tokens.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column admin_session_tokens.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column admin_session_tokens.raw_tokens', 'text NOT NULL', 1
        UNION ALL SELECT 'column admin_session_tokens.raw_userinfo', 'text NOT NULL', 1
        UNION ALL SELECT 'column admin_session_tokens.token', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column admin_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column admin_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column alembic_version.version_num', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column fief_alembic_version.version_num', 'varchar(32) NOT NULL', 1
        UNION ALL SELECT 'column fief_audit_logs.admin_api_key_id', 'char(36)', 1
        UNION ALL SELECT 'column fief_audit_logs.admin_user_id', 'char(36)', 1
        UNION ALL SELECT 'column fief_audit_logs.extra', 'json', 1
        UNION ALL SELECT 'column fief_audit_logs.extra', 'longtext', 1
        UNION ALL SELECT 'column fief_audit_logs.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_audit_logs.level', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_audit_logs.message', 'text NOT NULL', 1
        UNION ALL SELECT 'column fief_audit_logs.object_class', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_audit_logs.object_id', 'char(36)', 1
        UNION ALL SELECT 'column fief_audit_logs.subject_user_id', 'char(36)', 1
        UNION ALL SELECT 'column fief_audit_logs.timestamp', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.acr', 'enum(''0'',''1'') NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.authenticated_at', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.c_hash', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.client_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.code', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge_method', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_authorization_codes.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_authorization_codes.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_authorization_codes.expires_at', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.nonce', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_authorization_codes.redirect_uri', 'varchar(2048) NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.scope', 'json NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.scope', 'longtext NOT NULL', 1
        UNION ALL SELECT 'column fief_authorization_codes.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_authorization_codes.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_authorization_codes.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.access_id_token_lifetime_seconds', 'int NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.access_id_token_lifetime_seconds', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.authorization_code_lifetime_seconds', 'int NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.authorization_code_lifetime_seconds', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.client_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.client_secret', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.client_type', 'enum(''public'',''confidential'') NOT NULL DEFAULT ''confidential''', 1
        UNION ALL SELECT 'column fief_clients.client_type', 'enum(''public'',''confidential'') NOT NULL DEFAULT confidential', 1
        UNION ALL SELECT 'column fief_clients.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_clients.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_clients.encrypt_jwk', 'text', 1
        UNION ALL SELECT 'column fief_clients.first_party', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.redirect_uris', 'json NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.redirect_uris', 'longtext NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.refresh_token_lifetime_seconds', 'int NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.refresh_token_lifetime_seconds', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.tenant_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_clients.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_clients.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_email_domains.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_email_domains.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_email_domains.domain', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_email_domains.domain_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_email_domains.email_provider', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_email_domains.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_email_domains.records', 'json NOT NULL', 1
        UNION ALL SELECT 'column fief_email_domains.records', 'longtext NOT NULL', 1
        UNION ALL SELECT 'column fief_email_domains.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_email_domains.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_email_templates.content', 'text NOT NULL', 1
        UNION ALL SELECT 'column fief_email_templates.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_email_templates.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_email_templates.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_email_templates.subject', 'text NOT NULL', 1
        UNION ALL SELECT 'column fief_email_templates.type', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_email_templates.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_email_templates.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_email_verifications.code', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_email_verifications.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_email_verifications.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_email_verifications.email', 'varchar(320) NOT NULL', 1
        UNION ALL SELECT 'column fief_email_verifications.expires_at', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column fief_email_verifications.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_email_verifications.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_email_verifications.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_email_verifications.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_grants.client_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_grants.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_grants.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_grants.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_grants.scope', 'json NOT NULL', 1
        UNION ALL SELECT 'column fief_grants.scope', 'longtext NOT NULL', 1
        UNION ALL SELECT 'column fief_grants.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_grants.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_grants.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.acr', 'enum(''0'',''1'') NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.client_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.code_challenge', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_login_sessions.code_challenge_method', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_login_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_login_sessions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_login_sessions.expires_at', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.nonce', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_login_sessions.prompt', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_login_sessions.redirect_uri', 'varchar(2048) NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.response_mode', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.response_type', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.scope', 'json NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.scope', 'longtext NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.state', 'varchar(2048)', 1
        UNION ALL SELECT 'column fief_login_sessions.token', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_login_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_login_sessions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_oauth_accounts.access_token', 'text NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_accounts.account_email', 'varchar(512)', 1
        UNION ALL SELECT 'column fief_oauth_accounts.account_id', 'varchar(512) NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_accounts.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_oauth_accounts.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_oauth_accounts.expires_at', 'timestamp', 1
        UNION ALL SELECT 'column fief_oauth_accounts.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_accounts.oauth_provider_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_accounts.refresh_token', 'text', 1
        UNION ALL SELECT 'column fief_oauth_accounts.tenant_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_accounts.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_oauth_accounts.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_oauth_accounts.user_id', 'char(36)', 1
        UNION ALL SELECT 'column fief_oauth_providers.client_id', 'text NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_providers.client_secret', 'text NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_providers.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_oauth_providers.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_oauth_providers.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_providers.name', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_oauth_providers.openid_configuration_endpoint', 'text', 1
        UNION ALL SELECT 'column fief_oauth_providers.provider', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_providers.scopes', 'json NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_providers.scopes', 'longtext NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_providers.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_oauth_providers.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_oauth_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_oauth_sessions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_oauth_sessions.expires_at', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_sessions.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_account_id', 'char(36)', 1
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_provider_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_sessions.redirect_uri', 'text NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_sessions.tenant_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_sessions.token', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_oauth_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_oauth_sessions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_permissions.codename', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_permissions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_permissions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_permissions.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_permissions.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_permissions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_permissions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_refresh_tokens.authenticated_at', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column fief_refresh_tokens.client_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_refresh_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_refresh_tokens.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_refresh_tokens.expires_at', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column fief_refresh_tokens.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_refresh_tokens.scope', 'json NOT NULL', 1
        UNION ALL SELECT 'column fief_refresh_tokens.scope', 'longtext NOT NULL', 1
        UNION ALL SELECT 'column fief_refresh_tokens.token', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_refresh_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_refresh_tokens.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_refresh_tokens.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_registration_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_registration_sessions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_registration_sessions.email', 'varchar(320)', 1
        UNION ALL SELECT 'column fief_registration_sessions.expires_at', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column fief_registration_sessions.flow', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_registration_sessions.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_registration_sessions.oauth_account_id', 'char(36)', 1
        UNION ALL SELECT 'column fief_registration_sessions.tenant_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_registration_sessions.token', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_registration_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_registration_sessions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_roles.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_roles.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_roles.granted_by_default', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column fief_roles.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_roles.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_roles.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_roles.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_roles_permissions.permission_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_roles_permissions.role_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_session_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_session_tokens.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_session_tokens.expires_at', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column fief_session_tokens.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_session_tokens.token', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_session_tokens.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_tenants.application_url', 'varchar(512)', 1
        UNION ALL SELECT 'column fief_tenants.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_tenants.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_tenants.default', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column fief_tenants.email_domain_id', 'char(36)', 1
        UNION ALL SELECT 'column fief_tenants.email_from_email', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_tenants.email_from_name', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_tenants.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_tenants.logo_url', 'varchar(512)', 1
        UNION ALL SELECT 'column fief_tenants.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_tenants.registration_allowed', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column fief_tenants.sign_jwk', 'text NOT NULL', 1
        UNION ALL SELECT 'column fief_tenants.slug', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_tenants.theme_id', 'char(36)', 1
        UNION ALL SELECT 'column fief_tenants.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_tenants.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_tenants_oauth_providers.oauth_provider_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_tenants_oauth_providers.tenant_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.accent_color', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.background_color', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_themes.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_themes.default', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.font_css_url', 'varchar(512)', 1
        UNION ALL SELECT 'column fief_themes.font_family', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.font_size', 'int NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.font_size', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.input_color', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.input_color_background', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.light_color', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.light_color_hover', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.primary_color', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.primary_color_hover', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.primary_color_light', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.text_color', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_themes.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_themes.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_user_field_values.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_user_field_values.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_user_field_values.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_field_values.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_user_field_values.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_user_field_values.user_field_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_field_values.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_field_values.value_boolean', 'tinyint(1)', 1
        UNION ALL SELECT 'column fief_user_field_values.value_date', 'date', 1
        UNION ALL SELECT 'column fief_user_field_values.value_datetime', 'timestamp', 1
        UNION ALL SELECT 'column fief_user_field_values.value_integer', 'int', 1
        UNION ALL SELECT 'column fief_user_field_values.value_integer', 'int(11)', 1
        UNION ALL SELECT 'column fief_user_field_values.value_json', 'json', 1
        UNION ALL SELECT 'column fief_user_field_values.value_json', 'longtext', 1
        UNION ALL SELECT 'column fief_user_field_values.value_string', 'text', 1
        UNION ALL SELECT 'column fief_user_fields.configuration', 'json NOT NULL', 1
        UNION ALL SELECT 'column fief_user_fields.configuration', 'longtext NOT NULL', 1
        UNION ALL SELECT 'column fief_user_fields.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_user_fields.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_user_fields.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_fields.name', 'varchar(320) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_fields.slug', 'varchar(320) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_fields.type', 'enum(''STRING'',''INTEGER'',''BOOLEAN'',''DATE'',''DATETIME'',''CHOICE'',''PHONE_NUMBER'',''ADDRESS'',''TIMEZONE'')', 1
        UNION ALL SELECT 'column fief_user_fields.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_user_fields.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_user_permissions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_user_permissions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_user_permissions.from_role_id', 'char(36)', 1
        UNION ALL SELECT 'column fief_user_permissions.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_permissions.permission_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_permissions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_user_permissions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_user_permissions.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_roles.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_user_roles.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_user_roles.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_roles.role_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_user_roles.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_user_roles.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_user_roles.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_users.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_users.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_users.email', 'varchar(320) NOT NULL', 1
        UNION ALL SELECT 'column fief_users.email_lower', 'varchar(320) NOT NULL', 1
        UNION ALL SELECT 'column fief_users.email_verified', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column fief_users.hashed_password', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_users.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_users.is_active', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column fief_users.tenant_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_users.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_users.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_webhook_logs.attempt', 'int NOT NULL', 1
        UNION ALL SELECT 'column fief_webhook_logs.attempt', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column fief_webhook_logs.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_webhook_logs.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_webhook_logs.error_message', 'text', 1
        UNION ALL SELECT 'column fief_webhook_logs.error_type', 'varchar(255)', 1
        UNION ALL SELECT 'column fief_webhook_logs.event', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_webhook_logs.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_webhook_logs.payload', 'text NOT NULL', 1
        UNION ALL SELECT 'column fief_webhook_logs.response', 'text', 1
        UNION ALL SELECT 'column fief_webhook_logs.success', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column fief_webhook_logs.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_webhook_logs.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_webhook_logs.webhook_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_webhooks.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_webhooks.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_webhooks.events', 'json NOT NULL', 1
        UNION ALL SELECT 'column fief_webhooks.events', 'longtext NOT NULL', 1
        UNION ALL SELECT 'column fief_webhooks.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column fief_webhooks.secret', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column fief_webhooks.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column fief_webhooks.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column fief_webhooks.url', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column workspace_users.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column workspace_users.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column workspace_users.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column workspace_users.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column workspace_users.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column workspace_users.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column workspace_users.workspace_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column workspaces.alembic_revision', 'varchar(255)', 1
        UNION ALL SELECT 'column workspaces.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column workspaces.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column workspaces.database_host', 'text', 1
        UNION ALL SELECT 'column workspaces.database_name', 'text', 1
        UNION ALL SELECT 'column workspaces.database_password', 'text', 1
        UNION ALL SELECT 'column workspaces.database_port', 'text', 1
        UNION ALL SELECT 'column workspaces.database_ssl_mode', 'text', 1
        UNION ALL SELECT 'column workspaces.database_table_prefix', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column workspaces.database_type', 'enum(''POSTGRESQL'',''MYSQL'',''SQLITE'')', 1
        UNION ALL SELECT 'column workspaces.database_use_schema', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column workspaces.database_username', 'text', 1
        UNION ALL SELECT 'column workspaces.domain', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column workspaces.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column workspaces.name', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column workspaces.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 1
        UNION ALL SELECT 'column workspaces.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 1
        UNION ALL SELECT 'column workspaces.users_count', 'int NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column workspaces.users_count', 'int(11) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'foreign_key admin_api_key.admin_api_key_ibfk_1', 'workspace_id -> workspaces (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_clients.fief_clients_ibfk_1', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_email_verifications.fief_email_verifications_ibfk_1', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_grants.fief_grants_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_grants.fief_grants_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_login_sessions.fief_login_sessions_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_1', 'oauth_provider_id -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_2', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_3', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_1', 'oauth_account_id -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_2', 'oauth_provider_id -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_3', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_1', 'oauth_account_id -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_2', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_1', 'permission_id -> fief_permissions (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_2', 'role_id -> fief_roles (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_session_tokens.fief_session_tokens_ibfk_1', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_tenants.fief_tenants_ibfk_1', 'email_domain_id -> fief_email_domains (id) ON DELETE SET NULL ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_tenants.fief_tenants_ibfk_2', 'theme_id -> fief_themes (id) ON DELETE SET NULL ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_1', 'oauth_provider_id -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_2', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_1', 'user_field_id -> fief_user_fields (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_1', 'from_role_id -> fief_roles (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_2', 'permission_id -> fief_permissions (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_3', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_user_roles.fief_user_roles_ibfk_1', 'role_id -> fief_roles (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_user_roles.fief_user_roles_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_users.fief_users_ibfk_1', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key fief_webhook_logs.fief_webhook_logs_ibfk_1', 'webhook_id -> fief_webhooks (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key workspace_users.workspace_users_ibfk_1', 'workspace_id -> workspaces (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'index admin_api_key.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index admin_api_key.ix_admin_api_key_created_at', 'created_at', 1
        UNION ALL SELECT 'index admin_api_key.ix_admin_api_key_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index admin_api_key.token', 'UNIQUE token', 1
        UNION ALL SELECT 'index admin_api_key.workspace_id', 'workspace_id', 1
        UNION ALL SELECT 'index admin_session_tokens.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index admin_session_tokens.ix_admin_session_tokens_created_at', 'created_at', 1
        UNION ALL SELECT 'index admin_session_tokens.ix_admin_session_tokens_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index admin_session_tokens.token', 'UNIQUE token', 1
        UNION ALL SELECT 'index alembic_version.PRIMARY', 'UNIQUE version_num', 1
        UNION ALL SELECT 'index fief_alembic_version.PRIMARY', 'UNIQUE version_num', 1
        UNION ALL SELECT 'index fief_audit_logs.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'admin_api_key_id', 1
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'admin_user_id', 1
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_level', 'level', 1
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_object_class', 'object_class', 1
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_object_id', 'object_id', 1
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'subject_user_id', 1
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_timestamp', 'timestamp', 1
        UNION ALL SELECT 'index fief_authorization_codes.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_authorization_codes.client_id', 'client_id', 1
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_code', 'UNIQUE code', 1
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'expires_at', 1
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_authorization_codes.user_id', 'user_id', 1
        UNION ALL SELECT 'index fief_clients.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_client_id', 'client_id', 1
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_client_secret', 'client_secret', 1
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_clients.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index fief_email_domains.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_email_domains.domain', 'UNIQUE domain', 1
        UNION ALL SELECT 'index fief_email_domains.ix_fief_email_domains_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_email_domains.ix_fief_email_domains_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_email_templates.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_email_templates.ix_fief_email_templates_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_email_templates.ix_fief_email_templates_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_email_templates.type', 'UNIQUE type', 1
        UNION ALL SELECT 'index fief_email_verifications.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_code', 'UNIQUE code', 1
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_email', 'email', 1
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_expires_at', 'expires_at', 1
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_email_verifications.user_id', 'user_id', 1
        UNION ALL SELECT 'index fief_grants.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_grants.client_id', 'client_id', 1
        UNION ALL SELECT 'index fief_grants.ix_fief_grants_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_grants.ix_fief_grants_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_grants.user_id', 'UNIQUE user_id, client_id', 1
        UNION ALL SELECT 'index fief_login_sessions.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_login_sessions.client_id', 'client_id', 1
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_expires_at', 'expires_at', 1
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_token', 'UNIQUE token', 1
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_oauth_accounts.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'account_id', 1
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_oauth_accounts.oauth_provider_id', 'UNIQUE oauth_provider_id, user_id', 1
        UNION ALL SELECT 'index fief_oauth_accounts.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index fief_oauth_accounts.user_id', 'user_id', 1
        UNION ALL SELECT 'index fief_oauth_providers.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_oauth_sessions.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'expires_at', 1
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'UNIQUE token', 1
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_oauth_sessions.oauth_account_id', 'oauth_account_id', 1
        UNION ALL SELECT 'index fief_oauth_sessions.oauth_provider_id', 'oauth_provider_id', 1
        UNION ALL SELECT 'index fief_oauth_sessions.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index fief_permissions.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_permissions.codename', 'UNIQUE codename', 1
        UNION ALL SELECT 'index fief_permissions.ix_fief_permissions_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_permissions.ix_fief_permissions_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_refresh_tokens.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_refresh_tokens.client_id', 'client_id', 1
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'expires_at', 1
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'UNIQUE token', 1
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_refresh_tokens.user_id', 'user_id', 1
        UNION ALL SELECT 'index fief_registration_sessions.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'expires_at', 1
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_token', 'UNIQUE token', 1
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_registration_sessions.oauth_account_id', 'oauth_account_id', 1
        UNION ALL SELECT 'index fief_registration_sessions.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index fief_roles.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_roles.ix_fief_roles_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_roles.ix_fief_roles_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_roles_permissions.PRIMARY', 'UNIQUE role_id, permission_id', 1
        UNION ALL SELECT 'index fief_roles_permissions.permission_id', 'permission_id', 1
        UNION ALL SELECT 'index fief_session_tokens.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_expires_at', 'expires_at', 1
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_token', 'UNIQUE token', 1
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_session_tokens.user_id', 'user_id', 1
        UNION ALL SELECT 'index fief_tenants.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_tenants.email_domain_id', 'email_domain_id', 1
        UNION ALL SELECT 'index fief_tenants.ix_fief_tenants_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_tenants.ix_fief_tenants_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_tenants.slug', 'UNIQUE slug', 1
        UNION ALL SELECT 'index fief_tenants.theme_id', 'theme_id', 1
        UNION ALL SELECT 'index fief_tenants_oauth_providers.PRIMARY', 'UNIQUE tenant_id, oauth_provider_id', 1
        UNION ALL SELECT 'index fief_tenants_oauth_providers.oauth_provider_id', 'oauth_provider_id', 1
        UNION ALL SELECT 'index fief_themes.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_themes.ix_fief_themes_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_themes.ix_fief_themes_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_user_field_values.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_user_field_values.ix_fief_user_field_values_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_user_field_values.ix_fief_user_field_values_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_user_field_values.user_field_id', 'UNIQUE user_field_id, user_id', 1
        UNION ALL SELECT 'index fief_user_field_values.user_id', 'user_id', 1
        UNION ALL SELECT 'index fief_user_fields.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_slug', 'UNIQUE slug', 1
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_type', 'type', 1
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_user_permissions.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_user_permissions.from_role_id', 'from_role_id', 1
        UNION ALL SELECT 'index fief_user_permissions.ix_fief_user_permissions_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_user_permissions.ix_fief_user_permissions_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_user_permissions.permission_id', 'permission_id', 1
        UNION ALL SELECT 'index fief_user_permissions.user_id', 'UNIQUE user_id, permission_id, from_role_id', 1
        UNION ALL SELECT 'index fief_user_roles.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_user_roles.ix_fief_user_roles_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_user_roles.ix_fief_user_roles_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_user_roles.role_id', 'role_id', 1
        UNION ALL SELECT 'index fief_user_roles.user_id', 'UNIQUE user_id, role_id', 1
        UNION ALL SELECT 'index fief_users.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_users.email', 'UNIQUE email, tenant_id', 1
        UNION ALL SELECT 'index fief_users.ix_fief_users_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_users.ix_fief_users_email', 'email', 1
        UNION ALL SELECT 'index fief_users.ix_fief_users_email_lower', 'email_lower', 1
        UNION ALL SELECT 'index fief_users.ix_fief_users_email_verified', 'email_verified', 1
        UNION ALL SELECT 'index fief_users.ix_fief_users_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_users.tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index fief_webhook_logs.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index fief_webhook_logs.webhook_id', 'webhook_id', 1
        UNION ALL SELECT 'index fief_webhooks.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index fief_webhooks.ix_fief_webhooks_created_at', 'created_at', 1
        UNION ALL SELECT 'index fief_webhooks.ix_fief_webhooks_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index workspace_users.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index workspace_users.ix_workspace_users_created_at', 'created_at', 1
        UNION ALL SELECT 'index workspace_users.ix_workspace_users_updated_at', 'updated_at', 1
        UNION ALL SELECT 'index workspace_users.workspace_id', 'workspace_id', 1
        UNION ALL SELECT 'index workspaces.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index workspaces.ix_workspaces_alembic_revision', 'alembic_revision', 1
        UNION ALL SELECT 'index workspaces.ix_workspaces_created_at', 'created_at', 1
        UNION ALL SELECT 'index workspaces.ix_workspaces_updated_at', 'updated_at', 1
        UNION ALL SELECT 'table admin_api_key', 'present', 1
        UNION ALL SELECT 'table admin_session_tokens', 'present', 1
        UNION ALL SELECT 'table alembic_version', 'present', 1
        UNION ALL SELECT 'table fief_alembic_version', 'present in workspace', 1
        UNION ALL SELECT 'table fief_audit_logs', 'present in workspace', 1
        UNION ALL SELECT 'table fief_authorization_codes', 'present in workspace', 1
        UNION ALL SELECT 'table fief_clients', 'present in workspace', 1
        UNION ALL SELECT 'table fief_email_domains', 'present in workspace', 1
        UNION ALL SELECT 'table fief_email_templates', 'present in workspace', 1
        UNION ALL SELECT 'table fief_email_verifications', 'present in workspace', 1
        UNION ALL SELECT 'table fief_grants', 'present in workspace', 1
        UNION ALL SELECT 'table fief_login_sessions', 'present in workspace', 1
        UNION ALL SELECT 'table fief_oauth_accounts', 'present in workspace', 1
        UNION ALL SELECT 'table fief_oauth_providers', 'present in workspace', 1
        UNION ALL SELECT 'table fief_oauth_sessions', 'present in workspace', 1
        UNION ALL SELECT 'table fief_permissions', 'present in workspace', 1
        UNION ALL SELECT 'table fief_refresh_tokens', 'present in workspace', 1
        UNION ALL SELECT 'table fief_registration_sessions', 'present in workspace', 1
        UNION ALL SELECT 'table fief_roles', 'present in workspace', 1
        UNION ALL SELECT 'table fief_roles_permissions', 'present in workspace', 1
        UNION ALL SELECT 'table fief_session_tokens', 'present in workspace', 1
        UNION ALL SELECT 'table fief_tenants', 'present in workspace', 1
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'present in workspace', 1
        UNION ALL SELECT 'table fief_themes', 'present in workspace', 1
        UNION ALL SELECT 'table fief_user_field_values', 'present in workspace', 1
        UNION ALL SELECT 'table fief_user_fields', 'present in workspace', 1
        UNION ALL SELECT 'table fief_user_permissions', 'present in workspace', 1
        UNION ALL SELECT 'table fief_user_roles', 'present in workspace', 1
        UNION ALL SELECT 'table fief_users', 'present in workspace', 1
        UNION ALL SELECT 'table fief_webhook_logs', 'present in workspace', 1
        UNION ALL SELECT 'table fief_webhooks', 'present in workspace', 1
        UNION ALL SELECT 'table workspace_users', 'present', 1
        UNION ALL SELECT 'table workspaces', 'present', 1) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, r.f FROM (SELECT NULL AS k, NULL AS m, NULL AS f FROM DUAL WHERE FALSE) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)
    UNION ALL
    SELECT 0, CONCAT('table ', f.tbl, ' exists in more than one database (', GROUP_CONCAT(IF(f.def = 'present', 'the one this script runs in', SUBSTRING(f.def, 12)) ORDER BY f.def SEPARATOR ', '), ')'), IF(TRUE, 1, 0) + IF(TRUE, 2, 0)
      FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE f.kind = 'table' GROUP BY f.tbl HAVING COUNT(*) > 1
    UNION ALL
    SELECT 4, i.m, 1 FROM (SELECT 'table alembic_version' AS a, 'column alembic_version.version_num' AS b, 'table alembic_version has no column version_num, which this script drops together with table alembic_version' AS m
        UNION ALL SELECT 'column alembic_version.version_num', 'table alembic_version', 'table alembic_version is missing, which this script drops together with column version_num of table alembic_version'
        UNION ALL SELECT 'table alembic_version', 'index alembic_version.PRIMARY', 'table alembic_version has no index PRIMARY, which this script drops together with table alembic_version'
        UNION ALL SELECT 'table admin_session_tokens', 'column admin_session_tokens.created_at', 'table admin_session_tokens has no column created_at, which this script drops together with table admin_session_tokens'
        UNION ALL SELECT 'column admin_session_tokens.created_at', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script drops together with column created_at of table admin_session_tokens'
        UNION ALL SELECT 'table admin_session_tokens', 'column admin_session_tokens.id', 'table admin_session_tokens has no column id, which this script drops together with table admin_session_tokens'
        UNION ALL SELECT 'column admin_session_tokens.id', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script drops together with column id of table admin_session_tokens'
        UNION ALL SELECT 'table admin_session_tokens', 'column admin_session_tokens.raw_tokens', 'table admin_session_tokens has no column raw_tokens, which this script drops together with table admin_session_tokens'
        UNION ALL SELECT 'column admin_session_tokens.raw_tokens', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script drops together with column raw_tokens of table admin_session_tokens'
        UNION ALL SELECT 'table admin_session_tokens', 'column admin_session_tokens.raw_userinfo', 'table admin_session_tokens has no column raw_userinfo, which this script drops together with table admin_session_tokens'
        UNION ALL SELECT 'column admin_session_tokens.raw_userinfo', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script drops together with column raw_userinfo of table admin_session_tokens'
        UNION ALL SELECT 'table admin_session_tokens', 'column admin_session_tokens.token', 'table admin_session_tokens has no column token, which this script drops together with table admin_session_tokens'
        UNION ALL SELECT 'column admin_session_tokens.token', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script drops together with column token of table admin_session_tokens'
        UNION ALL SELECT 'table admin_session_tokens', 'column admin_session_tokens.updated_at', 'table admin_session_tokens has no column updated_at, which this script drops together with table admin_session_tokens'
        UNION ALL SELECT 'column admin_session_tokens.updated_at', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script drops together with column updated_at of table admin_session_tokens'
        UNION ALL SELECT 'table admin_session_tokens', 'index admin_session_tokens.PRIMARY', 'table admin_session_tokens has no index PRIMARY, which this script drops together with table admin_session_tokens'
        UNION ALL SELECT 'table admin_session_tokens', 'index admin_session_tokens.token', 'table admin_session_tokens has no index token, which this script drops together with table admin_session_tokens'
        UNION ALL SELECT 'table admin_session_tokens', 'table alembic_version', 'table alembic_version is missing, which this script drops only after table admin_session_tokens (still there)'
        UNION ALL SELECT 'table workspaces', 'column workspaces.alembic_revision', 'table workspaces has no column alembic_revision, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.alembic_revision', 'table workspaces', 'table workspaces is missing, which this script drops together with column alembic_revision of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.created_at', 'table workspaces has no column created_at, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.created_at', 'table workspaces', 'table workspaces is missing, which this script drops together with column created_at of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.database_host', 'table workspaces has no column database_host, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.database_host', 'table workspaces', 'table workspaces is missing, which this script drops together with column database_host of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.database_name', 'table workspaces has no column database_name, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.database_name', 'table workspaces', 'table workspaces is missing, which this script drops together with column database_name of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.database_password', 'table workspaces has no column database_password, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.database_password', 'table workspaces', 'table workspaces is missing, which this script drops together with column database_password of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.database_port', 'table workspaces has no column database_port, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.database_port', 'table workspaces', 'table workspaces is missing, which this script drops together with column database_port of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.database_ssl_mode', 'table workspaces has no column database_ssl_mode, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.database_ssl_mode', 'table workspaces', 'table workspaces is missing, which this script drops together with column database_ssl_mode of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.database_table_prefix', 'table workspaces has no column database_table_prefix, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.database_table_prefix', 'table workspaces', 'table workspaces is missing, which this script drops together with column database_table_prefix of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.database_type', 'table workspaces has no column database_type, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.database_type', 'table workspaces', 'table workspaces is missing, which this script drops together with column database_type of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.database_use_schema', 'table workspaces has no column database_use_schema, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.database_use_schema', 'table workspaces', 'table workspaces is missing, which this script drops together with column database_use_schema of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.database_username', 'table workspaces has no column database_username, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.database_username', 'table workspaces', 'table workspaces is missing, which this script drops together with column database_username of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.domain', 'table workspaces has no column domain, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.domain', 'table workspaces', 'table workspaces is missing, which this script drops together with column domain of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.id', 'table workspaces has no column id, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.id', 'table workspaces', 'table workspaces is missing, which this script drops together with column id of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.name', 'table workspaces has no column name, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.name', 'table workspaces', 'table workspaces is missing, which this script drops together with column name of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.updated_at', 'table workspaces has no column updated_at, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.updated_at', 'table workspaces', 'table workspaces is missing, which this script drops together with column updated_at of table workspaces'
        UNION ALL SELECT 'table workspaces', 'column workspaces.users_count', 'table workspaces has no column users_count, which this script drops together with table workspaces'
        UNION ALL SELECT 'column workspaces.users_count', 'table workspaces', 'table workspaces is missing, which this script drops together with column users_count of table workspaces'
        UNION ALL SELECT 'table workspaces', 'index workspaces.PRIMARY', 'table workspaces has no index PRIMARY, which this script drops together with table workspaces'
        UNION ALL SELECT 'table workspaces', 'table admin_session_tokens', 'table admin_session_tokens is missing, which this script drops only after table workspaces (still there)'
        UNION ALL SELECT 'table workspaces', 'index admin_session_tokens.ix_admin_session_tokens_created_at', 'table admin_session_tokens has no index ix_admin_session_tokens_created_at, which this script drops only after table workspaces (still there)'
        UNION ALL SELECT 'table workspaces', 'index admin_session_tokens.ix_admin_session_tokens_updated_at', 'table admin_session_tokens has no index ix_admin_session_tokens_updated_at, which this script drops only after table workspaces (still there)'
        UNION ALL SELECT 'table admin_api_key', 'column admin_api_key.created_at', 'table admin_api_key has no column created_at, which this script drops together with table admin_api_key'
        UNION ALL SELECT 'column admin_api_key.created_at', 'table admin_api_key', 'table admin_api_key is missing, which this script drops together with column created_at of table admin_api_key'
        UNION ALL SELECT 'table admin_api_key', 'column admin_api_key.id', 'table admin_api_key has no column id, which this script drops together with table admin_api_key'
        UNION ALL SELECT 'column admin_api_key.id', 'table admin_api_key', 'table admin_api_key is missing, which this script drops together with column id of table admin_api_key'
        UNION ALL SELECT 'table admin_api_key', 'column admin_api_key.name', 'table admin_api_key has no column name, which this script drops together with table admin_api_key'
        UNION ALL SELECT 'column admin_api_key.name', 'table admin_api_key', 'table admin_api_key is missing, which this script drops together with column name of table admin_api_key'
        UNION ALL SELECT 'table admin_api_key', 'column admin_api_key.token', 'table admin_api_key has no column token, which this script drops together with table admin_api_key'
        UNION ALL SELECT 'column admin_api_key.token', 'table admin_api_key', 'table admin_api_key is missing, which this script drops together with column token of table admin_api_key'
        UNION ALL SELECT 'table admin_api_key', 'column admin_api_key.updated_at', 'table admin_api_key has no column updated_at, which this script drops together with table admin_api_key'
        UNION ALL SELECT 'column admin_api_key.updated_at', 'table admin_api_key', 'table admin_api_key is missing, which this script drops together with column updated_at of table admin_api_key'
        UNION ALL SELECT 'table admin_api_key', 'column admin_api_key.workspace_id', 'table admin_api_key has no column workspace_id, which this script drops together with table admin_api_key'
        UNION ALL SELECT 'column admin_api_key.workspace_id', 'table admin_api_key', 'table admin_api_key is missing, which this script drops together with column workspace_id of table admin_api_key'
        UNION ALL SELECT 'table admin_api_key', 'foreign_key admin_api_key.admin_api_key_ibfk_1', 'table admin_api_key has no foreign key admin_api_key_ibfk_1, which this script drops together with table admin_api_key'
        UNION ALL SELECT 'table admin_api_key', 'index admin_api_key.PRIMARY', 'table admin_api_key has no index PRIMARY, which this script drops together with table admin_api_key'
        UNION ALL SELECT 'table admin_api_key', 'index admin_api_key.token', 'table admin_api_key has no index token, which this script drops together with table admin_api_key'
        UNION ALL SELECT 'table admin_api_key', 'index admin_api_key.workspace_id', 'table admin_api_key has no index workspace_id, which this script drops together with table admin_api_key'
        UNION ALL SELECT 'table admin_api_key', 'table workspaces', 'table workspaces is missing, which this script drops only after table admin_api_key (still there)'
        UNION ALL SELECT 'table admin_api_key', 'index workspaces.ix_workspaces_created_at', 'table workspaces has no index ix_workspaces_created_at, which this script drops only after table admin_api_key (still there)'
        UNION ALL SELECT 'table admin_api_key', 'index workspaces.ix_workspaces_updated_at', 'table workspaces has no index ix_workspaces_updated_at, which this script drops only after table admin_api_key (still there)'
        UNION ALL SELECT 'table admin_api_key', 'index workspaces.ix_workspaces_alembic_revision', 'table workspaces has no index ix_workspaces_alembic_revision, which this script drops only after table admin_api_key (still there)'
        UNION ALL SELECT 'table workspace_users', 'column workspace_users.created_at', 'table workspace_users has no column created_at, which this script drops together with table workspace_users'
        UNION ALL SELECT 'column workspace_users.created_at', 'table workspace_users', 'table workspace_users is missing, which this script drops together with column created_at of table workspace_users'
        UNION ALL SELECT 'table workspace_users', 'column workspace_users.id', 'table workspace_users has no column id, which this script drops together with table workspace_users'
        UNION ALL SELECT 'column workspace_users.id', 'table workspace_users', 'table workspace_users is missing, which this script drops together with column id of table workspace_users'
        UNION ALL SELECT 'table workspace_users', 'column workspace_users.updated_at', 'table workspace_users has no column updated_at, which this script drops together with table workspace_users'
        UNION ALL SELECT 'column workspace_users.updated_at', 'table workspace_users', 'table workspace_users is missing, which this script drops together with column updated_at of table workspace_users'
        UNION ALL SELECT 'table workspace_users', 'column workspace_users.user_id', 'table workspace_users has no column user_id, which this script drops together with table workspace_users'
        UNION ALL SELECT 'column workspace_users.user_id', 'table workspace_users', 'table workspace_users is missing, which this script drops together with column user_id of table workspace_users'
        UNION ALL SELECT 'table workspace_users', 'column workspace_users.workspace_id', 'table workspace_users has no column workspace_id, which this script drops together with table workspace_users'
        UNION ALL SELECT 'column workspace_users.workspace_id', 'table workspace_users', 'table workspace_users is missing, which this script drops together with column workspace_id of table workspace_users'
        UNION ALL SELECT 'table workspace_users', 'foreign_key workspace_users.workspace_users_ibfk_1', 'table workspace_users has no foreign key workspace_users_ibfk_1, which this script drops together with table workspace_users'
        UNION ALL SELECT 'table workspace_users', 'index workspace_users.PRIMARY', 'table workspace_users has no index PRIMARY, which this script drops together with table workspace_users'
        UNION ALL SELECT 'table workspace_users', 'index workspace_users.workspace_id', 'table workspace_users has no index workspace_id, which this script drops together with table workspace_users'
        UNION ALL SELECT 'table workspace_users', 'table admin_api_key', 'table admin_api_key is missing, which this script drops only after table workspace_users (still there)'
        UNION ALL SELECT 'table workspace_users', 'index admin_api_key.ix_admin_api_key_created_at', 'table admin_api_key has no index ix_admin_api_key_created_at, which this script drops only after table workspace_users (still there)'
        UNION ALL SELECT 'table workspace_users', 'index admin_api_key.ix_admin_api_key_updated_at', 'table admin_api_key has no index ix_admin_api_key_updated_at, which this script drops only after table workspace_users (still there)'
        UNION ALL SELECT 'table fief_alembic_version', 'column fief_alembic_version.version_num', 'table fief_alembic_version has no column version_num, which this script drops together with table fief_alembic_version'
        UNION ALL SELECT 'column fief_alembic_version.version_num', 'table fief_alembic_version', 'table fief_alembic_version is missing, which this script drops together with column version_num of table fief_alembic_version'
        UNION ALL SELECT 'table fief_alembic_version', 'index fief_alembic_version.PRIMARY', 'table fief_alembic_version has no index PRIMARY, which this script drops together with table fief_alembic_version'
        UNION ALL SELECT 'table fief_alembic_version', 'table workspace_users', 'table workspace_users is missing, which this script drops only after table fief_alembic_version (still there)'
        UNION ALL SELECT 'table fief_alembic_version', 'index workspace_users.ix_workspace_users_created_at', 'table workspace_users has no index ix_workspace_users_created_at, which this script drops only after table fief_alembic_version (still there)'
        UNION ALL SELECT 'table fief_alembic_version', 'index workspace_users.ix_workspace_users_updated_at', 'table workspace_users has no index ix_workspace_users_updated_at, which this script drops only after table fief_alembic_version (still there)'
        UNION ALL SELECT 'table fief_audit_logs', 'column fief_audit_logs.admin_api_key_id', 'table fief_audit_logs has no column admin_api_key_id, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'column fief_audit_logs.admin_api_key_id', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops together with column admin_api_key_id of table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'column fief_audit_logs.admin_user_id', 'table fief_audit_logs has no column admin_user_id, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'column fief_audit_logs.admin_user_id', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops together with column admin_user_id of table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'column fief_audit_logs.extra', 'table fief_audit_logs has no column extra, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'column fief_audit_logs.extra', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops together with column extra of table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'column fief_audit_logs.id', 'table fief_audit_logs has no column id, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'column fief_audit_logs.id', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops together with column id of table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'column fief_audit_logs.level', 'table fief_audit_logs has no column level, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'column fief_audit_logs.level', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops together with column level of table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'column fief_audit_logs.message', 'table fief_audit_logs has no column message, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'column fief_audit_logs.message', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops together with column message of table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'column fief_audit_logs.object_class', 'table fief_audit_logs has no column object_class, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'column fief_audit_logs.object_class', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops together with column object_class of table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'column fief_audit_logs.object_id', 'table fief_audit_logs has no column object_id, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'column fief_audit_logs.object_id', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops together with column object_id of table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'column fief_audit_logs.subject_user_id', 'table fief_audit_logs has no column subject_user_id, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'column fief_audit_logs.subject_user_id', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops together with column subject_user_id of table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'column fief_audit_logs.timestamp', 'table fief_audit_logs has no column timestamp, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'column fief_audit_logs.timestamp', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops together with column timestamp of table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'index fief_audit_logs.PRIMARY', 'table fief_audit_logs has no index PRIMARY, which this script drops together with table fief_audit_logs'
        UNION ALL SELECT 'table fief_audit_logs', 'table fief_alembic_version', 'table fief_alembic_version is missing, which this script drops only after table fief_audit_logs (still there)'
        UNION ALL SELECT 'table fief_email_domains', 'column fief_email_domains.created_at', 'table fief_email_domains has no column created_at, which this script drops together with table fief_email_domains'
        UNION ALL SELECT 'column fief_email_domains.created_at', 'table fief_email_domains', 'table fief_email_domains is missing, which this script drops together with column created_at of table fief_email_domains'
        UNION ALL SELECT 'table fief_email_domains', 'column fief_email_domains.domain', 'table fief_email_domains has no column domain, which this script drops together with table fief_email_domains'
        UNION ALL SELECT 'column fief_email_domains.domain', 'table fief_email_domains', 'table fief_email_domains is missing, which this script drops together with column domain of table fief_email_domains'
        UNION ALL SELECT 'table fief_email_domains', 'column fief_email_domains.domain_id', 'table fief_email_domains has no column domain_id, which this script drops together with table fief_email_domains'
        UNION ALL SELECT 'column fief_email_domains.domain_id', 'table fief_email_domains', 'table fief_email_domains is missing, which this script drops together with column domain_id of table fief_email_domains'
        UNION ALL SELECT 'table fief_email_domains', 'column fief_email_domains.email_provider', 'table fief_email_domains has no column email_provider, which this script drops together with table fief_email_domains'
        UNION ALL SELECT 'column fief_email_domains.email_provider', 'table fief_email_domains', 'table fief_email_domains is missing, which this script drops together with column email_provider of table fief_email_domains'
        UNION ALL SELECT 'table fief_email_domains', 'column fief_email_domains.id', 'table fief_email_domains has no column id, which this script drops together with table fief_email_domains'
        UNION ALL SELECT 'column fief_email_domains.id', 'table fief_email_domains', 'table fief_email_domains is missing, which this script drops together with column id of table fief_email_domains'
        UNION ALL SELECT 'table fief_email_domains', 'column fief_email_domains.records', 'table fief_email_domains has no column records, which this script drops together with table fief_email_domains'
        UNION ALL SELECT 'column fief_email_domains.records', 'table fief_email_domains', 'table fief_email_domains is missing, which this script drops together with column records of table fief_email_domains'
        UNION ALL SELECT 'table fief_email_domains', 'column fief_email_domains.updated_at', 'table fief_email_domains has no column updated_at, which this script drops together with table fief_email_domains'
        UNION ALL SELECT 'column fief_email_domains.updated_at', 'table fief_email_domains', 'table fief_email_domains is missing, which this script drops together with column updated_at of table fief_email_domains'
        UNION ALL SELECT 'table fief_email_domains', 'index fief_email_domains.PRIMARY', 'table fief_email_domains has no index PRIMARY, which this script drops together with table fief_email_domains'
        UNION ALL SELECT 'table fief_email_domains', 'index fief_email_domains.domain', 'table fief_email_domains has no index domain, which this script drops together with table fief_email_domains'
        UNION ALL SELECT 'table fief_email_domains', 'table fief_audit_logs', 'table fief_audit_logs is missing, which this script drops only after table fief_email_domains (still there)'
        UNION ALL SELECT 'table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_api_key_id, which this script drops only after table fief_email_domains (still there)'
        UNION ALL SELECT 'table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_user_id, which this script drops only after table fief_email_domains (still there)'
        UNION ALL SELECT 'table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_level', 'table fief_audit_logs has no index ix_fief_audit_logs_level, which this script drops only after table fief_email_domains (still there)'
        UNION ALL SELECT 'table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_object_class', 'table fief_audit_logs has no index ix_fief_audit_logs_object_class, which this script drops only after table fief_email_domains (still there)'
        UNION ALL SELECT 'table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_object_id', 'table fief_audit_logs has no index ix_fief_audit_logs_object_id, which this script drops only after table fief_email_domains (still there)'
        UNION ALL SELECT 'table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_subject_user_id, which this script drops only after table fief_email_domains (still there)'
        UNION ALL SELECT 'table fief_email_domains', 'index fief_audit_logs.ix_fief_audit_logs_timestamp', 'table fief_audit_logs has no index ix_fief_audit_logs_timestamp, which this script drops only after table fief_email_domains (still there)'
        UNION ALL SELECT 'table fief_email_templates', 'column fief_email_templates.content', 'table fief_email_templates has no column content, which this script drops together with table fief_email_templates'
        UNION ALL SELECT 'column fief_email_templates.content', 'table fief_email_templates', 'table fief_email_templates is missing, which this script drops together with column content of table fief_email_templates'
        UNION ALL SELECT 'table fief_email_templates', 'column fief_email_templates.created_at', 'table fief_email_templates has no column created_at, which this script drops together with table fief_email_templates'
        UNION ALL SELECT 'column fief_email_templates.created_at', 'table fief_email_templates', 'table fief_email_templates is missing, which this script drops together with column created_at of table fief_email_templates'
        UNION ALL SELECT 'table fief_email_templates', 'column fief_email_templates.id', 'table fief_email_templates has no column id, which this script drops together with table fief_email_templates'
        UNION ALL SELECT 'column fief_email_templates.id', 'table fief_email_templates', 'table fief_email_templates is missing, which this script drops together with column id of table fief_email_templates'
        UNION ALL SELECT 'table fief_email_templates', 'column fief_email_templates.subject', 'table fief_email_templates has no column subject, which this script drops together with table fief_email_templates'
        UNION ALL SELECT 'column fief_email_templates.subject', 'table fief_email_templates', 'table fief_email_templates is missing, which this script drops together with column subject of table fief_email_templates'
        UNION ALL SELECT 'table fief_email_templates', 'column fief_email_templates.type', 'table fief_email_templates has no column type, which this script drops together with table fief_email_templates'
        UNION ALL SELECT 'column fief_email_templates.type', 'table fief_email_templates', 'table fief_email_templates is missing, which this script drops together with column type of table fief_email_templates'
        UNION ALL SELECT 'table fief_email_templates', 'column fief_email_templates.updated_at', 'table fief_email_templates has no column updated_at, which this script drops together with table fief_email_templates'
        UNION ALL SELECT 'column fief_email_templates.updated_at', 'table fief_email_templates', 'table fief_email_templates is missing, which this script drops together with column updated_at of table fief_email_templates'
        UNION ALL SELECT 'table fief_email_templates', 'index fief_email_templates.PRIMARY', 'table fief_email_templates has no index PRIMARY, which this script drops together with table fief_email_templates'
        UNION ALL SELECT 'table fief_email_templates', 'index fief_email_templates.type', 'table fief_email_templates has no index type, which this script drops together with table fief_email_templates'
        UNION ALL SELECT 'table fief_email_templates', 'table fief_email_domains', 'table fief_email_domains is missing, which this script drops only after table fief_email_templates (still there)'
        UNION ALL SELECT 'table fief_email_templates', 'index fief_email_domains.ix_fief_email_domains_created_at', 'table fief_email_domains has no index ix_fief_email_domains_created_at, which this script drops only after table fief_email_templates (still there)'
        UNION ALL SELECT 'table fief_email_templates', 'index fief_email_domains.ix_fief_email_domains_updated_at', 'table fief_email_domains has no index ix_fief_email_domains_updated_at, which this script drops only after table fief_email_templates (still there)'
        UNION ALL SELECT 'table fief_oauth_providers', 'column fief_oauth_providers.client_id', 'table fief_oauth_providers has no column client_id, which this script drops together with table fief_oauth_providers'
        UNION ALL SELECT 'column fief_oauth_providers.client_id', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script drops together with column client_id of table fief_oauth_providers'
        UNION ALL SELECT 'table fief_oauth_providers', 'column fief_oauth_providers.client_secret', 'table fief_oauth_providers has no column client_secret, which this script drops together with table fief_oauth_providers'
        UNION ALL SELECT 'column fief_oauth_providers.client_secret', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script drops together with column client_secret of table fief_oauth_providers'
        UNION ALL SELECT 'table fief_oauth_providers', 'column fief_oauth_providers.created_at', 'table fief_oauth_providers has no column created_at, which this script drops together with table fief_oauth_providers'
        UNION ALL SELECT 'column fief_oauth_providers.created_at', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script drops together with column created_at of table fief_oauth_providers'
        UNION ALL SELECT 'table fief_oauth_providers', 'column fief_oauth_providers.id', 'table fief_oauth_providers has no column id, which this script drops together with table fief_oauth_providers'
        UNION ALL SELECT 'column fief_oauth_providers.id', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script drops together with column id of table fief_oauth_providers'
        UNION ALL SELECT 'table fief_oauth_providers', 'column fief_oauth_providers.name', 'table fief_oauth_providers has no column name, which this script drops together with table fief_oauth_providers'
        UNION ALL SELECT 'column fief_oauth_providers.name', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script drops together with column name of table fief_oauth_providers'
        UNION ALL SELECT 'table fief_oauth_providers', 'column fief_oauth_providers.openid_configuration_endpoint', 'table fief_oauth_providers has no column openid_configuration_endpoint, which this script drops together with table fief_oauth_providers'
        UNION ALL SELECT 'column fief_oauth_providers.openid_configuration_endpoint', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script drops together with column openid_configuration_endpoint of table fief_oauth_providers'
        UNION ALL SELECT 'table fief_oauth_providers', 'column fief_oauth_providers.provider', 'table fief_oauth_providers has no column provider, which this script drops together with table fief_oauth_providers'
        UNION ALL SELECT 'column fief_oauth_providers.provider', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script drops together with column provider of table fief_oauth_providers'
        UNION ALL SELECT 'table fief_oauth_providers', 'column fief_oauth_providers.scopes', 'table fief_oauth_providers has no column scopes, which this script drops together with table fief_oauth_providers'
        UNION ALL SELECT 'column fief_oauth_providers.scopes', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script drops together with column scopes of table fief_oauth_providers'
        UNION ALL SELECT 'table fief_oauth_providers', 'column fief_oauth_providers.updated_at', 'table fief_oauth_providers has no column updated_at, which this script drops together with table fief_oauth_providers'
        UNION ALL SELECT 'column fief_oauth_providers.updated_at', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script drops together with column updated_at of table fief_oauth_providers'
        UNION ALL SELECT 'table fief_oauth_providers', 'index fief_oauth_providers.PRIMARY', 'table fief_oauth_providers has no index PRIMARY, which this script drops together with table fief_oauth_providers'
        UNION ALL SELECT 'table fief_oauth_providers', 'table fief_email_templates', 'table fief_email_templates is missing, which this script drops only after table fief_oauth_providers (still there)'
        UNION ALL SELECT 'table fief_oauth_providers', 'index fief_email_templates.ix_fief_email_templates_created_at', 'table fief_email_templates has no index ix_fief_email_templates_created_at, which this script drops only after table fief_oauth_providers (still there)'
        UNION ALL SELECT 'table fief_oauth_providers', 'index fief_email_templates.ix_fief_email_templates_updated_at', 'table fief_email_templates has no index ix_fief_email_templates_updated_at, which this script drops only after table fief_oauth_providers (still there)'
        UNION ALL SELECT 'table fief_permissions', 'column fief_permissions.codename', 'table fief_permissions has no column codename, which this script drops together with table fief_permissions'
        UNION ALL SELECT 'column fief_permissions.codename', 'table fief_permissions', 'table fief_permissions is missing, which this script drops together with column codename of table fief_permissions'
        UNION ALL SELECT 'table fief_permissions', 'column fief_permissions.created_at', 'table fief_permissions has no column created_at, which this script drops together with table fief_permissions'
        UNION ALL SELECT 'column fief_permissions.created_at', 'table fief_permissions', 'table fief_permissions is missing, which this script drops together with column created_at of table fief_permissions'
        UNION ALL SELECT 'table fief_permissions', 'column fief_permissions.id', 'table fief_permissions has no column id, which this script drops together with table fief_permissions'
        UNION ALL SELECT 'column fief_permissions.id', 'table fief_permissions', 'table fief_permissions is missing, which this script drops together with column id of table fief_permissions'
        UNION ALL SELECT 'table fief_permissions', 'column fief_permissions.name', 'table fief_permissions has no column name, which this script drops together with table fief_permissions'
        UNION ALL SELECT 'column fief_permissions.name', 'table fief_permissions', 'table fief_permissions is missing, which this script drops together with column name of table fief_permissions'
        UNION ALL SELECT 'table fief_permissions', 'column fief_permissions.updated_at', 'table fief_permissions has no column updated_at, which this script drops together with table fief_permissions'
        UNION ALL SELECT 'column fief_permissions.updated_at', 'table fief_permissions', 'table fief_permissions is missing, which this script drops together with column updated_at of table fief_permissions'
        UNION ALL SELECT 'table fief_permissions', 'index fief_permissions.PRIMARY', 'table fief_permissions has no index PRIMARY, which this script drops together with table fief_permissions'
        UNION ALL SELECT 'table fief_permissions', 'index fief_permissions.codename', 'table fief_permissions has no index codename, which this script drops together with table fief_permissions'
        UNION ALL SELECT 'table fief_permissions', 'table fief_oauth_providers', 'table fief_oauth_providers is missing, which this script drops only after table fief_permissions (still there)'
        UNION ALL SELECT 'table fief_permissions', 'index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_created_at, which this script drops only after table fief_permissions (still there)'
        UNION ALL SELECT 'table fief_permissions', 'index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_updated_at, which this script drops only after table fief_permissions (still there)'
        UNION ALL SELECT 'table fief_roles', 'column fief_roles.created_at', 'table fief_roles has no column created_at, which this script drops together with table fief_roles'
        UNION ALL SELECT 'column fief_roles.created_at', 'table fief_roles', 'table fief_roles is missing, which this script drops together with column created_at of table fief_roles'
        UNION ALL SELECT 'table fief_roles', 'column fief_roles.granted_by_default', 'table fief_roles has no column granted_by_default, which this script drops together with table fief_roles'
        UNION ALL SELECT 'column fief_roles.granted_by_default', 'table fief_roles', 'table fief_roles is missing, which this script drops together with column granted_by_default of table fief_roles'
        UNION ALL SELECT 'table fief_roles', 'column fief_roles.id', 'table fief_roles has no column id, which this script drops together with table fief_roles'
        UNION ALL SELECT 'column fief_roles.id', 'table fief_roles', 'table fief_roles is missing, which this script drops together with column id of table fief_roles'
        UNION ALL SELECT 'table fief_roles', 'column fief_roles.name', 'table fief_roles has no column name, which this script drops together with table fief_roles'
        UNION ALL SELECT 'column fief_roles.name', 'table fief_roles', 'table fief_roles is missing, which this script drops together with column name of table fief_roles'
        UNION ALL SELECT 'table fief_roles', 'column fief_roles.updated_at', 'table fief_roles has no column updated_at, which this script drops together with table fief_roles'
        UNION ALL SELECT 'column fief_roles.updated_at', 'table fief_roles', 'table fief_roles is missing, which this script drops together with column updated_at of table fief_roles'
        UNION ALL SELECT 'table fief_roles', 'index fief_roles.PRIMARY', 'table fief_roles has no index PRIMARY, which this script drops together with table fief_roles'
        UNION ALL SELECT 'table fief_roles', 'table fief_permissions', 'table fief_permissions is missing, which this script drops only after table fief_roles (still there)'
        UNION ALL SELECT 'table fief_roles', 'index fief_permissions.ix_fief_permissions_created_at', 'table fief_permissions has no index ix_fief_permissions_created_at, which this script drops only after table fief_roles (still there)'
        UNION ALL SELECT 'table fief_roles', 'index fief_permissions.ix_fief_permissions_updated_at', 'table fief_permissions has no index ix_fief_permissions_updated_at, which this script drops only after table fief_roles (still there)'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.accent_color', 'table fief_themes has no column accent_color, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.accent_color', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column accent_color of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.background_color', 'table fief_themes has no column background_color, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.background_color', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column background_color of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.created_at', 'table fief_themes has no column created_at, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.created_at', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column created_at of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.default', 'table fief_themes has no column default, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.default', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column default of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.font_css_url', 'table fief_themes has no column font_css_url, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.font_css_url', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column font_css_url of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.font_family', 'table fief_themes has no column font_family, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.font_family', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column font_family of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.font_size', 'table fief_themes has no column font_size, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.font_size', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column font_size of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.id', 'table fief_themes has no column id, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.id', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column id of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.input_color', 'table fief_themes has no column input_color, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.input_color', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column input_color of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.input_color_background', 'table fief_themes has no column input_color_background, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.input_color_background', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column input_color_background of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.light_color', 'table fief_themes has no column light_color, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.light_color', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column light_color of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.light_color_hover', 'table fief_themes has no column light_color_hover, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.light_color_hover', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column light_color_hover of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.name', 'table fief_themes has no column name, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.name', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column name of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.primary_color', 'table fief_themes has no column primary_color, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.primary_color', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column primary_color of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.primary_color_hover', 'table fief_themes has no column primary_color_hover, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.primary_color_hover', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column primary_color_hover of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.primary_color_light', 'table fief_themes has no column primary_color_light, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.primary_color_light', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column primary_color_light of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.text_color', 'table fief_themes has no column text_color, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.text_color', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column text_color of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'column fief_themes.updated_at', 'table fief_themes has no column updated_at, which this script drops together with table fief_themes'
        UNION ALL SELECT 'column fief_themes.updated_at', 'table fief_themes', 'table fief_themes is missing, which this script drops together with column updated_at of table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'index fief_themes.PRIMARY', 'table fief_themes has no index PRIMARY, which this script drops together with table fief_themes'
        UNION ALL SELECT 'table fief_themes', 'table fief_roles', 'table fief_roles is missing, which this script drops only after table fief_themes (still there)'
        UNION ALL SELECT 'table fief_themes', 'index fief_roles.ix_fief_roles_created_at', 'table fief_roles has no index ix_fief_roles_created_at, which this script drops only after table fief_themes (still there)'
        UNION ALL SELECT 'table fief_themes', 'index fief_roles.ix_fief_roles_updated_at', 'table fief_roles has no index ix_fief_roles_updated_at, which this script drops only after table fief_themes (still there)'
        UNION ALL SELECT 'table fief_user_fields', 'column fief_user_fields.configuration', 'table fief_user_fields has no column configuration, which this script drops together with table fief_user_fields'
        UNION ALL SELECT 'column fief_user_fields.configuration', 'table fief_user_fields', 'table fief_user_fields is missing, which this script drops together with column configuration of table fief_user_fields'
        UNION ALL SELECT 'table fief_user_fields', 'column fief_user_fields.created_at', 'table fief_user_fields has no column created_at, which this script drops together with table fief_user_fields'
        UNION ALL SELECT 'column fief_user_fields.created_at', 'table fief_user_fields', 'table fief_user_fields is missing, which this script drops together with column created_at of table fief_user_fields'
        UNION ALL SELECT 'table fief_user_fields', 'column fief_user_fields.id', 'table fief_user_fields has no column id, which this script drops together with table fief_user_fields'
        UNION ALL SELECT 'column fief_user_fields.id', 'table fief_user_fields', 'table fief_user_fields is missing, which this script drops together with column id of table fief_user_fields'
        UNION ALL SELECT 'table fief_user_fields', 'column fief_user_fields.name', 'table fief_user_fields has no column name, which this script drops together with table fief_user_fields'
        UNION ALL SELECT 'column fief_user_fields.name', 'table fief_user_fields', 'table fief_user_fields is missing, which this script drops together with column name of table fief_user_fields'
        UNION ALL SELECT 'table fief_user_fields', 'column fief_user_fields.slug', 'table fief_user_fields has no column slug, which this script drops together with table fief_user_fields'
        UNION ALL SELECT 'column fief_user_fields.slug', 'table fief_user_fields', 'table fief_user_fields is missing, which this script drops together with column slug of table fief_user_fields'
        UNION ALL SELECT 'table fief_user_fields', 'column fief_user_fields.type', 'table fief_user_fields has no column type, which this script drops together with table fief_user_fields'
        UNION ALL SELECT 'column fief_user_fields.type', 'table fief_user_fields', 'table fief_user_fields is missing, which this script drops together with column type of table fief_user_fields'
        UNION ALL SELECT 'table fief_user_fields', 'column fief_user_fields.updated_at', 'table fief_user_fields has no column updated_at, which this script drops together with table fief_user_fields'
        UNION ALL SELECT 'column fief_user_fields.updated_at', 'table fief_user_fields', 'table fief_user_fields is missing, which this script drops together with column updated_at of table fief_user_fields'
        UNION ALL SELECT 'table fief_user_fields', 'index fief_user_fields.PRIMARY', 'table fief_user_fields has no index PRIMARY, which this script drops together with table fief_user_fields'
        UNION ALL SELECT 'table fief_user_fields', 'table fief_themes', 'table fief_themes is missing, which this script drops only after table fief_user_fields (still there)'
        UNION ALL SELECT 'table fief_user_fields', 'index fief_themes.ix_fief_themes_created_at', 'table fief_themes has no index ix_fief_themes_created_at, which this script drops only after table fief_user_fields (still there)'
        UNION ALL SELECT 'table fief_user_fields', 'index fief_themes.ix_fief_themes_updated_at', 'table fief_themes has no index ix_fief_themes_updated_at, which this script drops only after table fief_user_fields (still there)'
        UNION ALL SELECT 'table fief_webhooks', 'column fief_webhooks.created_at', 'table fief_webhooks has no column created_at, which this script drops together with table fief_webhooks'
        UNION ALL SELECT 'column fief_webhooks.created_at', 'table fief_webhooks', 'table fief_webhooks is missing, which this script drops together with column created_at of table fief_webhooks'
        UNION ALL SELECT 'table fief_webhooks', 'column fief_webhooks.events', 'table fief_webhooks has no column events, which this script drops together with table fief_webhooks'
        UNION ALL SELECT 'column fief_webhooks.events', 'table fief_webhooks', 'table fief_webhooks is missing, which this script drops together with column events of table fief_webhooks'
        UNION ALL SELECT 'table fief_webhooks', 'column fief_webhooks.id', 'table fief_webhooks has no column id, which this script drops together with table fief_webhooks'
        UNION ALL SELECT 'column fief_webhooks.id', 'table fief_webhooks', 'table fief_webhooks is missing, which this script drops together with column id of table fief_webhooks'
        UNION ALL SELECT 'table fief_webhooks', 'column fief_webhooks.secret', 'table fief_webhooks has no column secret, which this script drops together with table fief_webhooks'
        UNION ALL SELECT 'column fief_webhooks.secret', 'table fief_webhooks', 'table fief_webhooks is missing, which this script drops together with column secret of table fief_webhooks'
        UNION ALL SELECT 'table fief_webhooks', 'column fief_webhooks.updated_at', 'table fief_webhooks has no column updated_at, which this script drops together with table fief_webhooks'
        UNION ALL SELECT 'column fief_webhooks.updated_at', 'table fief_webhooks', 'table fief_webhooks is missing, which this script drops together with column updated_at of table fief_webhooks'
        UNION ALL SELECT 'table fief_webhooks', 'column fief_webhooks.url', 'table fief_webhooks has no column url, which this script drops together with table fief_webhooks'
        UNION ALL SELECT 'column fief_webhooks.url', 'table fief_webhooks', 'table fief_webhooks is missing, which this script drops together with column url of table fief_webhooks'
        UNION ALL SELECT 'table fief_webhooks', 'index fief_webhooks.PRIMARY', 'table fief_webhooks has no index PRIMARY, which this script drops together with table fief_webhooks'
        UNION ALL SELECT 'table fief_webhooks', 'table fief_user_fields', 'table fief_user_fields is missing, which this script drops only after table fief_webhooks (still there)'
        UNION ALL SELECT 'table fief_webhooks', 'index fief_user_fields.ix_fief_user_fields_created_at', 'table fief_user_fields has no index ix_fief_user_fields_created_at, which this script drops only after table fief_webhooks (still there)'
        UNION ALL SELECT 'table fief_webhooks', 'index fief_user_fields.ix_fief_user_fields_slug', 'table fief_user_fields has no index ix_fief_user_fields_slug, which this script drops only after table fief_webhooks (still there)'
        UNION ALL SELECT 'table fief_webhooks', 'index fief_user_fields.ix_fief_user_fields_type', 'table fief_user_fields has no index ix_fief_user_fields_type, which this script drops only after table fief_webhooks (still there)'
        UNION ALL SELECT 'table fief_webhooks', 'index fief_user_fields.ix_fief_user_fields_updated_at', 'table fief_user_fields has no index ix_fief_user_fields_updated_at, which this script drops only after table fief_webhooks (still there)'
        UNION ALL SELECT 'table fief_roles_permissions', 'column fief_roles_permissions.permission_id', 'table fief_roles_permissions has no column permission_id, which this script drops together with table fief_roles_permissions'
        UNION ALL SELECT 'column fief_roles_permissions.permission_id', 'table fief_roles_permissions', 'table fief_roles_permissions is missing, which this script drops together with column permission_id of table fief_roles_permissions'
        UNION ALL SELECT 'table fief_roles_permissions', 'column fief_roles_permissions.role_id', 'table fief_roles_permissions has no column role_id, which this script drops together with table fief_roles_permissions'
        UNION ALL SELECT 'column fief_roles_permissions.role_id', 'table fief_roles_permissions', 'table fief_roles_permissions is missing, which this script drops together with column role_id of table fief_roles_permissions'
        UNION ALL SELECT 'table fief_roles_permissions', 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_1', 'table fief_roles_permissions has no foreign key fief_roles_permissions_ibfk_1, which this script drops together with table fief_roles_permissions'
        UNION ALL SELECT 'table fief_roles_permissions', 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_2', 'table fief_roles_permissions has no foreign key fief_roles_permissions_ibfk_2, which this script drops together with table fief_roles_permissions'
        UNION ALL SELECT 'table fief_roles_permissions', 'index fief_roles_permissions.PRIMARY', 'table fief_roles_permissions has no index PRIMARY, which this script drops together with table fief_roles_permissions'
        UNION ALL SELECT 'table fief_roles_permissions', 'index fief_roles_permissions.permission_id', 'table fief_roles_permissions has no index permission_id, which this script drops together with table fief_roles_permissions'
        UNION ALL SELECT 'table fief_roles_permissions', 'table fief_webhooks', 'table fief_webhooks is missing, which this script drops only after table fief_roles_permissions (still there)'
        UNION ALL SELECT 'table fief_roles_permissions', 'index fief_webhooks.ix_fief_webhooks_created_at', 'table fief_webhooks has no index ix_fief_webhooks_created_at, which this script drops only after table fief_roles_permissions (still there)'
        UNION ALL SELECT 'table fief_roles_permissions', 'index fief_webhooks.ix_fief_webhooks_updated_at', 'table fief_webhooks has no index ix_fief_webhooks_updated_at, which this script drops only after table fief_roles_permissions (still there)'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.application_url', 'table fief_tenants has no column application_url, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.application_url', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column application_url of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.created_at', 'table fief_tenants has no column created_at, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.created_at', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column created_at of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.default', 'table fief_tenants has no column default, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.default', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column default of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.email_domain_id', 'table fief_tenants has no column email_domain_id, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.email_domain_id', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column email_domain_id of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.email_from_email', 'table fief_tenants has no column email_from_email, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.email_from_email', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column email_from_email of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.email_from_name', 'table fief_tenants has no column email_from_name, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.email_from_name', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column email_from_name of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.id', 'table fief_tenants has no column id, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.id', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column id of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.logo_url', 'table fief_tenants has no column logo_url, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.logo_url', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column logo_url of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.name', 'table fief_tenants has no column name, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.name', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column name of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.registration_allowed', 'table fief_tenants has no column registration_allowed, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.registration_allowed', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column registration_allowed of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.sign_jwk', 'table fief_tenants has no column sign_jwk, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.sign_jwk', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column sign_jwk of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.slug', 'table fief_tenants has no column slug, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.slug', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column slug of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.theme_id', 'table fief_tenants has no column theme_id, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.theme_id', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column theme_id of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'column fief_tenants.updated_at', 'table fief_tenants has no column updated_at, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'column fief_tenants.updated_at', 'table fief_tenants', 'table fief_tenants is missing, which this script drops together with column updated_at of table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'foreign_key fief_tenants.fief_tenants_ibfk_1', 'table fief_tenants has no foreign key fief_tenants_ibfk_1, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'foreign_key fief_tenants.fief_tenants_ibfk_2', 'table fief_tenants has no foreign key fief_tenants_ibfk_2, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'index fief_tenants.PRIMARY', 'table fief_tenants has no index PRIMARY, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'index fief_tenants.email_domain_id', 'table fief_tenants has no index email_domain_id, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'index fief_tenants.slug', 'table fief_tenants has no index slug, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'index fief_tenants.theme_id', 'table fief_tenants has no index theme_id, which this script drops together with table fief_tenants'
        UNION ALL SELECT 'table fief_tenants', 'table fief_roles_permissions', 'table fief_roles_permissions is missing, which this script drops only after table fief_tenants (still there)'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.attempt', 'table fief_webhook_logs has no column attempt, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.attempt', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column attempt of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.created_at', 'table fief_webhook_logs has no column created_at, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.created_at', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column created_at of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.error_message', 'table fief_webhook_logs has no column error_message, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.error_message', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column error_message of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.error_type', 'table fief_webhook_logs has no column error_type, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.error_type', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column error_type of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.event', 'table fief_webhook_logs has no column event, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.event', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column event of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.id', 'table fief_webhook_logs has no column id, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.id', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column id of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.payload', 'table fief_webhook_logs has no column payload, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.payload', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column payload of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.response', 'table fief_webhook_logs has no column response, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.response', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column response of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.success', 'table fief_webhook_logs has no column success, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.success', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column success of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.updated_at', 'table fief_webhook_logs has no column updated_at, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.updated_at', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column updated_at of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'column fief_webhook_logs.webhook_id', 'table fief_webhook_logs has no column webhook_id, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'column fief_webhook_logs.webhook_id', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops together with column webhook_id of table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'foreign_key fief_webhook_logs.fief_webhook_logs_ibfk_1', 'table fief_webhook_logs has no foreign key fief_webhook_logs_ibfk_1, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'index fief_webhook_logs.PRIMARY', 'table fief_webhook_logs has no index PRIMARY, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'index fief_webhook_logs.webhook_id', 'table fief_webhook_logs has no index webhook_id, which this script drops together with table fief_webhook_logs'
        UNION ALL SELECT 'table fief_webhook_logs', 'table fief_tenants', 'table fief_tenants is missing, which this script drops only after table fief_webhook_logs (still there)'
        UNION ALL SELECT 'table fief_webhook_logs', 'index fief_tenants.ix_fief_tenants_created_at', 'table fief_tenants has no index ix_fief_tenants_created_at, which this script drops only after table fief_webhook_logs (still there)'
        UNION ALL SELECT 'table fief_webhook_logs', 'index fief_tenants.ix_fief_tenants_updated_at', 'table fief_tenants has no index ix_fief_tenants_updated_at, which this script drops only after table fief_webhook_logs (still there)'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.access_id_token_lifetime_seconds', 'table fief_clients has no column access_id_token_lifetime_seconds, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.access_id_token_lifetime_seconds', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column access_id_token_lifetime_seconds of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.authorization_code_lifetime_seconds', 'table fief_clients has no column authorization_code_lifetime_seconds, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.authorization_code_lifetime_seconds', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column authorization_code_lifetime_seconds of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.client_id', 'table fief_clients has no column client_id, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.client_id', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column client_id of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.client_secret', 'table fief_clients has no column client_secret, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.client_secret', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column client_secret of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.client_type', 'table fief_clients has no column client_type, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.client_type', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column client_type of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.created_at', 'table fief_clients has no column created_at, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.created_at', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column created_at of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.encrypt_jwk', 'table fief_clients has no column encrypt_jwk, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.encrypt_jwk', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column encrypt_jwk of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.first_party', 'table fief_clients has no column first_party, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.first_party', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column first_party of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.id', 'table fief_clients has no column id, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.id', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column id of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.name', 'table fief_clients has no column name, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.name', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column name of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.redirect_uris', 'table fief_clients has no column redirect_uris, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.redirect_uris', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column redirect_uris of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.refresh_token_lifetime_seconds', 'table fief_clients has no column refresh_token_lifetime_seconds, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.refresh_token_lifetime_seconds', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column refresh_token_lifetime_seconds of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.tenant_id', 'table fief_clients has no column tenant_id, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.tenant_id', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column tenant_id of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'column fief_clients.updated_at', 'table fief_clients has no column updated_at, which this script drops together with table fief_clients'
        UNION ALL SELECT 'column fief_clients.updated_at', 'table fief_clients', 'table fief_clients is missing, which this script drops together with column updated_at of table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'foreign_key fief_clients.fief_clients_ibfk_1', 'table fief_clients has no foreign key fief_clients_ibfk_1, which this script drops together with table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'index fief_clients.PRIMARY', 'table fief_clients has no index PRIMARY, which this script drops together with table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'index fief_clients.tenant_id', 'table fief_clients has no index tenant_id, which this script drops together with table fief_clients'
        UNION ALL SELECT 'table fief_clients', 'table fief_webhook_logs', 'table fief_webhook_logs is missing, which this script drops only after table fief_clients (still there)'
        UNION ALL SELECT 'table fief_clients', 'index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_created_at, which this script drops only after table fief_clients (still there)'
        UNION ALL SELECT 'table fief_clients', 'index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_updated_at, which this script drops only after table fief_clients (still there)'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'column fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers has no column oauth_provider_id, which this script drops together with table fief_tenants_oauth_providers'
        UNION ALL SELECT 'column fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing, which this script drops together with column oauth_provider_id of table fief_tenants_oauth_providers'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'column fief_tenants_oauth_providers.tenant_id', 'table fief_tenants_oauth_providers has no column tenant_id, which this script drops together with table fief_tenants_oauth_providers'
        UNION ALL SELECT 'column fief_tenants_oauth_providers.tenant_id', 'table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing, which this script drops together with column tenant_id of table fief_tenants_oauth_providers'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_1', 'table fief_tenants_oauth_providers has no foreign key fief_tenants_oauth_providers_ibfk_1, which this script drops together with table fief_tenants_oauth_providers'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_2', 'table fief_tenants_oauth_providers has no foreign key fief_tenants_oauth_providers_ibfk_2, which this script drops together with table fief_tenants_oauth_providers'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'index fief_tenants_oauth_providers.PRIMARY', 'table fief_tenants_oauth_providers has no index PRIMARY, which this script drops together with table fief_tenants_oauth_providers'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'index fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers has no index oauth_provider_id, which this script drops together with table fief_tenants_oauth_providers'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'table fief_clients', 'table fief_clients is missing, which this script drops only after table fief_tenants_oauth_providers (still there)'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'index fief_clients.ix_fief_clients_client_id', 'table fief_clients has no index ix_fief_clients_client_id, which this script drops only after table fief_tenants_oauth_providers (still there)'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'index fief_clients.ix_fief_clients_client_secret', 'table fief_clients has no index ix_fief_clients_client_secret, which this script drops only after table fief_tenants_oauth_providers (still there)'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'index fief_clients.ix_fief_clients_created_at', 'table fief_clients has no index ix_fief_clients_created_at, which this script drops only after table fief_tenants_oauth_providers (still there)'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'index fief_clients.ix_fief_clients_updated_at', 'table fief_clients has no index ix_fief_clients_updated_at, which this script drops only after table fief_tenants_oauth_providers (still there)'
        UNION ALL SELECT 'table fief_users', 'column fief_users.created_at', 'table fief_users has no column created_at, which this script drops together with table fief_users'
        UNION ALL SELECT 'column fief_users.created_at', 'table fief_users', 'table fief_users is missing, which this script drops together with column created_at of table fief_users'
        UNION ALL SELECT 'table fief_users', 'column fief_users.email', 'table fief_users has no column email, which this script drops together with table fief_users'
        UNION ALL SELECT 'column fief_users.email', 'table fief_users', 'table fief_users is missing, which this script drops together with column email of table fief_users'
        UNION ALL SELECT 'table fief_users', 'column fief_users.email_lower', 'table fief_users has no column email_lower, which this script drops together with table fief_users'
        UNION ALL SELECT 'column fief_users.email_lower', 'table fief_users', 'table fief_users is missing, which this script drops together with column email_lower of table fief_users'
        UNION ALL SELECT 'table fief_users', 'column fief_users.email_verified', 'table fief_users has no column email_verified, which this script drops together with table fief_users'
        UNION ALL SELECT 'column fief_users.email_verified', 'table fief_users', 'table fief_users is missing, which this script drops together with column email_verified of table fief_users'
        UNION ALL SELECT 'table fief_users', 'column fief_users.hashed_password', 'table fief_users has no column hashed_password, which this script drops together with table fief_users'
        UNION ALL SELECT 'column fief_users.hashed_password', 'table fief_users', 'table fief_users is missing, which this script drops together with column hashed_password of table fief_users'
        UNION ALL SELECT 'table fief_users', 'column fief_users.id', 'table fief_users has no column id, which this script drops together with table fief_users'
        UNION ALL SELECT 'column fief_users.id', 'table fief_users', 'table fief_users is missing, which this script drops together with column id of table fief_users'
        UNION ALL SELECT 'table fief_users', 'column fief_users.is_active', 'table fief_users has no column is_active, which this script drops together with table fief_users'
        UNION ALL SELECT 'column fief_users.is_active', 'table fief_users', 'table fief_users is missing, which this script drops together with column is_active of table fief_users'
        UNION ALL SELECT 'table fief_users', 'column fief_users.tenant_id', 'table fief_users has no column tenant_id, which this script drops together with table fief_users'
        UNION ALL SELECT 'column fief_users.tenant_id', 'table fief_users', 'table fief_users is missing, which this script drops together with column tenant_id of table fief_users'
        UNION ALL SELECT 'table fief_users', 'column fief_users.updated_at', 'table fief_users has no column updated_at, which this script drops together with table fief_users'
        UNION ALL SELECT 'column fief_users.updated_at', 'table fief_users', 'table fief_users is missing, which this script drops together with column updated_at of table fief_users'
        UNION ALL SELECT 'table fief_users', 'foreign_key fief_users.fief_users_ibfk_1', 'table fief_users has no foreign key fief_users_ibfk_1, which this script drops together with table fief_users'
        UNION ALL SELECT 'table fief_users', 'index fief_users.PRIMARY', 'table fief_users has no index PRIMARY, which this script drops together with table fief_users'
        UNION ALL SELECT 'table fief_users', 'index fief_users.email', 'table fief_users has no index email, which this script drops together with table fief_users'
        UNION ALL SELECT 'table fief_users', 'index fief_users.tenant_id', 'table fief_users has no index tenant_id, which this script drops together with table fief_users'
        UNION ALL SELECT 'table fief_users', 'table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing, which this script drops only after table fief_users (still there)'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.acr', 'table fief_authorization_codes has no column acr, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.acr', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column acr of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.authenticated_at', 'table fief_authorization_codes has no column authenticated_at, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.authenticated_at', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column authenticated_at of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.c_hash', 'table fief_authorization_codes has no column c_hash, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.c_hash', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column c_hash of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.client_id', 'table fief_authorization_codes has no column client_id, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.client_id', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column client_id of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.code', 'table fief_authorization_codes has no column code, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.code', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column code of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.code_challenge', 'table fief_authorization_codes has no column code_challenge, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column code_challenge of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.code_challenge_method', 'table fief_authorization_codes has no column code_challenge_method, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge_method', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column code_challenge_method of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.created_at', 'table fief_authorization_codes has no column created_at, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.created_at', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column created_at of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.expires_at', 'table fief_authorization_codes has no column expires_at, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.expires_at', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column expires_at of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.id', 'table fief_authorization_codes has no column id, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.id', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column id of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.nonce', 'table fief_authorization_codes has no column nonce, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.nonce', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column nonce of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.redirect_uri', 'table fief_authorization_codes has no column redirect_uri, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.redirect_uri', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column redirect_uri of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.scope', 'table fief_authorization_codes has no column scope, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.scope', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column scope of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.updated_at', 'table fief_authorization_codes has no column updated_at, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.updated_at', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column updated_at of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'column fief_authorization_codes.user_id', 'table fief_authorization_codes has no column user_id, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'column fief_authorization_codes.user_id', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops together with column user_id of table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_1', 'table fief_authorization_codes has no foreign key fief_authorization_codes_ibfk_1, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_2', 'table fief_authorization_codes has no foreign key fief_authorization_codes_ibfk_2, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'index fief_authorization_codes.PRIMARY', 'table fief_authorization_codes has no index PRIMARY, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'index fief_authorization_codes.client_id', 'table fief_authorization_codes has no index client_id, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'index fief_authorization_codes.user_id', 'table fief_authorization_codes has no index user_id, which this script drops together with table fief_authorization_codes'
        UNION ALL SELECT 'table fief_authorization_codes', 'table fief_users', 'table fief_users is missing, which this script drops only after table fief_authorization_codes (still there)'
        UNION ALL SELECT 'table fief_authorization_codes', 'index fief_users.ix_fief_users_created_at', 'table fief_users has no index ix_fief_users_created_at, which this script drops only after table fief_authorization_codes (still there)'
        UNION ALL SELECT 'table fief_authorization_codes', 'index fief_users.ix_fief_users_email', 'table fief_users has no index ix_fief_users_email, which this script drops only after table fief_authorization_codes (still there)'
        UNION ALL SELECT 'table fief_authorization_codes', 'index fief_users.ix_fief_users_email_lower', 'table fief_users has no index ix_fief_users_email_lower, which this script drops only after table fief_authorization_codes (still there)'
        UNION ALL SELECT 'table fief_authorization_codes', 'index fief_users.ix_fief_users_email_verified', 'table fief_users has no index ix_fief_users_email_verified, which this script drops only after table fief_authorization_codes (still there)'
        UNION ALL SELECT 'table fief_authorization_codes', 'index fief_users.ix_fief_users_updated_at', 'table fief_users has no index ix_fief_users_updated_at, which this script drops only after table fief_authorization_codes (still there)'
        UNION ALL SELECT 'table fief_email_verifications', 'column fief_email_verifications.code', 'table fief_email_verifications has no column code, which this script drops together with table fief_email_verifications'
        UNION ALL SELECT 'column fief_email_verifications.code', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script drops together with column code of table fief_email_verifications'
        UNION ALL SELECT 'table fief_email_verifications', 'column fief_email_verifications.created_at', 'table fief_email_verifications has no column created_at, which this script drops together with table fief_email_verifications'
        UNION ALL SELECT 'column fief_email_verifications.created_at', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script drops together with column created_at of table fief_email_verifications'
        UNION ALL SELECT 'table fief_email_verifications', 'column fief_email_verifications.email', 'table fief_email_verifications has no column email, which this script drops together with table fief_email_verifications'
        UNION ALL SELECT 'column fief_email_verifications.email', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script drops together with column email of table fief_email_verifications'
        UNION ALL SELECT 'table fief_email_verifications', 'column fief_email_verifications.expires_at', 'table fief_email_verifications has no column expires_at, which this script drops together with table fief_email_verifications'
        UNION ALL SELECT 'column fief_email_verifications.expires_at', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script drops together with column expires_at of table fief_email_verifications'
        UNION ALL SELECT 'table fief_email_verifications', 'column fief_email_verifications.id', 'table fief_email_verifications has no column id, which this script drops together with table fief_email_verifications'
        UNION ALL SELECT 'column fief_email_verifications.id', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script drops together with column id of table fief_email_verifications'
        UNION ALL SELECT 'table fief_email_verifications', 'column fief_email_verifications.updated_at', 'table fief_email_verifications has no column updated_at, which this script drops together with table fief_email_verifications'
        UNION ALL SELECT 'column fief_email_verifications.updated_at', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script drops together with column updated_at of table fief_email_verifications'
        UNION ALL SELECT 'table fief_email_verifications', 'column fief_email_verifications.user_id', 'table fief_email_verifications has no column user_id, which this script drops together with table fief_email_verifications'
        UNION ALL SELECT 'column fief_email_verifications.user_id', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script drops together with column user_id of table fief_email_verifications'
        UNION ALL SELECT 'table fief_email_verifications', 'foreign_key fief_email_verifications.fief_email_verifications_ibfk_1', 'table fief_email_verifications has no foreign key fief_email_verifications_ibfk_1, which this script drops together with table fief_email_verifications'
        UNION ALL SELECT 'table fief_email_verifications', 'index fief_email_verifications.PRIMARY', 'table fief_email_verifications has no index PRIMARY, which this script drops together with table fief_email_verifications'
        UNION ALL SELECT 'table fief_email_verifications', 'index fief_email_verifications.user_id', 'table fief_email_verifications has no index user_id, which this script drops together with table fief_email_verifications'
        UNION ALL SELECT 'table fief_email_verifications', 'table fief_authorization_codes', 'table fief_authorization_codes is missing, which this script drops only after table fief_email_verifications (still there)'
        UNION ALL SELECT 'table fief_email_verifications', 'index fief_authorization_codes.ix_fief_authorization_codes_code', 'table fief_authorization_codes has no index ix_fief_authorization_codes_code, which this script drops only after table fief_email_verifications (still there)'
        UNION ALL SELECT 'table fief_email_verifications', 'index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_created_at, which this script drops only after table fief_email_verifications (still there)'
        UNION ALL SELECT 'table fief_email_verifications', 'index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_expires_at, which this script drops only after table fief_email_verifications (still there)'
        UNION ALL SELECT 'table fief_email_verifications', 'index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_updated_at, which this script drops only after table fief_email_verifications (still there)'
        UNION ALL SELECT 'table fief_grants', 'column fief_grants.client_id', 'table fief_grants has no column client_id, which this script drops together with table fief_grants'
        UNION ALL SELECT 'column fief_grants.client_id', 'table fief_grants', 'table fief_grants is missing, which this script drops together with column client_id of table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'column fief_grants.created_at', 'table fief_grants has no column created_at, which this script drops together with table fief_grants'
        UNION ALL SELECT 'column fief_grants.created_at', 'table fief_grants', 'table fief_grants is missing, which this script drops together with column created_at of table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'column fief_grants.id', 'table fief_grants has no column id, which this script drops together with table fief_grants'
        UNION ALL SELECT 'column fief_grants.id', 'table fief_grants', 'table fief_grants is missing, which this script drops together with column id of table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'column fief_grants.scope', 'table fief_grants has no column scope, which this script drops together with table fief_grants'
        UNION ALL SELECT 'column fief_grants.scope', 'table fief_grants', 'table fief_grants is missing, which this script drops together with column scope of table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'column fief_grants.updated_at', 'table fief_grants has no column updated_at, which this script drops together with table fief_grants'
        UNION ALL SELECT 'column fief_grants.updated_at', 'table fief_grants', 'table fief_grants is missing, which this script drops together with column updated_at of table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'column fief_grants.user_id', 'table fief_grants has no column user_id, which this script drops together with table fief_grants'
        UNION ALL SELECT 'column fief_grants.user_id', 'table fief_grants', 'table fief_grants is missing, which this script drops together with column user_id of table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'foreign_key fief_grants.fief_grants_ibfk_1', 'table fief_grants has no foreign key fief_grants_ibfk_1, which this script drops together with table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'foreign_key fief_grants.fief_grants_ibfk_2', 'table fief_grants has no foreign key fief_grants_ibfk_2, which this script drops together with table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'index fief_grants.PRIMARY', 'table fief_grants has no index PRIMARY, which this script drops together with table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'index fief_grants.client_id', 'table fief_grants has no index client_id, which this script drops together with table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'index fief_grants.user_id', 'table fief_grants has no index user_id, which this script drops together with table fief_grants'
        UNION ALL SELECT 'table fief_grants', 'table fief_email_verifications', 'table fief_email_verifications is missing, which this script drops only after table fief_grants (still there)'
        UNION ALL SELECT 'table fief_grants', 'index fief_email_verifications.ix_fief_email_verifications_code', 'table fief_email_verifications has no index ix_fief_email_verifications_code, which this script drops only after table fief_grants (still there)'
        UNION ALL SELECT 'table fief_grants', 'index fief_email_verifications.ix_fief_email_verifications_created_at', 'table fief_email_verifications has no index ix_fief_email_verifications_created_at, which this script drops only after table fief_grants (still there)'
        UNION ALL SELECT 'table fief_grants', 'index fief_email_verifications.ix_fief_email_verifications_email', 'table fief_email_verifications has no index ix_fief_email_verifications_email, which this script drops only after table fief_grants (still there)'
        UNION ALL SELECT 'table fief_grants', 'index fief_email_verifications.ix_fief_email_verifications_expires_at', 'table fief_email_verifications has no index ix_fief_email_verifications_expires_at, which this script drops only after table fief_grants (still there)'
        UNION ALL SELECT 'table fief_grants', 'index fief_email_verifications.ix_fief_email_verifications_updated_at', 'table fief_email_verifications has no index ix_fief_email_verifications_updated_at, which this script drops only after table fief_grants (still there)'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.acr', 'table fief_login_sessions has no column acr, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.acr', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column acr of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.client_id', 'table fief_login_sessions has no column client_id, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.client_id', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column client_id of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.code_challenge', 'table fief_login_sessions has no column code_challenge, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.code_challenge', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column code_challenge of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.code_challenge_method', 'table fief_login_sessions has no column code_challenge_method, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.code_challenge_method', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column code_challenge_method of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.created_at', 'table fief_login_sessions has no column created_at, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.created_at', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column created_at of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.expires_at', 'table fief_login_sessions has no column expires_at, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.expires_at', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column expires_at of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.id', 'table fief_login_sessions has no column id, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.id', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column id of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.nonce', 'table fief_login_sessions has no column nonce, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.nonce', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column nonce of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.prompt', 'table fief_login_sessions has no column prompt, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.prompt', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column prompt of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.redirect_uri', 'table fief_login_sessions has no column redirect_uri, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.redirect_uri', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column redirect_uri of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.response_mode', 'table fief_login_sessions has no column response_mode, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.response_mode', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column response_mode of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.response_type', 'table fief_login_sessions has no column response_type, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.response_type', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column response_type of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.scope', 'table fief_login_sessions has no column scope, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.scope', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column scope of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.state', 'table fief_login_sessions has no column state, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.state', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column state of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.token', 'table fief_login_sessions has no column token, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.token', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column token of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'column fief_login_sessions.updated_at', 'table fief_login_sessions has no column updated_at, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'column fief_login_sessions.updated_at', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops together with column updated_at of table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'foreign_key fief_login_sessions.fief_login_sessions_ibfk_1', 'table fief_login_sessions has no foreign key fief_login_sessions_ibfk_1, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'index fief_login_sessions.PRIMARY', 'table fief_login_sessions has no index PRIMARY, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'index fief_login_sessions.client_id', 'table fief_login_sessions has no index client_id, which this script drops together with table fief_login_sessions'
        UNION ALL SELECT 'table fief_login_sessions', 'table fief_grants', 'table fief_grants is missing, which this script drops only after table fief_login_sessions (still there)'
        UNION ALL SELECT 'table fief_login_sessions', 'index fief_grants.ix_fief_grants_created_at', 'table fief_grants has no index ix_fief_grants_created_at, which this script drops only after table fief_login_sessions (still there)'
        UNION ALL SELECT 'table fief_login_sessions', 'index fief_grants.ix_fief_grants_updated_at', 'table fief_grants has no index ix_fief_grants_updated_at, which this script drops only after table fief_login_sessions (still there)'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.access_token', 'table fief_oauth_accounts has no column access_token, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.access_token', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column access_token of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.account_email', 'table fief_oauth_accounts has no column account_email, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.account_email', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column account_email of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.account_id', 'table fief_oauth_accounts has no column account_id, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.account_id', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column account_id of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.created_at', 'table fief_oauth_accounts has no column created_at, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.created_at', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column created_at of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.expires_at', 'table fief_oauth_accounts has no column expires_at, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.expires_at', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column expires_at of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.id', 'table fief_oauth_accounts has no column id, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.id', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column id of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts has no column oauth_provider_id, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column oauth_provider_id of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.refresh_token', 'table fief_oauth_accounts has no column refresh_token, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.refresh_token', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column refresh_token of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts has no column tenant_id, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column tenant_id of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.updated_at', 'table fief_oauth_accounts has no column updated_at, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.updated_at', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column updated_at of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'column fief_oauth_accounts.user_id', 'table fief_oauth_accounts has no column user_id, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'column fief_oauth_accounts.user_id', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops together with column user_id of table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_1', 'table fief_oauth_accounts has no foreign key fief_oauth_accounts_ibfk_1, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_2', 'table fief_oauth_accounts has no foreign key fief_oauth_accounts_ibfk_2, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_3', 'table fief_oauth_accounts has no foreign key fief_oauth_accounts_ibfk_3, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'index fief_oauth_accounts.PRIMARY', 'table fief_oauth_accounts has no index PRIMARY, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'index fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts has no index oauth_provider_id, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'index fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts has no index tenant_id, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'index fief_oauth_accounts.user_id', 'table fief_oauth_accounts has no index user_id, which this script drops together with table fief_oauth_accounts'
        UNION ALL SELECT 'table fief_oauth_accounts', 'table fief_login_sessions', 'table fief_login_sessions is missing, which this script drops only after table fief_oauth_accounts (still there)'
        UNION ALL SELECT 'table fief_oauth_accounts', 'index fief_login_sessions.ix_fief_login_sessions_created_at', 'table fief_login_sessions has no index ix_fief_login_sessions_created_at, which this script drops only after table fief_oauth_accounts (still there)'
        UNION ALL SELECT 'table fief_oauth_accounts', 'index fief_login_sessions.ix_fief_login_sessions_expires_at', 'table fief_login_sessions has no index ix_fief_login_sessions_expires_at, which this script drops only after table fief_oauth_accounts (still there)'
        UNION ALL SELECT 'table fief_oauth_accounts', 'index fief_login_sessions.ix_fief_login_sessions_token', 'table fief_login_sessions has no index ix_fief_login_sessions_token, which this script drops only after table fief_oauth_accounts (still there)'
        UNION ALL SELECT 'table fief_oauth_accounts', 'index fief_login_sessions.ix_fief_login_sessions_updated_at', 'table fief_login_sessions has no index ix_fief_login_sessions_updated_at, which this script drops only after table fief_oauth_accounts (still there)'
        UNION ALL SELECT 'table fief_refresh_tokens', 'column fief_refresh_tokens.authenticated_at', 'table fief_refresh_tokens has no column authenticated_at, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'column fief_refresh_tokens.authenticated_at', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script drops together with column authenticated_at of table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'column fief_refresh_tokens.client_id', 'table fief_refresh_tokens has no column client_id, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'column fief_refresh_tokens.client_id', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script drops together with column client_id of table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'column fief_refresh_tokens.created_at', 'table fief_refresh_tokens has no column created_at, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'column fief_refresh_tokens.created_at', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script drops together with column created_at of table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'column fief_refresh_tokens.expires_at', 'table fief_refresh_tokens has no column expires_at, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'column fief_refresh_tokens.expires_at', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script drops together with column expires_at of table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'column fief_refresh_tokens.id', 'table fief_refresh_tokens has no column id, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'column fief_refresh_tokens.id', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script drops together with column id of table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'column fief_refresh_tokens.scope', 'table fief_refresh_tokens has no column scope, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'column fief_refresh_tokens.scope', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script drops together with column scope of table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'column fief_refresh_tokens.token', 'table fief_refresh_tokens has no column token, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'column fief_refresh_tokens.token', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script drops together with column token of table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'column fief_refresh_tokens.updated_at', 'table fief_refresh_tokens has no column updated_at, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'column fief_refresh_tokens.updated_at', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script drops together with column updated_at of table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'column fief_refresh_tokens.user_id', 'table fief_refresh_tokens has no column user_id, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'column fief_refresh_tokens.user_id', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script drops together with column user_id of table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_1', 'table fief_refresh_tokens has no foreign key fief_refresh_tokens_ibfk_1, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_2', 'table fief_refresh_tokens has no foreign key fief_refresh_tokens_ibfk_2, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'index fief_refresh_tokens.PRIMARY', 'table fief_refresh_tokens has no index PRIMARY, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'index fief_refresh_tokens.client_id', 'table fief_refresh_tokens has no index client_id, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'index fief_refresh_tokens.user_id', 'table fief_refresh_tokens has no index user_id, which this script drops together with table fief_refresh_tokens'
        UNION ALL SELECT 'table fief_refresh_tokens', 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing, which this script drops only after table fief_refresh_tokens (still there)'
        UNION ALL SELECT 'table fief_refresh_tokens', 'index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_account_id, which this script drops only after table fief_refresh_tokens (still there)'
        UNION ALL SELECT 'table fief_refresh_tokens', 'index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_created_at, which this script drops only after table fief_refresh_tokens (still there)'
        UNION ALL SELECT 'table fief_refresh_tokens', 'index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_updated_at, which this script drops only after table fief_refresh_tokens (still there)'
        UNION ALL SELECT 'table fief_session_tokens', 'column fief_session_tokens.created_at', 'table fief_session_tokens has no column created_at, which this script drops together with table fief_session_tokens'
        UNION ALL SELECT 'column fief_session_tokens.created_at', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script drops together with column created_at of table fief_session_tokens'
        UNION ALL SELECT 'table fief_session_tokens', 'column fief_session_tokens.expires_at', 'table fief_session_tokens has no column expires_at, which this script drops together with table fief_session_tokens'
        UNION ALL SELECT 'column fief_session_tokens.expires_at', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script drops together with column expires_at of table fief_session_tokens'
        UNION ALL SELECT 'table fief_session_tokens', 'column fief_session_tokens.id', 'table fief_session_tokens has no column id, which this script drops together with table fief_session_tokens'
        UNION ALL SELECT 'column fief_session_tokens.id', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script drops together with column id of table fief_session_tokens'
        UNION ALL SELECT 'table fief_session_tokens', 'column fief_session_tokens.token', 'table fief_session_tokens has no column token, which this script drops together with table fief_session_tokens'
        UNION ALL SELECT 'column fief_session_tokens.token', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script drops together with column token of table fief_session_tokens'
        UNION ALL SELECT 'table fief_session_tokens', 'column fief_session_tokens.updated_at', 'table fief_session_tokens has no column updated_at, which this script drops together with table fief_session_tokens'
        UNION ALL SELECT 'column fief_session_tokens.updated_at', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script drops together with column updated_at of table fief_session_tokens'
        UNION ALL SELECT 'table fief_session_tokens', 'column fief_session_tokens.user_id', 'table fief_session_tokens has no column user_id, which this script drops together with table fief_session_tokens'
        UNION ALL SELECT 'column fief_session_tokens.user_id', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script drops together with column user_id of table fief_session_tokens'
        UNION ALL SELECT 'table fief_session_tokens', 'foreign_key fief_session_tokens.fief_session_tokens_ibfk_1', 'table fief_session_tokens has no foreign key fief_session_tokens_ibfk_1, which this script drops together with table fief_session_tokens'
        UNION ALL SELECT 'table fief_session_tokens', 'index fief_session_tokens.PRIMARY', 'table fief_session_tokens has no index PRIMARY, which this script drops together with table fief_session_tokens'
        UNION ALL SELECT 'table fief_session_tokens', 'index fief_session_tokens.user_id', 'table fief_session_tokens has no index user_id, which this script drops together with table fief_session_tokens'
        UNION ALL SELECT 'table fief_session_tokens', 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing, which this script drops only after table fief_session_tokens (still there)'
        UNION ALL SELECT 'table fief_session_tokens', 'index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_created_at, which this script drops only after table fief_session_tokens (still there)'
        UNION ALL SELECT 'table fief_session_tokens', 'index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_expires_at, which this script drops only after table fief_session_tokens (still there)'
        UNION ALL SELECT 'table fief_session_tokens', 'index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_token, which this script drops only after table fief_session_tokens (still there)'
        UNION ALL SELECT 'table fief_session_tokens', 'index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_updated_at, which this script drops only after table fief_session_tokens (still there)'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.created_at', 'table fief_user_field_values has no column created_at, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.created_at', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column created_at of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.id', 'table fief_user_field_values has no column id, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.id', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column id of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.updated_at', 'table fief_user_field_values has no column updated_at, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.updated_at', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column updated_at of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.user_field_id', 'table fief_user_field_values has no column user_field_id, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.user_field_id', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column user_field_id of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.user_id', 'table fief_user_field_values has no column user_id, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.user_id', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column user_id of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.value_boolean', 'table fief_user_field_values has no column value_boolean, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.value_boolean', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column value_boolean of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.value_date', 'table fief_user_field_values has no column value_date, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.value_date', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column value_date of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.value_datetime', 'table fief_user_field_values has no column value_datetime, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.value_datetime', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column value_datetime of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.value_integer', 'table fief_user_field_values has no column value_integer, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.value_integer', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column value_integer of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.value_json', 'table fief_user_field_values has no column value_json, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.value_json', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column value_json of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'column fief_user_field_values.value_string', 'table fief_user_field_values has no column value_string, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'column fief_user_field_values.value_string', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops together with column value_string of table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_1', 'table fief_user_field_values has no foreign key fief_user_field_values_ibfk_1, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_2', 'table fief_user_field_values has no foreign key fief_user_field_values_ibfk_2, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'index fief_user_field_values.PRIMARY', 'table fief_user_field_values has no index PRIMARY, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'index fief_user_field_values.user_field_id', 'table fief_user_field_values has no index user_field_id, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'index fief_user_field_values.user_id', 'table fief_user_field_values has no index user_id, which this script drops together with table fief_user_field_values'
        UNION ALL SELECT 'table fief_user_field_values', 'table fief_session_tokens', 'table fief_session_tokens is missing, which this script drops only after table fief_user_field_values (still there)'
        UNION ALL SELECT 'table fief_user_field_values', 'index fief_session_tokens.ix_fief_session_tokens_created_at', 'table fief_session_tokens has no index ix_fief_session_tokens_created_at, which this script drops only after table fief_user_field_values (still there)'
        UNION ALL SELECT 'table fief_user_field_values', 'index fief_session_tokens.ix_fief_session_tokens_expires_at', 'table fief_session_tokens has no index ix_fief_session_tokens_expires_at, which this script drops only after table fief_user_field_values (still there)'
        UNION ALL SELECT 'table fief_user_field_values', 'index fief_session_tokens.ix_fief_session_tokens_token', 'table fief_session_tokens has no index ix_fief_session_tokens_token, which this script drops only after table fief_user_field_values (still there)'
        UNION ALL SELECT 'table fief_user_field_values', 'index fief_session_tokens.ix_fief_session_tokens_updated_at', 'table fief_session_tokens has no index ix_fief_session_tokens_updated_at, which this script drops only after table fief_user_field_values (still there)'
        UNION ALL SELECT 'table fief_user_permissions', 'column fief_user_permissions.created_at', 'table fief_user_permissions has no column created_at, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'column fief_user_permissions.created_at', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script drops together with column created_at of table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'column fief_user_permissions.from_role_id', 'table fief_user_permissions has no column from_role_id, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'column fief_user_permissions.from_role_id', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script drops together with column from_role_id of table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'column fief_user_permissions.id', 'table fief_user_permissions has no column id, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'column fief_user_permissions.id', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script drops together with column id of table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'column fief_user_permissions.permission_id', 'table fief_user_permissions has no column permission_id, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'column fief_user_permissions.permission_id', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script drops together with column permission_id of table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'column fief_user_permissions.updated_at', 'table fief_user_permissions has no column updated_at, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'column fief_user_permissions.updated_at', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script drops together with column updated_at of table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'column fief_user_permissions.user_id', 'table fief_user_permissions has no column user_id, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'column fief_user_permissions.user_id', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script drops together with column user_id of table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_1', 'table fief_user_permissions has no foreign key fief_user_permissions_ibfk_1, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_2', 'table fief_user_permissions has no foreign key fief_user_permissions_ibfk_2, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_3', 'table fief_user_permissions has no foreign key fief_user_permissions_ibfk_3, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'index fief_user_permissions.PRIMARY', 'table fief_user_permissions has no index PRIMARY, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'index fief_user_permissions.from_role_id', 'table fief_user_permissions has no index from_role_id, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'index fief_user_permissions.permission_id', 'table fief_user_permissions has no index permission_id, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'index fief_user_permissions.user_id', 'table fief_user_permissions has no index user_id, which this script drops together with table fief_user_permissions'
        UNION ALL SELECT 'table fief_user_permissions', 'table fief_user_field_values', 'table fief_user_field_values is missing, which this script drops only after table fief_user_permissions (still there)'
        UNION ALL SELECT 'table fief_user_permissions', 'index fief_user_field_values.ix_fief_user_field_values_created_at', 'table fief_user_field_values has no index ix_fief_user_field_values_created_at, which this script drops only after table fief_user_permissions (still there)'
        UNION ALL SELECT 'table fief_user_permissions', 'index fief_user_field_values.ix_fief_user_field_values_updated_at', 'table fief_user_field_values has no index ix_fief_user_field_values_updated_at, which this script drops only after table fief_user_permissions (still there)'
        UNION ALL SELECT 'table fief_user_roles', 'column fief_user_roles.created_at', 'table fief_user_roles has no column created_at, which this script drops together with table fief_user_roles'
        UNION ALL SELECT 'column fief_user_roles.created_at', 'table fief_user_roles', 'table fief_user_roles is missing, which this script drops together with column created_at of table fief_user_roles'
        UNION ALL SELECT 'table fief_user_roles', 'column fief_user_roles.id', 'table fief_user_roles has no column id, which this script drops together with table fief_user_roles'
        UNION ALL SELECT 'column fief_user_roles.id', 'table fief_user_roles', 'table fief_user_roles is missing, which this script drops together with column id of table fief_user_roles'
        UNION ALL SELECT 'table fief_user_roles', 'column fief_user_roles.role_id', 'table fief_user_roles has no column role_id, which this script drops together with table fief_user_roles'
        UNION ALL SELECT 'column fief_user_roles.role_id', 'table fief_user_roles', 'table fief_user_roles is missing, which this script drops together with column role_id of table fief_user_roles'
        UNION ALL SELECT 'table fief_user_roles', 'column fief_user_roles.updated_at', 'table fief_user_roles has no column updated_at, which this script drops together with table fief_user_roles'
        UNION ALL SELECT 'column fief_user_roles.updated_at', 'table fief_user_roles', 'table fief_user_roles is missing, which this script drops together with column updated_at of table fief_user_roles'
        UNION ALL SELECT 'table fief_user_roles', 'column fief_user_roles.user_id', 'table fief_user_roles has no column user_id, which this script drops together with table fief_user_roles'
        UNION ALL SELECT 'column fief_user_roles.user_id', 'table fief_user_roles', 'table fief_user_roles is missing, which this script drops together with column user_id of table fief_user_roles'
        UNION ALL SELECT 'table fief_user_roles', 'foreign_key fief_user_roles.fief_user_roles_ibfk_1', 'table fief_user_roles has no foreign key fief_user_roles_ibfk_1, which this script drops together with table fief_user_roles'
        UNION ALL SELECT 'table fief_user_roles', 'foreign_key fief_user_roles.fief_user_roles_ibfk_2', 'table fief_user_roles has no foreign key fief_user_roles_ibfk_2, which this script drops together with table fief_user_roles'
        UNION ALL SELECT 'table fief_user_roles', 'index fief_user_roles.PRIMARY', 'table fief_user_roles has no index PRIMARY, which this script drops together with table fief_user_roles'
        UNION ALL SELECT 'table fief_user_roles', 'index fief_user_roles.role_id', 'table fief_user_roles has no index role_id, which this script drops together with table fief_user_roles'
        UNION ALL SELECT 'table fief_user_roles', 'index fief_user_roles.user_id', 'table fief_user_roles has no index user_id, which this script drops together with table fief_user_roles'
        UNION ALL SELECT 'table fief_user_roles', 'table fief_user_permissions', 'table fief_user_permissions is missing, which this script drops only after table fief_user_roles (still there)'
        UNION ALL SELECT 'table fief_user_roles', 'index fief_user_permissions.ix_fief_user_permissions_created_at', 'table fief_user_permissions has no index ix_fief_user_permissions_created_at, which this script drops only after table fief_user_roles (still there)'
        UNION ALL SELECT 'table fief_user_roles', 'index fief_user_permissions.ix_fief_user_permissions_updated_at', 'table fief_user_permissions has no index ix_fief_user_permissions_updated_at, which this script drops only after table fief_user_roles (still there)'
        UNION ALL SELECT 'table fief_oauth_sessions', 'column fief_oauth_sessions.created_at', 'table fief_oauth_sessions has no column created_at, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'column fief_oauth_sessions.created_at', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script drops together with column created_at of table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'column fief_oauth_sessions.expires_at', 'table fief_oauth_sessions has no column expires_at, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'column fief_oauth_sessions.expires_at', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script drops together with column expires_at of table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'column fief_oauth_sessions.id', 'table fief_oauth_sessions has no column id, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'column fief_oauth_sessions.id', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script drops together with column id of table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'column fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions has no column oauth_account_id, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script drops together with column oauth_account_id of table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'column fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions has no column oauth_provider_id, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script drops together with column oauth_provider_id of table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'column fief_oauth_sessions.redirect_uri', 'table fief_oauth_sessions has no column redirect_uri, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'column fief_oauth_sessions.redirect_uri', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script drops together with column redirect_uri of table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'column fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions has no column tenant_id, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'column fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script drops together with column tenant_id of table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'column fief_oauth_sessions.token', 'table fief_oauth_sessions has no column token, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'column fief_oauth_sessions.token', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script drops together with column token of table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'column fief_oauth_sessions.updated_at', 'table fief_oauth_sessions has no column updated_at, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'column fief_oauth_sessions.updated_at', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script drops together with column updated_at of table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_1', 'table fief_oauth_sessions has no foreign key fief_oauth_sessions_ibfk_1, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_2', 'table fief_oauth_sessions has no foreign key fief_oauth_sessions_ibfk_2, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_3', 'table fief_oauth_sessions has no foreign key fief_oauth_sessions_ibfk_3, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'index fief_oauth_sessions.PRIMARY', 'table fief_oauth_sessions has no index PRIMARY, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'index fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions has no index oauth_account_id, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'index fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions has no index oauth_provider_id, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'index fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions has no index tenant_id, which this script drops together with table fief_oauth_sessions'
        UNION ALL SELECT 'table fief_oauth_sessions', 'table fief_user_roles', 'table fief_user_roles is missing, which this script drops only after table fief_oauth_sessions (still there)'
        UNION ALL SELECT 'table fief_oauth_sessions', 'index fief_user_roles.ix_fief_user_roles_created_at', 'table fief_user_roles has no index ix_fief_user_roles_created_at, which this script drops only after table fief_oauth_sessions (still there)'
        UNION ALL SELECT 'table fief_oauth_sessions', 'index fief_user_roles.ix_fief_user_roles_updated_at', 'table fief_user_roles has no index ix_fief_user_roles_updated_at, which this script drops only after table fief_oauth_sessions (still there)'
        UNION ALL SELECT 'table fief_registration_sessions', 'column fief_registration_sessions.created_at', 'table fief_registration_sessions has no column created_at, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'column fief_registration_sessions.created_at', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script drops together with column created_at of table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'column fief_registration_sessions.email', 'table fief_registration_sessions has no column email, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'column fief_registration_sessions.email', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script drops together with column email of table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'column fief_registration_sessions.expires_at', 'table fief_registration_sessions has no column expires_at, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'column fief_registration_sessions.expires_at', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script drops together with column expires_at of table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'column fief_registration_sessions.flow', 'table fief_registration_sessions has no column flow, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'column fief_registration_sessions.flow', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script drops together with column flow of table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'column fief_registration_sessions.id', 'table fief_registration_sessions has no column id, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'column fief_registration_sessions.id', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script drops together with column id of table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'column fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions has no column oauth_account_id, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'column fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script drops together with column oauth_account_id of table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'column fief_registration_sessions.tenant_id', 'table fief_registration_sessions has no column tenant_id, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'column fief_registration_sessions.tenant_id', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script drops together with column tenant_id of table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'column fief_registration_sessions.token', 'table fief_registration_sessions has no column token, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'column fief_registration_sessions.token', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script drops together with column token of table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'column fief_registration_sessions.updated_at', 'table fief_registration_sessions has no column updated_at, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'column fief_registration_sessions.updated_at', 'table fief_registration_sessions', 'table fief_registration_sessions is missing, which this script drops together with column updated_at of table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_1', 'table fief_registration_sessions has no foreign key fief_registration_sessions_ibfk_1, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_2', 'table fief_registration_sessions has no foreign key fief_registration_sessions_ibfk_2, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'index fief_registration_sessions.PRIMARY', 'table fief_registration_sessions has no index PRIMARY, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'index fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions has no index oauth_account_id, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'index fief_registration_sessions.tenant_id', 'table fief_registration_sessions has no index tenant_id, which this script drops together with table fief_registration_sessions'
        UNION ALL SELECT 'table fief_registration_sessions', 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing, which this script drops only after table fief_registration_sessions (still there)'
        UNION ALL SELECT 'table fief_registration_sessions', 'index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_created_at, which this script drops only after table fief_registration_sessions (still there)'
        UNION ALL SELECT 'table fief_registration_sessions', 'index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_expires_at, which this script drops only after table fief_registration_sessions (still there)'
        UNION ALL SELECT 'table fief_registration_sessions', 'index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_token, which this script drops only after table fief_registration_sessions (still there)'
        UNION ALL SELECT 'table fief_registration_sessions', 'index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_updated_at, which this script drops only after table fief_registration_sessions (still there)') i
      JOIN (SELECT DISTINCT CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AS k FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) fa ON fa.k = i.a
      LEFT JOIN (SELECT DISTINCT CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AS k FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) fb ON fb.k = i.b
      WHERE fb.k IS NULL) q WHERE c <> 0) p
  INTO @plan_problem, @plan_off_target;
SET @plan_problem = IF(@plan_problem IS NOT NULL AND NOT EXISTS (SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '08e952f1-8a79-4672-99f8-ea6919cd4692'), 'database 08e952f1-8a79-4672-99f8-ea6919cd4692 (location workspace, --param workspace_id) does not exist: is --param workspace_id the id in this database''s workspaces table (SELECT id FROM workspaces)? A workspace whose database_type is set keeps its tables on a database server of its own: nothing moves here, point Fief 0.28 at that database instead', @plan_problem);
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: fief 0.27 → 0: the database was at the empty state already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database is not at fief 0.27 nor partway through this teardown: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile fief <its version> 0), or run this one on the fief 0.27 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at fief 0.27 nor partway through this teardown; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_refs = IF(@plan_ok, REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT CONCAT('foreign keys of tables outside fief reference keys that fief 0.27 → 0 drops or replaces, and InnoDB refuses to drop a key a foreign key needs (errno 150, half-way through the script): ',
        GROUP_CONCAT(CONCAT(CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), '.', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' -> ', x.rt, ' (', x.rcols, ')') ORDER BY x.s, x.t, x.n SEPARATOR '; '),
        '. Nothing was changed. Drop them before running this script: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' DROP FOREIGN KEY ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Re-create them once it has run: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' ADD CONSTRAINT ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' FOREIGN KEY (', x.qcols, ') REFERENCES ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(DATABASE(), CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.rt, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' (', x.qrcols, ') ON DELETE ', x.del, ' ON UPDATE ', x.upd, ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Note: ', GROUP_CONCAT(DISTINCT x.note ORDER BY x.note SEPARATOR '; '), '.')
      FROM (
        SELECT f.*, CASE
          WHEN f.rt = 'alembic_version'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'alembic_version')
          THEN 'after this script there is no table alembic_version: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'admin_session_tokens'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'admin_session_tokens')
          THEN 'after this script there is no table admin_session_tokens: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'workspaces'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'workspaces')
          THEN 'after this script there is no table workspaces: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'admin_api_key'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'admin_api_key')
          THEN 'after this script there is no table admin_api_key: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'workspace_users'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'workspace_users')
          THEN 'after this script there is no table workspace_users: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_alembic_version'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_alembic_version')
          THEN 'after this script there is no table fief_alembic_version: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_audit_logs'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_audit_logs')
          THEN 'after this script there is no table fief_audit_logs: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_email_domains'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_domains')
          THEN 'after this script there is no table fief_email_domains: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_email_templates'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_templates')
          THEN 'after this script there is no table fief_email_templates: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_oauth_providers'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_providers')
          THEN 'after this script there is no table fief_oauth_providers: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_permissions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_permissions')
          THEN 'after this script there is no table fief_permissions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_roles'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_roles')
          THEN 'after this script there is no table fief_roles: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_themes'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_themes')
          THEN 'after this script there is no table fief_themes: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_user_fields'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_fields')
          THEN 'after this script there is no table fief_user_fields: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_webhooks'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_webhooks')
          THEN 'after this script there is no table fief_webhooks: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_roles_permissions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_roles_permissions')
          THEN 'after this script there is no table fief_roles_permissions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_tenants'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_tenants')
          THEN 'after this script there is no table fief_tenants: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_webhook_logs'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_webhook_logs')
          THEN 'after this script there is no table fief_webhook_logs: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_clients'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_clients')
          THEN 'after this script there is no table fief_clients: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_tenants_oauth_providers'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_tenants_oauth_providers')
          THEN 'after this script there is no table fief_tenants_oauth_providers: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_users'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_users')
          THEN 'after this script there is no table fief_users: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_authorization_codes'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_authorization_codes')
          THEN 'after this script there is no table fief_authorization_codes: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_email_verifications'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_verifications')
          THEN 'after this script there is no table fief_email_verifications: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_grants'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_grants')
          THEN 'after this script there is no table fief_grants: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_login_sessions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_login_sessions')
          THEN 'after this script there is no table fief_login_sessions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_oauth_accounts'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_accounts')
          THEN 'after this script there is no table fief_oauth_accounts: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_refresh_tokens'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_refresh_tokens')
          THEN 'after this script there is no table fief_refresh_tokens: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_session_tokens'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_session_tokens')
          THEN 'after this script there is no table fief_session_tokens: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_user_field_values'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_field_values')
          THEN 'after this script there is no table fief_user_field_values: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_user_permissions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_permissions')
          THEN 'after this script there is no table fief_user_permissions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_user_roles'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_roles')
          THEN 'after this script there is no table fief_user_roles: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_oauth_sessions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_sessions')
          THEN 'after this script there is no table fief_oauth_sessions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'fief_registration_sessions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_registration_sessions')
          THEN 'after this script there is no table fief_registration_sessions: drop the foreign key for good, or point it at another table'
          END AS note
        FROM (
          SELECT k.TABLE_SCHEMA AS s, k.TABLE_NAME AS t, k.CONSTRAINT_NAME AS n, MAX(k.REFERENCED_TABLE_NAME) AS rt,
            GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ',') AS rcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.REFERENCED_COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qrcols,
            MAX(r.DELETE_RULE) AS del, MAX(r.UPDATE_RULE) AS upd
          FROM information_schema.KEY_COLUMN_USAGE k
          JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
          WHERE k.REFERENCED_TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IN ('alembic_version', 'admin_session_tokens', 'workspaces', 'admin_api_key', 'workspace_users', 'fief_alembic_version', 'fief_audit_logs', 'fief_email_domains', 'fief_email_templates', 'fief_oauth_providers', 'fief_permissions', 'fief_roles', 'fief_themes', 'fief_user_fields', 'fief_webhooks', 'fief_roles_permissions', 'fief_tenants', 'fief_webhook_logs', 'fief_clients', 'fief_tenants_oauth_providers', 'fief_users', 'fief_authorization_codes', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_refresh_tokens', 'fief_session_tokens', 'fief_user_field_values', 'fief_user_permissions', 'fief_user_roles', 'fief_oauth_sessions', 'fief_registration_sessions')
          GROUP BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME
        ) f
        WHERE TRUE AND (f.s <> DATABASE() OR (f.t, f.n) NOT IN (('admin_api_key', 'admin_api_key_ibfk_1'), ('fief_authorization_codes', 'fief_authorization_codes_ibfk_1'), ('fief_authorization_codes', 'fief_authorization_codes_ibfk_2'), ('fief_clients', 'fief_clients_ibfk_1'), ('fief_email_verifications', 'fief_email_verifications_ibfk_1'), ('fief_grants', 'fief_grants_ibfk_1'), ('fief_grants', 'fief_grants_ibfk_2'), ('fief_login_sessions', 'fief_login_sessions_ibfk_1'), ('fief_oauth_accounts', 'fief_oauth_accounts_ibfk_1'), ('fief_oauth_accounts', 'fief_oauth_accounts_ibfk_2'), ('fief_oauth_accounts', 'fief_oauth_accounts_ibfk_3'), ('fief_oauth_sessions', 'fief_oauth_sessions_ibfk_1'), ('fief_oauth_sessions', 'fief_oauth_sessions_ibfk_2'), ('fief_oauth_sessions', 'fief_oauth_sessions_ibfk_3'), ('fief_refresh_tokens', 'fief_refresh_tokens_ibfk_1'), ('fief_refresh_tokens', 'fief_refresh_tokens_ibfk_2'), ('fief_registration_sessions', 'fief_registration_sessions_ibfk_1'), ('fief_registration_sessions', 'fief_registration_sessions_ibfk_2'), ('fief_roles_permissions', 'fief_roles_permissions_ibfk_1'), ('fief_roles_permissions', 'fief_roles_permissions_ibfk_2'), ('fief_session_tokens', 'fief_session_tokens_ibfk_1'), ('fief_tenants', 'fief_tenants_ibfk_1'), ('fief_tenants', 'fief_tenants_ibfk_2'), ('fief_tenants_oauth_providers', 'fief_tenants_oauth_providers_ibfk_1'), ('fief_tenants_oauth_providers', 'fief_tenants_oauth_providers_ibfk_2'), ('fief_user_field_values', 'fief_user_field_values_ibfk_1'), ('fief_user_field_values', 'fief_user_field_values_ibfk_2'), ('fief_user_permissions', 'fief_user_permissions_ibfk_1'), ('fief_user_permissions', 'fief_user_permissions_ibfk_2'), ('fief_user_permissions', 'fief_user_permissions_ibfk_3'), ('fief_user_roles', 'fief_user_roles_ibfk_1'), ('fief_user_roles', 'fief_user_roles_ibfk_2'), ('fief_users', 'fief_users_ibfk_1'), ('fief_webhook_logs', 'fief_webhook_logs_ibfk_1'), ('workspace_users', 'workspace_users_ibfk_1')))
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
-- fief 0.27 → 0 (rollback): Fresh install of the schema Fief 0.27.0's two Alembic chains leave: the 5 main tables (admin_api_key, admin_session_tokens, alembic_version, workspace_users, workspaces; main chain at c8cf076d3ffa) in the main schema/database on PostgreSQL and MySQL, and the workspace's 28 tables (27 from revision 6c06c7d908a7 with table prefix fief_, plus fief_alembic_version) and 3 enum types in the workspace's own schema (PostgreSQL) or database (MySQL); on SQLite the workspace file only
-- source: plans/fief/0-0.27.yaml
-- ================================================================================================
-- 0.27 → 0 · 1/124 · drop index ix_fief_registration_sessions_updated_at on fief_registration_sessions
-- locks: fief_registration_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_registration_sessions' AND INDEX_NAME = 'ix_fief_registration_sessions_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_registration_sessions` DROP INDEX `ix_fief_registration_sessions_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 2/124 · drop index ix_fief_registration_sessions_token on fief_registration_sessions
-- locks: fief_registration_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_registration_sessions' AND INDEX_NAME = 'ix_fief_registration_sessions_token'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_registration_sessions` DROP INDEX `ix_fief_registration_sessions_token`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 3/124 · drop index ix_fief_registration_sessions_expires_at on fief_registration_sessions
-- locks: fief_registration_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_registration_sessions' AND INDEX_NAME = 'ix_fief_registration_sessions_expires_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_registration_sessions` DROP INDEX `ix_fief_registration_sessions_expires_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 4/124 · drop index ix_fief_registration_sessions_created_at on fief_registration_sessions
-- locks: fief_registration_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_registration_sessions' AND INDEX_NAME = 'ix_fief_registration_sessions_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_registration_sessions` DROP INDEX `ix_fief_registration_sessions_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 5/124 · drop table fief_registration_sessions
-- locks: fief_registration_sessions: metadata only; drops the table and its rows | fief_oauth_accounts: metadata lock (foreign key) | fief_tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_registration_sessions'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_registration_sessions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 6/124 · drop index ix_fief_oauth_sessions_updated_at on fief_oauth_sessions
-- locks: fief_oauth_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_sessions' AND INDEX_NAME = 'ix_fief_oauth_sessions_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_sessions` DROP INDEX `ix_fief_oauth_sessions_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 7/124 · drop index ix_fief_oauth_sessions_token on fief_oauth_sessions
-- locks: fief_oauth_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_sessions' AND INDEX_NAME = 'ix_fief_oauth_sessions_token'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_sessions` DROP INDEX `ix_fief_oauth_sessions_token`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 8/124 · drop index ix_fief_oauth_sessions_expires_at on fief_oauth_sessions
-- locks: fief_oauth_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_sessions' AND INDEX_NAME = 'ix_fief_oauth_sessions_expires_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_sessions` DROP INDEX `ix_fief_oauth_sessions_expires_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 9/124 · drop index ix_fief_oauth_sessions_created_at on fief_oauth_sessions
-- locks: fief_oauth_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_sessions' AND INDEX_NAME = 'ix_fief_oauth_sessions_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_sessions` DROP INDEX `ix_fief_oauth_sessions_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 10/124 · drop table fief_oauth_sessions
-- locks: fief_oauth_sessions: metadata only; drops the table and its rows | fief_oauth_accounts: metadata lock (foreign key) | fief_oauth_providers: metadata lock (foreign key) | fief_tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_sessions'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_sessions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 11/124 · drop index ix_fief_user_roles_updated_at on fief_user_roles
-- locks: fief_user_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_roles' AND INDEX_NAME = 'ix_fief_user_roles_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_roles` DROP INDEX `ix_fief_user_roles_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 12/124 · drop index ix_fief_user_roles_created_at on fief_user_roles
-- locks: fief_user_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_roles' AND INDEX_NAME = 'ix_fief_user_roles_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_roles` DROP INDEX `ix_fief_user_roles_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 13/124 · drop table fief_user_roles
-- locks: fief_user_roles: metadata only; drops the table and its rows | fief_roles: metadata lock (foreign key) | fief_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_roles'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_roles`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 14/124 · drop index ix_fief_user_permissions_updated_at on fief_user_permissions
-- locks: fief_user_permissions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_permissions' AND INDEX_NAME = 'ix_fief_user_permissions_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_permissions` DROP INDEX `ix_fief_user_permissions_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 15/124 · drop index ix_fief_user_permissions_created_at on fief_user_permissions
-- locks: fief_user_permissions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_permissions' AND INDEX_NAME = 'ix_fief_user_permissions_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_permissions` DROP INDEX `ix_fief_user_permissions_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 16/124 · drop table fief_user_permissions
-- locks: fief_user_permissions: metadata only; drops the table and its rows | fief_roles: metadata lock (foreign key) | fief_permissions: metadata lock (foreign key) | fief_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_permissions'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_permissions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 17/124 · drop index ix_fief_user_field_values_updated_at on fief_user_field_values
-- locks: fief_user_field_values: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_field_values' AND INDEX_NAME = 'ix_fief_user_field_values_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_field_values` DROP INDEX `ix_fief_user_field_values_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 18/124 · drop index ix_fief_user_field_values_created_at on fief_user_field_values
-- locks: fief_user_field_values: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_field_values' AND INDEX_NAME = 'ix_fief_user_field_values_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_field_values` DROP INDEX `ix_fief_user_field_values_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 19/124 · drop table fief_user_field_values
-- locks: fief_user_field_values: metadata only; drops the table and its rows | fief_user_fields: metadata lock (foreign key) | fief_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_field_values'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_field_values`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 20/124 · drop index ix_fief_session_tokens_updated_at on fief_session_tokens
-- locks: fief_session_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_session_tokens' AND INDEX_NAME = 'ix_fief_session_tokens_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_session_tokens` DROP INDEX `ix_fief_session_tokens_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 21/124 · drop index ix_fief_session_tokens_token on fief_session_tokens
-- locks: fief_session_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_session_tokens' AND INDEX_NAME = 'ix_fief_session_tokens_token'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_session_tokens` DROP INDEX `ix_fief_session_tokens_token`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 22/124 · drop index ix_fief_session_tokens_expires_at on fief_session_tokens
-- locks: fief_session_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_session_tokens' AND INDEX_NAME = 'ix_fief_session_tokens_expires_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_session_tokens` DROP INDEX `ix_fief_session_tokens_expires_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 23/124 · drop index ix_fief_session_tokens_created_at on fief_session_tokens
-- locks: fief_session_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_session_tokens' AND INDEX_NAME = 'ix_fief_session_tokens_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_session_tokens` DROP INDEX `ix_fief_session_tokens_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 24/124 · drop table fief_session_tokens
-- locks: fief_session_tokens: metadata only; drops the table and its rows | fief_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_session_tokens'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_session_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 25/124 · drop index ix_fief_refresh_tokens_updated_at on fief_refresh_tokens
-- locks: fief_refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_refresh_tokens' AND INDEX_NAME = 'ix_fief_refresh_tokens_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_refresh_tokens` DROP INDEX `ix_fief_refresh_tokens_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 26/124 · drop index ix_fief_refresh_tokens_token on fief_refresh_tokens
-- locks: fief_refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_refresh_tokens' AND INDEX_NAME = 'ix_fief_refresh_tokens_token'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_refresh_tokens` DROP INDEX `ix_fief_refresh_tokens_token`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 27/124 · drop index ix_fief_refresh_tokens_expires_at on fief_refresh_tokens
-- locks: fief_refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_refresh_tokens' AND INDEX_NAME = 'ix_fief_refresh_tokens_expires_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_refresh_tokens` DROP INDEX `ix_fief_refresh_tokens_expires_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 28/124 · drop index ix_fief_refresh_tokens_created_at on fief_refresh_tokens
-- locks: fief_refresh_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_refresh_tokens' AND INDEX_NAME = 'ix_fief_refresh_tokens_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_refresh_tokens` DROP INDEX `ix_fief_refresh_tokens_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 29/124 · drop table fief_refresh_tokens
-- locks: fief_refresh_tokens: metadata only; drops the table and its rows | fief_clients: metadata lock (foreign key) | fief_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_refresh_tokens'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_refresh_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 30/124 · drop index ix_fief_oauth_accounts_updated_at on fief_oauth_accounts
-- locks: fief_oauth_accounts: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_accounts' AND INDEX_NAME = 'ix_fief_oauth_accounts_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_accounts` DROP INDEX `ix_fief_oauth_accounts_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 31/124 · drop index ix_fief_oauth_accounts_created_at on fief_oauth_accounts
-- locks: fief_oauth_accounts: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_accounts' AND INDEX_NAME = 'ix_fief_oauth_accounts_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_accounts` DROP INDEX `ix_fief_oauth_accounts_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 32/124 · drop index ix_fief_oauth_accounts_account_id on fief_oauth_accounts
-- locks: fief_oauth_accounts: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_accounts' AND INDEX_NAME = 'ix_fief_oauth_accounts_account_id'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_accounts` DROP INDEX `ix_fief_oauth_accounts_account_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 33/124 · drop table fief_oauth_accounts
-- locks: fief_oauth_accounts: metadata only; drops the table and its rows | fief_oauth_providers: metadata lock (foreign key) | fief_tenants: metadata lock (foreign key) | fief_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_accounts'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_accounts`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 34/124 · drop index ix_fief_login_sessions_updated_at on fief_login_sessions
-- locks: fief_login_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_login_sessions' AND INDEX_NAME = 'ix_fief_login_sessions_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_login_sessions` DROP INDEX `ix_fief_login_sessions_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 35/124 · drop index ix_fief_login_sessions_token on fief_login_sessions
-- locks: fief_login_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_login_sessions' AND INDEX_NAME = 'ix_fief_login_sessions_token'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_login_sessions` DROP INDEX `ix_fief_login_sessions_token`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 36/124 · drop index ix_fief_login_sessions_expires_at on fief_login_sessions
-- locks: fief_login_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_login_sessions' AND INDEX_NAME = 'ix_fief_login_sessions_expires_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_login_sessions` DROP INDEX `ix_fief_login_sessions_expires_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 37/124 · drop index ix_fief_login_sessions_created_at on fief_login_sessions
-- locks: fief_login_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_login_sessions' AND INDEX_NAME = 'ix_fief_login_sessions_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_login_sessions` DROP INDEX `ix_fief_login_sessions_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 38/124 · drop table fief_login_sessions
-- locks: fief_login_sessions: metadata only; drops the table and its rows | fief_clients: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_login_sessions'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_login_sessions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 39/124 · drop index ix_fief_grants_updated_at on fief_grants
-- locks: fief_grants: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_grants' AND INDEX_NAME = 'ix_fief_grants_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_grants` DROP INDEX `ix_fief_grants_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 40/124 · drop index ix_fief_grants_created_at on fief_grants
-- locks: fief_grants: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_grants' AND INDEX_NAME = 'ix_fief_grants_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_grants` DROP INDEX `ix_fief_grants_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 41/124 · drop table fief_grants
-- locks: fief_grants: metadata only; drops the table and its rows | fief_clients: metadata lock (foreign key) | fief_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_grants'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_grants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 42/124 · drop index ix_fief_email_verifications_updated_at on fief_email_verifications
-- locks: fief_email_verifications: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_verifications' AND INDEX_NAME = 'ix_fief_email_verifications_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_verifications` DROP INDEX `ix_fief_email_verifications_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 43/124 · drop index ix_fief_email_verifications_expires_at on fief_email_verifications
-- locks: fief_email_verifications: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_verifications' AND INDEX_NAME = 'ix_fief_email_verifications_expires_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_verifications` DROP INDEX `ix_fief_email_verifications_expires_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 44/124 · drop index ix_fief_email_verifications_email on fief_email_verifications
-- locks: fief_email_verifications: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_verifications' AND INDEX_NAME = 'ix_fief_email_verifications_email'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_verifications` DROP INDEX `ix_fief_email_verifications_email`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 45/124 · drop index ix_fief_email_verifications_created_at on fief_email_verifications
-- locks: fief_email_verifications: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_verifications' AND INDEX_NAME = 'ix_fief_email_verifications_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_verifications` DROP INDEX `ix_fief_email_verifications_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 46/124 · drop index ix_fief_email_verifications_code on fief_email_verifications
-- locks: fief_email_verifications: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_verifications' AND INDEX_NAME = 'ix_fief_email_verifications_code'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_verifications` DROP INDEX `ix_fief_email_verifications_code`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 47/124 · drop table fief_email_verifications
-- locks: fief_email_verifications: metadata only; drops the table and its rows | fief_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_verifications'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_verifications`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 48/124 · drop index ix_fief_authorization_codes_updated_at on fief_authorization_codes
-- locks: fief_authorization_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_authorization_codes' AND INDEX_NAME = 'ix_fief_authorization_codes_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_authorization_codes` DROP INDEX `ix_fief_authorization_codes_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 49/124 · drop index ix_fief_authorization_codes_expires_at on fief_authorization_codes
-- locks: fief_authorization_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_authorization_codes' AND INDEX_NAME = 'ix_fief_authorization_codes_expires_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_authorization_codes` DROP INDEX `ix_fief_authorization_codes_expires_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 50/124 · drop index ix_fief_authorization_codes_created_at on fief_authorization_codes
-- locks: fief_authorization_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_authorization_codes' AND INDEX_NAME = 'ix_fief_authorization_codes_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_authorization_codes` DROP INDEX `ix_fief_authorization_codes_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 51/124 · drop index ix_fief_authorization_codes_code on fief_authorization_codes
-- locks: fief_authorization_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_authorization_codes' AND INDEX_NAME = 'ix_fief_authorization_codes_code'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_authorization_codes` DROP INDEX `ix_fief_authorization_codes_code`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 52/124 · drop table fief_authorization_codes
-- locks: fief_authorization_codes: metadata only; drops the table and its rows | fief_clients: metadata lock (foreign key) | fief_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_authorization_codes'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_authorization_codes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 53/124 · drop enum type fief_acr

-- 0.27 → 0 · 54/124 · drop index ix_fief_users_updated_at on fief_users
-- locks: fief_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_users' AND INDEX_NAME = 'ix_fief_users_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_users` DROP INDEX `ix_fief_users_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 55/124 · drop index ix_fief_users_email_verified on fief_users
-- locks: fief_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_users' AND INDEX_NAME = 'ix_fief_users_email_verified'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_users` DROP INDEX `ix_fief_users_email_verified`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 56/124 · drop index ix_fief_users_email_lower on fief_users
-- locks: fief_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_users' AND INDEX_NAME = 'ix_fief_users_email_lower'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_users` DROP INDEX `ix_fief_users_email_lower`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 57/124 · drop index ix_fief_users_email on fief_users
-- locks: fief_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_users' AND INDEX_NAME = 'ix_fief_users_email'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_users` DROP INDEX `ix_fief_users_email`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 58/124 · drop index ix_fief_users_created_at on fief_users
-- locks: fief_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_users' AND INDEX_NAME = 'ix_fief_users_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_users` DROP INDEX `ix_fief_users_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 59/124 · drop table fief_users
-- locks: fief_users: metadata only; drops the table and its rows | fief_tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_users'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 60/124 · drop table fief_tenants_oauth_providers
-- locks: fief_tenants_oauth_providers: metadata only; drops the table and its rows | fief_oauth_providers: metadata lock (foreign key) | fief_tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_tenants_oauth_providers'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_tenants_oauth_providers`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 61/124 · drop index ix_fief_clients_updated_at on fief_clients
-- locks: fief_clients: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_clients' AND INDEX_NAME = 'ix_fief_clients_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_clients` DROP INDEX `ix_fief_clients_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 62/124 · drop index ix_fief_clients_created_at on fief_clients
-- locks: fief_clients: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_clients' AND INDEX_NAME = 'ix_fief_clients_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_clients` DROP INDEX `ix_fief_clients_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 63/124 · drop index ix_fief_clients_client_secret on fief_clients
-- locks: fief_clients: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_clients' AND INDEX_NAME = 'ix_fief_clients_client_secret'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_clients` DROP INDEX `ix_fief_clients_client_secret`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 64/124 · drop index ix_fief_clients_client_id on fief_clients
-- locks: fief_clients: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_clients' AND INDEX_NAME = 'ix_fief_clients_client_id'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_clients` DROP INDEX `ix_fief_clients_client_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 65/124 · drop table fief_clients
-- locks: fief_clients: metadata only; drops the table and its rows | fief_tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_clients'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_clients`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 66/124 · drop enum type fief_clienttype

-- 0.27 → 0 · 67/124 · drop index ix_fief_webhook_logs_updated_at on fief_webhook_logs
-- locks: fief_webhook_logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_webhook_logs' AND INDEX_NAME = 'ix_fief_webhook_logs_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_webhook_logs` DROP INDEX `ix_fief_webhook_logs_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 68/124 · drop index ix_fief_webhook_logs_created_at on fief_webhook_logs
-- locks: fief_webhook_logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_webhook_logs' AND INDEX_NAME = 'ix_fief_webhook_logs_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_webhook_logs` DROP INDEX `ix_fief_webhook_logs_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 69/124 · drop table fief_webhook_logs
-- locks: fief_webhook_logs: metadata only; drops the table and its rows | fief_webhooks: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_webhook_logs'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_webhook_logs`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 70/124 · drop index ix_fief_tenants_updated_at on fief_tenants
-- locks: fief_tenants: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_tenants' AND INDEX_NAME = 'ix_fief_tenants_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_tenants` DROP INDEX `ix_fief_tenants_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 71/124 · drop index ix_fief_tenants_created_at on fief_tenants
-- locks: fief_tenants: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_tenants' AND INDEX_NAME = 'ix_fief_tenants_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_tenants` DROP INDEX `ix_fief_tenants_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 72/124 · drop table fief_tenants
-- locks: fief_tenants: metadata only; drops the table and its rows | fief_email_domains: metadata lock (foreign key) | fief_themes: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_tenants'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 73/124 · drop table fief_roles_permissions
-- locks: fief_roles_permissions: metadata only; drops the table and its rows | fief_permissions: metadata lock (foreign key) | fief_roles: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_roles_permissions'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_roles_permissions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 74/124 · drop index ix_fief_webhooks_updated_at on fief_webhooks
-- locks: fief_webhooks: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_webhooks' AND INDEX_NAME = 'ix_fief_webhooks_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_webhooks` DROP INDEX `ix_fief_webhooks_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 75/124 · drop index ix_fief_webhooks_created_at on fief_webhooks
-- locks: fief_webhooks: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_webhooks' AND INDEX_NAME = 'ix_fief_webhooks_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_webhooks` DROP INDEX `ix_fief_webhooks_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 76/124 · drop table fief_webhooks
-- locks: fief_webhooks: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_webhooks'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_webhooks`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 77/124 · drop index ix_fief_user_fields_updated_at on fief_user_fields
-- locks: fief_user_fields: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_fields' AND INDEX_NAME = 'ix_fief_user_fields_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_fields` DROP INDEX `ix_fief_user_fields_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 78/124 · drop index ix_fief_user_fields_type on fief_user_fields
-- locks: fief_user_fields: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_fields' AND INDEX_NAME = 'ix_fief_user_fields_type'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_fields` DROP INDEX `ix_fief_user_fields_type`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 79/124 · drop index ix_fief_user_fields_slug on fief_user_fields
-- locks: fief_user_fields: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_fields' AND INDEX_NAME = 'ix_fief_user_fields_slug'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_fields` DROP INDEX `ix_fief_user_fields_slug`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 80/124 · drop index ix_fief_user_fields_created_at on fief_user_fields
-- locks: fief_user_fields: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_fields' AND INDEX_NAME = 'ix_fief_user_fields_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_fields` DROP INDEX `ix_fief_user_fields_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 81/124 · drop table fief_user_fields
-- locks: fief_user_fields: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_user_fields'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_fields`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 82/124 · drop enum type fief_userfieldtype

-- 0.27 → 0 · 83/124 · drop index ix_fief_themes_updated_at on fief_themes
-- locks: fief_themes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_themes' AND INDEX_NAME = 'ix_fief_themes_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_themes` DROP INDEX `ix_fief_themes_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 84/124 · drop index ix_fief_themes_created_at on fief_themes
-- locks: fief_themes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_themes' AND INDEX_NAME = 'ix_fief_themes_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_themes` DROP INDEX `ix_fief_themes_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 85/124 · drop table fief_themes
-- locks: fief_themes: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_themes'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_themes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 86/124 · drop index ix_fief_roles_updated_at on fief_roles
-- locks: fief_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_roles' AND INDEX_NAME = 'ix_fief_roles_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_roles` DROP INDEX `ix_fief_roles_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 87/124 · drop index ix_fief_roles_created_at on fief_roles
-- locks: fief_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_roles' AND INDEX_NAME = 'ix_fief_roles_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_roles` DROP INDEX `ix_fief_roles_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 88/124 · drop table fief_roles
-- locks: fief_roles: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_roles'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_roles`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 89/124 · drop index ix_fief_permissions_updated_at on fief_permissions
-- locks: fief_permissions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_permissions' AND INDEX_NAME = 'ix_fief_permissions_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_permissions` DROP INDEX `ix_fief_permissions_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 90/124 · drop index ix_fief_permissions_created_at on fief_permissions
-- locks: fief_permissions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_permissions' AND INDEX_NAME = 'ix_fief_permissions_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_permissions` DROP INDEX `ix_fief_permissions_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 91/124 · drop table fief_permissions
-- locks: fief_permissions: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_permissions'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_permissions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 92/124 · drop index ix_fief_oauth_providers_updated_at on fief_oauth_providers
-- locks: fief_oauth_providers: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_providers' AND INDEX_NAME = 'ix_fief_oauth_providers_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_providers` DROP INDEX `ix_fief_oauth_providers_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 93/124 · drop index ix_fief_oauth_providers_created_at on fief_oauth_providers
-- locks: fief_oauth_providers: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_providers' AND INDEX_NAME = 'ix_fief_oauth_providers_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_providers` DROP INDEX `ix_fief_oauth_providers_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 94/124 · drop table fief_oauth_providers
-- locks: fief_oauth_providers: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_oauth_providers'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_providers`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 95/124 · drop index ix_fief_email_templates_updated_at on fief_email_templates
-- locks: fief_email_templates: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_templates' AND INDEX_NAME = 'ix_fief_email_templates_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_templates` DROP INDEX `ix_fief_email_templates_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 96/124 · drop index ix_fief_email_templates_created_at on fief_email_templates
-- locks: fief_email_templates: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_templates' AND INDEX_NAME = 'ix_fief_email_templates_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_templates` DROP INDEX `ix_fief_email_templates_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 97/124 · drop table fief_email_templates
-- locks: fief_email_templates: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_templates'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_templates`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 98/124 · drop index ix_fief_email_domains_updated_at on fief_email_domains
-- locks: fief_email_domains: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_domains' AND INDEX_NAME = 'ix_fief_email_domains_updated_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_domains` DROP INDEX `ix_fief_email_domains_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 99/124 · drop index ix_fief_email_domains_created_at on fief_email_domains
-- locks: fief_email_domains: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_domains' AND INDEX_NAME = 'ix_fief_email_domains_created_at'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_domains` DROP INDEX `ix_fief_email_domains_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 100/124 · drop table fief_email_domains
-- locks: fief_email_domains: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_email_domains'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_domains`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 101/124 · drop index ix_fief_audit_logs_timestamp on fief_audit_logs
-- locks: fief_audit_logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_audit_logs' AND INDEX_NAME = 'ix_fief_audit_logs_timestamp'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_audit_logs` DROP INDEX `ix_fief_audit_logs_timestamp`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 102/124 · drop index ix_fief_audit_logs_subject_user_id on fief_audit_logs
-- locks: fief_audit_logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_audit_logs' AND INDEX_NAME = 'ix_fief_audit_logs_subject_user_id'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_audit_logs` DROP INDEX `ix_fief_audit_logs_subject_user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 103/124 · drop index ix_fief_audit_logs_object_id on fief_audit_logs
-- locks: fief_audit_logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_audit_logs' AND INDEX_NAME = 'ix_fief_audit_logs_object_id'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_audit_logs` DROP INDEX `ix_fief_audit_logs_object_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 104/124 · drop index ix_fief_audit_logs_object_class on fief_audit_logs
-- locks: fief_audit_logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_audit_logs' AND INDEX_NAME = 'ix_fief_audit_logs_object_class'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_audit_logs` DROP INDEX `ix_fief_audit_logs_object_class`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 105/124 · drop index ix_fief_audit_logs_level on fief_audit_logs
-- locks: fief_audit_logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_audit_logs' AND INDEX_NAME = 'ix_fief_audit_logs_level'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_audit_logs` DROP INDEX `ix_fief_audit_logs_level`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 106/124 · drop index ix_fief_audit_logs_admin_user_id on fief_audit_logs
-- locks: fief_audit_logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_audit_logs' AND INDEX_NAME = 'ix_fief_audit_logs_admin_user_id'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_audit_logs` DROP INDEX `ix_fief_audit_logs_admin_user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 107/124 · drop index ix_fief_audit_logs_admin_api_key_id on fief_audit_logs
-- locks: fief_audit_logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_audit_logs' AND INDEX_NAME = 'ix_fief_audit_logs_admin_api_key_id'),
  'ALTER TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_audit_logs` DROP INDEX `ix_fief_audit_logs_admin_api_key_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 108/124 · drop table fief_audit_logs
-- locks: fief_audit_logs: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_audit_logs'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_audit_logs`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 109/124 · drop table fief_alembic_version
-- locks: fief_alembic_version: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'fief_alembic_version'),
  'DROP TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_alembic_version`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 110/124 · drop index ix_workspace_users_updated_at on workspace_users
-- locks: workspace_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'workspace_users' AND INDEX_NAME = 'ix_workspace_users_updated_at'),
  'ALTER TABLE `workspace_users` DROP INDEX `ix_workspace_users_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 111/124 · drop index ix_workspace_users_created_at on workspace_users
-- locks: workspace_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'workspace_users' AND INDEX_NAME = 'ix_workspace_users_created_at'),
  'ALTER TABLE `workspace_users` DROP INDEX `ix_workspace_users_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 112/124 · drop table workspace_users
-- locks: workspace_users: metadata only; drops the table and its rows | workspaces: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'workspace_users'),
  'DROP TABLE `workspace_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 113/124 · drop index ix_admin_api_key_updated_at on admin_api_key
-- locks: admin_api_key: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'admin_api_key' AND INDEX_NAME = 'ix_admin_api_key_updated_at'),
  'ALTER TABLE `admin_api_key` DROP INDEX `ix_admin_api_key_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 114/124 · drop index ix_admin_api_key_created_at on admin_api_key
-- locks: admin_api_key: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'admin_api_key' AND INDEX_NAME = 'ix_admin_api_key_created_at'),
  'ALTER TABLE `admin_api_key` DROP INDEX `ix_admin_api_key_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 115/124 · drop table admin_api_key
-- locks: admin_api_key: metadata only; drops the table and its rows | workspaces: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'admin_api_key'),
  'DROP TABLE `admin_api_key`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 116/124 · drop index ix_workspaces_alembic_revision on workspaces
-- locks: workspaces: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'workspaces' AND INDEX_NAME = 'ix_workspaces_alembic_revision'),
  'ALTER TABLE `workspaces` DROP INDEX `ix_workspaces_alembic_revision`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 117/124 · drop index ix_workspaces_updated_at on workspaces
-- locks: workspaces: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'workspaces' AND INDEX_NAME = 'ix_workspaces_updated_at'),
  'ALTER TABLE `workspaces` DROP INDEX `ix_workspaces_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 118/124 · drop index ix_workspaces_created_at on workspaces
-- locks: workspaces: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'workspaces' AND INDEX_NAME = 'ix_workspaces_created_at'),
  'ALTER TABLE `workspaces` DROP INDEX `ix_workspaces_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 119/124 · drop table workspaces
-- locks: workspaces: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'workspaces'),
  'DROP TABLE `workspaces`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 120/124 · drop index ix_admin_session_tokens_updated_at on admin_session_tokens
-- locks: admin_session_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'admin_session_tokens' AND INDEX_NAME = 'ix_admin_session_tokens_updated_at'),
  'ALTER TABLE `admin_session_tokens` DROP INDEX `ix_admin_session_tokens_updated_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 121/124 · drop index ix_admin_session_tokens_created_at on admin_session_tokens
-- locks: admin_session_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'admin_session_tokens' AND INDEX_NAME = 'ix_admin_session_tokens_created_at'),
  'ALTER TABLE `admin_session_tokens` DROP INDEX `ix_admin_session_tokens_created_at`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 122/124 · drop table admin_session_tokens
-- locks: admin_session_tokens: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'admin_session_tokens'),
  'DROP TABLE `admin_session_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.27 → 0 · 123/124 · drop enum type databasetype

-- 0.27 → 0 · 124/124 · drop table alembic_version
-- locks: alembic_version: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME = 'alembic_version'),
  'DROP TABLE `alembic_version`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- the end: the database is at the empty state, or the script stops here with an error
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(m USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239') FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', CONCAT(' exists', REPLACE(f.def, 'present', '')), CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) AS c
      FROM (SELECT f.*, IF(EXISTS (SELECT 1 FROM (SELECT NULL AS k, NULL AS def FROM DUAL WHERE FALSE) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT NULL AS k, NULL AS m FROM DUAL WHERE FALSE) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)
    UNION ALL
    SELECT 0, CONCAT('table ', f.tbl, ' exists in more than one database (', GROUP_CONCAT(IF(f.def = 'present', 'the one this script runs in', SUBSTRING(f.def, 12)) ORDER BY f.def SEPARATOR ', '), ')'), IF(TRUE, 1, 0)
      FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE f.kind = 'table' GROUP BY f.tbl HAVING COUNT(*) > 1) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at fief the empty state at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect fief names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
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
SELECT IF(@plan_at_start = 'plan: fief 0.27 → 0: the database was at the empty state already: nothing to do', 'plan: fief 0.27 → 0: the database was at the empty state already: nothing to do', 'plan: fief 0.27 → 0 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
